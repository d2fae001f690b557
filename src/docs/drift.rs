//! Drift: which English source version each translation was made from,
//! how far behind the current source each locale's newest hand-off is, how
//! the versions differ (in facts: roles, steps, notes; and sentence by
//! sentence), and whether the workflows that cite an article still match
//! its current source.
//!
//! A version is a translation's `ms.openlocfilehash`, or an English source
//! article given as is (a hash of its content, and its `ms.date`). The
//! English article is the current source: it is what writers edit, so the
//! newest one given is the newest version. A translation made from it
//! names its hash, or carries exactly its English sentences.
//!
//! Segment ids are assigned per translation job, so versions are compared
//! by their English text: a longest-common-subsequence alignment of the
//! segments, with removals and additions at the same place paired up as
//! changes.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::align;
use super::article::Article;
use super::facts::{self, Facts, Finding};
use crate::role::Role;
use crate::workflow::Definition;

/// Everything known about one article across its versions and translations.
#[derive(Debug, Serialize)]
pub struct Report {
    pub anchor: String,
    pub title: String,
    /// Oldest first; the last is the current source.
    pub versions: Vec<Version>,
    /// One per translated locale, by its newest hand-off.
    pub locales: Vec<LocaleState>,
    /// Changes from each older version to the current one.
    pub changes: Vec<VersionChanges>,
    pub workflows: Vec<WorkflowCheck>,
}

impl Report {
    /// Locales whose newest hand-off follows an older source.
    pub fn stale_locales(&self) -> impl Iterator<Item = &LocaleState> {
        self.locales.iter().filter(|l| l.stale)
    }

    /// Workflows that no longer match the current source.
    pub fn outdated_workflows(&self) -> impl Iterator<Item = &WorkflowCheck> {
        self.workflows.iter().filter(|w| !w.in_step())
    }

    /// What `docs drift --deny-stale` fails on.
    pub fn is_stale(&self) -> bool {
        self.stale_locales().next().is_some() || self.outdated_workflows().next().is_some()
    }
}

/// One English source version.
#[derive(Debug, Serialize)]
pub struct Version {
    pub hash: String,
    /// The latest hand-off date of a translation made from it.
    pub handoff: Option<String>,
    /// The English source's `ms.date`, when it was given.
    pub date: Option<String>,
    /// The English source's file, when it was given.
    pub english: Option<String>,
    /// Locales translated from it.
    pub locales: Vec<String>,
}

impl Version {
    /// When it was current, as far as the files tell: the English source's
    /// own date, or else the latest hand-off made from it.
    fn when(&self) -> Option<&str> {
        self.date.as_deref().or(self.handoff.as_deref())
    }
}

/// One translation file: a hand-off of its locale.
#[derive(Debug, Serialize)]
pub struct HandOff {
    pub file: String,
    /// The source version it follows.
    pub hash: String,
    pub handoff: Option<String>,
}

/// A locale, by its newest hand-off.
#[derive(Debug, Serialize)]
pub struct LocaleState {
    pub locale: String,
    /// The newest hand-off's file.
    pub file: String,
    /// The source version the newest hand-off follows.
    pub hash: String,
    pub handoff: Option<String>,
    /// How many source versions came after the one it follows.
    pub behind: usize,
    /// Its newest hand-off follows an older source than the current one.
    pub stale: bool,
    /// Every hand-off of the locale given, oldest first.
    pub handoffs: Vec<HandOff>,
}

