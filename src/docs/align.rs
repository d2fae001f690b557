//! Aligning two versions of a list (sentences, steps, notes) by a
//! longest-common-subsequence edit script, shared by the sentence diff
//! (`drift`) and the fact comparison (`facts`).

/// One entry of an edit script, by index into the old and new lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    Same(usize, usize),
    Removed(usize),
    Added(usize),
}

/// The edit script from `old` to `new`, by Myers' algorithm (`similar`),
/// which needs memory in proportion to the lists, not to their product.
pub fn align<T: PartialEq>(old: &[T], new: &[T]) -> Vec<Edit> {
    let mut capture = similar::algorithms::Capture::new();
    // Capturing cannot fail: its error type is uninhabited.
    let Ok(()) =
        similar::algorithms::myers::diff(&mut capture, old, 0..old.len(), new, 0..new.len());
    let mut edits = Vec::with_capacity(old.len().max(new.len()));
    for op in capture.into_ops() {
        let (_, old_range, new_range) = op.as_tag_tuple();
        match op.tag() {
            similar::DiffTag::Equal => {
                edits.extend(old_range.zip(new_range).map(|(i, j)| Edit::Same(i, j)));
            }
            similar::DiffTag::Delete | similar::DiffTag::Insert | similar::DiffTag::Replace => {
                edits.extend(old_range.map(Edit::Removed));
                edits.extend(new_range.map(Edit::Added));
            }
        }
    }
    edits
}

/// A stretch of the script between two unchanged entries: what was
/// removed and what was added there, as indices.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Run {
    pub removed: Vec<usize>,
    pub added: Vec<usize>,
}

/// The script cut into runs of changes; unchanged entries separate them
/// and are returned alongside, in order, as `(old, new)` index pairs.
pub fn runs(edits: &[Edit]) -> (Vec<Run>, Vec<(usize, usize)>) {
    let mut runs = Vec::new();
    let mut same = Vec::new();
    let mut run = Run::default();
    for edit in edits {
        match *edit {
            Edit::Same(i, j) => {
                same.push((i, j));
                if !run.removed.is_empty() || !run.added.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
            }
            Edit::Removed(i) => run.removed.push(i),
            Edit::Added(j) => run.added.push(j),
        }
    }
    if !run.removed.is_empty() || !run.added.is_empty() {
        runs.push(run);
    }
    (runs, same)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_insertion_and_a_removal_are_runs_between_unchanged_entries() {
        let edits = align(&["a", "b", "c"], &["a", "x", "c", "d"]);
        let (runs, same) = runs(&edits);
        assert_eq!(same, [(0, 0), (2, 2)]);
        assert_eq!(
            runs,
            [
                Run {
                    removed: vec![1],
                    added: vec![1]
                },
                Run {
                    removed: vec![],
                    added: vec![3]
                }
            ]
        );
    }
}
