### docflow: messages of the program itself (command output, errors, roles).
### Shared names are terms; use them so each name reads the same everywhere.

-indirect-provider = indirect provider
-support-contact = support contact

## Partner Center roles, as the documentation names them.

# Role of an agent; shown in agent lists and refusals.
role-admin-agent = Admin agent
# Role of an agent; shown in agent lists and refusals.
role-global-admin = Global admin
# Role of an agent; shown in agent lists and refusals.
role-helpdesk-agent = Helpdesk agent
# Role of an agent; shown in agent lists and refusals.
role-sales-agent = Sales agent
# Role of an agent; shown in agent lists and refusals.
role-user-management-admin = User management admin

## Words used inside other messages.

# Joins items of a list, e.g. the roles allowed to run a workflow.
list-separator = {", "}
# A yes/no cell in a table.
value-yes = yes
# A yes/no cell in a table.
value-no = no

## Actions offered as options in workflows.

# Option that applies the change, like the Submit button in Partner Center.
action-submit = Submit
# Option that goes back to the previous choice without changing anything.
action-back = Back
# Option that ends the review, like the Close button in Partner Center.
action-close = Close

## Issues and the vehicles that escalate them to Microsoft.

# Kind of issue escalated to Microsoft; also an option caption.
issue-kind-commercial = Commercial issue (billing, subscriptions, licensing)
# Kind of issue escalated to Microsoft; also an option caption.
issue-kind-technical = Technical issue
# Support vehicles. The program names are brand names: keep them in English.
vehicle-commercial = Commercial support (every CSP partner)
vehicle-premier = Premier Support for Partners (fee-based)
vehicle-advanced = Advanced Support for Partners (fee-based)
vehicle-signature = Signature Cloud Support (included with a Gold or Silver competency)
# Status of a service request, in `docflow requests`.
request-status-open = open
request-status-closed = closed

## Run progress, printed after a run stops.

# $run (number) - the run id.
status-completed = Run { $run } is complete.
# $run (number) - the run id; the command is literal, do not translate it.
status-waiting = Run { $run } is waiting. Continue it with: docflow resume { $run }
# Printed when an agent's role may not run a workflow.
status-refused = Nothing was changed.
# Printed under a prompt in an interactive terminal.
hint-choose = ↑↓ move · Enter choose · Esc stop (the run waits and can be resumed)
# Shown when a choice has no options at all; the run waits.
run-nothing-to-choose = There is nothing to choose from here yet. The run will wait.
# $run (number) - the run id.
run-cancelled = Run { $run } was cancelled.

## Run statuses, in run lists.

run-status-waiting = waiting
run-status-completed = completed
run-status-cancelled = cancelled

# Heading of `docflow runs show`.
# $run (number), $workflow (workflow id), $version (number), $agent (agent id), $status (a run status, translated)
run-header = Run { $run }: { $workflow } version { $version }, agent { $agent }, { $status }

## Event kinds, in `docflow runs show`.

event-started = started
event-prompt = prompt shown
event-answer = answer
event-rejected = answer refused
event-effect = change applied
event-advanced = next step
event-waiting = waiting
event-condition-met = condition met
event-info = information shown
event-called = sub-workflow started
event-returned = sub-workflow finished
event-completed = completed
event-cancelled = cancelled

## Relationship states, in `docflow relationships`.

relationship-state-none = no relationship
relationship-state-requested = requested
relationship-state-established = established

# $name - the reseller's name.
relationship-accepted = { $name } accepted the relationship. It is now established.

## `docflow init`

# $path - the database file.
init-done = Database ready: { $path }
# $path - the database file.
init-done-demo = Database ready with demo data: { $path }

# Heading of `docflow contacts`. $customer - the customer's name.
contacts-header = Support contacts that { $customer } sees on the product support pages:

## `docflow l10n show`.

