### Workflow "assign-support-contact": assign a reseller as the technical
### support contact of a customer's subscription.

# Workflow title, in workflow lists and page titles.
assign-title = Atribuir um revendedor como { -support-contact } técnico
# One-line summary, in workflow lists.
assign-description = Escolha quem presta suporte técnico para a assinatura de um cliente: o { -indirect-provider } ou um revendedor com privilégios de administrador delegado.

# Step "customer": first prompt of the run. $agent-name - who runs it.
assign-customer-prompt = Selecione um cliente.
# Caption of one customer option.
# $name - the customer's name; $subscriptions (number) - how many subscriptions it has.
assign-customer-option = { $name } ({ $subscriptions ->
        [0] sem assinaturas
        [one] { $subscriptions } assinatura
       *[other] { $subscriptions } assinaturas
    })

# Step "subscription". $customer-name - the chosen customer.
assign-subscription-prompt = Selecione uma assinatura de { $customer-name }.
# Caption of one subscription option.
# $product - the product name; $contact-name - its current support contact.
assign-subscription-option = { $product } (suporte: { $contact-name })
# Shown instead of the prompt when the customer has no subscriptions; the run waits.
# $customer-name - the chosen customer.
assign-subscription-none = { $customer-name } ainda não tem assinaturas.

# Step "contact", the "Designated support contact" field.
# $subscription-product - the product; $customer-name - the customer;
# $subscription-contact-name - who the contact is now.
assign-contact-prompt = O { -support-contact } designado para { $subscription-product } de { $customer-name } é { $subscription-contact-name }. Selecione o novo contato.
# Caption of one eligible contact.
# $name - the organization's name; $kind - provider or reseller (not translated);
# $current - true when it is the contact now (not translated).
assign-contact-option = { $name } · { $kind ->
        [provider] { -indirect-provider }
       *[reseller] revendedor
    }{ $current ->
        [true] {" "}(atual)
       *[false] {""}
    }
# Extra option under the contacts: the wanted reseller is missing from the list.
assign-contact-not-listed = O revendedor desejado não está na lista: solicitar um relacionamento

# Step "submit": confirm before anything changes.
# $subscription-product, $customer-name; $subscription-contact-name - the contact now;
# $contact-name - the contact chosen.
assign-submit-prompt = Deseja substituir { $subscription-contact-name } por { $contact-name } como { -support-contact } de { $subscription-product } ({ $customer-name })?

# Step "review": the change is saved; the agent checks it and closes.
# $change-product, $change-customer-name; $change-previous-name - the contact before;
# $change-contact-name - the contact now.
assign-review-prompt = Revise a alteração em { $change-product } ({ $change-customer-name }): { -support-contact } { $change-previous-name } → { $change-contact-name }. Agora { $change-customer-name } vê { $change-contact-name } nas páginas de suporte do produto.

# Shown when the run completes. $change-contact-name - the new contact.
assign-done = Pronto. { $change-contact-name } agora é o { -support-contact } designado.

## How-to page (docflow docs render): each step as a guide says it.

assign-howto-subscription = Selecione a assinatura cujo { -support-contact } você deseja alterar. Cada assinatura mostra quem presta suporte a ela no momento.
assign-howto-contact = Em “Contato de suporte designado”, selecione o novo contato: o { -indirect-provider } ou um revendedor com privilégios de administrador delegado.
assign-howto-submit = Verifique a alteração e selecione Enviar. Nada é alterado antes disso; Voltar retorna à lista de contatos.
assign-howto-review = Revise a alteração e selecione Fechar. Agora o cliente vê o novo contato nas páginas de suporte do produto.
assign-howto-request = Se o revendedor desejado não estiver na lista, solicite um relacionamento com ele; assim que o relacionamento for estabelecido, ele aparecerá na lista.
assign-howto-done = A assinatura passa a ter o { -support-contact } designado que você escolheu.
assign-rule-default = Por padrão, as novas assinaturas têm o { -indirect-provider } como { -support-contact } designado.
assign-rule-eligible = Somente o { -indirect-provider } ou um revendedor com privilégios de administrador delegado pode ser o { -support-contact } designado.
assign-rule-relationship = Um revendedor só aparece na lista depois que o relacionamento com ele for estabelecido.
