//! The registry of domain operations a workflow definition may name. A
//! definition only ever reaches the store through these names; adding a
//! workflow that uses them needs no Rust.

use rusqlite::Transaction;

use super::{domain, support};
use crate::error::{Bug, Error, Result};
use crate::value::{Value, Vars};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpKind {
    /// Reads rows; used for options and wait conditions.
    Query,
    /// Changes the store; applied in the transaction that records the answer.
    Effect,
}

/// The signature of one operation: what it takes and the fields it returns.
#[derive(Debug)]
pub struct OpSpec {
    pub name: &'static str,
    pub kind: OpKind,
    pub params: &'static [&'static str],
    pub fields: &'static [&'static str],
}

pub const OPERATIONS: &[OpSpec] = &[
    OpSpec {
        name: "customers",
        kind: OpKind::Query,
        params: &[],
        fields: &["id", "name", "subscriptions"],
    },
    OpSpec {
        name: "subscriptions",
        kind: OpKind::Query,
        params: &["customer"],
        fields: &["id", "product", "customer-name", "contact", "contact-name"],
    },
    OpSpec {
        name: "support-contacts",
        kind: OpKind::Query,
        params: &["subscription"],
        fields: &["id", "name", "kind", "current"],
    },
    OpSpec {
        name: "requestable-resellers",
        kind: OpKind::Query,
        params: &[],
        fields: &["id", "name", "state"],
    },
    OpSpec {
        name: "established-relationship",
        kind: OpKind::Query,
        params: &["reseller"],
        fields: &["id", "name", "delegated-admin"],
    },
    OpSpec {
        name: "reseller-relationships",
        kind: OpKind::Query,
        params: &[],
        fields: &["id", "name", "state", "delegated-admin"],
    },
    OpSpec {
        name: "relationship-impact",
        kind: OpKind::Query,
        params: &["reseller"],
        fields: &["id", "name", "subscriptions", "customers"],
    },
    OpSpec {
        name: "services",
        kind: OpKind::Query,
        params: &["customer"],
        fields: &["id", "name", "status", "active-incidents"],
    },
    OpSpec {
        name: "service-health",
        kind: OpKind::Query,
        params: &["service"],
        fields: &["id", "name", "status", "active-incidents", "incidents"],
    },
    OpSpec {
        name: "support-vehicles",
        kind: OpKind::Query,
        params: &["kind"],
        fields: &["id", "kind"],
    },
    OpSpec {
        name: "file-service-request",
        kind: OpKind::Effect,
        params: &[
            "customer",
            "service",
            "kind",
            "vehicle",
            "description",
            "agent",
        ],
        fields: &["id", "kind", "vehicle"],
    },
    OpSpec {
        name: "record-resolution",
        kind: OpKind::Effect,
        params: &["customer", "service", "description", "agent"],
        fields: &["id"],
    },
    OpSpec {
        name: "remove-relationship",
        kind: OpKind::Effect,
        params: &["reseller"],
        fields: &["id", "name", "subscriptions", "customers"],
    },
    OpSpec {
        name: "request-relationship",
        kind: OpKind::Effect,
        params: &["reseller", "delegated-admin"],
        fields: &["id", "name", "state"],
    },
    OpSpec {
        name: "record-support-agreement",
        kind: OpKind::Effect,
        params: &["reseller"],
        fields: &["id", "name"],
    },
    OpSpec {
        name: "set-support-contact",
        kind: OpKind::Effect,
        params: &["subscription", "contact"],
        fields: &[
            "subscription",
            "product",
            "customer-name",
            "previous",
            "previous-name",
            "contact",
            "contact-name",
        ],
    },
];

pub fn spec(name: &str) -> Option<&'static OpSpec> {
    OPERATIONS.iter().find(|op| op.name == name)
}

/// Runs a query. `args` are already resolved from run variables.
pub fn query(tx: &Transaction<'_>, name: &str, args: &Vars) -> Result<Vec<Vars>> {
    match name {
        "customers" => domain::customers(tx),
        "subscriptions" => domain::subscriptions(tx, text(args, "customer")?),
        "support-contacts" => domain::support_contacts(tx, text(args, "subscription")?),
        "requestable-resellers" => domain::requestable_resellers(tx),
        "established-relationship" => domain::established_relationship(tx, text(args, "reseller")?),
        "reseller-relationships" => domain::reseller_relationships(tx),
        "relationship-impact" => domain::relationship_impact(tx, text(args, "reseller")?),
        "services" => support::services(tx, text(args, "customer")?),
        "service-health" => support::service_health(tx, text(args, "service")?),
        "support-vehicles" => support::support_vehicles(tx, text(args, "kind")?),
        _ => Err(unknown(name)),
    }
}

/// Applies an effect and returns its output row.
pub fn apply(tx: &Transaction<'_>, name: &str, args: &Vars) -> Result<Vars> {
    match name {
        "request-relationship" => domain::request_relationship(
            tx,
            text(args, "reseller")?,
            flag(args, "delegated-admin")?,
        ),
        "record-support-agreement" => domain::record_support_agreement(tx, text(args, "reseller")?),
        "set-support-contact" => {
            domain::set_support_contact(tx, text(args, "subscription")?, text(args, "contact")?)
        }
        "file-service-request" => support::file_service_request(
            tx,
            text(args, "customer")?,
            text(args, "service")?,
            text(args, "kind")?,
            text(args, "vehicle")?,
            text(args, "description")?,
            text(args, "agent")?,
        ),
        "record-resolution" => support::record_resolution(
            tx,
            text(args, "customer")?,
            text(args, "service")?,
            text(args, "description")?,
            text(args, "agent")?,
        ),
        "remove-relationship" => domain::remove_relationship(tx, text(args, "reseller")?),
        _ => Err(unknown(name)),
    }
}

// Validation guarantees names and parameters; these errors only fire when a
// run's stored definition names an operation this build no longer has.
fn unknown(name: &str) -> Error {
    Bug::UnknownOperation(name.to_owned()).into()
}

fn text<'a>(args: &'a Vars, name: &str) -> Result<&'a str> {
    args.get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| bad_arg(name))
}

fn flag(args: &Vars, name: &str) -> Result<bool> {
    args.get(name)
        .and_then(Value::as_bool)
        .ok_or_else(|| bad_arg(name))
}

fn bad_arg(name: &str) -> Error {
    Bug::BadArgument {
        op: String::new(),
        arg: name.to_owned(),
    }
    .into()
}
