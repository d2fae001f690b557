//! Domain operations on the partner's data. Each operation's row fields are
//! declared once, in a `*_FIELDS` array next to the SQL that produces them;
//! the [`super::ops`] registry declares the same array as the operation's
//! `fields`, and [`row`] zips it with the values in column order, so a row
//! cannot carry a field the registry does not declare.
//!
//! Every statement goes through [`Tx`]'s prepared-statement cache: these
//! run on every step.

use super::Tx;
use super::sql::Row;
use crate::error::{Error, Result};
use crate::role::Role;
use crate::value::{Message, Value, Vars};

/// Fields of a `customers` row.
pub const CUSTOMERS_FIELDS: [&str; 3] = ["id", "name", "subscriptions"];
/// Fields of a `subscriptions` row.
pub const SUBSCRIPTIONS_FIELDS: [&str; 5] =
    ["id", "product", "customer-name", "contact", "contact-name"];
/// Fields of a `support-contacts` row.
pub const SUPPORT_CONTACTS_FIELDS: [&str; 4] = ["id", "name", "kind", "current"];
/// Fields of a `requestable-resellers` row, and of `request-relationship`'s
/// output.
pub const RESELLER_STATE_FIELDS: [&str; 3] = ["id", "name", "state"];
/// Fields of an `established-relationship` row.
pub const ESTABLISHED_RELATIONSHIP_FIELDS: [&str; 3] = ["id", "name", "delegated-admin"];
/// Fields of a `reseller-relationships` row.
pub const RESELLER_RELATIONSHIPS_FIELDS: [&str; 4] = ["id", "name", "state", "delegated-admin"];
/// Fields of a `relationship-impact` row, and of `remove-relationship`'s
/// output (what the removal changed).
pub const RELATIONSHIP_IMPACT_FIELDS: [&str; 4] = ["id", "name", "subscriptions", "customers"];
/// Fields of `record-support-agreement`'s output, and of an accepted
/// relationship.
pub const RESELLER_FIELDS: [&str; 2] = ["id", "name"];
/// Fields of `set-support-contact`'s output.
pub const SET_SUPPORT_CONTACT_FIELDS: [&str; 7] = [
    "subscription",
    "product",
    "customer-name",
    "previous",
    "previous-name",
    "contact",
    "contact-name",
];

/// A row as queries and effects return it: the declared fields zipped with
/// the values in the same order. Both are arrays of one length, so a value
/// without a field (or a field without a value) does not compile.
pub(crate) fn row<const N: usize>(fields: &[&str; N], values: [Value; N]) -> Vars {
    fields
        .iter()
        .map(|field| (*field).to_owned())
        .zip(values)
        .collect()
}

// Column `index` of a result row as a row value, by its SQL type.

pub(crate) fn text(row: &Row<'_>, index: usize) -> Result<Value> {
    row.text(index).map(Value::Text)
}

pub(crate) fn int(row: &Row<'_>, index: usize) -> Result<Value> {
    row.int(index).map(Value::Int)
}

pub(crate) fn boolean(row: &Row<'_>, index: usize) -> Result<Value> {
    row.boolean(index).map(Value::Bool)
}

pub fn customers(tx: &Tx) -> Result<Vec<Vars>> {
    tx.query_rows(
        "SELECT c.id, c.name, count(s.id)
           FROM customers c LEFT JOIN subscriptions s ON s.customer = c.id
          GROUP BY c.id ORDER BY c.name",
        params![],
        |r| {
            Ok(row(
                &CUSTOMERS_FIELDS,
                [text(r, 0)?, text(r, 1)?, int(r, 2)?],
            ))
        },
    )
}

pub fn customer_name(tx: &Tx, customer: &str) -> Result<String> {
    tx.query_opt(
        "SELECT name FROM customers WHERE id = ?1",
        params![customer],
        |r| r.text(0),
    )?
    .ok_or_else(|| Error::UnknownCustomer(customer.to_owned()))
}

pub fn subscriptions(tx: &Tx, customer: &str) -> Result<Vec<Vars>> {
    tx.query_rows(
        "SELECT s.id, s.product, c.name, o.id, o.name
           FROM subscriptions s
           JOIN customers c ON c.id = s.customer
           JOIN organizations o ON o.id = s.support_contact
          WHERE s.customer = ?1 ORDER BY s.product",
        params![customer],
        |r| {
            Ok(row(
                &SUBSCRIPTIONS_FIELDS,
                [
                    text(r, 0)?,
                    text(r, 1)?,
                    text(r, 2)?,
                    text(r, 3)?,
                    text(r, 4)?,
                ],
            ))
        },
    )
}