# $workflow - a workflow id; $step - a step id.
show-used-by-workflow = Used in { $workflow }, step { $step }
# The message is formatted by the program, not by a workflow.
show-used-by-program = Used by docflow itself
# In place of a translation the locale lacks.
show-missing = (missing)
# In `docflow l10n show`, under a translation made from an English text that has changed since; that text follows.
show-made-from = translated from an earlier English text:

## Table column headings.

column-id = ID
column-name = Name
column-role = Role
column-locale = Language
column-title = Title
column-roles = Roles
column-run = Run
column-workflow = Workflow
column-agent = Agent
column-status = Status
column-step = Step
column-updated = Updated
column-time = Time
column-event = Event
column-detail = Detail
column-product = Product
column-contact = Support contact
column-subscription = Subscription
column-state = State
column-delegated-admin = Delegated admin
column-support-agreement = Support agreement
column-request = Request
column-customer = Customer
column-service = Service
column-kind = Kind
column-vehicle = Support vehicle
column-translated = Translated
column-percent = %
column-words = Words
column-errors = Errors
column-warnings = Warnings

## Prefixes of diagnostics on the terminal. $text - the diagnostic itself.

# $text - the diagnostic itself.
cli-error = error: { $text }
# $text - the diagnostic itself.
cli-warning = warning: { $text }

## Errors.

# $path - the database file.
error-no-database = There is no database at { $path }. Create one with: docflow init --demo
# $path - the file that was given as the database.
error-not-a-database = { $path } is not a docflow database. It was left untouched.
# $path - the database file; $found and $supported (numbers) - schema versions.
error-database-too-new = { $path } was written by a newer docflow (schema version { $found }; this one knows up to { $supported }). It was left untouched; update docflow to use it.
# $detail - the database engine's own message, in English.
error-database = Database error: { $detail }
# $path - a file or directory; $detail - the system's message, in English.
error-io = Cannot read { $path }: { $detail }
# $id - what the user typed.
error-unknown-workflow = There is no workflow “{ $id }”. See: docflow workflows
# $id - what the user typed.
error-unknown-agent = There is no agent “{ $id }”. See: docflow agents
# $id (number) - what the user typed.
error-unknown-run = There is no run { $id }. See: docflow runs
# $id - what the user typed.
error-unknown-customer = There is no customer “{ $id }”.
# $id - what the user typed.
error-unknown-reseller = There is no reseller “{ $id }”. See: docflow relationships
# $id - a subscription id.
error-unknown-subscription = There is no subscription “{ $id }”.
# $run (number); $status - completed or cancelled (not translated).
error-run-finished = Run { $run } is { $status ->
        [completed] already complete
       *[cancelled] cancelled
    } and cannot continue.
# $run (number)
error-run-changed = Run { $run } was changed by another process meanwhile. Nothing was saved; resume it to see where it stands.
# $workflow - workflow id; $version (number).
error-definition-changed = Workflow { $workflow } version { $version } was changed, but runs already use that version. Give the definition a new version number.
# $count (number) - how many problems follow, one per line.
# @never-zero $count
error-invalid-definitions = { $count ->
        [one] A workflow definition has a problem:
       *[other] Workflow definitions have { $count } problems:
    }
