//! The small value vocabulary shared by every layer: scalar values, variable
//! maps, and [`Message`], a piece of text a person will see that has not been
//! localized yet.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// A scalar carried in run variables, query rows, effect arguments and
/// Fluent arguments. Numbers stay numbers so Fluent can select plural forms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Bool(bool),
    Int(i64),
    Text(String),
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(n) => write!(f, "{n}"),
            Value::Text(s) => f.write_str(s),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

/// Named values: a run's variables, one row of a query, an effect's output.
pub type Vars = BTreeMap<String, Value>;

/// Text for a person, still language-neutral: a Fluent message id and the
/// arguments it is formatted with. Numbers are formatted for the reader
/// (grouped, localized digits); an identifier that happens to be a number
/// (a run, a line) is passed as text so that it reads as typed. Every
/// layer below the CLI speaks in messages so that only the CLI decides the
/// language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    pub args: Vars,
}

impl Message {
    pub fn new(id: impl Into<String>) -> Self {
        Message {
            id: id.into(),
            args: Vars::new(),
        }
    }

    pub fn arg(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.args.insert(name.to_owned(), value.into());
        self
    }

    pub fn with_args(mut self, args: &Vars) -> Self {
        self.args
            .extend(args.iter().map(|(k, v)| (k.clone(), v.clone())));
        self
    }
}
