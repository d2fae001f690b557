### docflow: messages of the program itself (command output, errors, roles).
### Shared names are terms; use them so each name reads the same everywhere.

# Terms have case forms: { -support-contact(case: "ins") }. Without case: the
# nominative. Every declined form of a term comes from here.
-indirect-provider = { $case ->
       *[nom] непрямой поставщик
        [gen] непрямого поставщика
        [dat] непрямому поставщику
        [acc] непрямого поставщика
        [ins] непрямым поставщиком
        [prep] непрямом поставщике
    }
-support-contact = { $case ->
       *[nom] контакт службы поддержки
        [gen] контакта службы поддержки
        [dat] контакту службы поддержки
        [acc] контакт службы поддержки
        [ins] контактом службы поддержки
        [prep] контакте службы поддержки
    }

## Partner Center roles, as the documentation names them.

# Role of an agent; shown in agent lists and refusals.
role-admin-agent = Агент администратора
# Role of an agent; shown in agent lists and refusals.
role-global-admin = Глобальный администратор
# Role of an agent; shown in agent lists and refusals.
role-helpdesk-agent = Агент службы поддержки
# Role of an agent; shown in agent lists and refusals.
role-sales-agent = Агент по продажам
# Role of an agent; shown in agent lists and refusals.
role-user-management-admin = Администратор управления пользователями

## Words used inside other messages.

# Joins items of a list, e.g. the roles allowed to run a workflow.
list-separator = {", "}
# A yes/no cell in a table.
value-yes = да
# A yes/no cell in a table.
value-no = нет

## Actions offered as options in workflows.

# Option that applies the change, like the Submit button in Partner Center.
action-submit = Отправить
# Option that goes back to the previous choice without changing anything.
action-back = Назад
# Option that ends the review, like the Close button in Partner Center.
action-close = Закрыть

## Issues and the vehicles that escalate them to Microsoft.

# Kind of issue escalated to Microsoft; also an option caption.
issue-kind-commercial = Коммерческая проблема (выставление счетов, подписки, лицензирование)
# Kind of issue escalated to Microsoft; also an option caption.
issue-kind-technical = Техническая проблема
# Support vehicles. The program names are brand names: keep them in English.
vehicle-commercial = Коммерческая поддержка (для всех партнеров CSP)
vehicle-premier = Premier Support for Partners (платная)
vehicle-advanced = Advanced Support for Partners (платная)
vehicle-signature = Signature Cloud Support (предоставляется при наличии компетенции Gold или Silver)
# Status of a service request, in `docflow requests`.
request-status-open = открыт
request-status-closed = закрыт

## Run progress, printed after a run stops.

# $run (number) - the run id.
status-completed = Запуск { $run } завершен.
# $run (number) - the run id; the command is literal, do not translate it.
status-waiting = Запуск { $run } ожидает. Чтобы продолжить его, выполните: docflow resume { $run }
# Printed when an agent's role may not run a workflow.
status-refused = Ничего не изменено.
# Printed under a prompt in an interactive terminal.
hint-choose = ↑↓ перемещение · Enter выбор · Esc остановка (запуск будет ожидать, его можно продолжить позже)
# Shown when a choice has no options at all; the run waits.
run-nothing-to-choose = Здесь пока не из чего выбирать. Запуск будет ожидать.
# $run (number) - the run id.
run-cancelled = Запуск { $run } отменен.

## Run statuses, in run lists.

run-status-waiting = ожидает
run-status-completed = завершен
run-status-cancelled = отменен

# Heading of `docflow runs show`.
# $run (number), $workflow (workflow id), $version (number), $agent (agent id), $status (a run status, translated)
run-header = Запуск { $run }: { $workflow }, версия { $version }, агент { $agent }, { $status }

## Event kinds, in `docflow runs show`.

event-started = запуск начат
event-prompt = показан вопрос
event-answer = ответ
event-rejected = ответ отклонен
event-effect = изменение применено
event-advanced = следующий шаг
event-waiting = ожидание
event-condition-met = условие выполнено
event-info = показаны сведения
event-called = вложенный процесс запущен
event-returned = вложенный процесс завершен
event-completed = завершен
event-cancelled = отменен

## Relationship states, in `docflow relationships`.

relationship-state-none = нет отношений
relationship-state-requested = запрошены
relationship-state-established = установлены

# $name - the reseller's name.
relationship-accepted = Реселлер { $name } принял запрос на установление отношений. Теперь отношения установлены.

## `docflow init`

# $path - the database file.
init-done = База данных готова: { $path }
# $path - the database file.
init-done-demo = База данных с демонстрационными данными готова: { $path }

# Heading of `docflow contacts`. $customer - the customer's name.
contacts-header = Контакты службы поддержки, которые { $customer } видит на страницах поддержки продуктов:

