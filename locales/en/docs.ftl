### docflow docs: importing articles, source drift, and how-to pages.

# The name of this language, written in this language. Shown in the list of
# languages on every how-to page.
locale-name = English

## `docflow docs import`

# Heading of an imported article. $title - its title in the article's
# language; $anchor - its identity (the title's anchor, not translated).
docs-import-article = { $title } ({ $anchor })
# $locale - the article's language tag; $hash - the English source version
# it was translated from (short hash, or ?); $date - when it was handed off
# for translation (YYYY-MM-DD, or ?).
docs-import-meta = language { $locale } · source { $hash } · handed off { $date }
# Instead of docs-import-meta for an English source article (plain
# Markdown, not a translation). $hash - the short hash of its content, which
# names its version; $date - its ms.date, when it was last edited
# (YYYY-MM-DD, or ?).
docs-import-source = English source · version { $hash } · edited { $date }
# $roles - the roles the article lists, joined with list-separator.
docs-import-roles = roles: { $roles }
# One section of the article. $anchor - its anchor (not translated);
# $title - its heading; $steps (number) - how many numbered steps it has.
docs-import-section = § { $anchor }: { $title } ({ $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    })
# $count (number) - sentences read; $unpaired (number) - how many lack their
# English source.
# @never-zero $count
docs-import-segments = { $count ->
        [one] { $count } sentence
       *[other] { $count } sentences
    }, { $unpaired ->
        [0] each with its English source
        [one] { $unpaired } without its English source
       *[other] { $unpaired } without their English source
    }
# After `--draft`. $workflow - the drafted workflow's id; $count (number) -
# files written; $dir - the directory.
# @never-zero $count
docs-draft-written = Draft of { $workflow } written to { $dir } ({ $count ->
        [one] { $count } file
       *[other] { $count } files
    }).

## `docflow docs drift`

# Heading of one article. $title - its English title; $anchor - its identity.
drift-article = { $title } ({ $anchor })
# One English source version. $hash - short hash; $date - latest hand-off
# (YYYY-MM-DD, or ?); $locales - languages translated from it, joined;
# $newest - true for the newest version (not translated).
drift-version = source { $hash } ({ $date }): { $locales }{ $newest ->
        [true] {" "}· newest
       *[false] {""}
    }
# One English source version given as the English article itself (plain
# Markdown). $hash - short hash of its content; $date - its ms.date
# (YYYY-MM-DD, or ?); $file - the article's file; $translated - true when
# some translation was made from it (not translated); $locales - the
# languages translated from it, joined; $newest - true for the newest
# version (not translated).
drift-source = source { $hash } ({ $date }): English article { $file }{ $translated ->
        [true] , { $locales }
       *[false] {""}
    }{ $newest ->
        [true] {" "}· newest
       *[false] {""}
    }
# One language, by the newest translation of it given. $locale - its
# language tag; $date - when that translation was handed off (YYYY-MM-DD,
# or ?); $hash - short hash of the source version it was made from;
# $behind (number) - how many newer source versions there are; $file - the
# translation's file.
drift-locale = { $locale }: newest translation handed off { $date }, made from { $hash } ({ $behind ->
        [0] the newest source
        [one] { $behind } version behind
       *[other] { $behind } versions behind
    }) · { $file }
# $count (number) - how many languages have a newest translation made from
# an older source; $locales - their language tags, joined.
drift-stale = { $count ->
        [0] Every translation follows the newest source.
        [one] Stale translation (older source): { $locales }
       *[other] Stale translations (older source): { $locales }
    }
# Heading of what changed in the roles, numbered steps and notes between two
# versions, listed below it. $from, $to - short hashes of the two versions;
# $count (number) - how many changes.
drift-facts = Roles, steps and notes, { $from } → { $to }: { $count ->
        [0] no change
        [one] { $count } change
       *[other] { $count } changes
    }
# The role list is written another way. $from, $to - bullets (one role per
# bullet) or inline (all on one line, separated by |), not translated;
# $unchanged - true when it lists the same roles (not translated).
fact-roles-reshaped = role list rewritten ({ $from ->
        [bullets] bulleted
       *[inline] on one line
    } → { $to ->
        [bullets] bulleted
       *[inline] on one line
    }){ $unchanged ->
        [true] , roles unchanged
       *[false] {""}
    }
