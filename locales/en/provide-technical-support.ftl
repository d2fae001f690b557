### Workflow "provide-technical-support": help a customer with a service,
### checking its health first, then resolve the issue or escalate it.

# Workflow title, in workflow lists and page titles.
support-title = Provide technical support to a customer
# One-line summary, in workflow lists.
support-description = Check a customer's service health, then resolve the issue within baseline support or escalate it to Microsoft.

# Step "customer".
support-customer-prompt = Select the customer who needs support.
# Caption of one customer. $name - its name.
support-customer-option = { $name }

# Step "service": service management. $customer-name - the customer.
support-service-prompt = Service management for { $customer-name }: select the service to work in.
# Caption of one service. $name - its name; $status - healthy, degraded or outage (not translated);
# $active-incidents (number).
support-service-option = { $name } · { $status ->
        [healthy] healthy
        [degraded] degraded
       *[outage] outage
    }{ $active-incidents ->
        [0] {""}
        [one] , { $active-incidents } active incident
       *[other] , { $active-incidents } active incidents
    }
# Shown when the customer has no services; the run waits. $customer-name - the customer.
support-service-none = { $customer-name } has no services yet.

# Step "health": shown first, before anything else.
# $health-name - the service; $health-status - healthy, degraded or outage (not translated);
# $health-active-incidents (number); $health-incidents - ids and titles, separated by ";".
support-health = Service health of { $health-name }: { $health-status ->
        [healthy] healthy
        [degraded] degraded
       *[outage] outage
    }. { $health-active-incidents ->
        [0] No active incidents.
        [one] { $health-active-incidents } active incident: { $health-incidents }.
       *[other] { $health-active-incidents } active incidents: { $health-incidents }.
    }

# Step "action". $service-name - the service.
support-action-prompt = What happens with the issue in { $service-name }?
# Option: the partner resolved it within its baseline support scope.
support-action-resolved = Resolved within baseline support
# Option: escalate it to Microsoft with a service request.
support-action-escalate = Escalate to Microsoft with a service request

# Step "kind".
support-kind-prompt = What kind of issue is it?

# Step "entitlement": technical escalation needs a vehicle.
# $technical-count (number) - technical vehicles the partner is entitled to.
support-entitlement = { $technical-count ->
        [0] You have no technical support vehicle: technical escalation needs Premier or Advanced Support for Partners, or a Gold or Silver competency for Signature Cloud Support.
        [one] You are entitled to { $technical-count } technical support vehicle.
       *[other] You are entitled to { $technical-count } technical support vehicles.
    }

# Step "no-vehicle": what is still possible without a technical vehicle.
support-no-vehicle-prompt = Technical escalation is not available. What do you want to do?
# Option: file it as a commercial issue instead.
support-no-vehicle-commercial = Escalate it as a commercial issue
# Option: stop without filing anything.
support-no-vehicle-cancel = Stop without filing anything

# Step "vehicle". $issue-id - commercial or technical (not translated).
support-vehicle-prompt = Select the support vehicle for this { $issue-id ->
        [commercial] commercial
       *[technical] technical
    } issue.
# Caption of one vehicle. $id - premier, advanced, signature or commercial (not translated).
support-vehicle-option = { $id ->
        [premier] { vehicle-premier }
        [advanced] { vehicle-advanced }
        [signature] { vehicle-signature }
       *[commercial] { vehicle-commercial }
    }

# Step "describe": free text, 10 to 2000 characters.
support-describe-prompt = Describe the problem for Microsoft: what happens, since when, and what you already tried.

# Step "file": confirm before filing. $customer-name, $service-name; $vehicle-id (not translated);
# $problem-text - the description typed.
support-file-prompt = File a service request for { $customer-name }, { $service-name }, through { $vehicle-id ->
        [premier] { vehicle-premier }
        [advanced] { vehicle-advanced }
        [signature] { vehicle-signature }
       *[commercial] { vehicle-commercial }
    }? Description: { $problem-text }

# Shown when the request is filed. $request-id - the service request number.
support-filed = Service request { $request-id } was filed. Give this number to the customer and to Microsoft support.

# Step "resolution": free text, 10 to 2000 characters.
support-resolution-prompt = Describe the issue and how you resolved it.

# Step "record". $service-name - the service.
support-record-prompt = Record this resolution for { $service-name }?
# Option that records it.
support-record-save = Record the resolution

# Shown when the resolution is recorded.
support-resolved = Done. The resolution is recorded.

# Shown when the agent stops without filing.
support-cancelled = Stopped. Nothing was filed.

## How-to page (docflow docs render): each step as a guide says it.

# Step "service".
support-howto-service = Open service management and select the service to work in. Each service shows its health and active incidents.
# Step "health".
support-howto-health = Check the service's health and its active incidents before anything else.
# Step "action".
support-howto-action = Decide whether you resolved the issue within baseline support or need to escalate it to Microsoft.
# Step "entitlement".
support-howto-entitlement = docflow shows the technical support vehicles you are entitled to.
# Step "vehicle".
support-howto-vehicle = Select the support vehicle to escalate through.
# Step "file".
support-howto-file = Check the details and file the service request.
# End of the guide when a request was filed.
support-howto-filed = A service request is filed. Give its number to the customer and to Microsoft support.
# Step "record".
support-howto-record = Record the resolution.
# Rule: try baseline support first.
support-rule-baseline = Resolve what you can within baseline support; escalate to Microsoft only what you cannot.
# Rule: commercial escalation.
support-rule-commercial = Commercial issues can always be escalated: commercial support is open to every partner.
# Rule: technical escalation.
support-rule-technical = Technical issues need Premier or Advanced Support for Partners, or Signature Cloud Support, which comes with a Gold or Silver competency.