## `docflow l10n show`.

# $workflow - a workflow id; $step - a step id.
show-used-by-workflow = Используется в { $workflow }, шаг { $step }
# The message is formatted by the program, not by a workflow.
show-used-by-program = Используется самим docflow
# In place of a translation the locale lacks.
show-missing = (отсутствует)
# In `docflow l10n show`, under a translation made from an English text that has changed since; that text follows.
show-made-from = переведено с прежнего английского текста:

## Table column headings.

# @same-as-en
column-id = ID
column-name = Имя
column-role = Роль
column-locale = Язык
column-title = Название
column-roles = Роли
column-run = Запуск
column-workflow = Процесс
column-agent = Агент
column-status = Статус
column-step = Шаг
column-updated = Обновлено
column-time = Время
column-event = Событие
column-detail = Сведения
column-product = Продукт
column-contact = Контакт поддержки
column-subscription = Подписка
column-state = Состояние
column-delegated-admin = Делегированные права
column-support-agreement = Соглашение о поддержке
column-request = Запрос
column-customer = Клиент
column-service = Служба
column-kind = Тип
column-vehicle = Канал поддержки
column-translated = Переведено
column-percent = %
column-words = Слова
column-errors = Ошибки
column-warnings = Предупреждения

## Prefixes of diagnostics on the terminal. $text - the diagnostic itself.

# $text - the diagnostic itself.
cli-error = ошибка: { $text }
# $text - the diagnostic itself.
cli-warning = предупреждение: { $text }

## Errors.

# $path - the database file.
error-no-database = По пути { $path } нет базы данных. Создайте ее командой: docflow init --demo
# $path - the file that was given as the database.
error-not-a-database = { $path } не является базой данных docflow. Файл не изменен.
# $path - the database file; $found and $supported (numbers) - schema versions.
error-database-too-new = Файл { $path } записан более новой версией docflow (версия схемы { $found }, а эта версия поддерживает схемы до { $supported }). Файл не изменен; чтобы работать с ним, обновите docflow.
# $detail - the database engine's own message, in English.
error-database = Ошибка базы данных: { $detail }
# $path - a file or directory; $detail - the system's message, in English.
error-io = Не удается прочитать { $path }: { $detail }
# $id - what the user typed.
error-unknown-workflow = Рабочий процесс «{ $id }» не найден. Список: docflow workflows
# $id - what the user typed.
error-unknown-agent = Агент «{ $id }» не найден. Список: docflow agents
# $id (number) - what the user typed.
error-unknown-run = Запуск { $id } не найден. Список: docflow runs
# $id - what the user typed.
error-unknown-customer = Клиент «{ $id }» не найден.
# $id - what the user typed.
error-unknown-reseller = Реселлер «{ $id }» не найден. Список: docflow relationships
# $id - a subscription id.
error-unknown-subscription = Подписка «{ $id }» не найдена.
# $run (number); $status - completed or cancelled (not translated).
error-run-finished = Запуск { $run } { $status ->
        [completed] уже завершен
       *[cancelled] отменен
    } и не может быть продолжен.
# $run (number)
error-run-changed = Запуск { $run } тем временем был изменен другим процессом. Ничего не сохранено; продолжите запуск, чтобы увидеть его текущее состояние.
# $workflow - workflow id; $version (number).
error-definition-changed = Рабочий процесс { $workflow } версии { $version } изменен, но по этой версии уже есть запуски. Присвойте определению новый номер версии.
# $count (number) - how many problems follow, one per line.
error-invalid-definitions = { $count ->
        [one] В определениях рабочих процессов найдена { $count } ошибка:
        [few] В определениях рабочих процессов найдены { $count } ошибки:
        [many] В определениях рабочих процессов найдено { $count } ошибок:
       *[other] В определениях рабочих процессов найдено { $count } ошибки:
    }
