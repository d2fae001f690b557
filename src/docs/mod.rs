//! Documentation in and out: reading localized articles in the side-by-side
//! format (`article`), drafting a workflow from one (`draft`), comparing the
//! English sources translations were made from (`drift`), and writing
//! localized how-to pages from workflow definitions (`render`).

pub mod article;
mod diagram;
pub mod draft;
pub mod drift;
pub mod render;

use std::path::Path;

pub use article::Article;

use crate::error::{Error, Result};

/// Reads and parses one article file.
pub fn read(path: &Path) -> Result<Article> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    article::parse(&path.display().to_string(), &text)
}
