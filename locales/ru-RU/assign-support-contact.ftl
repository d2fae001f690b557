### Workflow "assign-support-contact": assign a reseller as the technical
### support contact of a customer's subscription.

# Workflow title, in workflow lists and page titles.
assign-title = Назначение реселлера контактом технической поддержки
# One-line summary, in workflow lists.
assign-description = Выберите, кто будет оказывать техническую поддержку по подписке клиента: { -indirect-provider } или реселлер с делегированными правами администратора.

# Step "customer": first prompt of the run. $agent-name - who runs it.
assign-customer-prompt = Выберите клиента.
# Caption of one customer option.
# $name - the customer's name; $subscriptions (number) - how many subscriptions it has.
assign-customer-option = { $name } ({ $subscriptions ->
        [one] { $subscriptions } подписка
        [few] { $subscriptions } подписки
        [many] { $subscriptions } подписок
       *[other] { $subscriptions } подписки
    })

# Step "subscription". $customer-name - the chosen customer.
assign-subscription-prompt = Выберите подписку клиента { $customer-name }.
# Caption of one subscription option.
# $product - the product name; $contact-name - its current support contact.
assign-subscription-option = { $product } (поддержка: { $contact-name })
# Shown instead of the prompt when the customer has no subscriptions; the run waits.
# $customer-name - the chosen customer.
assign-subscription-none = У клиента { $customer-name } пока нет подписок.

# Step "contact", the "Designated support contact" field.
# $subscription-product - the product; $customer-name - the customer;
# $subscription-contact-name - who the contact is now.
assign-contact-prompt = Назначенный { -support-contact } для { $subscription-product } клиента { $customer-name } (сейчас: { $subscription-contact-name }). Выберите новый контакт.
# Caption of one eligible contact.
# $name - the organization's name; $kind - provider or reseller (not translated);
# $current - true when it is the contact now (not translated).
assign-contact-option = { $name } · { $kind ->
        [provider] { -indirect-provider }
       *[reseller] реселлер
    }{ $current ->
        [true] {" "}(текущий)
       *[false] {""}
    }
# Extra option under the contacts: the wanted reseller is missing from the list.
assign-contact-not-listed = Нужного реселлера нет в списке: запросить установление отношений

# Step "submit": confirm before anything changes.
# $subscription-product, $customer-name; $subscription-contact-name - the contact now;
# $contact-name - the contact chosen.
assign-submit-prompt = Изменить { -support-contact(case: "acc") } для { $subscription-product } ({ $customer-name })? Сейчас: { $subscription-contact-name }; новый: { $contact-name }.

# Step "review": the change is saved; the agent checks it and closes.
# $change-product, $change-customer-name; $change-previous-name - the contact before;
# $change-contact-name - the contact now.
assign-review-prompt = Проверьте изменение для { $change-product } ({ $change-customer-name }): { -support-contact } { $change-previous-name } → { $change-contact-name }. Теперь { $change-customer-name } видит { $change-contact-name } на страницах поддержки продуктов.

# Shown when the run completes. $change-contact-name - the new contact.
assign-done = Готово. Назначенный { -support-contact }: { $change-contact-name }.

## How-to page (docflow docs render): each step as a guide says it.

assign-howto-subscription = Выберите подписку, для которой нужно изменить { -support-contact(case: "acc") }. Для каждой подписки указано, кто сейчас ее поддерживает.
assign-howto-contact = В поле «Назначенный { -support-contact }» выберите новый контакт: { -indirect-provider(case: "acc") } или реселлера с делегированными правами администратора.
assign-howto-submit = Проверьте изменение и выберите «Отправить». До этого ничего не меняется; вариант «Назад» возвращает к списку контактов.
assign-howto-review = Проверьте изменение и выберите «Закрыть». Теперь клиент видит новый контакт на страницах поддержки продуктов.
assign-howto-request = Если нужного реселлера нет в списке, запросите установление отношений с ним; когда отношения будут установлены, он появится в списке.
assign-howto-done = Для подписки назначен выбранный вами { -support-contact }.
assign-rule-default = У новых подписок по умолчанию назначенный { -support-contact } — { -indirect-provider }.
assign-rule-eligible = Назначенным { -support-contact(case: "ins") } может быть только { -indirect-provider } или реселлер с делегированными правами администратора.
assign-rule-relationship = Реселлер появляется в списке только после того, как с ним будут установлены отношения.