# $tag - what was given to --locale.
error-invalid-locale = «{ $tag }» не является языковым тегом. Укажите тег, например en, pt-BR, ru-RU, es-ES или zh-TW.
# $locale - what was given; $locales - the locales there are, comma-separated.
error-unknown-locale = Языка «{ $locale }» нет. Доступные языки: { $locales }
# $locale - the reference locale's tag (en).
error-reference-locale = { $locale } — английский оригинал, с которого делаются переводы; отметить как проверенный можно только перевод.
# $locale - a locale tag; $ids - message ids, comma-separated.
error-not-translated = В { $locale } нет перевода этих сообщений из en, поэтому ничего не отмечено как проверенное: { $ids }
error-built-in-locales = Встроенные файлы локализации изменить нельзя. Укажите в --locales (или DOCFLOW_LOCALES) каталог локализации, который вы редактируете.
# $detail - what went wrong, in English, for the bug report (not translated).
error-bug = Это ошибка в docflow, а не ваша: { $detail }. Ничего из этого шага не сохранено; запуск остался там, где был до него. Сообщите об ошибке, приложив это сообщение.
# $reseller - the reseller's name.
error-relationship-exists = Отношения с реселлером { $reseller } уже установлены.
# $reseller - the reseller's name.
error-no-pending-request = Нет ожидающего запроса на установление отношений с реселлером { $reseller }.
# $id - a service id.
error-unknown-service = У этого клиента нет службы «{ $id }».
# $vehicle - a vehicle id (premier, advanced, signature, commercial).
error-vehicle-not-entitled = У партнера нет права передавать проблемы в Microsoft через «{ $vehicle }».
# $reseller - the reseller's name.
error-no-relationship = Нет отношений с реселлером { $reseller }.
# $contact - a contact id.
error-ineligible-contact = «{ $contact }» не может быть { -support-contact(case: "ins") }: им может быть только { -indirect-provider } или реселлер, с которым установлены отношения и у которого есть делегированные права администратора.
# $value - the answer given.
error-not-an-option = Варианта «{ $value }» нет среди предложенных.
# $given - the step named in the answer; $expected - the step the run is at.
error-wrong-step = Этот ответ относится к шагу «{ $given }», а запуск находится на шаге «{ $expected }».
# $given - the step named in the answer.
error-unknown-step = В этом рабочем процессе нет шага «{ $given }».
# Shown when a free-text answer is empty.
error-text-required = Здесь нужен ответ.
# $min (number) - the fewest characters allowed.
error-text-too-short = Ответ слишком короткий: введите не менее { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    }.
# $max (number) - the most characters allowed; $length (number) - how many were given.
error-text-too-long = Ответ слишком длинный: { $length ->
        [one] { $length } символ
        [few] { $length } символа
        [many] { $length } символов
       *[other] { $length } символа
    }, допустимо не более { $max }.
# $id - what the user typed.
error-unknown-message = Сообщения «{ $id }» нет ни в одном языке.
# $agent - the agent's name; $role - their role; $workflow - the workflow's title;
# $roles - the roles that may run it, joined with list-separator.
error-role-refused = { $agent } ({ $role }) не может запускать процесс «{ $workflow }». Это разрешено только ролям: { $roles }.

## Problems in workflow definitions. Each line is preceded by file:line:column: [step].

# $detail - the parser's message, in English.
definition-syntax = ошибка разбора: { $detail }
# $id - the id written in the file; $expected - the file name it must match.
definition-id-mismatch = идентификатор «{ $id }» должен совпадать с именем файла «{ $expected }»
# $id - a workflow id.
definition-duplicate-workflow = рабочий процесс «{ $id }» уже определен в другом файле
definition-duplicate-step = шаг с таким идентификатором уже существует
# $value - an option value.
definition-duplicate-option = значение варианта «{ $value }» используется дважды
# $target - the step named.
definition-unknown-step = шага «{ $target }» не существует
# $kind - what was written; $kinds - the kinds there are, as written in TOML (not translated).
definition-unknown-kind = неизвестный тип шага «{ $kind }» (допустимы: { $kinds })
# $field - a field name.
definition-missing-field = здесь обязательно поле «{ $field }»
# $field - a field name.
definition-field-not-allowed = поле «{ $field }» здесь недопустимо
# $op - an operation name; $kind - query or effect (not translated).
definition-unknown-operation = нет { $kind ->
        [query] запроса
       *[effect] действия
    } с именем «{ $op }»
# $op - an operation; $arg - an argument name.
definition-missing-argument = для «{ $op }» нужен аргумент «{ $arg }»
# $op - an operation; $arg - an argument name.
definition-unknown-argument = «{ $op }» не принимает аргумент «{ $arg }»
# $name - a variable name.
definition-unknown-variable = ни один шаг не задает переменную «{ $name }»
# $id - a message id.
definition-unknown-message = сообщения «{ $id }» нет в locales/en
# $role - what was written.
definition-unknown-role = неизвестная роль «{ $role }»
definition-no-roles = запуск рабочего процесса должен быть разрешен хотя бы одной роли
definition-unreachable = этот шаг недостижим из начального шага
definition-no-way-out = у этого шага есть варианты, которые никуда не ведут (добавьте «next»)
definition-cannot-finish = из этого шага нет пути к конечному шагу
definition-no-default-branch = в списке ветвей условие «when» должно быть у каждой ветви, кроме последней, а у последней его быть не должно
# $detail - the CEL parser's message, in English.
definition-bad-guard = условие не является допустимым выражением CEL: { $detail }
# $id - a workflow id.
definition-unknown-workflow = вызываемого рабочего процесса «{ $id }» не существует
# $workflow - the called workflow; $role - a role id.
definition-callee-refuses-role = процесс «{ $workflow }» не допускает роль «{ $role }», хотя ей разрешено запускать этот рабочий процесс
definition-impossible-rules = эти правила для текста не допускают ни одного ответа (проверьте min-length и max-length)

