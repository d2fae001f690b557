### Workflow "remove-relationship": remove a relationship with a reseller;
### subscriptions it supported go back to the indirect provider.

# Workflow title, in workflow lists and page titles.
remove-title = Remover um relacionamento com um revendedor
# One-line summary, in workflow lists.
remove-description = Encerre um relacionamento com um revendedor indireto; as assinaturas às quais ele prestava suporte voltam para o { -indirect-provider }.

# Step "reseller".
remove-reseller-prompt = Selecione o revendedor cujo relacionamento você deseja remover.
# Caption of one reseller. $name - its name; $state - requested or established (not translated);
# $delegated-admin - true or false (not translated).
remove-reseller-option = { $name } ({ $state ->
        [requested] solicitação pendente
       *[established] { $delegated-admin ->
            [true] estabelecido, com privilégios de administrador delegado
           *[false] estabelecido
        }
    })
# Shown when no reseller has a relationship; the run waits.
remove-reseller-none = Não há relacionamento com nenhum revendedor.

# Step "impact": what removing would change, shown before anything changes.
# $impact-name - the reseller; $impact-subscriptions and $impact-customers (numbers).
remove-impact = { $impact-subscriptions ->
        [0] { $impact-name } não é o { -support-contact } de nenhuma assinatura.
        [one] { $impact-name } é o { -support-contact } de { $impact-subscriptions } assinatura de { $impact-customers ->
            [one] { $impact-customers } cliente
           *[other] { $impact-customers } clientes
        }.
       *[other] { $impact-name } é o { -support-contact } de { $impact-subscriptions } assinaturas de { $impact-customers ->
            [one] { $impact-customers } cliente
           *[other] { $impact-customers } clientes
        }.
    }

# Step "confirm". $reseller-name - the reseller; $impact-subscriptions (number).
remove-confirm-prompt = Deseja remover o relacionamento com { $reseller-name }? { $impact-subscriptions ->
        [0] Nenhuma assinatura será alterada.
        [one] { $impact-subscriptions } assinatura voltará a ter o { -indirect-provider } como { -support-contact }.
       *[other] { $impact-subscriptions } assinaturas voltarão a ter o { -indirect-provider } como { -support-contact }.
    }
# Option that removes the relationship.
remove-confirm-remove = Remover o relacionamento

# Step "review": done; the agent checks and closes.
# $removal-name - the reseller; $removal-subscriptions (number) - subscriptions reverted.
remove-review-prompt = O relacionamento com { $removal-name } foi removido. { $removal-subscriptions ->
        [0] Nenhuma assinatura o tinha como { -support-contact }.
        [one] Agora { $removal-subscriptions } assinatura tem o { -indirect-provider } como { -support-contact }.
       *[other] Agora { $removal-subscriptions } assinaturas têm o { -indirect-provider } como { -support-contact }.
    }

# Shown when the run completes. $removal-name - the reseller.
remove-done = Pronto. { $removal-name } não tem mais relacionamento com você.

## How-to page (docflow docs render): each step as a guide says it.

remove-howto-impact = O docflow mostra quantas assinaturas, de quantos clientes, têm este revendedor como { -support-contact }.
remove-howto-confirm = Confirme que deseja remover o relacionamento.
remove-howto-review = Revise o resultado: agora essas assinaturas têm o { -indirect-provider } como { -support-contact }.
remove-howto-done = O revendedor não tem mais relacionamento com você.
remove-rule-revert = Quando um relacionamento é removido, todas as assinaturas que tinham o revendedor como { -support-contact } voltam para o { -indirect-provider } na mesma alteração.