# $tag - what was given to --locale.
error-invalid-locale = “{ $tag }” is not a language tag. Use one like en, pt-BR, ru-RU, es-ES or zh-TW.
# $locale - what was given; $locales - the locales there are, comma-separated.
error-unknown-locale = There is no locale “{ $locale }”. There are: { $locales }
# $locale - the reference locale's tag (en).
error-reference-locale = { $locale } is the English the translations are made from; only a translation can be marked as reviewed.
# $locale - a locale tag; $ids - message ids, comma-separated.
error-not-translated = { $locale } has no translation of these en messages, so nothing was marked as reviewed: { $ids }
error-built-in-locales = The built-in locale files cannot be changed. Point --locales (or DOCFLOW_LOCALES) at the locales directory you are editing.
# $detail - what went wrong, in English, for the bug report (not translated).
error-bug = This is a bug in docflow, not a mistake of yours: { $detail }. Nothing of this step was saved; the run is where it was before it. Please report it with this message.
# $reseller - the reseller's name.
error-relationship-exists = The relationship with { $reseller } is already established.
# $reseller - the reseller's name.
error-no-pending-request = There is no pending relationship request for { $reseller }.
# $id - a service id.
error-unknown-service = There is no service “{ $id }” for this customer.
# $vehicle - a vehicle id (premier, advanced, signature, commercial).
error-vehicle-not-entitled = The partner is not entitled to escalate through “{ $vehicle }”.
# $reseller - the reseller's name.
error-no-relationship = There is no relationship with { $reseller }.
# $contact - a contact id.
error-ineligible-contact = “{ $contact }” cannot be a support contact: only the { -indirect-provider } or a reseller with an established relationship and delegated admin privileges can.
# $value - the answer given.
error-not-an-option = “{ $value }” is not one of the options.
# $given - the step named in the answer; $expected - the step the run is at.
error-wrong-step = That answer is for step “{ $given }”, but the run is at step “{ $expected }”.
# $given - the step named in the answer.
error-unknown-step = This workflow has no step “{ $given }”.
# Shown when a free-text answer is empty.
error-text-required = An answer is required here.
# $min (number) - the fewest characters allowed.
# @never-zero $min
error-text-too-short = The answer is too short: write at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }.
# $max (number) - the most characters allowed; $length (number) - how many were given.
error-text-too-long = The answer is too long: { $length } characters, at most { $max } allowed.
# $id - what the user typed.
error-unknown-message = There is no message “{ $id }” in any locale.
# $agent - the agent's name; $role - their role; $workflow - the workflow's title;
# $roles - the roles that may run it, joined with list-separator.
error-role-refused = { $agent } ({ $role }) may not run “{ $workflow }”. Only these roles may: { $roles }.

## Problems in workflow definitions. Each line is preceded by file:line:column: [step].

# $detail - the parser's message, in English.
definition-syntax = not valid: { $detail }
# $id - the id written in the file; $expected - the file name it must match.
definition-id-mismatch = the id “{ $id }” must match the file name “{ $expected }”
# $id - a workflow id.
definition-duplicate-workflow = another file already defines workflow “{ $id }”
definition-duplicate-step = a step with this id already exists
# $value - an option value.
definition-duplicate-option = the option value “{ $value }” is used twice
# $target - the step named.
definition-unknown-step = there is no step “{ $target }”
# $kind - what was written; $kinds - the kinds there are, as written in TOML (not translated).
definition-unknown-kind = unknown step kind “{ $kind }” (use one of: { $kinds })
# $field - a field name.
definition-missing-field = the field “{ $field }” is required here
# $field - a field name.
definition-field-not-allowed = the field “{ $field }” is not allowed here
# $op - an operation name; $kind - query or effect (not translated).
definition-unknown-operation = there is no { $kind ->
        [query] query
       *[effect] effect
    } named “{ $op }”
# $op - an operation; $arg - an argument name.
definition-missing-argument = “{ $op }” needs the argument “{ $arg }”
# $op - an operation; $arg - an argument name.
definition-unknown-argument = “{ $op }” takes no argument “{ $arg }”
# $name - a variable name.
definition-unknown-variable = no step sets the variable “{ $name }”
# $id - a message id.
definition-unknown-message = the message “{ $id }” does not exist in locales/en
# $role - what was written.
definition-unknown-role = unknown role “{ $role }”
definition-no-roles = at least one role must be allowed to run the workflow
definition-unreachable = no path from the start leads to this step
definition-no-way-out = this step has options that lead nowhere (add “next”)
definition-cannot-finish = no path from this step reaches an end step
definition-no-default-branch = in a list of branches, only the last one has no “when”, and it must have none
# $detail - the CEL parser's message, in English.
definition-bad-guard = the condition is not valid CEL: { $detail }
# $id - a workflow id.
definition-unknown-workflow = there is no workflow “{ $id }” to call
# $workflow - the called workflow; $role - a role id.
definition-callee-refuses-role = “{ $workflow }” does not allow the role “{ $role }”, which may run this workflow
definition-impossible-rules = these text rules accept no answer (check min-length and max-length)