## `docflow l10n check`: findings about locale files.

# Severity words, before each finding.
l10n-severity-error = ошибка
l10n-severity-warning = предупреждение
# Last line of the check. $errors and $warnings (numbers).
l10n-summary = { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
        [many] { $errors } ошибок
       *[other] { $errors } ошибки
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    }
# $detail - the parser's message, in English.
l10n-syntax = не удается прочитать этот фрагмент: { $detail }
# $first - file:line of the first definition.
l10n-duplicate = определено дважды; действует первое определение ({ $first })
l10n-missing-message = отсутствует: вместо перевода показывается английский текст
# $attribute - an attribute name.
l10n-missing-attribute = нет атрибута .{ $attribute }
# $attribute - an attribute name.
l10n-obsolete-attribute = атрибута .{ $attribute } нет в en
l10n-obsolete-message = этого сообщения больше нет в en: оно нигде не показывается
# $variable - a variable name, without the $.
l10n-unknown-variable = использует переменную ${ $variable }, которой нет в en: программа ее не передает
# $variable - a variable name, without the $.
l10n-dropped-variable = не использует переменную ${ $variable }, хотя en ее использует
# $reference - a message or term id.
l10n-unknown-reference = ссылается на { $reference }, которого нет в этом языке
# $categories - CLDR plural categories, comma-separated (one, few, many…; not translated).
l10n-plural-missing = в селекторе по числу не хватает вариантов для категорий: { $categories }
# $key - a variant key (not translated).
l10n-plural-unreachable = вариант [{ $key }] в этом языке никогда не будет выбран
l10n-empty = сообщение пустое
# $marker - the comment text that marks an intended English text (not translated).
l10n-untranslated = текст совпадает с английским; если так и задумано, добавьте над ним комментарий { $marker }
l10n-unknown-message = используется, но отсутствует в en
# $variable - a variable name; $user - the workflow file (and line) or "src" (the program).
l10n-unpassed-variable = использует переменную ${ $variable }, но { $user } ее не передает
l10n-unused = это сообщение нигде не используется
# $variable - a variable name, without the $.
l10n-undocumented-variable = в комментарии над сообщением не сказано, что содержит переменная ${ $variable }
# $locale - the translation's locale tag; $id - the message id (both part of a command to run, not translated).
l10n-stale-translation = английский текст изменился после перевода; при необходимости обновите перевод, затем выполните: docflow l10n reviewed { $locale } { $id }
# $locale - the translation's locale tag; $id - the message id (both part of a command to run, not translated).
l10n-unrecorded-translation = не записано, с какого английского текста сделан этот перевод; когда он будет соответствовать en, выполните: docflow l10n reviewed { $locale } { $id }
# $locale - the translation's locale tag (part of a command to run, not translated).
l10n-no-record = не записано, с каких английских текстов сделаны переводы этого языка; когда они будут соответствовать en, выполните: docflow l10n reviewed { $locale }
# $detail - the TOML reader's message, in English.
l10n-record-syntax = не удается прочитать запись исходных английских текстов: { $detail }
# Labels before the English text a translation was made from, and before today's, one above the other.
l10n-english-then = Прежний английский текст:
l10n-english-now = Текущий английский текст:
# After `docflow l10n reviewed`. $locale - a locale tag; $count (number) - how many translations were marked.
l10n-reviewed = { $locale }: переводов, сверенных с текущим английским текстом: { $count }

## Problems found in locale files, reported as warnings.

# $file; $line and $column (numbers); $detail - the parser's message, in English.
warning-ftl-syntax = { $file }:{ $line }:{ $column }: не удалось прочитать эту часть файла, она пропущена: { $detail }
# $file; $detail - what was duplicated.
warning-ftl-duplicate = { $file }: { $detail }
# $id - a message id; $locale - a language tag.
warning-message-missing = сообщения «{ $id }» нет для языка { $locale }; выводится английский вариант
# $id - a message id; $locale - a language tag; $detail - the formatter's message, in English.
warning-message-broken = в сообщении «{ $id }» для языка { $locale } есть ошибка: { $detail }
# $id - a message id.
warning-message-unknown = сообщения «{ $id }» нет ни для одного языка
# $requested - what was asked for (--locale, the agent's language or the environment); $used - the language shown instead.
warning-locale-unavailable = нет сообщений для языка { $requested }; используется { $used }
