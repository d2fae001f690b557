//! Where workflow definitions and locale files come from: embedded in the
//! binary by default, or a directory on disk so translators and authors see
//! their edits without rebuilding.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::error::{Error, Result};

static EMBEDDED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");
static EMBEDDED_WORKFLOWS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/workflows");

/// A text file from either source. `name` is what error messages show:
/// the real path for disk files, `locales/en/main.ftl` style for embedded ones.
#[derive(Clone, Debug)]
pub struct TextFile {
    pub name: String,
    pub text: String,
}

#[derive(Clone, Debug)]
pub enum Source {
    Embedded(&'static Dir<'static>, &'static str),
    Disk(PathBuf),
}

impl Source {
    pub fn locales(dir: Option<PathBuf>) -> Source {
        dir.map_or(Source::Embedded(&EMBEDDED_LOCALES, "locales"), Source::Disk)
    }

    pub fn workflows(dir: Option<PathBuf>) -> Source {
        dir.map_or(
            Source::Embedded(&EMBEDDED_WORKFLOWS, "workflows"),
            Source::Disk,
        )
    }

    /// The directory on disk, when the files are not the embedded ones:
    /// only there can docflow write.
    pub fn dir(&self) -> Option<&Path> {
        match self {
            Source::Embedded(..) => None,
            Source::Disk(root) => Some(root),
        }
    }

    /// The name error messages give `name` inside `subdir`, whether or not
    /// that file exists.
    pub fn name_of(&self, subdir: &str, name: &str) -> String {
        match self {
            Source::Embedded(_, prefix) => format!("{prefix}/{subdir}/{name}"),
            Source::Disk(root) => root.join(subdir).join(name).display().to_string(),
        }
    }

    /// Names of the immediate subdirectories (one per locale), sorted.
    pub fn subdirs(&self) -> Result<Vec<String>> {
        let mut names = match self {
            Source::Embedded(dir, _) => dir
                .dirs()
                .filter_map(|d| d.path().file_name()?.to_str().map(str::to_owned))
                .collect(),
            Source::Disk(root) => {
                let mut names = Vec::new();
                for entry in read_dir(root)? {
                    let entry = entry.map_err(|e| Error::io(root, e))?;
                    if entry.path().is_dir() {
                        names.extend(entry.file_name().to_str().map(str::to_owned));
                    }
                }
                names
            }
        };
        names.sort();
        Ok(names)
    }

    /// The files with `extension` directly inside `subdir` ("" for the root),
    /// sorted by name so loading order never depends on the file system.
    pub fn files(&self, subdir: &str, extension: &str) -> Result<Vec<TextFile>> {
        let mut files = match self {
            Source::Embedded(dir, prefix) => {
                let dir = if subdir.is_empty() {
                    Some(*dir)
                } else {
                    dir.get_dir(subdir)
                };
                dir.into_iter()
                    .flat_map(|d| d.files())
                    .filter(|f| has_extension(f.path(), extension))
                    .map(|f| embedded_text(f, prefix))
                    .collect::<Result<Vec<_>>>()?
            }
            Source::Disk(root) => {
                let dir = root.join(subdir);
                let mut files = Vec::new();
                for entry in read_dir(&dir)? {
                    let path = entry.map_err(|e| Error::io(&dir, e))?.path();
                    if path.is_file() && has_extension(&path, extension) {
                        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
                        let text = String::from_utf8(bytes).map_err(|_| not_utf8(&path))?;
                        files.push(TextFile {
                            name: path.display().to_string(),
                            text,
                        });
                    }
                }
                files
            }
        };
        files.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(files)
    }
}

fn read_dir(dir: &Path) -> Result<std::fs::ReadDir> {
    std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension().and_then(|e| e.to_str()) == Some(extension)
}

fn not_utf8(path: &Path) -> Error {
    Error::io(
        path,
        std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"),
    )
}

fn embedded_text(file: &include_dir::File<'static>, prefix: &str) -> Result<TextFile> {
    let name = format!("{prefix}/{}", file.path().display());
    let text = file
        .contents_utf8()
        .ok_or_else(|| not_utf8(Path::new(&name)))?;
    Ok(TextFile {
        name,
        text: text.to_owned(),
    })
}
