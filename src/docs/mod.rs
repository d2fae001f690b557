//! Documentation in and out: reading articles, translations in the
//! side-by-side format and English sources in plain Markdown (`article`),
//! drafting a workflow from one (`draft`), comparing source versions in the
//! facts workflows depend on (`facts`) and sentence by sentence (`drift`,
//! on `align`), and writing localized how-to pages from workflow
//! definitions (`render`).

mod align;
pub mod article;
mod diagram;
pub mod draft;
pub mod drift;
pub mod facts;
pub mod render;

use std::path::Path;

pub use article::Article;

use crate::error::{Error, Result};

/// Reads and parses one article file.
pub fn read(path: &Path) -> Result<Article> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    article::parse(&path.display().to_string(), &text)
}
