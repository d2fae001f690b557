### Workflow "remove-relationship": remove a relationship with a reseller;
### subscriptions it supported go back to the indirect provider.

# Workflow title, in workflow lists and page titles.
remove-title = Прекращение отношений с реселлером
# One-line summary, in workflow lists.
remove-description = Прекратите отношения с непрямым реселлером; подписки, которые он поддерживал, вернутся к { -indirect-provider(case: "dat") }.

# Step "reseller".
remove-reseller-prompt = Выберите реселлера, отношения с которым нужно прекратить.
# Caption of one reseller. $name - its name; $state - requested or established (not translated);
# $delegated-admin - true or false (not translated).
remove-reseller-option = { $name } ({ $state ->
        [requested] запрос ожидает ответа
       *[established] { $delegated-admin ->
            [true] отношения установлены, есть делегированные права администратора
           *[false] отношения установлены
        }
    })
# Shown when no reseller has a relationship; the run waits.
remove-reseller-none = Ни с одним реселлером нет отношений.

# Step "impact": what removing would change, shown before anything changes.
# $impact-name - the reseller; $impact-subscriptions and $impact-customers (numbers).
remove-impact = { $impact-subscriptions ->
        [0] { $impact-name } не является { -support-contact(case: "ins") } ни для одной подписки.
        [one] { $impact-name } — { -support-contact } для { $impact-subscriptions } подписки у { $impact-customers ->
            [one] { $impact-customers } клиента
            [few] { $impact-customers } клиентов
            [many] { $impact-customers } клиентов
           *[other] { $impact-customers } клиента
        }.
        [few] { $impact-name } — { -support-contact } для { $impact-subscriptions } подписок у { $impact-customers ->
            [one] { $impact-customers } клиента
            [few] { $impact-customers } клиентов
            [many] { $impact-customers } клиентов
           *[other] { $impact-customers } клиента
        }.
        [many] { $impact-name } — { -support-contact } для { $impact-subscriptions } подписок у { $impact-customers ->
            [one] { $impact-customers } клиента
            [few] { $impact-customers } клиентов
            [many] { $impact-customers } клиентов
           *[other] { $impact-customers } клиента
        }.
       *[other] { $impact-name } — { -support-contact } для { $impact-subscriptions } подписки у { $impact-customers ->
            [one] { $impact-customers } клиента
            [few] { $impact-customers } клиентов
            [many] { $impact-customers } клиентов
           *[other] { $impact-customers } клиента
        }.
    }

# Step "confirm". $reseller-name - the reseller; $impact-subscriptions (number).
remove-confirm-prompt = Прекратить отношения с реселлером { $reseller-name }? { $impact-subscriptions ->
        [0] Подписки не изменятся.
        [one] Для { $impact-subscriptions } подписки { -support-contact(case: "ins") } снова станет { -indirect-provider }.
        [few] Для { $impact-subscriptions } подписок { -support-contact(case: "ins") } снова станет { -indirect-provider }.
        [many] Для { $impact-subscriptions } подписок { -support-contact(case: "ins") } снова станет { -indirect-provider }.
       *[other] Для { $impact-subscriptions } подписки { -support-contact(case: "ins") } снова станет { -indirect-provider }.
    }
# Option that removes the relationship.
remove-confirm-remove = Прекратить отношения

# Step "review": done; the agent checks and closes.
# $removal-name - the reseller; $removal-subscriptions (number) - subscriptions reverted.
remove-review-prompt = Отношения с реселлером { $removal-name } прекращены. { $removal-subscriptions ->
        [0] Реселлер не был { -support-contact(case: "ins") } ни для одной подписки.
        [one] Теперь для { $removal-subscriptions } подписки { -support-contact } — { -indirect-provider }.
        [few] Теперь для { $removal-subscriptions } подписок { -support-contact } — { -indirect-provider }.
        [many] Теперь для { $removal-subscriptions } подписок { -support-contact } — { -indirect-provider }.
       *[other] Теперь для { $removal-subscriptions } подписки { -support-contact } — { -indirect-provider }.
    }

# Shown when the run completes. $removal-name - the reseller.
remove-done = Готово. У вас больше нет отношений с реселлером { $removal-name }.

## How-to page (docflow docs render): each step as a guide says it.

remove-howto-impact = docflow показывает, для скольких подписок и скольких клиентов этот реселлер является { -support-contact(case: "ins") }.
remove-howto-confirm = Подтвердите, что хотите прекратить отношения.
remove-howto-review = Проверьте результат: теперь для этих подписок { -support-contact } — { -indirect-provider }.
remove-howto-done = У вас больше нет отношений с этим реселлером.
remove-rule-revert = При прекращении отношений все подписки, для которых реселлер был { -support-contact(case: "ins") }, в рамках того же изменения возвращаются к { -indirect-provider(case: "dat") }.