#[derive(Debug, Serialize)]
pub struct VersionChanges {
    pub from: String,
    pub to: String,
    /// What changed in roles, steps and notes.
    pub facts: Vec<Finding>,
    /// English sentences removed, added and changed.
    pub changes: Vec<Change>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Change {
    Removed { old: String },
    Added { new: String },
    Changed { old: String, new: String },
}

/// A workflow that cites the article, against the article's current source.
#[derive(Debug, Serialize)]
pub struct WorkflowCheck {
    pub workflow: String,
    /// Roles the workflow allows that the article does not list.
    pub extra_roles: Vec<Role>,
    /// Ids of roles the article lists that the workflow refuses; an article
    /// may list roles docflow does not know, so these stay strings.
    pub missing_roles: Vec<String>,
    pub sections: Vec<SectionCoverage>,
    /// The source version the workflow says it was written from, when it
    /// says.
    pub follows: Option<Follows>,
}

/// Where the source version a workflow names stands among those given.
#[derive(Debug, Serialize)]
pub struct Follows {
    /// As the workflow names it.
    pub source: String,
    /// How many versions are newer than it: 0 for the current source;
    /// `None` when it is none of the versions given.
    pub behind: Option<usize>,
}

impl WorkflowCheck {
    /// Nothing the workflow does is missing from the current source, and
    /// the source it names, if any, is the current one. (A workflow may
    /// refuse roles the article lists: that is stricter, not out of date.)
    pub fn in_step(&self) -> bool {
        self.extra_roles.is_empty()
            && self.sections.iter().all(|s| s.found && s.beyond.is_empty())
            && self.follows.as_ref().is_none_or(|f| f.behind == Some(0))
    }
}

/// Where `source` (a hash or its first characters) stands among
/// `versions`, oldest first.
fn follows(source: &str, versions: &[Version]) -> Follows {
    let found = (!source.is_empty())
        .then(|| versions.iter().position(|v| v.hash.starts_with(source)))
        .flatten();
    Follows {
        source: source.to_owned(),
        behind: found.map(|at| versions.len() - 1 - at),
    }
}

#[derive(Debug, Serialize)]
pub struct SectionCoverage {
    pub section: String,
    /// The section exists in the current source.
    pub found: bool,
    /// Numbered steps in that section of the current source.
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

/// One article of a group, with the source version it is or follows.
struct Placed<'a> {
    article: &'a Article,
    version: String,
}

fn report(anchor: &str, articles: &[&Article], workflows: &[Definition]) -> Report {
    let placed = place(articles);
    let versions = versions(&placed);
    let current = versions.last().map(|v| v.hash.clone()).unwrap_or_default();
    let newest = representative(&placed, &current);
    let changes = versions
        .iter()
        .filter(|v| v.hash != current)
        .filter_map(|v| {
            let (old, new) = (representative(&placed, &v.hash)?, newest?);
            Some(VersionChanges {
                from: v.hash.clone(),
                to: current.clone(),
                facts: facts::compare(&Facts::of(old), &Facts::of(new)),
                changes: compare(old, new),
            })
        })
        .collect();
    let workflows = newest
        .map(|article| {
            workflows
                .iter()
                .filter(|w| w.article.as_ref().is_some_and(|a| a.anchor == anchor))
                .map(|w| {
                    let mut check = check_workflow(w, article);
                    check.follows = w
                        .article
                        .as_ref()
                        .and_then(|a| a.source.as_deref())
                        .map(|source| follows(source, &versions));
                    check
                })
                .collect()
        })
        .unwrap_or_default();
    Report {
        anchor: anchor.to_owned(),
        title: newest.map(|a| a.title.source.clone()).unwrap_or_default(),
        locales: locale_states(&placed, &versions),
        versions,
        changes,
        workflows,
    }
}

/// The source version of each article: an English source is its own; a
/// translation follows the English source given whose hash it names, or
/// whose English sentences it carries word for word (its hash was made by
/// another tool), or else the version its hash names.
fn place<'a>(articles: &[&'a Article]) -> Vec<Placed<'a>> {
    let sources: Vec<&Article> = articles.iter().copied().filter(|a| a.is_source()).collect();
    articles
        .iter()
        .map(|&article| {
            let named = article.meta.source_hash.as_ref();
            let version = if article.is_source() {
                named.cloned()
            } else {
                sources
                    .iter()
                    .find(|s| s.meta.source_hash.as_ref() == named && named.is_some())
                    .or_else(|| sources.iter().find(|s| english(s) == english(article)))
                    .and_then(|s| s.meta.source_hash.clone())
                    .or_else(|| named.cloned())
            };
            Placed {
                article,
                version: version.unwrap_or_else(|| format!("?{}", article.file)),
            }
        })
        .collect()
}

/// The article's English text, sentence after sentence.
fn english(article: &Article) -> Vec<&str> {
    article
        .segments
        .iter()
        .map(|s| s.source.as_str())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The article that speaks for a version: its English source if given,
/// else the translation of the first locale (then file) made from it.
fn representative<'a>(placed: &[Placed<'a>], hash: &str) -> Option<&'a Article> {
    placed
        .iter()
        .filter(|p| p.version == hash)
        .map(|p| p.article)
        .min_by(|a, b| {
            (!a.is_source(), &a.meta.locale, &a.file).cmp(&(
                !b.is_source(),
                &b.meta.locale,
                &b.file,
            ))
        })
}

