//! The registry of domain operations a workflow definition may name. A
//! definition only ever reaches the store through these names; adding a
//! workflow that uses them needs no Rust.
//!
//! Each operation is declared once, in [`OPERATIONS`]: its name, the
//! parameters it takes, the fields it returns and the function that runs it.
//! Validation (`workflow::load`), the translators' checker and dispatch all
//! read that one entry. The fields are the same array the row builder in
//! [`domain`] or [`support`] zips its values with, so a row cannot carry a
//! field the entry does not declare.

use super::{Tx, domain, support};
use crate::error::{Bug, Error, Result};
use crate::value::{Value, Vars};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpKind {
    /// Reads rows; used for options and wait conditions.
    Query,
    /// Changes the store; applied in the transaction that records the answer.
    Effect,
}

/// The function that runs an operation. Its variant is the operation's
/// kind, so the kind a definition is checked against cannot disagree with
/// what dispatch calls.
#[derive(Clone, Copy, Debug)]
pub enum Run {
    /// The rows a step offers. Run through `Store::query`: its statements
    /// need not agree with each other to the moment (one statement, or
    /// facts that do not change together), since the effects re-check
    /// what they change in their own transaction; a query that needs a
    /// snapshot across statements must make it one statement.
    Query(fn(&Tx, &Args<'_>) -> Result<Vec<Vars>>),
    Effect(fn(&Tx, &Args<'_>) -> Result<Vars>),
}

/// One operation: what it takes, the fields it returns, and what runs it.
#[derive(Debug)]
pub struct OpSpec {
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub fields: &'static [&'static str],
    pub run: Run,
}

impl OpSpec {
    pub const fn kind(&self) -> OpKind {
        match self.run {
            Run::Query(_) => OpKind::Query,
            Run::Effect(_) => OpKind::Effect,
        }
    }
}

/// An operation's arguments, already resolved from run variables, read by
/// parameter name and type.
pub struct Args<'a> {
    op: &'static str,
    vars: &'a Vars,
}

impl<'a> Args<'a> {
    pub fn text(&self, name: &str) -> Result<&'a str> {
        self.vars
            .get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| self.bad(name))
    }

    pub fn flag(&self, name: &str) -> Result<bool> {
        self.vars
            .get(name)
            .and_then(Value::as_bool)
            .ok_or_else(|| self.bad(name))
    }

    // Validation checks every call's arguments against `params`, and the
    // registry's unit test checks each function reads only those; so a
    // missing or mistyped argument is docflow's bug, not the person's.
    fn bad(&self, arg: &str) -> Error {
        Bug::BadArgument {
            op: self.op.to_owned(),
            arg: arg.to_owned(),
        }
        .into()
    }
}

pub const OPERATIONS: &[OpSpec] = &[
    OpSpec {
        name: "customers",
        params: &[],
        fields: &domain::CUSTOMERS_FIELDS,
        run: Run::Query(|tx, _| domain::customers(tx)),
    },
    OpSpec {
        name: "subscriptions",
        params: &["customer"],
        fields: &domain::SUBSCRIPTIONS_FIELDS,
        run: Run::Query(|tx, args| domain::subscriptions(tx, args.text("customer")?)),
    },
    OpSpec {
        name: "support-contacts",
        params: &["subscription"],
        fields: &domain::SUPPORT_CONTACTS_FIELDS,
        run: Run::Query(|tx, args| domain::support_contacts(tx, args.text("subscription")?)),
    },
    OpSpec {
        name: "requestable-resellers",
        params: &[],
        fields: &domain::RESELLER_STATE_FIELDS,
        run: Run::Query(|tx, _| domain::requestable_resellers(tx)),
    },
    OpSpec {
        name: "established-relationship",
        params: &["reseller"],
        fields: &domain::ESTABLISHED_RELATIONSHIP_FIELDS,
        run: Run::Query(|tx, args| domain::established_relationship(tx, args.text("reseller")?)),
    },
    OpSpec {
        name: "reseller-relationships",
        params: &[],
        fields: &domain::RESELLER_RELATIONSHIPS_FIELDS,
        run: Run::Query(|tx, _| domain::reseller_relationships(tx)),
    },
    OpSpec {
        name: "relationship-impact",
        params: &["reseller"],
        fields: &domain::RELATIONSHIP_IMPACT_FIELDS,
        run: Run::Query(|tx, args| domain::relationship_impact(tx, args.text("reseller")?)),
    },
    OpSpec {
        name: "services",
        params: &["customer"],
        fields: &support::SERVICES_FIELDS,
        run: Run::Query(|tx, args| support::services(tx, args.text("customer")?)),
    },
    OpSpec {
        name: "service-health",
        params: &["service"],
        fields: &support::SERVICE_HEALTH_FIELDS,
        run: Run::Query(|tx, args| support::service_health(tx, args.text("service")?)),
    },
    OpSpec {
        name: "support-vehicles",
        params: &["kind"],
        fields: &support::SUPPORT_VEHICLES_FIELDS,
        run: Run::Query(|tx, args| support::support_vehicles(tx, args.text("kind")?)),
    },
    OpSpec {
        name: "file-service-request",
        params: &[
            "customer",
            "service",
            "kind",
            "vehicle",
            "description",
            "agent",
        ],
        fields: &support::FILE_SERVICE_REQUEST_FIELDS,
        run: Run::Effect(|tx, args| {
            support::file_service_request(
                tx,
                args.text("customer")?,
                args.text("service")?,
                args.text("kind")?,
                args.text("vehicle")?,
                args.text("description")?,
                args.text("agent")?,
            )
        }),
    },
    OpSpec {
        name: "record-resolution",
        params: &["customer", "service", "description", "agent"],
        fields: &support::RECORD_RESOLUTION_FIELDS,
        run: Run::Effect(|tx, args| {
            support::record_resolution(
                tx,
                args.text("customer")?,
                args.text("service")?,
                args.text("description")?,
                args.text("agent")?,
            )
        }),
    },
    OpSpec {
        name: "remove-relationship",
        params: &["reseller"],
        fields: &domain::RELATIONSHIP_IMPACT_FIELDS,
        run: Run::Effect(|tx, args| domain::remove_relationship(tx, args.text("reseller")?)),
    },
    OpSpec {
        name: "request-relationship",
        params: &["reseller", "delegated-admin"],
        fields: &domain::RESELLER_STATE_FIELDS,
        run: Run::Effect(|tx, args| {
            domain::request_relationship(tx, args.text("reseller")?, args.flag("delegated-admin")?)
        }),
    },
    OpSpec {
        name: "record-support-agreement",
        params: &["reseller"],
        fields: &domain::RESELLER_FIELDS,
        run: Run::Effect(|tx, args| domain::record_support_agreement(tx, args.text("reseller")?)),
    },
    OpSpec {
        name: "set-support-contact",
        params: &["subscription", "contact"],
        fields: &domain::SET_SUPPORT_CONTACT_FIELDS,
        run: Run::Effect(|tx, args| {
            domain::set_support_contact(tx, args.text("subscription")?, args.text("contact")?)
        }),
    },
];

