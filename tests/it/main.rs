//! The integration tests: one binary, linked once, with a module per area.
//! What users touch is driven through the real `docflow` binary against a
//! real SQLite file; the pure core (`engine`) runs in-process.

mod common;

mod assign_support_contact;
mod crash;
mod database_safety;
mod definitions;
mod docs_drift;
mod docs_import;
mod docs_render;
mod engine;
mod errors_by_fault;
mod every_locale;
mod formats;
mod interactive;
mod l10n_check;
mod l10n_tools;
mod mcp;
mod on_postgres;
mod pages_in_browser;
pub mod postgres_rules;
mod relationships;
mod serve_http;
mod serve_in_browser;
mod shell;
mod store_rules;
mod technical_support;