/// Source versions, oldest first by date (then hash, so the order never
/// depends on the order of the files); the newest English source given is
/// the current one, so it comes last whatever the dates say.
fn versions(placed: &[Placed<'_>]) -> Vec<Version> {
    let mut by_hash: BTreeMap<&str, Version> = BTreeMap::new();
    for p in placed {
        let version = by_hash.entry(&p.version).or_insert_with(|| Version {
            hash: p.version.clone(),
            handoff: None,
            date: None,
            english: None,
            locales: Vec::new(),
        });
        let meta = &p.article.meta;
        if p.article.is_source() {
            version.date = version.date.clone().max(meta.date.clone());
            version
                .english
                .get_or_insert_with(|| p.article.file.clone());
        } else {
            version.handoff = version.handoff.clone().max(meta.handoff.clone());
            version.locales.push(meta.locale.clone());
        }
    }
    let mut versions: Vec<Version> = by_hash.into_values().collect();
    for version in &mut versions {
        version.locales.sort();
        version.locales.dedup();
    }
    versions.sort_by(|a, b| a.when().cmp(&b.when()).then(a.hash.cmp(&b.hash)));
    let current = versions
        .iter()
        .enumerate()
        .filter(|(_, v)| v.english.is_some())
        .max_by(|(_, a), (_, b)| a.date.cmp(&b.date).then(a.hash.cmp(&b.hash)))
        .map(|(at, _)| at);
    if let Some(at) = current {
        let version = versions.remove(at);
        versions.push(version);
    }
    versions
}

/// Each translated locale by its newest hand-off (latest date, then the
/// newer source, then the file name): stale only when that one follows an
/// older source, whatever its older hand-offs follow.
fn locale_states(placed: &[Placed<'_>], versions: &[Version]) -> Vec<LocaleState> {
    let position = |hash: &str| versions.iter().position(|v| v.hash == hash).unwrap_or(0);
    let current = versions.len().saturating_sub(1);
    let mut by_locale: BTreeMap<&str, Vec<&Placed<'_>>> = BTreeMap::new();
    for p in placed.iter().filter(|p| !p.article.is_source()) {
        by_locale.entry(&p.article.meta.locale).or_default().push(p);
    }
    by_locale
        .into_iter()
        .filter_map(|(locale, mut handoffs)| {
            handoffs.sort_by(|a, b| {
                let key = |p: &Placed<'_>| {
                    (
                        p.article.meta.handoff.clone(),
                        position(&p.version),
                        p.article.file.clone(),
                    )
                };
                key(a).cmp(&key(b))
            });
            let newest = handoffs.last()?;
            let behind = current - position(&newest.version).min(current);
            Some(LocaleState {
                locale: locale.to_owned(),
                file: newest.article.file.clone(),
                hash: newest.version.clone(),
                handoff: newest.article.meta.handoff.clone(),
                behind,
                stale: behind > 0,
                handoffs: handoffs
                    .iter()
                    .map(|p| HandOff {
                        file: p.article.file.clone(),
                        hash: p.version.clone(),
                        handoff: p.article.meta.handoff.clone(),
                    })
                    .collect(),
            })
        })
        .collect()
}

/// The English segments of `old` against those of `new`.
pub fn compare(old: &Article, new: &Article) -> Vec<Change> {
    let old: Vec<&str> = old.segments.iter().map(|s| s.source.as_str()).collect();
    let new: Vec<&str> = new.segments.iter().map(|s| s.source.as_str()).collect();
    compare_sentences(&old, &new)
}

/// Within each run of edits between unchanged sentences, the k-th removal
/// and the k-th addition are one changed sentence.
fn compare_sentences(old: &[&str], new: &[&str]) -> Vec<Change> {
    let (runs, _) = align::runs(&align::align(old, new));
    let mut changes = Vec::new();
    for run in runs {
        let pairs = run.removed.len().min(run.added.len());
        // Pair from the end: a run that drops leading lines and rewords
        // the last one keeps the rewording next to its replacement.
        let (lone_removed, paired_removed) = run.removed.split_at(run.removed.len() - pairs);
        let (lone_added, paired_added) = run.added.split_at(run.added.len() - pairs);
        changes.extend(lone_removed.iter().map(|&i| Change::Removed {
            old: old[i].to_owned(),
        }));
        changes.extend(lone_added.iter().map(|&j| Change::Added {
            new: new[j].to_owned(),
        }));
        changes.extend(
            paired_removed
                .iter()
                .zip(paired_added)
                .map(|(&i, &j)| Change::Changed {
                    old: old[i].to_owned(),
                    new: new[j].to_owned(),
                }),
        );
    }
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
        follows: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docs::article;

    fn english(file: &str, date: &str, step: &str) -> Article {
        let text = format!("---\nms.date: {date}\n---\n# Do it\n\n## Steps\n\n1. {step}\n");
        article::parse(file, &text).unwrap()
    }

    fn translation(file: &str, locale: &str, hash: &str, handoff: &str, step: &str) -> Article {
        let pair = |n: u32, text: &str| {
            format!(
                "<span data-ttu-id=\"j-{n}\">({locale}) {text}</span>\
                 <span class=\"sxs-lookup\"><span data-stu-id=\"j-{n}\">{text}</span></span>"
            )
        };
        let text = format!(
            "---\nms.contentlocale: {locale}\nms.openlocfilehash: {hash}\nms.lasthandoff: {handoff}\n---\n\
             # <a name=\"do-it\"></a>{}\n\n## <a name=\"steps\"></a>{}\n\n1. {}\n",
            pair(1, "Do it"),
            pair(2, "Steps"),
            pair(3, step)
        );
        article::parse(file, &text).unwrap()
    }

    #[test]
    fn a_translation_follows_the_english_source_it_names_or_carries() {
        let old = english("en.v1.md", "01/10/2021", "Click Go.");
        let new = english("en.v2.md", "03/10/2021", "Click Start.");
        let v1 = old.meta.source_hash.clone().unwrap();
        let v2 = new.meta.source_hash.clone().unwrap();
        let articles = vec![
            // Named by hash, though its English was touched up since.
            translation("pt.md", "pt-BR", &v1, "02/01/2021", "Click  Go!"),
            // Another tool's hash, but word for word the newest English.
            translation("es.md", "es-ES", "f00d", "04/01/2021", "Click Start."),
            // Neither: a version of its own, older than the English given.
            translation("ru.md", "ru-RU", "beef", "12/01/2020", "Press Go."),
            new,
            old,
        ];
        let report = &drift(&articles, &[])[0];
        let hashes: Vec<&str> = report.versions.iter().map(|v| v.hash.as_str()).collect();
        assert_eq!(hashes, ["beef", v1.as_str(), v2.as_str()]);
        assert_eq!(report.versions[2].english.as_deref(), Some("en.v2.md"));
        let behind: Vec<(&str, usize)> = report
            .locales
            .iter()
            .map(|l| (l.locale.as_str(), l.behind))
            .collect();
        assert_eq!(behind, [("es-ES", 0), ("pt-BR", 1), ("ru-RU", 2)]);
    }

    #[test]
    fn the_english_source_is_current_even_when_a_hand_off_is_dated_later() {
        let source = english("en.md", "01/10/2021", "Click Go.");
        let articles = vec![
            translation("pt.md", "pt-BR", "beef", "06/01/2021", "Press Go."),
            source,
        ];
        let report = &drift(&articles, &[])[0];
        assert_eq!(report.versions[1].english.as_deref(), Some("en.md"));
        assert!(report.locales[0].stale);
    }

    #[test]
    fn a_locale_is_stale_only_by_its_newest_hand_off() {
        let articles = vec![
            translation("pt.1.md", "pt-BR", "aaaa", "01/01/2021", "Click Go."),
            translation("pt.2.md", "pt-BR", "bbbb", "02/01/2021", "Click Start."),
            translation("ru.1.md", "ru-RU", "aaaa", "01/02/2021", "Click Go."),
        ];
        let report = &drift(&articles, &[])[0];
        let pt = &report.locales[0];
        assert_eq!(
            (pt.file.as_str(), pt.behind, pt.stale),
            ("pt.2.md", 0, false)
        );
        assert_eq!(pt.handoffs.len(), 2);
        let ru = &report.locales[1];
        assert_eq!(
            (ru.file.as_str(), ru.behind, ru.stale),
            ("ru.1.md", 1, true)
        );
        let stale: Vec<&str> = report.stale_locales().map(|l| l.locale.as_str()).collect();
        assert_eq!(stale, ["ru-RU"]);
    }

    fn changes(old: &[&str], new: &[&str]) -> Vec<Change> {
        compare_sentences(old, new)
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