pub fn spec(name: &str) -> Option<&'static OpSpec> {
    OPERATIONS.iter().find(|op| op.name == name)
}

/// Runs a query. `args` are already resolved from run variables.
pub fn query(tx: &Tx, name: &str, args: &Vars) -> Result<Vec<Vars>> {
    match spec(name) {
        Some(&OpSpec {
            name,
            run: Run::Query(run),
            ..
        }) => run(
            tx,
            &Args {
                op: name,
                vars: args,
            },
        ),
        _ => Err(unknown(name)),
    }
}

/// Applies an effect and returns its output row.
pub fn apply(tx: &Tx, name: &str, args: &Vars) -> Result<Vars> {
    match spec(name) {
        Some(&OpSpec {
            name,
            run: Run::Effect(run),
            ..
        }) => run(
            tx,
            &Args {
                op: name,
                vars: args,
            },
        ),
        _ => Err(unknown(name)),
    }
}

// Validation guarantees names and kinds; this only fires when a run's stored
// definition names an operation this build no longer has (or no longer has
// as a query, or as an effect).
fn unknown(name: &str) -> Error {
    Bug::UnknownOperation(name.to_owned()).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Store, demo};

    fn demo_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store =
            Store::create_or_open(&dir.path().join("ops.db"), crate::store::Durability::Normal)
                .unwrap();
        store.write(demo::seed).unwrap();
        (dir, store)
    }

    fn texts(pairs: &[(&str, &str)]) -> Vars {
        pairs
            .iter()
            .map(|(name, value)| ((*name).to_owned(), Value::from(*value)))
            .collect()
    }

    /// Valid arguments from the demo data for every operation. A new
    /// operation fails the tests below until it has an entry here.
    fn sample_args(name: &str) -> Vars {
        match name {
            "customers" | "requestable-resellers" | "reseller-relationships" => Vars::new(),
            "subscriptions" | "services" => texts(&[("customer", "contoso")]),
            "support-contacts" => texts(&[("subscription", "contoso-m365-e3")]),
            "established-relationship" | "relationship-impact" | "remove-relationship" => {
                texts(&[("reseller", "fabrikam")])
            }
            "service-health" => texts(&[("service", "contoso-exchange")]),
            "support-vehicles" => texts(&[("kind", "technical")]),
            "file-service-request" => texts(&[
                ("customer", "contoso"),
                ("service", "contoso-exchange"),
                ("kind", "technical"),
                ("vehicle", "advanced"),
                ("description", "Mail is delayed for every user"),
                ("agent", "megan"),
            ]),
            "record-resolution" => texts(&[
                ("customer", "contoso"),
                ("service", "contoso-teams"),
                ("description", "Reset the meeting policy"),
                ("agent", "megan"),
            ]),
            "request-relationship" => {
                let mut args = texts(&[("reseller", "tailspin")]);
                args.insert("delegated-admin".to_owned(), Value::Bool(true));
                args
            }
            "record-support-agreement" => texts(&[("reseller", "northwind")]),
            "set-support-contact" => {
                texts(&[("subscription", "contoso-m365-e3"), ("contact", "fabrikam")])
            }
            other => panic!("no sample arguments for operation {other}: add them to sample_args"),
        }
    }

    /// Sample arguments for `op`, checked to be exactly its parameters, so a
    /// function that reads an undeclared parameter fails with `BadArgument`.
    fn checked_args(op: &OpSpec) -> Vars {
        let args = sample_args(op.name);
        let mut params = op.params.to_vec();
        params.sort_unstable();
        let names: Vec<&str> = args.keys().map(String::as_str).collect();
        assert_eq!(names, params, "sample arguments of {}", op.name);
        args
    }

    fn assert_fields(op: &OpSpec, row: &Vars) {
        let mut declared = op.fields.to_vec();
        declared.sort_unstable();
        let keys: Vec<&str> = row.keys().map(String::as_str).collect();
        assert_eq!(keys, declared, "fields of {}", op.name);
    }

    fn bug<T>(result: Result<T>) -> Bug {
        match result {
            Err(Error::Bug(bug)) => bug,
            Err(other) => panic!("expected a bug, got {other:?}"),
            Ok(_) => panic!("expected a bug, got a result"),
        }
    }

    fn bad_argument(op: &str, arg: &str) -> Bug {
        Bug::BadArgument {
            op: op.to_owned(),
            arg: arg.to_owned(),
        }
    }

    #[test]
    fn every_query_returns_rows_with_exactly_its_declared_fields() {
        let (_dir, mut store) = demo_store();
        for op in OPERATIONS.iter().filter(|op| op.kind() == OpKind::Query) {
            let args = checked_args(op);
            let rows = store.read(|tx| query(tx, op.name, &args)).unwrap();
            assert!(!rows.is_empty(), "{} returned no rows", op.name);
            for row in &rows {
                assert_fields(op, row);
            }
        }
    }

    #[test]
    fn every_effect_returns_exactly_its_declared_fields() {
        let (_dir, mut store) = demo_store();
        for op in OPERATIONS.iter().filter(|op| op.kind() == OpKind::Effect) {
            let args = checked_args(op);
            // `read` never commits: each effect is rolled back when its
            // transaction drops, so every effect sees the demo data.
            let output = store.read(|tx| apply(tx, op.name, &args)).unwrap();
            assert_fields(op, &output);
        }
        let fabrikam = texts(&[("reseller", "fabrikam")]);
        let still = store
            .read(|tx| query(tx, "established-relationship", &fabrikam))
            .unwrap();
        assert_eq!(still.len(), 1, "remove-relationship was rolled back");
    }

    #[test]
    fn operation_names_are_unique() {
        for (i, op) in OPERATIONS.iter().enumerate() {
            assert!(
                OPERATIONS[..i]
                    .iter()
                    .all(|earlier| earlier.name != op.name),
                "{} is declared twice",
                op.name
            );
        }
    }

    #[test]
    fn a_missing_or_mistyped_argument_is_a_bug() {
        let (_dir, mut store) = demo_store();
        let missing = store.read(|tx| query(tx, "subscriptions", &Vars::new()));
        assert_eq!(bug(missing), bad_argument("subscriptions", "customer"));
        let mut number = Vars::new();
        number.insert("customer".to_owned(), Value::Int(1));
        let mistyped = store.read(|tx| query(tx, "subscriptions", &number));
        assert_eq!(bug(mistyped), bad_argument("subscriptions", "customer"));
        let mut args = texts(&[("reseller", "tailspin"), ("delegated-admin", "yes")]);
        let not_a_flag = store.read(|tx| apply(tx, "request-relationship", &args));
        assert_eq!(
            bug(not_a_flag),
            bad_argument("request-relationship", "delegated-admin")
        );
        args.remove("reseller");
        let no_reseller = store.read(|tx| apply(tx, "request-relationship", &args));
        assert_eq!(
            bug(no_reseller),
            bad_argument("request-relationship", "reseller")
        );
    }

    #[test]
    fn an_unknown_operation_or_one_of_the_other_kind_is_a_bug() {
        let (_dir, mut store) = demo_store();
        let unknown = |name: &str| Bug::UnknownOperation(name.to_owned());
        let args = Vars::new();
        let no_query = store.read(|tx| query(tx, "no-such-operation", &args));
        assert_eq!(bug(no_query), unknown("no-such-operation"));
        let no_effect = store.read(|tx| apply(tx, "no-such-operation", &args));
        assert_eq!(bug(no_effect), unknown("no-such-operation"));
        let effect_as_query = store.read(|tx| query(tx, "set-support-contact", &args));
        assert_eq!(bug(effect_as_query), unknown("set-support-contact"));
        let query_as_effect = store.read(|tx| apply(tx, "customers", &args));
        assert_eq!(bug(query_as_effect), unknown("customers"));
    }

    #[test]
    fn a_domain_refusal_stays_a_refusal() {
        let (_dir, mut store) = demo_store();
        let args = texts(&[("subscription", "contoso-m365-e3"), ("contact", "tailspin")]);
        let refused = store.read(|tx| apply(tx, "set-support-contact", &args));
        match refused {
            Err(Error::Refused(message)) => assert_eq!(message.id, "error-ineligible-contact"),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
}
