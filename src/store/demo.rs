//! Demo data: a small indirect provider with resellers, customers and one
//! agent per Partner Center role. Seeding is idempotent.

use super::Tx;

use super::{NOW, domain};
use crate::error::Result;

const PROVIDER: (&str, &str) = ("adatum", "Adatum Cloud");

/// (id, name, relationship state, delegated admin privileges)
const RESELLERS: &[(&str, &str, Option<&str>, bool)] = &[
    (
        "fabrikam",
        "Fabrikam Support Services",
        Some("established"),
        true,
    ),
    ("northwind", "Northwind Traders", Some("established"), false),
    ("tailspin", "Tailspin Toys", None, false),
];

const CUSTOMERS: &[(&str, &str)] = &[
    ("contoso", "Contoso Ltd"),
    ("woodgrove", "Woodgrove Bank"),
    ("litware", "Litware Inc"),
];

/// (id, customer, product)
const SUBSCRIPTIONS: &[(&str, &str, &str)] = &[
    (
        "contoso-o365-business-standard",
        "contoso",
        "Office 365 Business Standard",
    ),
    ("contoso-m365-e3", "contoso", "Microsoft 365 E3"),
    (
        "woodgrove-m365-business-premium",
        "woodgrove",
        "Microsoft 365 Business Premium",
    ),
    (
        "litware-dynamics-365-sales",
        "litware",
        "Dynamics 365 Sales",
    ),
    ("litware-azure-plan", "litware", "Azure plan"),
];

/// One agent per role the documentation names, each with a language.
const AGENTS: &[(&str, &str, &str, &str)] = &[
    ("megan", "Megan Bowen", "admin-agent", "en"),
    ("ana", "Ana Souza", "global-admin", "pt-BR"),
    ("dmitri", "Дмитрий Волков", "helpdesk-agent", "ru-RU"),
    ("lucia", "Lucía Navarro", "sales-agent", "es-ES"),
    ("mei", "陳美玲", "user-management-admin", "zh-TW"),
];

/// The partner's Gold competency brings Signature Cloud Support; it holds an
/// Advanced Support for Partners contract and no Premier contract.
const COMPETENCIES: &[(&str, &str)] = &[("cloud-productivity", "gold")];
const CONTRACTS: &[&str] = &["advanced"];

/// (id, customer, name, status)
const SERVICES: &[(&str, &str, &str, &str)] = &[
    ("contoso-exchange", "contoso", "Exchange Online", "degraded"),
    ("contoso-teams", "contoso", "Microsoft Teams", "healthy"),
    (
        "contoso-sharepoint",
        "contoso",
        "SharePoint Online",
        "healthy",
    ),
    (
        "woodgrove-exchange",
        "woodgrove",
        "Exchange Online",
        "healthy",
    ),
    (
        "woodgrove-teams",
        "woodgrove",
        "Microsoft Teams",
        "degraded",
    ),
    (
        "litware-dynamics",
        "litware",
        "Dynamics 365 Sales",
        "healthy",
    ),
    (
        "litware-azure",
        "litware",
        "Azure Virtual Machines",
        "outage",
    ),
];

/// (id, service, title, active)
const INCIDENTS: &[(&str, &str, &str, bool)] = &[
    ("EX-1021", "contoso-exchange", "Delayed mail delivery", true),
    (
        "EX-1022",
        "contoso-exchange",
        "Outlook on the web sign-in errors",
        true,
    ),
    (
        "EX-0977",
        "contoso-exchange",
        "Mailbox search timeouts",
        false,
    ),
    (
        "TM-2203",
        "woodgrove-teams",
        "Meeting recordings unavailable",
        true,
    ),
    (
        "VM-3307",
        "litware-azure",
        "Virtual machines fail to start in West Europe",
        true,
    ),
];

pub fn seed(tx: &Tx) -> Result<()> {
    tx.execute(
        "INSERT INTO organizations (id, name, kind) VALUES (?1, ?2, 'provider')
         ON CONFLICT (id) DO NOTHING",
        params![PROVIDER.0, PROVIDER.1],
    )?;
    for (id, name, state, delegated_admin) in RESELLERS {
        tx.execute(
            "INSERT INTO organizations (id, name, kind) VALUES (?1, ?2, 'reseller')
             ON CONFLICT (id) DO NOTHING",
            params![id, name],
        )?;
        if let Some(state) = state {
            tx.execute(
                &format!(
                    "INSERT INTO relationships
                         (reseller, state, delegated_admin, requested_at, established_at)
                     VALUES (?1, ?2, ?3, {NOW}, {NOW}) ON CONFLICT (reseller) DO NOTHING"
                ),
                params![id, state, delegated_admin],
            )?;
        }
        if *delegated_admin {
            domain::record_support_agreement(tx, id)?;
        }
    }
    for (id, name) in CUSTOMERS {
        tx.execute(
            "INSERT INTO customers (id, name) VALUES (?1, ?2) ON CONFLICT (id) DO NOTHING",
            params![id, name],
        )?;
    }
    for (id, customer, product) in SUBSCRIPTIONS {
        domain::add_subscription(tx, id, customer, product)?;
    }
    for (area, level) in COMPETENCIES {
        tx.execute(
            "INSERT INTO competencies (area, level) VALUES (?1, ?2) ON CONFLICT (area) DO NOTHING",
            params![area, level],
        )?;
    }
    for kind in CONTRACTS {
        tx.execute(
            &format!(
                "INSERT INTO support_contracts (kind, since) VALUES (?1, {NOW})
                 ON CONFLICT (kind) DO NOTHING"
            ),
            params![kind],
        )?;
    }
    for (id, customer, name, status) in SERVICES {
        tx.execute(
            "INSERT INTO services (id, customer, name, status) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO NOTHING",
            params![id, customer, name, status],
        )?;
    }
    for (id, service, title, active) in INCIDENTS {
        tx.execute(
            &format!(
                "INSERT INTO incidents (id, service, title, active, started_at)
                 VALUES (?1, ?2, ?3, ?4, {NOW}) ON CONFLICT (id) DO NOTHING"
            ),
            params![id, service, title, active],
        )?;
    }
    for (id, name, role, locale) in AGENTS {
        tx.execute(
            "INSERT INTO agents (id, name, role, locale) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO NOTHING",
            params![id, name, role, locale],
        )?;
    }
    Ok(())
}

/// Gives every demo agent that has no password the demo password's hash,
/// so the demo can be signed in to; a password set since is kept.
pub fn give_demo_passwords(tx: &Tx, hash: &str) -> Result<()> {
    for (id, ..) in AGENTS {
        super::identity::set_password_hash_if_absent(tx, id, hash)?;
    }
    Ok(())
}
