//! The facts of an article that workflows depend on (who may do the task,
//! the numbered steps and the UI labels they name, the notes), and how two
//! versions of an article differ in them.
//!
//! A sentence diff tells a writer that lines changed; this tells what the
//! change means for a workflow: a role list rewritten from bullets to one
//! line with the same roles is one finding, "format changed, roles
//! unchanged", not four removed lines and one added. Everything is read
//! from the English side, so any two versions compare, whatever their
//! locales. Pure: no I/O, no text for people (the CLI words the findings).

use std::collections::BTreeSet;

use serde::Serialize;

use super::align::{self, Edit, Run};
use super::article::{Article, RoleForm, slug};

/// What a workflow may depend on in one article version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Facts {
    pub role_form: Option<RoleForm>,
    /// Role ids, in the article's order.
    pub roles: Vec<String>,
    pub sections: Vec<SectionFacts>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SectionFacts {
    pub anchor: String,
    pub steps: Vec<StepFacts>,
    pub notes: Vec<NoteFacts>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StepFacts {
    pub number: u32,
    /// The UI labels it names in bold.
    pub labels: Vec<String>,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct NoteFacts {
    /// The step it sits under, or `None` for the section itself.
    pub step: Option<u32>,
    pub kind: String,
    pub text: String,
}

impl Facts {
    pub fn of(article: &Article) -> Facts {
        Facts {
            role_form: article.role_form,
            roles: article.roles.iter().map(|r| r.id.clone()).collect(),
            sections: article
                .sections
                .iter()
                .map(|section| {
                    let steps = section.steps.iter().map(|step| StepFacts {
                        number: step.number,
                        labels: step.labels.clone(),
                        text: step.text.source.clone(),
                    });
                    let step_notes = section
                        .steps
                        .iter()
                        .flat_map(|step| step.notes.iter().map(|note| (Some(step.number), note)));
                    let notes = step_notes
                        .chain(section.notes.iter().map(|note| (None, note)))
                        .map(|(step, note)| NoteFacts {
                            step,
                            kind: note.kind.clone(),
                            text: note.text.source.clone(),
                        });
                    SectionFacts {
                        anchor: section
                            .anchor
                            .clone()
                            .unwrap_or_else(|| slug(&section.title.source)),
                        steps: steps.collect(),
                        notes: notes.collect(),
                    }
                })
                .collect(),
        }
    }
}

/// One difference between two versions, in terms a workflow depends on.
/// Step numbers are as each version numbers them: `old_step` in the older,
/// `step` in the newer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "id", rename_all = "kebab-case")]
pub enum Finding {
    /// The role list is written the other way (bullets, or one line).
    RolesReshaped {
        from: RoleForm,
        to: RoleForm,
        roles_unchanged: bool,
    },
    RolesAdded {
        roles: Vec<String>,
    },
    RolesRemoved {
        roles: Vec<String>,
    },
    SectionAdded {
        section: String,
    },
    SectionRemoved {
        section: String,
    },
    /// The section has another number of steps.
    StepCount {
        section: String,
        from: usize,
        to: usize,
    },
    StepAdded {
        section: String,
        step: u32,
        text: String,
        labels: Vec<String>,
    },
    StepRemoved {
        section: String,
        old_step: u32,
        text: String,
    },
    StepReworded {
        section: String,
        old_step: u32,
        step: u32,
        old: String,
        new: String,
    },
    /// The same step, in another place among the others.
    StepMoved {
        section: String,
        old_step: u32,
        step: u32,
    },
    /// The same step under another number, because steps before it came or
    /// went: what a workflow citing it by number must follow.
    StepRenumbered {
        section: String,
        old_step: u32,
        step: u32,
    },
    /// The UI labels a step names in bold changed.
    StepLabels {
        section: String,
        old_step: u32,
        step: u32,
        added: Vec<String>,
        removed: Vec<String>,
    },
    NoteAdded {
        section: String,
        step: Option<u32>,
        kind: String,
        text: String,
    },
    NoteRemoved {
        section: String,
        step: Option<u32>,
        kind: String,
        text: String,
    },
    NoteChanged {
        section: String,
        step: Option<u32>,
        old_kind: String,
        kind: String,
        old: String,
        new: String,
    },
}

/// How `new` differs from `old`: roles first, then section by section in
/// the newer version's order (sections it dropped first).
pub fn compare(old: &Facts, new: &Facts) -> Vec<Finding> {
    let mut findings = compare_roles(old, new);
    for section in &old.sections {
        if !new.sections.iter().any(|s| s.anchor == section.anchor) {
            findings.push(Finding::SectionRemoved {
                section: section.anchor.clone(),
            });
        }
    }
    for section in &new.sections {
        match old.sections.iter().find(|s| s.anchor == section.anchor) {
            Some(before) => {
                findings.extend(compare_steps(
                    &section.anchor,
                    &before.steps,
                    &section.steps,
                ));
                findings.extend(compare_notes(
                    &section.anchor,
                    &before.notes,
                    &section.notes,
                ));
            }
            None => findings.push(Finding::SectionAdded {
                section: section.anchor.clone(),
            }),
        }
    }
    findings
}

fn compare_roles(old: &Facts, new: &Facts) -> Vec<Finding> {
    let before: BTreeSet<&str> = old.roles.iter().map(String::as_str).collect();
    let after: BTreeSet<&str> = new.roles.iter().map(String::as_str).collect();
    let mut findings = Vec::new();
    if let (Some(from), Some(to)) = (old.role_form, new.role_form)
        && from != to
    {
        findings.push(Finding::RolesReshaped {
            from,
            to,
            roles_unchanged: before == after,
        });
    }
    // In the order the newer (or, for removals, the older) article lists them.
    let added: Vec<String> = new
        .roles
        .iter()
        .filter(|r| !before.contains(r.as_str()))
        .cloned()
        .collect();
    let removed: Vec<String> = old
        .roles
        .iter()
        .filter(|r| !after.contains(r.as_str()))
        .cloned()
        .collect();
    if !added.is_empty() {
        findings.push(Finding::RolesAdded { roles: added });
    }
    if !removed.is_empty() {
        findings.push(Finding::RolesRemoved { roles: removed });
    }
    findings
}

/// How an old step and a new one correspond.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pairing {
    /// Same text.
    Same,
    /// Same text, elsewhere in the order.
    Moved,
    /// Other text at the same place.
    Reworded,
}

fn compare_steps(section: &str, old: &[StepFacts], new: &[StepFacts]) -> Vec<Finding> {
    let old_texts: Vec<&str> = old.iter().map(|s| s.text.as_str()).collect();
    let new_texts: Vec<&str> = new.iter().map(|s| s.text.as_str()).collect();
    let edits = align::align(&old_texts, &new_texts);
    let pairs = pair_steps(&edits, old, new);
    let paired_old = |i: usize| pairs.iter().any(|&(o, _, _)| o == i);
    let pairing_of_new = |j: usize| pairs.iter().find(|&&(_, n, _)| n == j).copied();
    let section = section.to_owned();
    let mut findings = Vec::new();
    if old.len() != new.len() {
        findings.push(Finding::StepCount {
            section: section.clone(),
            from: old.len(),
            to: new.len(),
        });
    }
    // In the order of the edit script, so findings read down the article;
    // a pair is told where its newer step stands.
    for edit in edits {
        match edit {
            Edit::Removed(i) if !paired_old(i) => findings.push(Finding::StepRemoved {
                section: section.clone(),
                old_step: old[i].number,
                text: old[i].text.clone(),
            }),
            Edit::Removed(_) => {}
            Edit::Added(j) | Edit::Same(_, j) => match pairing_of_new(j) {
                Some((i, _, pairing)) => {
                    findings.extend(pair_findings(&section, &old[i], &new[j], pairing));
                }
                None => findings.push(Finding::StepAdded {
                    section: section.clone(),
                    step: new[j].number,
                    text: new[j].text.clone(),
                    labels: new[j].labels.clone(),
                }),
            },
        }
    }
    findings
}

/// Old and new steps that are one step: the same text kept in order, then
/// the same text moved, then, within each run of changes, rewordings.
fn pair_steps(
    edits: &[Edit],
    old: &[StepFacts],
    new: &[StepFacts],
) -> Vec<(usize, usize, Pairing)> {
    let (runs, same) = align::runs(edits);
    let mut pairs: Vec<(usize, usize, Pairing)> = same
        .into_iter()
        .map(|(i, j)| (i, j, Pairing::Same))
        .collect();
    let mut added: Vec<usize> = runs.iter().flat_map(|r| r.added.clone()).collect();
    let mut runs: Vec<Run> = runs;
    for run in &mut runs {
        run.removed.retain(|&i| {
            let moved = added.iter().position(|&j| new[j].text == old[i].text);
            if let Some(at) = moved {
                pairs.push((i, added.remove(at), Pairing::Moved));
            }
            moved.is_none()
        });
    }
    for run in &mut runs {
        run.added.retain(|j| added.contains(j));
        pairs.extend(
            reworded(run, old, new)
                .into_iter()
                .map(|(i, j)| (i, j, Pairing::Reworded)),
        );
    }
    pairs
}

/// Within one run: as many removed as added steps are rewordings, in
/// order; otherwise each removed step pairs with the next added one that
/// shares enough of its words, and the rest were added or removed.
fn reworded(run: &Run, old: &[StepFacts], new: &[StepFacts]) -> Vec<(usize, usize)> {
    if run.removed.len() == run.added.len() {
        return run
            .removed
            .iter()
            .copied()
            .zip(run.added.iter().copied())
            .collect();
    }
    let mut pairs = Vec::new();
    let mut from = 0;
    for &i in &run.removed {
        let best = run.added[from..]
            .iter()
            .enumerate()
            .map(|(k, &j)| (k, similarity(&old[i], &new[j])))
            .filter(|&(_, score)| score >= SIMILAR)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some((k, _)) = best {
            pairs.push((i, run.added[from + k]));
            from += k + 1;
        }
    }
    pairs
}

/// Share of words (and labels) two steps have in common for one to count
/// as the other reworded.
const SIMILAR: f64 = 0.3;

fn similarity(a: &StepFacts, b: &StepFacts) -> f64 {
    let words = |step: &StepFacts| -> BTreeSet<String> {
        step.text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .chain(step.labels.iter().map(|l| l.to_lowercase()))
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

fn pair_findings(
    section: &str,
    old: &StepFacts,
    new: &StepFacts,
    pairing: Pairing,
) -> Vec<Finding> {
    let section = section.to_owned();
    let (old_step, step) = (old.number, new.number);
    let mut findings = Vec::new();
    match pairing {
        Pairing::Same if old_step != step => findings.push(Finding::StepRenumbered {
            section: section.clone(),
            old_step,
            step,
        }),
        Pairing::Same => {}
        Pairing::Moved => findings.push(Finding::StepMoved {
            section: section.clone(),
            old_step,
            step,
        }),
        Pairing::Reworded => findings.push(Finding::StepReworded {
            section: section.clone(),
            old_step,
            step,
            old: old.text.clone(),
            new: new.text.clone(),
        }),
    }
    let added: Vec<String> = new
        .labels
        .iter()
        .filter(|l| !old.labels.contains(l))
        .cloned()
        .collect();
    let removed: Vec<String> = old
        .labels
        .iter()
        .filter(|l| !new.labels.contains(l))
        .cloned()
        .collect();
    if !added.is_empty() || !removed.is_empty() {
        findings.push(Finding::StepLabels {
            section,
            old_step,
            step,
            added,
            removed,
        });
    }
    findings
}

/// Notes by kind and text; within a run of changes, removed and added
/// notes pair up in order as changed ones. A note that only follows its
/// step to a new number has not changed.
fn compare_notes(section: &str, old: &[NoteFacts], new: &[NoteFacts]) -> Vec<Finding> {
    let key = |n: &NoteFacts| (n.kind.clone(), n.text.clone());
    let old_keys: Vec<_> = old.iter().map(key).collect();
    let new_keys: Vec<_> = new.iter().map(key).collect();
    let (runs, _) = align::runs(&align::align(&old_keys, &new_keys));
    let section = section.to_owned();
    let mut findings = Vec::new();
    for run in runs {
        let pairs = run.removed.len().min(run.added.len());
        for (&i, &j) in run.removed.iter().zip(&run.added) {
            findings.push(Finding::NoteChanged {
                section: section.clone(),
                step: new[j].step,
                old_kind: old[i].kind.clone(),
                kind: new[j].kind.clone(),
                old: old[i].text.clone(),
                new: new[j].text.clone(),
            });
        }
        for &i in &run.removed[pairs..] {
            findings.push(Finding::NoteRemoved {
                section: section.clone(),
                step: old[i].step,
                kind: old[i].kind.clone(),
                text: old[i].text.clone(),
            });
        }
        for &j in &run.added[pairs..] {
            findings.push(Finding::NoteAdded {
                section: section.clone(),
                step: new[j].step,
                kind: new[j].kind.clone(),
                text: new[j].text.clone(),
            });
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(number: u32, text: &str, labels: &[&str]) -> StepFacts {
        StepFacts {
            number,
            labels: labels.iter().map(|l| l.to_string()).collect(),
            text: text.to_owned(),
        }
    }

    fn facts(
        form: RoleForm,
        roles: &[&str],
        steps: Vec<StepFacts>,
        notes: Vec<NoteFacts>,
    ) -> Facts {
        Facts {
            role_form: Some(form),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            sections: vec![SectionFacts {
                anchor: "do-it".into(),
                steps,
                notes,
            }],
        }
    }

    fn note(step: Option<u32>, kind: &str, text: &str) -> NoteFacts {
        NoteFacts {
            step,
            kind: kind.into(),
            text: text.into(),
        }
    }

    const ROLES: [&str; 3] = ["admin-agent", "global-admin", "helpdesk-agent"];

    #[test]
    fn a_role_list_rewritten_on_one_line_is_one_finding() {
        let old = facts(RoleForm::Bullets, &ROLES, vec![], vec![]);
        let mut new = facts(RoleForm::Inline, &ROLES, vec![], vec![]);
        new.roles.reverse();
        assert_eq!(
            compare(&old, &new),
            [Finding::RolesReshaped {
                from: RoleForm::Bullets,
                to: RoleForm::Inline,
                roles_unchanged: true
            }]
        );
    }

    #[test]
    fn roles_added_and_removed_are_named() {
        let old = facts(RoleForm::Bullets, &ROLES, vec![], vec![]);
        let new = facts(
            RoleForm::Inline,
            &["global-admin", "helpdesk-agent", "sales-agent"],
            vec![],
            vec![],
        );
        assert_eq!(
            compare(&old, &new),
            [
                Finding::RolesReshaped {
                    from: RoleForm::Bullets,
                    to: RoleForm::Inline,
                    roles_unchanged: false
                },
                Finding::RolesAdded {
                    roles: vec!["sales-agent".into()]
                },
                Finding::RolesRemoved {
                    roles: vec!["admin-agent".into()]
                },
            ]
        );
    }

    fn steps() -> Vec<StepFacts> {
        vec![
            step(1, "Open the customer list.", &["Customers"]),
            step(2, "Pick the subscription to change.", &[]),
            step(
                3,
                "Under Support contact, choose the reseller and click Submit.",
                &["Support contact", "Submit"],
            ),
            step(4, "Check the result and select Close.", &["Close"]),
        ]
    }

    #[test]
    fn identical_versions_have_no_findings() {
        let old = facts(RoleForm::Bullets, &ROLES, steps(), vec![]);
        assert_eq!(compare(&old, &old.clone()), []);
    }

    #[test]
    fn an_inserted_step_is_named_and_the_steps_after_it_renumbered() {
        let old = facts(RoleForm::Bullets, &ROLES, steps(), vec![]);
        let mut new_steps = steps();
        new_steps.insert(
            2,
            step(3, "Read the terms shown for the reseller.", &["Terms"]),
        );
        for (k, step) in new_steps.iter_mut().enumerate() {
            step.number = k as u32 + 1;
        }
        let new = facts(RoleForm::Bullets, &ROLES, new_steps, vec![]);
        let section = || "do-it".to_owned();
        assert_eq!(
            compare(&old, &new),
            [
                Finding::StepCount {
                    section: section(),
                    from: 4,
                    to: 5
                },
                Finding::StepAdded {
                    section: section(),
                    step: 3,
                    text: "Read the terms shown for the reseller.".into(),
                    labels: vec!["Terms".into()]
                },
                Finding::StepRenumbered {
                    section: section(),
                    old_step: 3,
                    step: 4
                },
                Finding::StepRenumbered {
                    section: section(),
                    old_step: 4,
                    step: 5
                },
            ]
        );
    }

    #[test]
    fn a_reworded_step_names_its_changed_labels_and_a_new_one_stands_apart() {
        let old = facts(RoleForm::Bullets, &ROLES, steps(), vec![]);
        let mut new_steps = steps();
        new_steps[2] = step(
            3,
            "Under Support contact, choose the reseller and click Save.",
            &["Support contact", "Save"],
        );
        new_steps.insert(3, step(4, "Wait for the confirmation email.", &[]));
        new_steps[4].number = 5;
        let new = facts(RoleForm::Bullets, &ROLES, new_steps, vec![]);
        let findings = compare(&old, &new);
        assert_eq!(findings.len(), 5, "{findings:#?}");
        assert!(matches!(
            &findings[1],
            Finding::StepReworded {
                old_step: 3,
                step: 3,
                ..
            }
        ));
        assert_eq!(
            findings[2],
            Finding::StepLabels {
                section: "do-it".into(),
                old_step: 3,
                step: 3,
                added: vec!["Save".into()],
                removed: vec!["Submit".into()],
            }
        );
        assert!(matches!(&findings[3], Finding::StepAdded { step: 4, .. }));
        assert!(matches!(
            &findings[4],
            Finding::StepRenumbered {
                old_step: 4,
                step: 5,
                ..
            }
        ));
    }

    #[test]
    fn swapped_steps_are_moved_not_removed_and_added() {
        let old = facts(RoleForm::Bullets, &ROLES, steps(), vec![]);
        let mut new_steps = steps();
        new_steps.swap(0, 1);
        new_steps[0].number = 1;
        new_steps[1].number = 2;
        let new = facts(RoleForm::Bullets, &ROLES, new_steps, vec![]);
        let findings = compare(&old, &new);
        let moved: Vec<(u32, u32)> = findings
            .iter()
            .filter_map(|f| match f {
                Finding::StepMoved { old_step, step, .. }
                | Finding::StepRenumbered { old_step, step, .. } => Some((*old_step, *step)),
                _ => None,
            })
            .collect();
        assert_eq!(moved, [(2, 1), (1, 2)], "{findings:#?}");
        assert!(
            !findings
                .iter()
                .any(|f| matches!(f, Finding::StepCount { .. }))
        );
    }

    #[test]
    fn a_removed_step_is_named_by_its_old_number() {
        let old = facts(RoleForm::Bullets, &ROLES, steps(), vec![]);
        let mut new_steps = steps();
        new_steps.remove(1);
        for (k, step) in new_steps.iter_mut().enumerate() {
            step.number = k as u32 + 1;
        }
        let new = facts(RoleForm::Bullets, &ROLES, new_steps, vec![]);
        let findings = compare(&old, &new);
        assert!(
            matches!(&findings[1], Finding::StepRemoved { old_step: 2, .. }),
            "{findings:#?}"
        );
    }

    #[test]
    fn notes_are_compared_by_kind_and_text_wherever_their_step_moved() {
        let old_notes = vec![
            note(
                Some(3),
                "NOTE",
                "New subscriptions start with the provider.",
            ),
            note(None, "TIP", "Ask the reseller first."),
        ];
        let old = facts(RoleForm::Bullets, &ROLES, steps(), old_notes);
        let new_notes = vec![
            note(
                Some(4),
                "NOTE",
                "New subscriptions start with the provider.",
            ),
            note(None, "IMPORTANT", "Ask the reseller in writing first."),
            note(None, "NOTE", "Changes show within a day."),
        ];
        let new = facts(RoleForm::Bullets, &ROLES, steps(), new_notes);
        assert_eq!(
            compare(&old, &new),
            [
                Finding::NoteChanged {
                    section: "do-it".into(),
                    step: None,
                    old_kind: "TIP".into(),
                    kind: "IMPORTANT".into(),
                    old: "Ask the reseller first.".into(),
                    new: "Ask the reseller in writing first.".into(),
                },
                Finding::NoteAdded {
                    section: "do-it".into(),
                    step: None,
                    kind: "NOTE".into(),
                    text: "Changes show within a day.".into(),
                },
            ]
        );
    }

    #[test]
    fn sections_that_come_or_go_are_named() {
        let old = facts(RoleForm::Bullets, &ROLES, steps(), vec![]);
        let mut new = old.clone();
        new.sections[0].anchor = "do-it-now".into();
        assert_eq!(
            compare(&old, &new),
            [
                Finding::SectionRemoved {
                    section: "do-it".into()
                },
                Finding::SectionAdded {
                    section: "do-it-now".into()
                },
            ]
        );
    }
}
