### Workflow "remove-relationship": remove a relationship with a reseller;
### subscriptions it supported go back to the indirect provider.

# Workflow title, in workflow lists and page titles.
remove-title = Remove a relationship with a reseller
# One-line summary, in workflow lists.
remove-description = End a relationship with an indirect reseller; the subscriptions it supported go back to the { -indirect-provider }.

# Step "reseller".
remove-reseller-prompt = Select the reseller whose relationship you want to remove.
# Caption of one reseller. $name - its name; $state - requested or established (not translated);
# $delegated-admin - true or false (not translated).
remove-reseller-option = { $name } ({ $state ->
        [requested] request pending
       *[established] { $delegated-admin ->
            [true] established, with delegated admin privileges
           *[false] established
        }
    })
# Shown when no reseller has a relationship; the run waits.
remove-reseller-none = No reseller has a relationship.

# Step "impact": what removing would change, shown before anything changes.
# $impact-name - the reseller; $impact-subscriptions and $impact-customers (numbers).
# @never-zero $impact-customers
remove-impact = { $impact-subscriptions ->
        [0] { $impact-name } is not the { -support-contact } of any subscription.
        [one] { $impact-name } is the { -support-contact } of { $impact-subscriptions } subscription of { $impact-customers ->
            [one] { $impact-customers } customer
           *[other] { $impact-customers } customers
        }.
       *[other] { $impact-name } is the { -support-contact } of { $impact-subscriptions } subscriptions of { $impact-customers ->
            [one] { $impact-customers } customer
           *[other] { $impact-customers } customers
        }.
    }

# Step "confirm". $reseller-name - the reseller; $impact-subscriptions (number).
remove-confirm-prompt = Remove the relationship with { $reseller-name }? { $impact-subscriptions ->
        [0] No subscription changes.
        [one] { $impact-subscriptions } subscription goes back to the { -indirect-provider } as { -support-contact }.
       *[other] { $impact-subscriptions } subscriptions go back to the { -indirect-provider } as { -support-contact }.
    }
# Option that removes the relationship.
remove-confirm-remove = Remove the relationship

# Step "review": done; the agent checks and closes.
# $removal-name - the reseller; $removal-subscriptions (number) - subscriptions reverted.
remove-review-prompt = The relationship with { $removal-name } was removed. { $removal-subscriptions ->
        [0] No subscription had it as { -support-contact }.
        [one] { $removal-subscriptions } subscription now has the { -indirect-provider } as { -support-contact }.
       *[other] { $removal-subscriptions } subscriptions now have the { -indirect-provider } as { -support-contact }.
    }

# Shown when the run completes. $removal-name - the reseller.
remove-done = Done. { $removal-name } no longer has a relationship with you.

## How-to page (docflow docs render): each step as a guide says it.

# Step "impact".
remove-howto-impact = docflow shows how many subscriptions, of how many customers, have this reseller as their { -support-contact }.
# Step "confirm".
remove-howto-confirm = Confirm that you want to remove the relationship.
# Step "review".
remove-howto-review = Review the result: those subscriptions now have the { -indirect-provider } as their { -support-contact }.
# End of the guide.
remove-howto-done = The reseller no longer has a relationship with you.
# Rule: what happens to the subscriptions the reseller supported.
remove-rule-revert = When a relationship is removed, every subscription that had the reseller as { -support-contact } goes back to the { -indirect-provider }, in the same change.
