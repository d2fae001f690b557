//! The integration tests: one binary, linked once, with a module per area.
//! Each drives the real `docflow` binary against a real SQLite file.

mod common;

mod assign_support_contact;
mod crash;
mod database_safety;
mod definitions;
mod docs_import;
mod docs_render;
mod every_locale;
mod interactive;
mod l10n_check;
mod l10n_tools;
mod pages_in_browser;
mod relationships;
mod store_rules;
mod technical_support;
