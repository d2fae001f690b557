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

/// The edit script from `old` to `new`. Articles have tens of entries, so
/// the quadratic table is small.
pub fn align<T: PartialEq>(old: &[T], new: &[T]) -> Vec<Edit> {
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
            edits.push(Edit::Same(i, j));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            edits.push(Edit::Added(j));
            j += 1;
        } else {
            edits.push(Edit::Removed(i));
            i += 1;
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
