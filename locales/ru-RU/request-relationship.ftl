### Workflow "request-relationship": request a relationship with an indirect
### reseller and, once they accept, record the support agreement.

# Workflow title, in workflow lists and page titles.
request-title = Запрос на установление отношений с реселлером
# One-line summary, in workflow lists.
request-description = Отправьте непрямому реселлеру запрос на установление отношений, дождитесь, пока он его примет, и зафиксируйте соглашение о технической поддержке.

# Step "reseller": resellers without an established relationship.
request-reseller-prompt = Выберите реселлера, которому нужно отправить запрос на установление отношений.
# Caption of one reseller. $name - its name; $state - none or requested (not translated).
request-reseller-option = { $name }{ $state ->
        [requested] {" "}(запрос ожидает ответа)
       *[none] {""}
    }
# Shown when every reseller already has an established relationship; the run waits.
request-reseller-none = Отношения уже установлены со всеми реселлерами.

# Step "privileges". $reseller-name - the chosen reseller.
request-privileges-prompt = Запросить у реселлера { $reseller-name } делегированные права администратора? Только реселлер с такими правами может быть { -support-contact(case: "ins") }.
# Option: request the relationship with delegated admin privileges.
request-privileges-yes = Да, с делегированными правами администратора
# Option: request the relationship without them.
request-privileges-no = Нет, без делегированных прав администратора

# Step "await": the run waits until the reseller accepts. $reseller-name - the reseller.
request-await = Запрос на установление отношений отправлен реселлеру { $reseller-name } и ожидает ответа. Когда реселлер примет запрос, продолжите этот запуск.

# Step "agreement". $reseller-name - the reseller, who has accepted.
request-agreement-prompt = Реселлер { $reseller-name } принял запрос на установление отношений. Зафиксировать соглашение о технической поддержке?
# Option that records the agreement.
request-agreement-record = Зафиксировать соглашение о поддержке

# Shown when the workflow ends. $reseller-name - the reseller;
# $relationship-delegated-admin - true or false (not translated).
request-done = Отношения с реселлером { $reseller-name } установлены, соглашение о поддержке зафиксировано.{ $relationship-delegated-admin ->
        [true] {" "}Теперь { $reseller-name } может быть { -support-contact(case: "ins") }.
       *[false] {" "}Без делегированных прав администратора { $reseller-name } не может быть { -support-contact(case: "ins") }.
    }

## How-to page (docflow docs render): each step as a guide says it.

request-howto-privileges = Укажите, нужно ли запрашивать делегированные права администратора.
request-howto-await = Дождитесь, пока реселлер примет запрос, а затем продолжите запуск.
request-howto-agreement = Когда реселлер примет запрос, зафиксируйте соглашение о технической поддержке.
request-howto-done = Отношения установлены, соглашение о поддержке зафиксировано.
request-rule-delegated = Только реселлер с делегированными правами администратора может быть { -support-contact(case: "ins") }.
