### Workflow "assign-support-contact": assign a reseller as the technical
### support contact of a customer's subscription.

# Workflow title, in workflow lists and page titles.
assign-title = Assign a reseller as a technical { -support-contact }
# One-line summary, in workflow lists.
assign-description = Choose who gives technical support for a customer's subscription: the { -indirect-provider } or a reseller with delegated admin privileges.

# Step "customer": first prompt of the run. $agent-name - who runs it.
assign-customer-prompt = Select a customer.
# Caption of one customer option.
# $name - the customer's name; $subscriptions (number) - how many subscriptions it has.
assign-customer-option = { $name } ({ $subscriptions ->
        [one] { $subscriptions } subscription
       *[other] { $subscriptions } subscriptions
    })

# Step "subscription". $customer-name - the chosen customer.
assign-subscription-prompt = Select a subscription of { $customer-name }.
# Caption of one subscription option.
# $product - the product name; $contact-name - its current support contact.
assign-subscription-option = { $product } (support: { $contact-name })
# Shown instead of the prompt when the customer has no subscriptions; the run waits.
# $customer-name - the chosen customer.
assign-subscription-none = { $customer-name } has no subscriptions yet.

# Step "contact", the "Designated support contact" field.
# $subscription-product - the product; $customer-name - the customer;
# $subscription-contact-name - who the contact is now.
assign-contact-prompt = Designated { -support-contact } for { $subscription-product } of { $customer-name } (now: { $subscription-contact-name }). Select the new contact.
# Caption of one eligible contact.
# $name - the organization's name; $kind - provider or reseller (not translated);
# $current - true when it is the contact now (not translated).
assign-contact-option = { $name } · { $kind ->
        [provider] { -indirect-provider }
       *[reseller] reseller
    }{ $current ->
        [true] {" "}(current)
       *[false] {""}
    }
# Extra option under the contacts: the wanted reseller is missing from the list.
assign-contact-not-listed = The reseller I want is not listed: request a relationship

# Step "submit": confirm before anything changes.
# $subscription-product, $customer-name; $subscription-contact-name - the contact now;
# $contact-name - the contact chosen.
assign-submit-prompt = Change the { -support-contact } of { $subscription-product } ({ $customer-name }) from { $subscription-contact-name } to { $contact-name }?

# Step "review": the change is saved; the agent checks it and closes.
# $change-product, $change-customer-name; $change-previous-name - the contact before;
# $change-contact-name - the contact now.
assign-review-prompt = Review the change for { $change-product } ({ $change-customer-name }): { -support-contact } { $change-previous-name } → { $change-contact-name }. { $change-customer-name } now sees { $change-contact-name } on the product support pages.

# Shown when the run completes. $change-contact-name - the new contact.
assign-done = Done. { $change-contact-name } is the designated { -support-contact }.

## How-to page (docflow docs render): each step as a guide says it.

# Step "subscription".
assign-howto-subscription = Select the subscription whose { -support-contact } you want to change. Each subscription shows who supports it now.
# Step "contact", the "Designated support contact" field.
assign-howto-contact = Under Designated { -support-contact }, select the new contact: the { -indirect-provider } or a reseller with delegated admin privileges.
# Step "submit".
assign-howto-submit = Check the change and select Submit. Nothing changes before you do; Back returns to the list of contacts.
# Step "review".
assign-howto-review = Review the change, then select Close. The customer now sees the new contact on the product support pages.
# Step "request": the wanted reseller is not in the list.
assign-howto-request = If the reseller you want is not in the list, request a relationship with them; once it is established, they appear in the list.
# End of the guide.
assign-howto-done = The subscription has the designated { -support-contact } you chose.
# Rule: what new subscriptions start with.
assign-rule-default = New subscriptions have the { -indirect-provider } as their designated { -support-contact } by default.
# Rule: who can be chosen.
assign-rule-eligible = Only the { -indirect-provider } or a reseller with delegated admin privileges can be the designated { -support-contact }.
# Rule: a reseller needs a relationship first.
assign-rule-relationship = A reseller appears in the list only after your relationship with them is established.
