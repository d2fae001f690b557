//! Domain operations on the partner's data. Queries return rows as [`Vars`]
//! with the field names the [`super::ops`] registry declares.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::NOW;
use crate::error::{Error, Result};
use crate::role::Role;
use crate::value::{Message, Value, Vars};

/// Runs a query and builds one value per result row.
pub(crate) fn query_rows<T, P: rusqlite::Params>(
    tx: &Transaction<'_>,
    sql: &str,
    params: P,
    build: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = tx.prepare_cached(sql)?;
    let rows = stmt.query_map(params, build)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A row with the given fields, as queries and effects return them.
pub(crate) fn row(fields: &[(&str, Value)]) -> Vars {
    fields
        .iter()
        .map(|(name, value)| ((*name).to_owned(), value.clone()))
        .collect()
}

fn text(row: &Row<'_>, index: usize) -> rusqlite::Result<Value> {
    row.get::<_, String>(index).map(Value::Text)
}

pub fn customers(tx: &Transaction<'_>) -> Result<Vec<Vars>> {
    query_rows(
        tx,
        "SELECT c.id, c.name, count(s.id)
           FROM customers c LEFT JOIN subscriptions s ON s.customer = c.id
          GROUP BY c.id ORDER BY c.name",
        [],
        |r| {
            Ok(row(&[
                ("id", text(r, 0)?),
                ("name", text(r, 1)?),
                ("subscriptions", Value::Int(r.get(2)?)),
            ]))
        },
    )
}

pub fn customer_name(tx: &Transaction<'_>, customer: &str) -> Result<String> {
    tx.query_row(
        "SELECT name FROM customers WHERE id = ?1",
        [customer],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::UnknownCustomer(customer.to_owned()))
}

pub fn subscriptions(tx: &Transaction<'_>, customer: &str) -> Result<Vec<Vars>> {
    query_rows(
        tx,
        "SELECT s.id, s.product, c.name, o.id, o.name
           FROM subscriptions s
           JOIN customers c ON c.id = s.customer
           JOIN organizations o ON o.id = s.support_contact
          WHERE s.customer = ?1 ORDER BY s.product",
        [customer],
        |r| {
            Ok(row(&[
                ("id", text(r, 0)?),
                ("product", text(r, 1)?),
                ("customer-name", text(r, 2)?),
                ("contact", text(r, 3)?),
                ("contact-name", text(r, 4)?),
            ]))
        },
    )
}

/// Who may be the subscription's designated support contact, the indirect
/// provider first, with the current contact marked.
pub fn support_contacts(tx: &Transaction<'_>, subscription: &str) -> Result<Vec<Vars>> {
    query_rows(
        tx,
        "SELECT e.id, e.name, e.kind, e.id = s.support_contact
           FROM eligible_support_contacts e, subscriptions s
          WHERE s.id = ?1
          ORDER BY e.kind = 'reseller', e.name",
        [subscription],
        |r| {
            Ok(row(&[
                ("id", text(r, 0)?),
                ("name", text(r, 1)?),
                ("kind", text(r, 2)?),
                ("current", Value::Bool(r.get(3)?)),
            ]))
        },
    )
}

/// Resellers without an established relationship (none yet, or requested).
pub fn requestable_resellers(tx: &Transaction<'_>) -> Result<Vec<Vars>> {
    query_rows(
        tx,
        "SELECT o.id, o.name, coalesce(r.state, 'none')
           FROM organizations o LEFT JOIN relationships r ON r.reseller = o.id
          WHERE o.kind = 'reseller' AND coalesce(r.state, 'none') <> 'established'
          ORDER BY o.name",
        [],
        |r| {
            Ok(row(&[
                ("id", text(r, 0)?),
                ("name", text(r, 1)?),
                ("state", text(r, 2)?),
            ]))
        },
    )
}

/// One row when the relationship with `reseller` is established.
pub fn established_relationship(tx: &Transaction<'_>, reseller: &str) -> Result<Vec<Vars>> {
    let found = tx
        .query_row(
            "SELECT o.id, o.name, r.delegated_admin
               FROM relationships r JOIN organizations o ON o.id = r.reseller
              WHERE r.reseller = ?1 AND r.state = 'established'",
            [reseller],
            |r| {
                Ok(row(&[
                    ("id", text(r, 0)?),
                    ("name", text(r, 1)?),
                    ("delegated-admin", Value::Bool(r.get(2)?)),
                ]))
            },
        )
        .optional()?;
    Ok(found.into_iter().collect())
}

fn reseller_name(tx: &Transaction<'_>, reseller: &str) -> Result<String> {
    tx.query_row(
        "SELECT name FROM organizations WHERE id = ?1 AND kind = 'reseller'",
        [reseller],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::UnknownReseller(reseller.to_owned()))
}

/// Records a request for a relationship. Requesting again while one is
/// pending changes nothing; an established relationship is refused.
pub fn request_relationship(
    tx: &Transaction<'_>,
    reseller: &str,
    delegated_admin: bool,
) -> Result<Vars> {
    let name = reseller_name(tx, reseller)?;
    let state: Option<String> = tx
        .query_row(
            "SELECT state FROM relationships WHERE reseller = ?1",
            [reseller],
            |r| r.get(0),
        )
        .optional()?;
    match state.as_deref() {
        Some("established") => {
            return Err(Error::Refused(
                Message::new("error-relationship-exists").arg("reseller", name),
            ));
        }
        Some(_) => {}
        None => {
            tx.execute(
                &format!(
                    "INSERT INTO relationships (reseller, state, delegated_admin, requested_at)
                     VALUES (?1, 'requested', ?2, {NOW})"
                ),
                params![reseller, delegated_admin],
            )?;
        }
    }
    Ok(row(&[
        ("id", Value::from(reseller)),
        ("name", Value::from(name)),
        ("state", Value::from("requested")),
    ]))
}

/// The reseller accepts a requested relationship.
pub fn accept_relationship(tx: &Transaction<'_>, reseller: &str) -> Result<Vars> {
    let name = reseller_name(tx, reseller)?;
    let changed = tx.execute(
        &format!(
            "UPDATE relationships SET state = 'established', established_at = {NOW}
              WHERE reseller = ?1 AND state = 'requested'"
        ),
        [reseller],
    )?;
    if changed == 0 {
        return Err(Error::Refused(
            Message::new("error-no-pending-request").arg("reseller", name),
        ));
    }
    Ok(row(&[
        ("id", Value::from(reseller)),
        ("name", Value::from(name)),
    ]))
}

pub fn record_support_agreement(tx: &Transaction<'_>, reseller: &str) -> Result<Vars> {
    let name = reseller_name(tx, reseller)?;
    tx.execute(
        &format!(
            "INSERT INTO support_agreements (reseller, scope, created_at)
             VALUES (?1, 'technical', {NOW}) ON CONFLICT (reseller, scope) DO NOTHING"
        ),
        [reseller],
    )?;
    Ok(row(&[
        ("id", Value::from(reseller)),
        ("name", Value::from(name)),
    ]))
}

/// Changes a subscription's designated support contact. The contact must be
/// eligible; the schema refuses anything else even if this check is skipped.
pub fn set_support_contact(
    tx: &Transaction<'_>,
    subscription: &str,
    contact: &str,
) -> Result<Vars> {
    let current = tx
        .query_row(
            "SELECT s.product, c.name, o.id, o.name
               FROM subscriptions s
               JOIN customers c ON c.id = s.customer
               JOIN organizations o ON o.id = s.support_contact
              WHERE s.id = ?1",
            [subscription],
            |r| Ok((text(r, 0)?, text(r, 1)?, text(r, 2)?, text(r, 3)?)),
        )
        .optional()?
        .ok_or_else(|| {
            Error::Refused(Message::new("error-unknown-subscription").arg("id", subscription))
        })?;
    let new_name: String = tx
        .query_row(
            "SELECT name FROM eligible_support_contacts WHERE id = ?1",
            [contact],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| {
            Error::Refused(Message::new("error-ineligible-contact").arg("contact", contact))
        })?;
    tx.execute(
        "UPDATE subscriptions SET support_contact = ?2 WHERE id = ?1",
        params![subscription, contact],
    )?;
    let (product, customer_name, previous, previous_name) = current;
    Ok(row(&[
        ("subscription", Value::from(subscription)),
        ("product", product),
        ("customer-name", customer_name),
        ("previous", previous),
        ("previous-name", previous_name),
        ("contact", Value::from(contact)),
        ("contact-name", Value::from(new_name)),
    ]))
}

/// Adds a subscription; its support contact is the indirect provider.
pub fn add_subscription(
    tx: &Transaction<'_>,
    id: &str,
    customer: &str,
    product: &str,
) -> Result<()> {
    tx.execute(
        &format!(
            "INSERT INTO subscriptions (id, customer, product, support_contact, created_at)
             SELECT ?1, ?2, ?3, id, {NOW} FROM organizations WHERE kind = 'provider'
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

pub fn contacts(tx: &Transaction<'_>, customer: &str) -> Result<Vec<ContactLine>> {
    customer_name(tx, customer)?;
    query_rows(
        tx,
        "SELECT s.id, s.product, o.id, o.name
           FROM subscriptions s JOIN organizations o ON o.id = s.support_contact
          WHERE s.customer = ?1 ORDER BY s.product",
        [customer],
        |r| {
            Ok(ContactLine {
                subscription: r.get(0)?,
                product: r.get(1)?,
                contact: r.get(2)?,
                contact_name: r.get(3)?,
            })
        },
    )
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Agent {
    pub id: String,
    pub name: String,
    /// Read through `Role`'s `FromSql`: a role this build does not know
    /// fails the read with a conversion error naming it.
    pub role: Role,
    pub locale: String,
}

pub fn agents(tx: &Transaction<'_>) -> Result<Vec<Agent>> {
    query_rows(
        tx,
        "SELECT id, name, role, locale FROM agents ORDER BY id",
        [],
        agent_from_row,
    )
}

pub fn agent(tx: &Transaction<'_>, id: &str) -> Result<Agent> {
    tx.query_row(
        "SELECT id, name, role, locale FROM agents WHERE id = ?1",
        [id],
        agent_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::UnknownAgent(id.to_owned()))
}

fn agent_from_row(r: &Row<'_>) -> rusqlite::Result<Agent> {
    Ok(Agent {
        id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        locale: r.get(3)?,
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

pub fn relationships(tx: &Transaction<'_>) -> Result<Vec<Relationship>> {
    query_rows(
        tx,
        "SELECT o.id, o.name, coalesce(r.state, 'none'), coalesce(r.delegated_admin, 0),
                EXISTS (SELECT 1 FROM support_agreements a WHERE a.reseller = o.id)
           FROM organizations o LEFT JOIN relationships r ON r.reseller = o.id
          WHERE o.kind = 'reseller' ORDER BY o.name",
        [],
        |r| {
            Ok(Relationship {
                reseller: r.get(0)?,
                name: r.get(1)?,
                state: r.get(2)?,
                delegated_admin: r.get(3)?,
                support_agreement: r.get(4)?,
            })
        },
    )
}

/// Resellers with a relationship, requested or established.
pub fn reseller_relationships(tx: &Transaction<'_>) -> Result<Vec<Vars>> {
    query_rows(
        tx,
        "SELECT o.id, o.name, r.state, r.delegated_admin
           FROM relationships r JOIN organizations o ON o.id = r.reseller ORDER BY o.name",
        [],
        |r| {
            Ok(row(&[
                ("id", text(r, 0)?),
                ("name", text(r, 1)?),
                ("state", text(r, 2)?),
                ("delegated-admin", Value::Bool(r.get(3)?)),
            ]))
        },
    )
}

/// What removing the relationship with `reseller` would change: how many
/// subscriptions, of how many customers, name it as support contact.
pub fn relationship_impact(tx: &Transaction<'_>, reseller: &str) -> Result<Vec<Vars>> {
    let name = reseller_name(tx, reseller)?;
    let (subscriptions, customers): (i64, i64) = tx.query_row(
        "SELECT count(*), count(DISTINCT customer) FROM subscriptions WHERE support_contact = ?1",
        [reseller],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(vec![row(&[
        ("id", Value::from(reseller)),
        ("name", Value::from(name)),
        ("subscriptions", Value::Int(subscriptions)),
        ("customers", Value::Int(customers)),
    ])])
}

/// Removes the relationship: the subscriptions that name the reseller go
/// back to the indirect provider, then the relationship and its support
/// agreement go. The caller's transaction makes it all or nothing.
pub fn remove_relationship(tx: &Transaction<'_>, reseller: &str) -> Result<Vars> {
    let mut impact = relationship_impact(tx, reseller)?.remove(0);
    tx.execute(
        "UPDATE subscriptions SET support_contact = (SELECT id FROM organizations WHERE kind = 'provider')
          WHERE support_contact = ?1",
        [reseller],
    )?;
    tx.execute(
        "DELETE FROM support_agreements WHERE reseller = ?1",
        [reseller],
    )?;
    let removed = tx.execute("DELETE FROM relationships WHERE reseller = ?1", [reseller])?;
    if removed == 0 {
        return Err(Error::Refused(Message::new("error-no-relationship").arg(
            "reseller",
            impact.remove("name").unwrap_or(Value::from(reseller)),
        )));
    }
    Ok(impact)
}
