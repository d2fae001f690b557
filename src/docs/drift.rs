//! Drift: which English source each translation was made from, how those
//! sources differ, and whether the workflows that cite an article still
//! match its newest source.
//!
//! Segment ids are assigned per translation job, so versions are compared
//! by their English text: a longest-common-subsequence alignment of the
//! segments, with removals and additions at the same place paired up as
//! changes.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::article::Article;
use crate::role::Role;
use crate::workflow::Definition;

/// Everything known about one article across its translations.
#[derive(Debug, Serialize)]
pub struct Report {
    pub anchor: String,
    pub title: String,
    /// Oldest first; the last is the newest.
    pub versions: Vec<Version>,
    pub locales: Vec<LocaleState>,
    /// Changes from each older version to the newest.
    pub changes: Vec<VersionChanges>,
    pub workflows: Vec<WorkflowCheck>,
}

impl Report {
    pub fn stale_locales(&self) -> impl Iterator<Item = &LocaleState> {
        self.locales.iter().filter(|l| l.stale)
    }
}

/// One English source version.
#[derive(Debug, Serialize)]
pub struct Version {
    pub hash: String,
    /// The latest hand-off date of a translation made from it.
    pub handoff: Option<String>,
    pub locales: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct LocaleState {
    pub locale: String,
    pub file: String,
    pub hash: String,
    pub handoff: Option<String>,
    /// Made from an older source than the newest.
    pub stale: bool,
}

#[derive(Debug, Serialize)]
pub struct VersionChanges {
    pub from: String,
    pub to: String,
    pub changes: Vec<Change>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Change {
    Removed { old: String },
    Added { new: String },
    Changed { old: String, new: String },
}

/// A workflow that cites the article, against the article's newest source.
#[derive(Debug, Serialize)]
pub struct WorkflowCheck {
    pub workflow: String,
    /// Roles the workflow allows that the article does not list.
    pub extra_roles: Vec<Role>,
    /// Ids of roles the article lists that the workflow refuses; an article
    /// may list roles docflow does not know, so these stay strings.
    pub missing_roles: Vec<String>,
    pub sections: Vec<SectionCoverage>,
}

impl WorkflowCheck {
    /// Nothing the workflow does is missing from the newest source. (A
    /// workflow may refuse roles the article lists: that is stricter, not
    /// out of date.)
    pub fn in_step(&self) -> bool {
        self.extra_roles.is_empty() && self.sections.iter().all(|s| s.found && s.beyond.is_empty())
    }
}

#[derive(Debug, Serialize)]
pub struct SectionCoverage {
    pub section: String,
    /// The section exists in the newest source.
    pub found: bool,
    /// Numbered steps in that section of the newest source.
    pub steps: u32,
    pub covered: Vec<u32>,
    pub uncovered: Vec<u32>,
    /// Steps the workflow cites that the article does not have.
    pub beyond: Vec<u32>,
}

/// Groups `articles` by their English identity and reports on each group.
pub fn drift(articles: &[Article], workflows: &[Definition]) -> Vec<Report> {
    let mut groups: BTreeMap<&str, Vec<&Article>> = BTreeMap::new();
    for article in articles {
        groups.entry(&article.anchor).or_default().push(article);
    }
    groups
        .into_iter()
        .map(|(anchor, articles)| report(anchor, &articles, workflows))
        .collect()
}

fn report(anchor: &str, articles: &[&Article], workflows: &[Definition]) -> Report {
    let versions = versions(articles);
    let newest_hash = versions.last().map(|v| v.hash.clone()).unwrap_or_default();
    let representative = |hash: &str| {
        articles
            .iter()
            .copied()
            .filter(|a| version_hash(a) == hash)
            .min_by(|a, b| a.meta.locale.cmp(&b.meta.locale))
    };
    let newest = representative(&newest_hash);
    let mut locales: Vec<LocaleState> = articles
        .iter()
        .map(|a| LocaleState {
            locale: a.meta.locale.clone(),
            file: a.file.clone(),
            hash: version_hash(a),
            handoff: a.meta.handoff.clone(),
            stale: version_hash(a) != newest_hash,
        })
        .collect();
    locales.sort_by(|a, b| a.locale.cmp(&b.locale).then(a.file.cmp(&b.file)));
    let changes = versions
        .iter()
        .filter(|v| v.hash != newest_hash)
        .filter_map(|v| {
            let old = representative(&v.hash)?;
            Some(VersionChanges {
                from: v.hash.clone(),
                to: newest_hash.clone(),
                changes: compare(old, newest?),
            })
        })
        .collect();
    let workflows = newest
        .map(|article| {
            workflows
                .iter()
                .filter(|w| w.article.as_ref().is_some_and(|a| a.anchor == anchor))
                .map(|w| check_workflow(w, article))
                .collect()
        })
        .unwrap_or_default();
    Report {
        anchor: anchor.to_owned(),
        title: newest.map(|a| a.title.source.clone()).unwrap_or_default(),
        versions,
        locales,
        changes,
        workflows,
    }
}

/// A translation without a source hash is its own version.
fn version_hash(article: &Article) -> String {
    article
        .meta
        .source_hash
        .clone()
        .unwrap_or_else(|| format!("?{}", article.file))
}

/// Source versions, oldest first by hand-off date (then hash, so the order
/// never depends on the order of the files).
fn versions(articles: &[&Article]) -> Vec<Version> {
    let mut by_hash: BTreeMap<String, Version> = BTreeMap::new();
    for article in articles {
        let version = by_hash
            .entry(version_hash(article))
            .or_insert_with(|| Version {
                hash: version_hash(article),
                handoff: None,
                locales: Vec::new(),
            });
        version.handoff = version.handoff.clone().max(article.meta.handoff.clone());
        version.locales.push(article.meta.locale.clone());
    }
    let mut versions: Vec<Version> = by_hash.into_values().collect();
    for version in &mut versions {
        version.locales.sort();
        version.locales.dedup();
    }
    versions.sort_by(|a, b| a.handoff.cmp(&b.handoff).then(a.hash.cmp(&b.hash)));
    versions
}

/// The English segments of `old` against those of `new`.
pub fn compare(old: &Article, new: &Article) -> Vec<Change> {
    let old: Vec<&str> = old.segments.iter().map(|s| s.source.as_str()).collect();
    let new: Vec<&str> = new.segments.iter().map(|s| s.source.as_str()).collect();
    pair_changes(diff(&old, &new))
}

enum Edit<'a> {
    Same,
    Removed(&'a str),
    Added(&'a str),
}

/// A longest-common-subsequence edit script. Articles have tens of
/// segments, so the quadratic table is small.
fn diff<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<Edit<'a>> {
    let (n, m) = (old.len(), new.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut edits = Vec::new();
    while i < n || j < m {
        if i < n && j < m && old[i] == new[j] {
            edits.push(Edit::Same);
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            edits.push(Edit::Added(new[j]));
            j += 1;
        } else {
            edits.push(Edit::Removed(old[i]));
            i += 1;
        }
    }
    edits
}

/// Within each run of edits between unchanged segments, the k-th removal
/// and the k-th addition are one changed sentence.
fn pair_changes(edits: Vec<Edit<'_>>) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut removed = Vec::new();
    let mut added = Vec::new();
    let mut flush =
        |removed: &mut Vec<&str>, added: &mut Vec<&str>| {
            let pairs = removed.len().min(added.len());
            // Pair from the end: a run that drops leading lines and rewords
            // the last one keeps the rewording next to its replacement.
            let (lone_removed, paired_removed) = removed.split_at(removed.len() - pairs);
            let (lone_added, paired_added) = added.split_at(added.len() - pairs);
            changes.extend(lone_removed.iter().map(|old| Change::Removed {
                old: old.to_string(),
            }));
            changes.extend(lone_added.iter().map(|new| Change::Added {
                new: new.to_string(),
            }));
            changes.extend(paired_removed.iter().zip(paired_added).map(|(old, new)| {
                Change::Changed {
                    old: old.to_string(),
                    new: new.to_string(),
                }
            }));
            removed.clear();
            added.clear();
        };
    for edit in edits {
        match edit {
            Edit::Same => flush(&mut removed, &mut added),
            Edit::Removed(old) => removed.push(old),
            Edit::Added(new) => added.push(new),
        }
    }
    flush(&mut removed, &mut added);
    changes
}

fn check_workflow(workflow: &Definition, article: &Article) -> WorkflowCheck {
    let listed: BTreeSet<&str> = article.roles.iter().map(|r| r.id.as_str()).collect();
    let allowed: BTreeSet<&str> = workflow.roles.iter().map(|r| r.as_str()).collect();
    // A role sorts as its id does (`role::tests`), so the list reads as before.
    let extra_roles: BTreeSet<Role> = workflow
        .roles
        .iter()
        .copied()
        .filter(|r| !listed.contains(r.as_str()))
        .collect();
    let mut cited: BTreeMap<&str, BTreeSet<u32>> = BTreeMap::new();
    if let Some(section) = workflow.article.as_ref().and_then(|a| a.section.as_deref()) {
        cited.entry(section).or_default();
    }
    for step in &workflow.steps {
        if let Some(doc) = &step.doc {
            let numbers = cited.entry(&doc.section).or_default();
            numbers.extend(doc.step);
        }
    }
    let sections = cited
        .into_iter()
        .map(|(anchor, cited)| {
            let section = article
                .sections
                .iter()
                .find(|s| s.anchor.as_deref() == Some(anchor));
            let numbers: BTreeSet<u32> = section
                .map(|s| s.steps.iter().map(|step| step.number).collect())
                .unwrap_or_default();
            SectionCoverage {
                section: anchor.to_owned(),
                found: section.is_some(),
                steps: numbers.len() as u32,
                covered: numbers.intersection(&cited).copied().collect(),
                uncovered: numbers.difference(&cited).copied().collect(),
                beyond: cited.difference(&numbers).copied().collect(),
            }
        })
        .collect();
    WorkflowCheck {
        workflow: workflow.id.clone(),
        extra_roles: extra_roles.into_iter().collect(),
        missing_roles: if listed.is_empty() {
            Vec::new()
        } else {
            listed.difference(&allowed).map(|r| r.to_string()).collect()
        },
        sections,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(old: &[&str], new: &[&str]) -> Vec<Change> {
        pair_changes(diff(old, new))
    }

    #[test]
    fn reworded_sentences_pair_up_and_dropped_ones_stand_alone() {
        let old = ["Title", "Applies to", "Roles", "Admin", "Sales", "Log in."];
        let new = ["Title", "Roles", "Admin", "Sign in."];
        assert_eq!(
            changes(&old, &new),
            vec![
                Change::Removed {
                    old: "Applies to".into()
                },
                Change::Removed {
                    old: "Sales".into()
                },
                Change::Changed {
                    old: "Log in.".into(),
                    new: "Sign in.".into()
                },
            ]
        );
    }

    #[test]
    fn identical_sources_have_no_changes() {
        assert!(changes(&["a", "b"], &["a", "b"]).is_empty());
        assert_eq!(
            changes(&["a"], &["a", "b"]),
            vec![Change::Added { new: "b".into() }]
        );
    }
}
