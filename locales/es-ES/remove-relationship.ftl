### Workflow "remove-relationship": remove a relationship with a reseller;
### subscriptions it supported go back to the indirect provider.

# Workflow title, in workflow lists and page titles.
remove-title = Eliminar una relación con un revendedor
# One-line summary, in workflow lists.
remove-description = Finalice una relación con un revendedor indirecto; las suscripciones a las que prestaba soporte vuelven al { -indirect-provider }.

# Step "reseller".
remove-reseller-prompt = Seleccione el revendedor cuya relación desea eliminar.
# Caption of one reseller. $name - its name; $state - requested or established (not translated);
# $delegated-admin - true or false (not translated).
remove-reseller-option = { $name } ({ $state ->
        [requested] solicitud pendiente
       *[established] { $delegated-admin ->
            [true] establecida, con privilegios de administrador delegado
           *[false] establecida
        }
    })
# Shown when no reseller has a relationship; the run waits.
remove-reseller-none = No hay relación con ningún revendedor.

# Step "impact": what removing would change, shown before anything changes.
# $impact-name - the reseller; $impact-subscriptions and $impact-customers (numbers).
remove-impact = { $impact-subscriptions ->
        [0] { $impact-name } no es el { -support-contact } de ninguna suscripción.
        [one] { $impact-name } es el { -support-contact } de { $impact-subscriptions } suscripción de { $impact-customers ->
            [one] { $impact-customers } cliente
           *[other] { $impact-customers } clientes
        }.
       *[other] { $impact-name } es el { -support-contact } de { $impact-subscriptions } suscripciones de { $impact-customers ->
            [one] { $impact-customers } cliente
           *[other] { $impact-customers } clientes
        }.
    }

# Step "confirm". $reseller-name - the reseller; $impact-subscriptions (number).
remove-confirm-prompt = ¿Desea eliminar la relación con { $reseller-name }? { $impact-subscriptions ->
        [0] Ninguna suscripción cambiará.
        [one] { $impact-subscriptions } suscripción volverá a tener al { -indirect-provider } como { -support-contact }.
       *[other] { $impact-subscriptions } suscripciones volverán a tener al { -indirect-provider } como { -support-contact }.
    }
# Option that removes the relationship.
remove-confirm-remove = Eliminar la relación

# Step "review": done; the agent checks and closes.
# $removal-name - the reseller; $removal-subscriptions (number) - subscriptions reverted.
remove-review-prompt = Se ha eliminado la relación con { $removal-name }. { $removal-subscriptions ->
        [0] Ninguna suscripción lo tenía como { -support-contact }.
        [one] Ahora { $removal-subscriptions } suscripción tiene al { -indirect-provider } como { -support-contact }.
       *[other] Ahora { $removal-subscriptions } suscripciones tienen al { -indirect-provider } como { -support-contact }.
    }

# Shown when the run completes. $removal-name - the reseller.
remove-done = Listo. { $removal-name } ya no tiene ninguna relación con usted.

## How-to page (docflow docs render): each step as a guide says it.

remove-howto-impact = docflow muestra cuántas suscripciones, y de cuántos clientes, tienen a este revendedor como { -support-contact }.
remove-howto-confirm = Confirme que desea eliminar la relación.
remove-howto-review = Revise el resultado: ahora esas suscripciones tienen al { -indirect-provider } como { -support-contact }.
remove-howto-done = El revendedor ya no tiene ninguna relación con usted.
remove-rule-revert = Al eliminar una relación, todas las suscripciones que tenían al revendedor como { -support-contact } vuelven al { -indirect-provider } en el mismo cambio.
