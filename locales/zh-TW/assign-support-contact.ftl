### Workflow "assign-support-contact": assign a reseller as the technical
### support contact of a customer's subscription.

# Workflow title, in workflow lists and page titles.
assign-title = 將轉售商指派為技術{ -support-contact }
# One-line summary, in workflow lists.
assign-description = 選擇由誰為客戶的訂用帳戶提供技術支援：{ -indirect-provider }，或是具有委派的系統管理員權限的轉售商。

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
       *[reseller] 轉售商
    }{ $current ->
        [true] {"（目前）"}
       *[false] {""}
    }
# Extra option under the contacts: the wanted reseller is missing from the list.
assign-contact-not-listed = 清單中沒有我要的轉售商：要求建立關係

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

## How-to page (docflow docs render): each step as a guide says it.

assign-howto-subscription = 選取要變更{ -support-contact }的訂用帳戶。每個訂用帳戶都會顯示目前由誰提供支援。
assign-howto-contact = 在「指定的{ -support-contact }」下，選取新的連絡人：{ -indirect-provider }，或是具有委派的系統管理員權限的轉售商。
assign-howto-submit = 確認變更內容後，選取「提交」。在您選取之前不會進行任何變更；選取「上一步」會返回連絡人清單。
assign-howto-review = 檢閱變更，然後選取「關閉」。客戶現在會在產品支援頁面上看到新的連絡人。
assign-howto-request = 如果清單中沒有您要的轉售商，請向對方要求建立關係；關係建立後，對方就會出現在清單中。
assign-howto-done = 訂用帳戶的指定{ -support-contact }已變更為您選擇的連絡人。
assign-rule-default = 新訂用帳戶預設以{ -indirect-provider }作為指定的{ -support-contact }。
assign-rule-eligible = 只有{ -indirect-provider }，或是具有委派的系統管理員權限的轉售商，才能擔任指定的{ -support-contact }。
assign-rule-relationship = 轉售商必須先與您建立關係，才會出現在清單中。
