## The command line: `docflow --help`, each command's help and the manual
## page (`docflow man`), and the usage errors. Ids follow the commands:
## cli-<command> describes a command (cli-runs-show is `docflow runs show`),
## cli-<command>--<option> one of its options or arguments. Command and
## option names themselves (run, --agent) are not translated.

# The program, at the top of `docflow --help`.
cli-docflow = Guided, localized workflows from product documentation, run against SQLite or PostgreSQL
cli-docflow--db = SQLite database file, or a PostgreSQL URL (postgres://…).
cli-docflow--locale = Language for messages (e.g. pt-BR, ru-RU, es-ES, zh-TW, en); repeat to name fallbacks in order. For docs render: the pages' languages.
cli-docflow--locales = Read locale files from this directory instead of the built-in ones.
cli-docflow--workflows = Read workflow definitions from this directory instead of the built-in ones.
cli-docflow--json = Print JSON instead of text.
cli-docflow--durability = How much a step survives: normal survives a crash of docflow; full also survives power loss, and waits for the disk on every step.
cli-init = Create or migrate the database.
cli-init--demo = Also load the demo data.
cli-demo = Walk through assigning a support contact on a demo database (created when absent).
cli-demo--agent = The agent who runs it.
cli-agents = List agents, or manage how one signs in to docflow serve.
cli-agents-set-password = Set an agent's password (read from standard input when it is not a terminal).
cli-agents-set-password--agent = The agent's id.
cli-agents-token = Print a new API token for an agent.
cli-agents-token--agent = The agent's id.
cli-agents-revoke-tokens = Revoke every API token of an agent.
cli-agents-revoke-tokens--agent = The agent's id.
cli-workflows = List workflows.
cli-run = Start a workflow run.
cli-run--workflow = The workflow to run.
cli-run--agent = The agent who runs it.
cli-run--answers = Answer a step ahead of time; repeat in order.
cli-resume = Continue a waiting run.
cli-resume--run = The run's number.
cli-resume--answers = Answer a step ahead of time; repeat in order.
cli-runs = List runs, or show one run's history.
cli-runs-show = One run with its full history.
cli-runs-show--run = The run's number.
cli-cancel = Cancel a waiting run.
cli-cancel--run = The run's number.
cli-contacts = Show each subscription of a customer with its support contact.
cli-contacts--customer = The customer's id.
cli-requests = List service requests filed with Microsoft.
cli-preview = Every text of a workflow in one language, with sample values, without a database.
cli-preview--workflow = The workflow to preview.
cli-l10n = Tools for translators.
cli-l10n-check = Compare every locale with en, and the workflows with the messages.
cli-l10n-check--strict = Treat warnings as errors.
cli-l10n-stats = How far each locale is: messages translated, words, problems.
cli-l10n-show = One message in every locale, with its comment and where it is used.
cli-l10n-show--id = The message id.
cli-l10n-reviewed = Record that translations were checked against today's English, so that l10n check no longer reports them as stale.
cli-l10n-reviewed--translation = The locale whose translations were reviewed (e.g. ru-RU).
cli-l10n-reviewed--ids = The message ids reviewed; every message of the locale when none is given.
cli-relationships = List relationships with resellers, or act on one.
cli-relationships-accept = Stand in for the reseller accepting a requested relationship.
cli-relationships-accept--reseller = The reseller's id.
cli-docs = Documentation: import localized articles, compare their sources, write how-to pages.
cli-docs-import = Read articles (translations in the side-by-side format, or the English source in plain Markdown) and show what they say.
cli-docs-import--files = The article files.
cli-docs-import--draft = Also write a draft workflow and draft .ftl files into this directory.
cli-docs-drift = Compare the English sources translations were made from, and check the workflows that cite each article against its newest source.
cli-docs-drift--files = The article files.
cli-docs-drift--segments = Also list the English sentences that changed between versions.
cli-docs-drift--deny_stale = Exit with status 1 when a translation is stale or a workflow no longer matches its article (for writers' CI).
cli-docs-render = Write localized how-to pages for every workflow.
cli-docs-render--out = Directory to write the pages into.
cli-docs-render--format = Page format.
cli-graph = Print a workflow's state machine.
cli-graph--workflow = The workflow to draw.
cli-graph--format = Diagram format.
cli-completions = Print a shell completion script (e.g. docflow completions bash > ~/.local/share/bash-completion/completions/docflow).
cli-completions--shell = The shell.
cli-man = Print the manual page, in roff (e.g. docflow man > docflow.1).
cli-db = Database tools.
cli-db-copy = Copy every row of a database, runs and their history included, into an empty one, and check the counts.
cli-db-copy--from = The database to copy: a SQLite file or a PostgreSQL URL.
cli-db-copy--to = The empty database to copy into: a PostgreSQL URL or a SQLite file.

## Parts of every help page.
cli-help = Print help.
cli-version = Print the version.
# The usage line of a help page. $usage - the command and its options, as clap writes them (not translated).
cli-usage = Usage: { $usage }
cli-commands = Commands:
cli-arguments = Arguments:
cli-options = Options:
# An option's help and a note after it (default, environment variable, values): how this language joins them. $help - the help; $note - the note.
cli-help-with-note = { $help } { $note }
# After an option's help. $value - its default value (not translated).
cli-default = (default: { $value })
# After an option's help. $name - the environment variable that can set it.
cli-env = (or the environment variable { $name })
# After an option's help, and after an invalid value. $values - the possible values (not translated), joined by list-separator.
cli-values = (one of: { $values })

cli-serve = Serve the web pages and the JSON API for agents, signed in.
cli-serve--listen = The address to listen on.
cli-serve--demo = Create the database with demo data and demo passwords when it is absent.
cli-serve--auth_proxy_header = Trust this request header, set by a signing-in proxy, to name the agent.
cli-serve--secure_cookies = Mark cookies Secure, so browsers send them only over HTTPS (behind a TLS proxy).
cli-mcp = Serve the workflows to an AI assistant as Model Context Protocol tools, over stdio.
cli-mcp--agent = The agent the assistant acts for; their role decides what it may start.
## Usage errors (exit status 2), shown after "error: ".
# $arg - what was typed.
cli-error-unknown-argument = unexpected argument “{ $arg }”
# $command - what was typed.
cli-error-unknown-command = there is no command “{ $command }”
# $value - what was typed; $arg - the option or argument it was given for.
cli-error-invalid-value = “{ $value }” is not a valid value for { $arg }
# $args - the missing options or arguments.
cli-error-missing-argument = this needs { $args }
cli-error-missing-command = this needs a command
# $detail - the argument parser's own message, in English.
cli-error-other = the command line is not valid: { $detail }
# $suggestion - a command or option that exists.
cli-error-suggestion = did you mean “{ $suggestion }”?
cli-more-information = For more information, add --help.