# $roles - roles the newer version lists and the older did not, joined.
fact-roles-added = roles added: { $roles }
# $roles - roles the older version listed and the newer does not, joined.
fact-roles-removed = roles removed: { $roles }
# $section - a section anchor (not translated).
fact-section-added = § { $section }: new section
# $section - a section anchor (not translated).
fact-section-removed = § { $section }: section removed
# $section - a section anchor (not translated); $from, $to (numbers) - how
# many numbered steps it had and has.
fact-step-count = § { $section }: { $from } → { $to } { $to ->
        [one] numbered step
       *[other] numbered steps
    }
# Followed by the step's text. $section - a section anchor (not translated);
# $step - the new step's number.
fact-step-added = § { $section }: step { $step } added
# Followed by the step's text. $section - a section anchor (not
# translated); $step - the step's number in the older version.
fact-step-removed = § { $section }: step { $step } removed
# Followed by the old and new text. $section - a section anchor (not
# translated); $step - the step's number now; $old - its number before, or
# same when it has not changed (not translated).
fact-step-reworded = § { $section }: step { $step } reworded{ $old ->
        [same] {""}
       *[number] {" "}(was step { $old })
    }
# The same step, put elsewhere in the order. $section - a section anchor
# (not translated); $old - its number before; $step - its number now.
fact-step-moved = § { $section }: step { $old } moved, now step { $step }
# The same step, numbered anew because steps before it came or went.
# $section - a section anchor (not translated); $old - its number before;
# $step - its number now.
fact-step-renumbered = § { $section }: step { $old } is now step { $step }
# The UI labels a step names in bold changed. $section - a section anchor
# (not translated); $step - the step's number; $added, $removed - the labels
# it names now and no longer names, in bold (**Save**), joined; $change -
# added, removed or both (not translated).
fact-step-labels = § { $section }: step { $step } { $change ->
        [added] now names { $added }
        [removed] no longer names { $removed }
       *[both] names { $added } instead of { $removed }
    }
# Followed by the note. $section - a section anchor (not translated); $step -
# the number of the step it sits under, or none for the section itself (not
# translated).
fact-note-added = § { $section }{ $step ->
        [none] {""}
       *[step] , step { $step }
    }: note added
# Followed by the note. $section - a section anchor (not translated); $step -
# the number of the step it sat under, or none for the section itself (not
# translated).
fact-note-removed = § { $section }{ $step ->
        [none] {""}
       *[step] , step { $step }
    }: note removed
# Followed by the old and new note. $section - a section anchor (not
# translated); $step - the number of the step it sits under, or none for the
# section itself (not translated).
fact-note-changed = § { $section }{ $step ->
        [none] {""}
       *[step] , step { $step }
    }: note reworded
# Heading of a list of English sentences removed (-) and added (+).
# $from, $to - short hashes of the two versions; $count (number) - changes.
drift-changes = English source, { $from } → { $to } ({ $count ->
        [one] { $count } change
       *[other] { $count } changes
    }):
# Under a workflow: the article version it says it was written from. $source - that version's hash, as the workflow names it; $behind (number) - how many newer versions were given.
drift-follows = written from source { $source }{ $behind ->
        [0] , the newest
        [one] , one version behind the newest
       *[other] , { $behind } versions behind the newest
    }
# Under a workflow: it names a version none of the given articles is. $source - the hash it names.
drift-follows-unknown = written from source { $source }, which is none of the versions given: older than them, or mistyped
# A workflow that cites the article. $workflow - its id; $status - ok or
# differs (not translated).
drift-workflow = Workflow { $workflow }: { $status ->
        [ok] matches the newest source
       *[differs] differs from the newest source
    }
# $roles - roles the workflow lets run it that the article no longer lists, joined.
drift-extra-roles = allows roles the article does not list: { $roles }
# $roles - roles the article lists that the workflow refuses, joined.
drift-missing-roles = refuses roles the article lists: { $roles }
# Coverage of one article section. $section - its anchor; $found - false when
# the newest source has no such section (not translated); $covered (number) -
# steps the workflow follows; $steps (number) - steps in the section.
drift-section = § { $section }: { $found ->
        [false] not in the newest source
       *[true] { $steps ->
            [0] no numbered steps
            [one] follows { $covered } of { $steps } step
           *[other] follows { $covered } of { $steps } steps
        }
    }
