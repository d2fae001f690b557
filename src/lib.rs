//! docflow: guided, localized workflows from product documentation,
//! executed against a SQLite store. See ARCHITECTURE.md for the map.

pub mod assets;
pub mod auth;
pub mod cli;
pub mod docs;
pub mod engine;
pub mod error;
pub mod l10n;
pub mod mcp;
pub mod role;
pub mod serve;
pub mod session;
pub mod store;
pub mod transcript;
pub mod value;
pub mod workflow;

pub use error::{Error, Result};
