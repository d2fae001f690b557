//! The roles an agent can have, named after the Partner Center
//! documentation. Declared once here: definitions (`roles = [...]`), the
//! `agents` table, JSON output and the `role-…` Fluent messages all use
//! these ids. The `agents` table's `CHECK` repeats them in a committed
//! migration; a test in `store::schema` keeps it equal to [`Role::ALL`].

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Variants are in the order of their ids, so a sorted list of roles
/// reads the same as a sorted list of ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    AdminAgent,
    GlobalAdmin,
    HelpdeskAgent,
    SalesAgent,
    UserManagementAdmin,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::AdminAgent,
        Role::GlobalAdmin,
        Role::HelpdeskAgent,
        Role::SalesAgent,
        Role::UserManagementAdmin,
    ];

    /// The kebab-case id used in definitions, the database and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::AdminAgent => "admin-agent",
            Role::GlobalAdmin => "global-admin",
            Role::HelpdeskAgent => "helpdesk-agent",
            Role::SalesAgent => "sales-agent",
            Role::UserManagementAdmin => "user-management-admin",
        }
    }

    /// The Fluent message that names the role. Written out rather than
    /// built from [`Self::as_str`], so every id the program formats can be
    /// found in the source, and none is made up at run time.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::AdminAgent => "role-admin-agent",
            Role::GlobalAdmin => "role-global-admin",
            Role::HelpdeskAgent => "role-helpdesk-agent",
            Role::SalesAgent => "role-sales-agent",
            Role::UserManagementAdmin => "role-user-management-admin",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A role id this build does not know.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not a role this docflow knows")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;

    fn from_str(id: &str) -> Result<Role, UnknownRole> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == id)
            .ok_or_else(|| UnknownRole(id.to_owned()))
    }
}

// Serde goes through `as_str`/`FromStr`, so the ids are written only once.
impl Serialize for Role {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Role {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Role, D::Error> {
        let id = String::deserialize(deserializer)?;
        id.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_messages_round_trip_for_every_role() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse(), Ok(role));
            assert_eq!(role.message_id(), format!("role-{}", role.as_str()));
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{}\"", role.as_str()));
            assert_eq!(serde_json::from_str::<Role>(&json).unwrap(), role);
        }
        assert_eq!(
            "janitor".parse::<Role>(),
            Err(UnknownRole("janitor".into()))
        );
        assert!(serde_json::from_str::<Role>("\"janitor\"").is_err());
    }

    /// Reports sort roles as `Role` and list them in id order: the two
    /// orders must agree (and `ALL` must not repeat a role).
    #[test]
    fn roles_order_as_their_ids() {
        for pair in Role::ALL.windows(2) {
            assert!(pair[0] < pair[1], "{pair:?}");
            assert!(pair[0].as_str() < pair[1].as_str(), "{pair:?}");
        }
    }
}
