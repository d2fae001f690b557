## The command line: `docflow --help`, each command's help and the manual
## page (`docflow man`), and the usage errors. Ids follow the commands:
## cli-<command> describes a command (cli-runs-show is `docflow runs show`),
## cli-<command>--<option> one of its options or arguments. Command and
## option names themselves (run, --agent) are not translated.

cli-docflow = Пошаговые локализованные рабочие процессы по документации продуктов, с хранением данных в SQLite или PostgreSQL
cli-docflow--db = Файл базы данных SQLite или URL-адрес PostgreSQL (postgres://…).
cli-docflow--locale = Язык сообщений (например, pt-BR, ru-RU, es-ES, zh-TW, en); повторите параметр, чтобы указать резервные языки по порядку. Для docs render — языки страниц.
cli-docflow--locales = Читать языковые файлы из этого каталога вместо встроенных.
cli-docflow--workflows = Читать определения рабочих процессов из этого каталога вместо встроенных.
cli-docflow--json = Выводить JSON вместо текста.
cli-docflow--durability = Насколько надежно сохраняется шаг: normal — шаг не теряется при сбое docflow; full — не теряется и при отключении питания, но на каждом шаге ожидает записи на диск.
cli-init = Создать базу данных или обновить ее структуру.
cli-init--demo = Также загрузить демонстрационные данные.
cli-demo = Пошаговое назначение контакта службы поддержки на демонстрационной базе данных (создается, если ее нет).
cli-demo--agent = Агент, выполняющий запуск.
cli-agents = Показать список агентов или настроить способ входа агента в docflow serve.
cli-agents-set-password = Задать пароль агента (если стандартный ввод не является терминалом, пароль читается из него).
cli-agents-set-password--agent = Идентификатор агента.
cli-agents-token = Создать и вывести новый API-токен для агента.
cli-agents-token--agent = Идентификатор агента.
cli-agents-revoke-tokens = Отозвать все API-токены агента.
cli-agents-revoke-tokens--agent = Идентификатор агента.
cli-workflows = Показать список рабочих процессов.
cli-run = Запустить рабочий процесс.
cli-run--workflow = Рабочий процесс, который нужно запустить.
cli-run--agent = Агент, выполняющий запуск.
cli-run--answers = Заранее ответить на шаг; повторяйте в порядке шагов.
cli-resume = Продолжить ожидающий запуск.
cli-resume--run = Номер запуска.
cli-resume--answers = Заранее ответить на шаг; повторяйте в порядке шагов.
cli-runs = Показать список запусков или историю одного запуска.
cli-runs-show = Один запуск с полной историей.
cli-runs-show--run = Номер запуска.
cli-cancel = Отменить ожидающий запуск.
cli-cancel--run = Номер запуска.
cli-contacts = Показать все подписки клиента с их контактами службы поддержки.
cli-contacts--customer = Идентификатор клиента.
cli-requests = Показать список запросов на обслуживание, отправленных в Microsoft.
cli-preview = Все тексты рабочего процесса на одном языке, с примерами значений, без базы данных.
cli-preview--workflow = Рабочий процесс для просмотра.
cli-l10n = Инструменты для переводчиков.
cli-l10n-check = Сравнить каждый язык с en, а рабочие процессы — с сообщениями.
cli-l10n-check--strict = Считать предупреждения ошибками.
cli-l10n-stats = Готовность каждого языка: переведенные сообщения, слова, проблемы.
cli-l10n-show = Одно сообщение на всех языках, с комментарием и местами использования.
cli-l10n-show--id = Идентификатор сообщения.
cli-l10n-reviewed = Записать, что переводы сверены с текущим английским текстом, чтобы l10n check больше не считал их устаревшими.
cli-l10n-reviewed--translation = Язык, переводы которого проверены (например, ru-RU).
cli-l10n-reviewed--ids = Идентификаторы проверенных сообщений; если они не указаны — все сообщения языка.
cli-relationships = Показать список отношений с реселлерами или выполнить действие с одним из них.
cli-relationships-accept = Принять запрос на установление отношений от имени реселлера.
cli-relationships-accept--reseller = Идентификатор реселлера.
cli-docs = Документация: импорт локализованных статей, сравнение их оригиналов, создание практических руководств.
cli-docs-import = Прочитать статьи (переводы в двуязычном формате или английский оригинал в обычном Markdown) и показать их содержание.
cli-docs-import--files = Файлы статей.
cli-docs-import--draft = Также записать в этот каталог черновик рабочего процесса и черновики файлов .ftl.
cli-docs-drift = Сравнить английские оригиналы, по которым сделаны переводы, и сверить рабочие процессы, ссылающиеся на каждую статью, с последней версией ее оригинала.
cli-docs-drift--files = Файлы статей.
cli-docs-drift--segments = Также перечислить английские предложения, изменившиеся между версиями.
cli-docs-drift--deny_stale = Завершиться с кодом 1, если перевод устарел или рабочий процесс больше не соответствует своей статье (для CI авторов документации).
cli-docs-render = Создать локализованные практические руководства для всех рабочих процессов.
cli-docs-render--out = Каталог, в который записываются страницы.
cli-docs-render--format = Формат страниц.
cli-graph = Вывести конечный автомат рабочего процесса.
cli-graph--workflow = Рабочий процесс, схему которого нужно построить.
cli-graph--format = Формат диаграммы.
cli-completions = Вывести скрипт автодополнения для командной оболочки (например, docflow completions bash > ~/.local/share/bash-completion/completions/docflow).
cli-completions--shell = Командная оболочка.
cli-man = Вывести страницу руководства в формате roff (например, docflow man > docflow.1).
cli-db = Инструменты для работы с базой данных.
cli-db-copy = Скопировать все строки базы данных, включая запуски и их историю, в пустую базу данных и сверить количество строк.
cli-db-copy--from = Копируемая база данных: файл SQLite или URL-адрес PostgreSQL.
cli-db-copy--to = Пустая база данных, в которую выполняется копирование: URL-адрес PostgreSQL или файл SQLite.

## Parts of every help page.
cli-help = Показать справку.
cli-version = Показать версию.
cli-usage = Использование: { $usage }
cli-commands = Команды:
cli-arguments = Аргументы:
cli-options = Параметры:
# $value - its default value (not translated).
cli-help-with-note = { $help } { $note }
cli-default = (по умолчанию: { $value })
# $name - the environment variable that can set it.
cli-env = (или переменная среды { $name })
# $values - the possible values (not translated), joined by list-separator.
cli-values = (допустимые значения: { $values })

cli-serve = Предоставлять веб-страницы и JSON API агентам, выполнившим вход.
cli-serve--listen = Адрес, на котором сервер принимает подключения.
cli-serve--demo = Если базы данных нет, создать ее с демонстрационными данными и паролями.
cli-serve--auth_proxy_header = Определять агента по этому заголовку запроса, который задает прокси-сервер аутентификации.
cli-serve--secure_cookies = Помечать файлы cookie как Secure, чтобы браузеры отправляли их только по HTTPS (за прокси-сервером TLS).
cli-mcp = Предоставлять рабочие процессы ИИ-помощнику в виде инструментов Model Context Protocol через стандартные ввод и вывод.
cli-mcp--agent = Агент, от имени которого действует помощник; его роль определяет, что помощник может запускать.

## Usage errors (exit status 2), shown after "error: ".
# $arg - what was typed.
cli-error-unknown-argument = непредусмотренный аргумент «{ $arg }»
# $command - what was typed.
cli-error-unknown-command = команды «{ $command }» не существует
# $value - what was typed; $arg - the option or argument it was given for.
cli-error-invalid-value = «{ $value }» — недопустимое значение для { $arg }
# $args - the missing options or arguments.
cli-error-missing-argument = нужно указать { $args }
cli-error-missing-command = нужно указать команду
# $detail - the argument parser's own message, in English.
cli-error-other = недопустимая командная строка: { $detail }
# $suggestion - a command or option that exists.
cli-error-suggestion = возможно, имелось в виду «{ $suggestion }»?
cli-more-information = Подробнее: добавьте --help.