/// Who may be the subscription's designated support contact, the indirect
/// provider first, with the current contact marked.
pub fn support_contacts(tx: &Tx, subscription: &str) -> Result<Vec<Vars>> {
    tx.query_rows(
        "SELECT e.id, e.name, e.kind, e.id = s.support_contact
           FROM eligible_support_contacts e, subscriptions s
          WHERE s.id = ?1
          ORDER BY e.kind = 'reseller', e.name",
        params![subscription],
        |r| {
            Ok(row(
                &SUPPORT_CONTACTS_FIELDS,
                [text(r, 0)?, text(r, 1)?, text(r, 2)?, boolean(r, 3)?],
            ))
        },
    )
}

/// Resellers without an established relationship (none yet, or requested).
pub fn requestable_resellers(tx: &Tx) -> Result<Vec<Vars>> {
    tx.query_rows(
        "SELECT o.id, o.name, coalesce(r.state, 'none')
           FROM organizations o LEFT JOIN relationships r ON r.reseller = o.id
          WHERE o.kind = 'reseller' AND coalesce(r.state, 'none') <> 'established'
          ORDER BY o.name",
        params![],
        |r| {
            Ok(row(
                &RESELLER_STATE_FIELDS,
                [text(r, 0)?, text(r, 1)?, text(r, 2)?],
            ))
        },
    )
}

/// One row when the relationship with `reseller` is established.
pub fn established_relationship(tx: &Tx, reseller: &str) -> Result<Vec<Vars>> {
    let found = tx.query_opt(
        "SELECT o.id, o.name, r.delegated_admin
           FROM relationships r JOIN organizations o ON o.id = r.reseller
          WHERE r.reseller = ?1 AND r.state = 'established'",
        params![reseller],
        |r| {
            Ok(row(
                &ESTABLISHED_RELATIONSHIP_FIELDS,
                [text(r, 0)?, text(r, 1)?, boolean(r, 2)?],
            ))
        },
    )?;
    Ok(found.into_iter().collect())
}

fn reseller_name(tx: &Tx, reseller: &str) -> Result<String> {
    tx.query_opt(
        "SELECT name FROM organizations WHERE id = ?1 AND kind = 'reseller'",
        params![reseller],
        |r| r.text(0),
    )?
    .ok_or_else(|| Error::UnknownReseller(reseller.to_owned()))
}

