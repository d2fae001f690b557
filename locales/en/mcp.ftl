## docflow mcp: what an AI assistant acting for an agent is told.

# Sent to the assistant when it connects. $agent - the agent's name; $role - their role, already translated.
mcp-instructions = You act for { $agent } ({ $role }) in docflow, which guides Partner Center procedures one step at a time and records every step. Call list_workflows to see what this agent may start, and read a workflow's how-to page (a resource) to learn the procedure. Start a run with start_run, then answer each prompt with answer_step, using one of the prompt's option values exactly as given. Show the person the prompt texts and option labels, which are in their language, and ask them before answering a choice they have not made. A refused answer comes back as an error with the same prompt: ask again.
# A resource address that names no page. $uri - the address asked for.
mcp-unknown-resource = There is no page at { $uri }. List the resources to see the how-to pages.
# A tool's work failed on a bug in docflow: nothing of it was saved.
mcp-bug = This is a bug in docflow, not a mistake of yours or the assistant's. Nothing of this request was saved; the run is where it was. The details are on docflow's standard error: please report it.
