### Workflow "assign-support-contact": assign a reseller as the technical
### support contact of a customer's subscription.

# Workflow title, in workflow lists and page titles.
assign-title = Asignar un revendedor como { -support-contact } técnico
# One-line summary, in workflow lists.
assign-description = Elija quién presta el soporte técnico de la suscripción de un cliente: el { -indirect-provider } o un revendedor con privilegios de administrador delegado.

# Step "customer": first prompt of the run. $agent-name - who runs it.
assign-customer-prompt = Seleccione un cliente.
# Caption of one customer option.
# $name - the customer's name; $subscriptions (number) - how many subscriptions it has.
assign-customer-option = { $name } ({ $subscriptions ->
        [0] sin suscripciones
        [one] { $subscriptions } suscripción
       *[other] { $subscriptions } suscripciones
    })

# Step "subscription". $customer-name - the chosen customer.
assign-subscription-prompt = Seleccione una suscripción de { $customer-name }.
# Caption of one subscription option.
# $product - the product name; $contact-name - its current support contact.
assign-subscription-option = { $product } (soporte: { $contact-name })
# Shown instead of the prompt when the customer has no subscriptions; the run waits.
# $customer-name - the chosen customer.
assign-subscription-none = { $customer-name } todavía no tiene suscripciones.

# Step "contact", the "Designated support contact" field.
# $subscription-product - the product; $customer-name - the customer;
# $subscription-contact-name - who the contact is now.
assign-contact-prompt = El { -support-contact } designado para { $subscription-product } de { $customer-name } es { $subscription-contact-name }. Seleccione el nuevo contacto.
# Caption of one eligible contact.
# $name - the organization's name; $kind - provider or reseller (not translated);
# $current - true when it is the contact now (not translated).
assign-contact-option = { $name } · { $kind ->
        [provider] { -indirect-provider }
       *[reseller] revendedor
    }{ $current ->
        [true] {" "}(actual)
       *[false] {""}
    }
# Extra option under the contacts: the wanted reseller is missing from the list.
assign-contact-not-listed = El revendedor que busco no aparece en la lista: solicitar una relación

# Step "submit": confirm before anything changes.
# $subscription-product, $customer-name; $subscription-contact-name - the contact now;
# $contact-name - the contact chosen.
assign-submit-prompt = ¿Desea reemplazar a { $subscription-contact-name } por { $contact-name } como { -support-contact } de { $subscription-product } ({ $customer-name })?

# Step "review": the change is saved; the agent checks it and closes.
# $change-product, $change-customer-name; $change-previous-name - the contact before;
# $change-contact-name - the contact now.
assign-review-prompt = Revise el cambio en { $change-product } ({ $change-customer-name }): { -support-contact } { $change-previous-name } → { $change-contact-name }. Ahora { $change-customer-name } ve a { $change-contact-name } en las páginas de soporte del producto.

# Shown when the run completes. $change-contact-name - the new contact.
assign-done = Listo. { $change-contact-name } es ahora el { -support-contact } designado.

## How-to page (docflow docs render): each step as a guide says it.

assign-howto-subscription = Seleccione la suscripción cuyo { -support-contact } desea cambiar. Cada suscripción indica quién le presta soporte actualmente.
assign-howto-contact = En «Contacto de soporte designado», seleccione el nuevo contacto: el { -indirect-provider } o un revendedor con privilegios de administrador delegado.
assign-howto-submit = Compruebe el cambio y seleccione Enviar. Hasta entonces no se cambia nada; Atrás vuelve a la lista de contactos.
assign-howto-review = Revise el cambio y seleccione Cerrar. Ahora el cliente ve al nuevo contacto en las páginas de soporte del producto.
assign-howto-request = Si el revendedor que busca no aparece en la lista, solicítele una relación; en cuanto la relación esté establecida, aparecerá en la lista.
assign-howto-done = La suscripción tiene ahora el { -support-contact } designado que ha elegido.
assign-rule-default = De forma predeterminada, las nuevas suscripciones tienen al { -indirect-provider } como { -support-contact } designado.
assign-rule-eligible = Solo el { -indirect-provider } o un revendedor con privilegios de administrador delegado pueden ser el { -support-contact } designado.
assign-rule-relationship = Un revendedor solo aparece en la lista cuando ya se ha establecido la relación entre usted y ese revendedor.