/// Records a request for a relationship. Requesting again while one is
/// pending changes nothing; an established relationship is refused.
pub fn request_relationship(tx: &Tx, reseller: &str, delegated_admin: bool) -> Result<Vars> {
    let name = reseller_name(tx, reseller)?;
    let state: Option<String> = tx.query_opt(
        "SELECT state FROM relationships WHERE reseller = ?1",
        params![reseller],
        |r| r.text(0),
    )?;
    match state.as_deref() {
        Some("established") => {
            return Err(Error::Refused(
                Message::new("error-relationship-exists").arg("reseller", name),
            ));
        }
        Some(_) => {}
        None => {
            tx.execute(
                concat!(
                    "INSERT INTO relationships (reseller, state, delegated_admin, requested_at)
                     VALUES (?1, 'requested', ?2, ",
                    now!(),
                    ")"
                ),
                params![reseller, delegated_admin],
            )?;
        }
    }
    Ok(row(
        &RESELLER_STATE_FIELDS,
        [
            Value::from(reseller),
            Value::Text(name),
            Value::from("requested"),
        ],
    ))
}

/// The reseller accepts a requested relationship.
pub fn accept_relationship(tx: &Tx, reseller: &str) -> Result<Vars> {
    let name = reseller_name(tx, reseller)?;
    let changed = tx.execute(
        concat!(
            "UPDATE relationships SET state = 'established', established_at = ",
            now!(),
            " WHERE reseller = ?1 AND state = 'requested'"
        ),
        params![reseller],
    )?;
    if changed == 0 {
        return Err(Error::Refused(
            Message::new("error-no-pending-request").arg("reseller", name),
        ));
    }
    Ok(row(
        &RESELLER_FIELDS,
        [Value::from(reseller), Value::Text(name)],
    ))
}

pub fn record_support_agreement(tx: &Tx, reseller: &str) -> Result<Vars> {
    let name = reseller_name(tx, reseller)?;
    tx.execute(
        concat!(
            "INSERT INTO support_agreements (reseller, scope, created_at)
             VALUES (?1, 'technical', ",
            now!(),
            ") ON CONFLICT (reseller, scope) DO NOTHING"
        ),
        params![reseller],
    )?;
    Ok(row(
        &RESELLER_FIELDS,
        [Value::from(reseller), Value::Text(name)],
    ))
}

/// Changes a subscription's designated support contact. The contact must be
/// eligible; the schema refuses anything else even if this check is skipped.
pub fn set_support_contact(tx: &Tx, subscription: &str, contact: &str) -> Result<Vars> {
    let (product, customer_name, previous, previous_name) = tx
        .query_opt(
            "SELECT s.product, c.name, o.id, o.name
           FROM subscriptions s
           JOIN customers c ON c.id = s.customer
           JOIN organizations o ON o.id = s.support_contact
          WHERE s.id = ?1",
            params![subscription],
            |r| Ok((text(r, 0)?, text(r, 1)?, text(r, 2)?, text(r, 3)?)),
        )?
        .ok_or_else(|| {
            Error::Refused(Message::new("error-unknown-subscription").arg("id", subscription))
        })?;
    let new_name: String = tx
        .query_opt(
            "SELECT name FROM eligible_support_contacts WHERE id = ?1",
            params![contact],
            |r| r.text(0),
        )?
        .ok_or_else(|| {
            Error::Refused(Message::new("error-ineligible-contact").arg("contact", contact))
        })?;
    tx.execute(
        "UPDATE subscriptions SET support_contact = ?2 WHERE id = ?1",
        params![subscription, contact],
    )?;
    Ok(row(
        &SET_SUPPORT_CONTACT_FIELDS,
        [
            Value::from(subscription),
            product,
            customer_name,
            previous,
            previous_name,
            Value::from(contact),
            Value::Text(new_name),
        ],
    ))
}

/// Adds a subscription; its support contact is the indirect provider.
pub fn add_subscription(tx: &Tx, id: &str, customer: &str, product: &str) -> Result<()> {
    tx.execute(
        concat!(
            "INSERT INTO subscriptions (id, customer, product, support_contact, created_at)
             SELECT ?1, ?2, ?3, id, ",
            now!(),
            " FROM organizations WHERE kind = 'provider'
             ON CONFLICT (id) DO NOTHING"
        ),
        params![id, customer, product],
    )?;
    Ok(())
}

/// What a customer sees on the product support pages.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ContactLine {
    pub subscription: String,
    pub product: String,
    pub contact: String,
    pub contact_name: String,
}

pub fn contacts(tx: &Tx, customer: &str) -> Result<Vec<ContactLine>> {
    customer_name(tx, customer)?;
    tx.query_rows(
        "SELECT s.id, s.product, o.id, o.name
           FROM subscriptions s JOIN organizations o ON o.id = s.support_contact
          WHERE s.customer = ?1 ORDER BY s.product",
        params![customer],
        |r| {
            Ok(ContactLine {
                subscription: r.text(0)?,
                product: r.text(1)?,
                contact: r.text(2)?,
                contact_name: r.text(3)?,
            })
        },
    )
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Agent {
    pub id: String,
    pub name: String,
    /// A role this build does not know (a hand-edited database) fails the
    /// read with an error naming it.
    pub role: Role,
    pub locale: String,
}

pub fn agents(tx: &Tx) -> Result<Vec<Agent>> {
    tx.query_rows(
        "SELECT id, name, role, locale FROM agents ORDER BY id",
        params![],
        agent_from_row,
    )
}

pub fn agent(tx: &Tx, id: &str) -> Result<Agent> {
    tx.query_opt(
        "SELECT id, name, role, locale FROM agents WHERE id = ?1",
        params![id],
        agent_from_row,
    )?
    .ok_or_else(|| Error::UnknownAgent(id.to_owned()))
}

pub(crate) fn agent_from_row(r: &Row<'_>) -> Result<Agent> {
    Ok(Agent {
        id: r.text(0)?,
        name: r.text(1)?,
        role: r
            .text(2)?
            .parse()
            .map_err(|e: crate::role::UnknownRole| Error::StoredValue(e.to_string()))?,
        locale: r.text(3)?,
    })
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Relationship {
    pub reseller: String,
    pub name: String,
    /// `none`, `requested` or `established`.
    pub state: String,
    pub delegated_admin: bool,
    pub support_agreement: bool,
}

pub fn relationships(tx: &Tx) -> Result<Vec<Relationship>> {
    tx.query_rows(
        "SELECT o.id, o.name, coalesce(r.state, 'none'), coalesce(r.delegated_admin, 0),
                EXISTS (SELECT 1 FROM support_agreements a WHERE a.reseller = o.id)
           FROM organizations o LEFT JOIN relationships r ON r.reseller = o.id
          WHERE o.kind = 'reseller' ORDER BY o.name",
        params![],
        |r| {
            Ok(Relationship {
                reseller: r.text(0)?,
                name: r.text(1)?,
                state: r.text(2)?,
                delegated_admin: r.boolean(3)?,
                support_agreement: r.boolean(4)?,
            })
        },
    )
}

/// Resellers with a relationship, requested or established.
pub fn reseller_relationships(tx: &Tx) -> Result<Vec<Vars>> {
    tx.query_rows(
        "SELECT o.id, o.name, r.state, r.delegated_admin
           FROM relationships r JOIN organizations o ON o.id = r.reseller ORDER BY o.name",
        params![],
        |r| {
            Ok(row(
                &RESELLER_RELATIONSHIPS_FIELDS,
                [text(r, 0)?, text(r, 1)?, text(r, 2)?, boolean(r, 3)?],
            ))
        },
    )
}

/// What removing a relationship would change: how many subscriptions, of
/// how many customers, name the reseller as support contact.
struct Impact {
    name: String,
    subscriptions: i64,
    customers: i64,
}

impl Impact {
    fn of(tx: &Tx, reseller: &str) -> Result<Impact> {
        let name = reseller_name(tx, reseller)?;
        let (subscriptions, customers) = tx.query_one(
            "SELECT count(*), count(DISTINCT customer) FROM subscriptions WHERE support_contact = ?1",
            params![reseller],
            |r| Ok((r.int(0)?, r.int(1)?)),
        )?;
        Ok(Impact {
            name,
            subscriptions,
            customers,
        })
    }

    fn into_row(self, reseller: &str) -> Vars {
        row(
            &RELATIONSHIP_IMPACT_FIELDS,
            [
                Value::from(reseller),
                Value::Text(self.name),
                Value::Int(self.subscriptions),
                Value::Int(self.customers),
            ],
        )
    }
}

/// What removing the relationship with `reseller` would change, as one row.
pub fn relationship_impact(tx: &Tx, reseller: &str) -> Result<Vec<Vars>> {
    Ok(vec![Impact::of(tx, reseller)?.into_row(reseller)])
}

/// Removes the relationship: the subscriptions that name the reseller go
/// back to the indirect provider, then the relationship and its support
/// agreement go. The caller's transaction makes it all or nothing.
pub fn remove_relationship(tx: &Tx, reseller: &str) -> Result<Vars> {
    let impact = Impact::of(tx, reseller)?;
    tx.execute(
        "UPDATE subscriptions SET support_contact = (SELECT id FROM organizations WHERE kind = 'provider')
          WHERE support_contact = ?1",
        params![reseller],
    )?;
    tx.execute(
        "DELETE FROM support_agreements WHERE reseller = ?1",
        params![reseller],
    )?;
    let removed = tx.execute(
        "DELETE FROM relationships WHERE reseller = ?1",
        params![reseller],
    )?;
    if removed == 0 {
        return Err(Error::Refused(
            Message::new("error-no-relationship").arg("reseller", impact.name),
        ));
    }
    Ok(impact.into_row(reseller))
}

/// Saves the language an agent prefers: runs they start, and the pages
/// they see, are in it.
pub fn set_agent_locale(tx: &Tx, agent: &str, locale: &str) -> Result<()> {
    let changed = tx.execute(
        "UPDATE agents SET locale = ?2 WHERE id = ?1",
        params![agent, locale],
    )?;
    if changed == 0 {
        return Err(Error::UnknownAgent(agent.to_owned()));
    }
    Ok(())
}
