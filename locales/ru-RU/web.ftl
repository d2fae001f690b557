### docflow serve: the web pages agents work in, and the server's own messages.

## Every page.

# The product's name, in the title bar and the page header; keep it as is.
# @same-as-en
web-app-name = docflow
web-separator = {" · "}
# Link to the home page.
web-nav-home = Главная
# Link to the page where a stand-in accepts relationship requests for resellers.
web-nav-relationships = Запросы к реселлерам
# Link to the how-to pages.
web-nav-docs = Практические руководства
# Button that ends the sign-in session.
web-sign-out = Выйти
# $agent (name), $role (a role, translated)
web-signed-in-as = { $agent }, { $role }
# Label of the list of languages on every page.
web-language = Язык
# Button that saves the chosen language.
web-language-save = Сменить язык
# Link for keyboard users that skips the header.
web-skip-to-content = Перейти к содержимому

## Sign in.

web-sign-in-title = Вход
web-sign-in-agent = Идентификатор агента
web-sign-in-password = Пароль
web-sign-in-submit = Войти
# After a wrong agent ID or password; it must not say which of the two was wrong.
web-sign-in-failed = Неверный идентификатор агента или пароль.
web-sign-in-throttled = Слишком много неудачных попыток входа для этого агента. Подождите несколько минут и повторите попытку.

## Home.

web-home-title = Ваши задачи
web-home-start-heading = Запустить процедуру
web-home-start = Запустить
web-home-inbox-heading = Ожидают ваших действий
web-home-inbox-empty = Сейчас ничто не ожидает ваших действий.
web-home-recent-heading = Недавно завершенные
web-home-recent-empty = Завершенных запусков пока нет.
# $run (number) - the run id; $workflow (a workflow title, translated)
web-run-link = Запуск { $run }: { $workflow }
# $agent (agent id): who started a run, in lists a Global admin sees.
web-run-started-by = инициатор: { $agent }

## A run.

# $run (number) - the run id; $workflow (a workflow title, translated)
web-run-title = Запуск { $run }: { $workflow }
# Button under a step's form.
web-run-continue = Продолжить
# Label of the box that narrows a long list of options.
web-run-filter = Фильтр вариантов
# Under a free-text box: $min and $max (numbers) are lengths in characters.
web-text-rules = { $min ->
        [0] Не более
        [one] От { $min } до
        [few] От { $min } до
        [many] От { $min } до
       *[other] От { $min } до
    } { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
# Heading over what a waiting run waits for.
web-run-waits-heading = Этот запуск ожидает
# Button that checks whether what the run waits for has happened.
web-run-check-again = Проверить снова
# Shown when the run can go on without an answer.
web-run-moves = Запуск может продолжаться.
web-run-completed = Этот запуск завершен.
web-run-cancelled = Этот запуск отменен.
web-run-cancel = Отменить этот запуск
web-run-history-heading = История
# Link from a step to the how-to page's section for it.
web-run-howto = Руководство по этому шагу
# After a second Submit of the same step (a double click, another tab, Back).
web-run-stale = На этот шаг уже был дан ответ. Ниже показано текущее состояние запуска.

## The stand-in for resellers.

web-relationships-title = Запросы на установление отношений
# Explains that this page stands in for the reseller's side, for the demo.
web-relationships-stand-in = Имитация: в Центре партнеров реселлер принимает запрос в собственной учетной записи. Здесь вы делаете это за него.
web-relationships-none = Нет запросов, ожидающих ответа реселлера.
# $name (a reseller's name)
web-relationships-accept = Принять от имени реселлера { $name }

## Failures, with their HTTP status.

web-error-title = Не удалось открыть страницу
# 401: the request carried no valid sign-in or token.
error-sign-in-needed = Сначала выполните вход.
# 403: a form without its security token, or with an old one.
error-csrf = Срок действия формы истек. Обновите страницу и повторите попытку.
# 403. $run (number) - the run id.
error-run-not-yours = Запуск { $run } принадлежит другому агенту. Просматривать его могут только этот агент или глобальный администратор.
# 403: the stand-in page is for those who act for the partner as a whole.
error-stand-in-role = Принимать запросы от имени реселлера могут только агент администратора или глобальный администратор.
# 404
error-page-not-found = Такой страницы нет.
# 400: the request's body or query is not what the API expects.
error-bad-request = Формат запроса не соответствует ожидаемому для этого адреса. Поля каждого запроса перечислены в файле README.
# 500: the client learns only that the server failed; the detail is in the server's log.
error-internal = Сервер не смог ответить; сведения о сбое записаны в его журнал. Обновите страницу, чтобы увидеть, что сохранено.
error-bug-server = Это ошибка в docflow, а не ваша. Ничего из этого шага не сохранено; запуск остался там, где был до него. Подробности записаны в журнал сервера: сообщите об ошибке.

## Agents' credentials, in the command line.

# $agent (agent id)
agents-password-prompt = Новый пароль для агента { $agent }
agents-password-confirm = Тот же пароль еще раз
agents-password-mismatch = Пароли не совпадают. Введите их еще раз.
# $agent (agent id)
agents-password-set = Теперь агент { $agent } может входить с этим паролем.
# $min (number)
error-password-too-short = Пароль должен содержать не менее { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    }.
# $agent (agent id). The token follows on the next line.
agents-token-created = Новый API-токен для агента { $agent }. Он показывается только один раз; храните его в секрете:
# $agent (agent id), $count (number)
agents-tokens-revoked = { $count ->
        [0] У агента { $agent } не было действующих токенов.
        [one] Отозван { $count } токен агента { $agent }.
        [few] Отозвано { $count } токена агента { $agent }.
        [many] Отозвано { $count } токенов агента { $agent }.
       *[other] Отозвано { $count } токена агента { $agent }.
    }

## docflow serve, at start.

# $name (what was given for --auth-proxy-header)
error-header-name = «{ $name }» не может быть именем HTTP-заголовка.
error-listen = Не удается принимать подключения на { $address }: { $detail }

# $url (an address)
serve-listening = docflow доступен по адресу { $url }
# $agent (agent id), $password (the demo password): how to sign in to the demo.
serve-demo-sign-in = Войдите как { $agent } (или как любой агент из `docflow agents`) с паролем { $password }
# After the lines above.
serve-stop = Чтобы остановить сервер, нажмите Ctrl+C.

## Moving a database: docflow db copy.

db-copied = { $rows ->
    [one] Скопирована { $rows } строка из таблиц ({ $tables }) в { $path }; в каждой таблице столько же строк, сколько было.
    [few] Скопированы { $rows } строки из таблиц ({ $tables }) в { $path }; в каждой таблице столько же строк, сколько было.
    [many] Скопировано { $rows } строк из таблиц ({ $tables }) в { $path }; в каждой таблице столько же строк, сколько было.
   *[other] Скопировано { $rows } строки из таблиц ({ $tables }) в { $path }; в каждой таблице столько же строк, сколько было.
}
error-copy-target-not-empty = { $path } уже содержит данные. docflow копирует только в пустую базу данных; ничего не записано.
error-copy-counts = В таблице { $table } было строк: { $from }, а скопировано: { $to }. Копирование отменено; ничего не записано.