## `docflow l10n check`: findings about locale files.

# Severity words, before each finding.
l10n-severity-error = error
l10n-severity-warning = warning
# Last line of the check. $errors and $warnings (numbers).
l10n-summary = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
# $detail - the parser's message, in English.
l10n-syntax = this part cannot be read: { $detail }
# $first - file:line of the first definition.
l10n-duplicate = defined twice; the first definition, at { $first }, wins
l10n-missing-message = missing: English is shown instead
# $attribute - an attribute name.
l10n-missing-attribute = the attribute .{ $attribute } is missing
# $attribute - an attribute name.
l10n-obsolete-attribute = the attribute .{ $attribute } is not in en
l10n-obsolete-message = not in en any more: nothing shows it
# $variable - a variable name, without the $.
l10n-unknown-variable = uses ${ $variable }, which en does not use: the program does not provide it
# $variable - a variable name, without the $.
l10n-dropped-variable = leaves out ${ $variable }, which en uses
# $reference - a message or term id.
l10n-unknown-reference = refers to { $reference }, which this locale does not define
# $categories - CLDR plural categories, comma-separated (one, few, many…; not translated).
l10n-plural-missing = a number selector lacks the plural forms: { $categories }
# $key - a variant key (not translated).
l10n-plural-unreachable = the variant [{ $key }] can never be chosen in this language
l10n-empty = the message is empty
# $marker - the comment text that marks an intended English text (not translated).
l10n-untranslated = same text as in English; if that is intended, add a comment { $marker } above it
l10n-unknown-message = is used but does not exist in en
# $variable - a variable name; $user - the workflow file (and line) or "src" (the program).
l10n-unpassed-variable = uses ${ $variable }, which { $user } does not pass
l10n-unused = nothing uses this message
# $variable - a variable name, without the $.
l10n-undocumented-variable = the comment above it does not say what ${ $variable } holds
# $locale - the translation's locale tag; $id - the message id (both part of a command to run, not translated).
l10n-stale-translation = the English text changed after this was translated; update the translation if it needs it, then run: docflow l10n reviewed { $locale } { $id }
# $locale - the translation's locale tag; $id - the message id (both part of a command to run, not translated).
l10n-unrecorded-translation = nothing records which English text this was translated from; once it matches en, run: docflow l10n reviewed { $locale } { $id }
# $locale - the translation's locale tag (part of a command to run, not translated).
l10n-no-record = nothing records which English texts this locale was translated from; once its translations match en, run: docflow l10n reviewed { $locale }
# $detail - the TOML reader's message, in English.
l10n-record-syntax = the record of the English texts translated from cannot be read: { $detail }
# Labels before the English text a translation was made from, and before today's, one above the other.
l10n-english-then = English then:
l10n-english-now = English now:
# After `docflow l10n reviewed`. $locale - a locale tag; $count (number) - how many translations were marked.
l10n-reviewed = { $count ->
        [one] { $locale }: { $count } translation marked as reviewed against today's English
       *[other] { $locale }: { $count } translations marked as reviewed against today's English
    }

## Problems found in locale files, reported as warnings.

# $file; $line and $column (numbers); $detail - the parser's message, in English.
warning-ftl-syntax = { $file }:{ $line }:{ $column }: this part of the file could not be read and is ignored: { $detail }
# $file; $detail - what was duplicated.
warning-ftl-duplicate = { $file }: { $detail }
# $id - a message id; $locale - a language tag.
warning-message-missing = the message “{ $id }” is missing in { $locale }; showing it in English
# $id - a message id; $locale - a language tag; $detail - the formatter's message, in English.
warning-message-broken = the message “{ $id }” in { $locale } has a problem: { $detail }
# $id - a message id.
warning-message-unknown = the message “{ $id }” does not exist in any language
# $requested - what was asked for (--locale, the agent's language or the environment); $used - the language shown instead.
warning-locale-unavailable = there are no messages in { $requested }; using { $used }
