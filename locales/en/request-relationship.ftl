### Workflow "request-relationship": request a relationship with an indirect
### reseller and, once they accept, record the support agreement.

# Workflow title, in workflow lists and page titles.
request-title = Request a relationship with a reseller
# One-line summary, in workflow lists.
request-description = Ask an indirect reseller for a relationship, wait until they accept, then record the support agreement for technical support.

# Step "reseller": resellers without an established relationship.
request-reseller-prompt = Select the reseller to request a relationship with.
# Caption of one reseller. $name - its name; $state - none or requested (not translated).
request-reseller-option = { $name }{ $state ->
        [requested] {" "}(request pending)
       *[none] {""}
    }
# Shown when every reseller already has an established relationship; the run waits.
request-reseller-none = Every reseller already has an established relationship.

# Step "privileges". $reseller-name - the chosen reseller.
request-privileges-prompt = Ask { $reseller-name } for delegated admin privileges? Only a reseller with them can be a { -support-contact }.
# Option: request the relationship with delegated admin privileges.
request-privileges-yes = Yes, with delegated admin privileges
# Option: request the relationship without them.
request-privileges-no = No, without delegated admin privileges

# Step "await": the run waits until the reseller accepts. $reseller-name - the reseller.
request-await = The relationship request to { $reseller-name } is pending. When they accept it, resume this run.

# Step "agreement". $reseller-name - the reseller, who has accepted.
request-agreement-prompt = { $reseller-name } accepted the relationship. Record the support agreement for handling technical support?
# Option that records the agreement.
request-agreement-record = Record the support agreement

# Shown when the workflow ends. $reseller-name - the reseller;
# $relationship-delegated-admin - true or false (not translated).
request-done = The relationship with { $reseller-name } is established and the support agreement is recorded.{ $relationship-delegated-admin ->
        [true] {" "}{ $reseller-name } can now be a { -support-contact }.
       *[false] {" "}Without delegated admin privileges, { $reseller-name } cannot be a { -support-contact }.
    }

## How-to page (docflow docs render): each step as a guide says it.

# Step "privileges".
request-howto-privileges = Choose whether to ask for delegated admin privileges.
# Step "await".
request-howto-await = Wait until the reseller accepts the request, then resume the run.
# Step "agreement".
request-howto-agreement = Once the reseller has accepted, record the support agreement for handling technical support.
# End of the guide.
request-howto-done = The relationship is established and the support agreement is recorded.
# Rule: what delegated admin privileges are for.
request-rule-delegated = Only a reseller with delegated admin privileges can be a { -support-contact }.
