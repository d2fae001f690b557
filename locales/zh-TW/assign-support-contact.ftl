### Workflow "assign-support-contact": assign a reseller as the technical
### support contact of a customer's subscription.

# Workflow title, in workflow lists and page titles.
assign-title = 將經銷商指派為技術{ -support-contact }
# One-line summary, in workflow lists.
assign-description = 選擇由誰為客戶的訂用帳戶提供技術支援：{ -indirect-provider }，或是具有委派的系統管理員權限的經銷商。

# Step "customer": first prompt of the run. $agent-name - who runs it.
assign-customer-prompt = 請選取客戶。
# Caption of one customer option.
# $name - the customer's name; $subscriptions (number) - how many subscriptions it has.
assign-customer-option = { $name }（{ $subscriptions } 個訂用帳戶）

# Step "subscription". $customer-name - the chosen customer.
assign-subscription-prompt = 請選取 { $customer-name } 的訂用帳戶。
# Caption of one subscription option.
# $product - the product name; $contact-name - its current support contact.
assign-subscription-option = { $product }（支援：{ $contact-name }）
# Shown instead of the prompt when the customer has no subscriptions; the run waits.
# $customer-name - the chosen customer.
assign-subscription-none = { $customer-name } 還沒有任何訂用帳戶。

# Step "contact", the "Designated support contact" field.
# $subscription-product - the product; $customer-name - the customer;
# $subscription-contact-name - who the contact is now.
assign-contact-prompt = { $customer-name } 的 { $subscription-product } 目前指定的{ -support-contact }為 { $subscription-contact-name }。請選取新的連絡人。
# Caption of one eligible contact.
# $name - the organization's name; $kind - provider or reseller (not translated);
# $current - true when it is the contact now (not translated).
assign-contact-option = { $name } · { $kind ->
        [provider] { -indirect-provider }
       *[reseller] 經銷商
    }{ $current ->
        [true] {"（目前）"}
       *[false] {""}
    }
# Extra option under the contacts: the wanted reseller is missing from the list.
assign-contact-not-listed = 清單中沒有我要的經銷商：要求建立關係

# Step "submit": confirm before anything changes.
# $subscription-product, $customer-name; $subscription-contact-name - the contact now;
# $contact-name - the contact chosen.
assign-submit-prompt = 要將 { $subscription-product }（{ $customer-name }）的{ -support-contact }從 { $subscription-contact-name } 變更為 { $contact-name } 嗎？

# Step "review": the change is saved; the agent checks it and closes.
# $change-product, $change-customer-name; $change-previous-name - the contact before;
# $change-contact-name - the contact now.
assign-review-prompt = 請檢閱 { $change-product }（{ $change-customer-name }）的變更：{ -support-contact } { $change-previous-name } → { $change-contact-name }。{ $change-customer-name } 現在會在產品支援頁面上看到 { $change-contact-name }。

# Shown when the run completes. $change-contact-name - the new contact.
assign-done = 完成。{ $change-contact-name } 現在是指定的{ -support-contact }。
