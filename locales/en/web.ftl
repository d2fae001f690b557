### docflow serve: the web pages agents work in, and the server's own messages.

## Every page.

# The product's name, in the title bar and the page header; keep it as is.
web-app-name = docflow
# Between a page's title and the product's name, and between the details of a run in a list.
web-separator = {" · "}
# Link to the home page.
web-nav-home = Home
# Link to the page where a stand-in accepts relationship requests for resellers.
web-nav-relationships = Reseller requests
# Link to the how-to pages.
web-nav-docs = How-to pages
# Button that ends the sign-in session.
web-sign-out = Sign out
# $agent (name), $role (a role, translated)
web-signed-in-as = { $agent }, { $role }
# Label of the list of languages on every page.
web-language = Language
# Button that saves the chosen language.
web-language-save = Change language
# Link for keyboard users that skips the header.
web-skip-to-content = Skip to content

## Sign in.

web-sign-in-title = Sign in
web-sign-in-agent = Agent ID
web-sign-in-password = Password
web-sign-in-submit = Sign in
# After a wrong agent ID or password; it must not say which of the two was wrong.
web-sign-in-failed = The agent ID or the password is not right.
web-sign-in-throttled = Too many failed attempts for this agent. Wait a few minutes, then try again.

## Home.

web-home-title = Your work
web-home-start-heading = Start a procedure
web-home-start = Start
web-home-inbox-heading = Waiting for you
web-home-inbox-empty = Nothing is waiting for you.
web-home-recent-heading = Recently completed
web-home-recent-empty = No run is complete yet.
# $run (number) - the run id; $workflow (a workflow title, translated)
web-run-link = Run { $run }: { $workflow }
# $agent (agent id): who started a run, in lists a Global admin sees.
web-run-started-by = started by { $agent }

## A run.

# $run (number) - the run id; $workflow (a workflow title, translated)
web-run-title = Run { $run }: { $workflow }
# Button under a step's form.
web-run-continue = Continue
# Label of the box that narrows a long list of options.
web-run-filter = Filter the options
# Under a free-text box: $min and $max (numbers) are lengths in characters.
web-text-rules = { $min ->
    [0] Up to { $max } characters.
    [one] From 1 to { $max } characters.
   *[other] From { $min } to { $max } characters.
}
# Heading over what a waiting run waits for.
web-run-waits-heading = This run is waiting
# Button that checks whether what the run waits for has happened.
web-run-check-again = Check again
# Shown when the run can go on without an answer.
web-run-moves = The run can go on.
web-run-completed = This run is complete.
web-run-cancelled = This run was cancelled.
web-run-cancel = Cancel this run
web-run-history-heading = History
# Link from a step to the how-to page's section for it.
web-run-howto = How-to for this step
# After a second Submit of the same step (a double click, another tab, Back).
web-run-stale = That step had already been answered. This is where the run stands now.

## The stand-in for resellers.

web-relationships-title = Relationship requests
# Explains that this page stands in for the reseller's side, for the demo.
web-relationships-stand-in = Stand-in: in Partner Center, the reseller accepts a request in their own account. Here you accept it for them.
web-relationships-none = No request is waiting for a reseller.
# $name (a reseller's name)
web-relationships-accept = Accept for { $name }

## Failures, with their HTTP status.

web-error-title = Something stopped this page
# 401: the request carried no valid sign-in or token.
error-sign-in-needed = Sign in first.
# 403: a form without its security token, or with an old one.
error-csrf = This form has expired. Reload the page and try again.
# 403. $run (number) - the run id.
error-run-not-yours = Run { $run } belongs to another agent. Only they, or a Global admin, may see it.
# 403: the stand-in page is for those who act for the partner as a whole.
error-stand-in-role = Only an Admin agent or a Global admin may accept requests for a reseller.
# 404
error-page-not-found = There is no such page.
# 400: the request's body or query is not what the API expects.
error-bad-request = The request is not in the form this address expects. The README lists each request's fields.
# 500: the client learns only that the server failed; the detail is in the server's log.
error-internal = The server failed to answer; the failure is in its log. Reload the page to see what was saved.
# 500: a bug; its detail goes to the server's log, not to the client.
error-bug-server = This is a bug in docflow, not a mistake of yours. Nothing of this step was saved; the run is where it was before it. The details are in the server's log: please report it.

## Agents' credentials, in the command line.

# $agent (agent id)
agents-password-prompt = New password for { $agent }
# Asked right after the password, to catch a typo.
agents-password-confirm = The same password again
# When the two differ; both are asked again.
agents-password-mismatch = The two passwords differ. Type them again.
# $agent (agent id)
agents-password-set = { $agent } can now sign in with this password.
# $min (number)
error-password-too-short = A password needs at least { $min } characters.
# $agent (agent id). The token follows on the next line.
agents-token-created = A new API token for { $agent }. It is shown only this once; keep it secret:
# $agent (agent id), $count (number)
agents-tokens-revoked = { $count ->
    [0] { $agent } had no token in use.
    [one] One token of { $agent } was revoked.
   *[other] { $count } tokens of { $agent } were revoked.
}

## docflow serve, at start.

# $name (what was given for --auth-proxy-header)
error-header-name = “{ $name }” cannot be an HTTP header name.
# $address (host:port), $detail (the system's reason)
error-listen = Cannot listen on { $address }: { $detail }

# $url (an address)
serve-listening = docflow is serving on { $url }
# $agent (agent id), $password (the demo password): how to sign in to the demo.
serve-demo-sign-in = Sign in as { $agent } (or any agent in `docflow agents`) with the password { $password }
# After the lines above.
serve-stop = Press Ctrl+C to stop.

## Moving a database: docflow db copy.

# $rows (number), $tables (number), $path - where the copy went.
db-copied = { $rows ->
    [one] Copied one row of { $tables } tables into { $path }; every table holds as many rows as before.
   *[other] Copied { $rows } rows of { $tables } tables into { $path }; every table holds as many rows as before.
}
# $path - the database given with --to.
error-copy-target-not-empty = { $path } already holds data. docflow copies only into an empty database; nothing was written.
# $table - a table's name; $from and $to (numbers) - rows before and after.
error-copy-counts = Table { $table } had { $from } rows, but { $to } arrived. The copy was undone; nothing was written.