# $section - a section anchor; $count (number) - how many steps;
# $steps - numbers of the steps of that section the workflow does not
# follow, joined.
drift-uncovered = § { $section }: does not follow { $count ->
    [one] step
   *[other] steps
} { $steps }
# $section - a section anchor; $count (number) - how many steps;
# $steps - step numbers the workflow cites that the article does not have,
# joined.
drift-beyond = § { $section }: cites { $count ->
    [one] a step
   *[other] steps
} the article does not have: { $steps }
# Why `docs drift --deny-stale` fails. $stale (number) - languages whose
# newest translation is stale; $workflows (number) - workflows that differ
# from the newest source.
drift-denied = stopped by --deny-stale: { $stale ->
        [0] no stale translation
        [one] { $stale } stale translation
       *[other] { $stale } stale translations
    } and { $workflows ->
        [0] no workflow behind its article
        [one] { $workflows } workflow behind its article
       *[other] { $workflows } workflows behind their articles
    }.

## `docflow docs render`

# Beside the progress bar while pages are written.
docs-render-progress = Writing pages
# $count (number) - files written; $dir - the output directory.
# @never-zero $count
docs-render-done = Wrote { $count ->
        [one] { $count } file
       *[other] { $count } files
    } to { $dir }.
# $requested - a --locale value no locale matches.
warning-locale-skipped = there are no messages in { $requested }; no pages in that language

## How-to pages.

# Link to the list of guides, at the top of every page.
page-all-guides = All guides
# Title of the index page of a language.
page-index-title = How-to guides
# Under the index title.
page-index-intro = Step-by-step guides for Partner Center tasks, written from the same workflows docflow runs, so the guide and the procedure never disagree.
# Section heading: the roles that may do the task.
page-who = Who can do this
# Section heading: the outcome of the task.
page-achieves = What it achieves
# Section heading: the numbered steps.
page-steps = Steps
# Section heading: rules and defaults that apply.
page-rules = Rules and defaults
# Section heading: the diagram of the workflow's states.
page-states = States
# Caption under the diagram.
page-states-caption = Each box is a step, numbered as in the list above; arrows show where each answer leads.
# Label of the diagram's source text (Mermaid), which writers can copy.
page-mermaid = Diagram source (Mermaid)
# Label of the list of links to the same page in other languages, followed by
# the list on the same line: end it with the separator your language writes
# there (English ": "). Also the name of the language menu, without the separator.
page-languages = Languages:{" "}
# Section heading: the documentation article the guide follows.
page-source = Source article
# Before the options a step offers, such as Submit or Back.
page-options = You can choose:
# $title - the guide's title. The diagram's accessible name.
page-diagram-title = States of “{ $title }”
# $article - the article's anchor (not translated); $section - the section's
# anchor, or none (not translated).
page-source-text = This guide follows the Partner Center article “{ $article }”{ $section ->
        [none] .
       *[section] , section “{ $section }”.
    }
# Under a step: which numbered step of the article it comes from.
# $section - the section's anchor (not translated); $step - the step's number.
page-cites-step = Article: section “{ $section }”, step { $step }.
# Under a step that follows an article section as a whole.
# $section - the section's anchor (not translated).
page-cites-section = Article: section “{ $section }”.
# Under a step where one picks from a list drawn from the data.
page-choice-list = Pick one entry from the list docflow shows.
# Under a step where one types text. $max (number) - the longest answer, in characters.
# @never-zero $max
page-text-up-to = Type up to { $max } { $max ->
        [one] character
       *[other] characters
    }.
# Under a step where one types text. $min, $max (numbers) - allowed length in characters.
# @never-zero $max
page-text-between = Type { $min } to { $max } { $max ->
        [one] character
       *[other] characters
    }.
# Under a step that only shows information.
page-info = docflow shows this; there is nothing to answer.
# Under a step that waits for something outside docflow.
page-wait = The run waits here; resume it when this has happened.
# Under a step that follows another guide. $title - that guide's title.
page-call = Follow the guide “{ $title }”, then come back here.

## Errors.

# $path - the file; $missing - what it lacks: front-matter, locale,
# segments, title, heading or date (not translated). A translation is in
# the side-by-side format; an English article is plain Markdown.
error-not-an-article = { $path } cannot be read as an article: { $missing ->
        [front-matter] it has no front matter (--- … ---) at the top
        [locale] it has side-by-side spans, but its front matter has no ms.contentlocale
        [segments] its front matter names a translation (ms.contentlocale), but it has no sentences in side-by-side spans
        [heading] it has no title heading (# …)
        [date] it has no ms.date, or its ms.date is not a date (MM/DD/YYYY)
       *[title] it has no title heading with an anchor (# <a name="…"></a>…)
    }.
# $detail - the template engine's explanation (English).
error-template = a page template failed: { $detail }
