### Workflow "provide-technical-support": help a customer with a service,
### checking its health first, then resolve the issue or escalate it.

# Workflow title, in workflow lists and page titles.
support-title = Оказание технической поддержки клиенту
# One-line summary, in workflow lists.
support-description = Проверьте работоспособность служб клиента, а затем решите проблему в рамках базовой поддержки или передайте ее в Microsoft.

# Step "customer".
support-customer-prompt = Выберите клиента, которому нужна поддержка.
# Caption of one customer. $name - its name.
support-customer-option = { $name }

# Step "service": service management. $customer-name - the customer.
support-service-prompt = Управление службами клиента { $customer-name }: выберите службу для работы.
# Caption of one service. $name - its name; $status - healthy, degraded or outage (not translated);
# $active-incidents (number).
support-service-option = { $name } · { $status ->
        [healthy] в норме
        [degraded] снижение качества
       *[outage] сбой
    }{ $active-incidents ->
        [0] {""}
        [one] , { $active-incidents } активный инцидент
        [few] , { $active-incidents } активных инцидента
        [many] , { $active-incidents } активных инцидентов
       *[other] , { $active-incidents } активного инцидента
    }
# Shown when the customer has no services; the run waits. $customer-name - the customer.
support-service-none = У клиента { $customer-name } пока нет служб.

# Step "health": shown first, before anything else.
# $health-name - the service; $health-status - healthy, degraded or outage (not translated);
# $health-active-incidents (number); $health-incidents - ids and titles, separated by ";".
support-health = Работоспособность службы { $health-name }: { $health-status ->
        [healthy] в норме
        [degraded] снижение качества
       *[outage] сбой
    }. { $health-active-incidents ->
        [0] Активных инцидентов нет.
        [one] { $health-active-incidents } активный инцидент: { $health-incidents }.
        [few] { $health-active-incidents } активных инцидента: { $health-incidents }.
        [many] { $health-active-incidents } активных инцидентов: { $health-incidents }.
       *[other] { $health-active-incidents } активного инцидента: { $health-incidents }.
    }

# Step "action". $service-name - the service.
support-action-prompt = Как поступить с проблемой в службе { $service-name }?
# Option: the partner resolved it within its baseline support scope.
support-action-resolved = Проблема решена в рамках базовой поддержки
# Option: escalate it to Microsoft with a service request.
support-action-escalate = Передать в Microsoft через запрос на обслуживание

# Step "kind".
support-kind-prompt = К какому типу относится проблема?

# Step "entitlement": technical escalation needs a vehicle.
# $technical-count (number) - technical vehicles the partner is entitled to.
support-entitlement = { $technical-count ->
        [0] У вас нет канала технической поддержки: чтобы передавать технические проблемы в Microsoft, нужна программа Premier или Advanced Support for Partners либо компетенция Gold или Silver для Signature Cloud Support.
        [one] Вам доступен { $technical-count } канал технической поддержки.
        [few] Вам доступны { $technical-count } канала технической поддержки.
        [many] Вам доступно { $technical-count } каналов технической поддержки.
       *[other] Вам доступно { $technical-count } канала технической поддержки.
    }

# Step "no-vehicle": what is still possible without a technical vehicle.
support-no-vehicle-prompt = Передать техническую проблему в Microsoft нельзя. Что вы хотите сделать?
# Option: file it as a commercial issue instead.
support-no-vehicle-commercial = Передать как коммерческую проблему
# Option: stop without filing anything.
support-no-vehicle-cancel = Завершить, не создавая запрос

# Step "vehicle". $issue-id - commercial or technical (not translated).
support-vehicle-prompt = Выберите канал поддержки для этой { $issue-id ->
        [commercial] коммерческой
       *[technical] технической
    } проблемы.
# Caption of one vehicle. $id - premier, advanced, signature or commercial (not translated).
support-vehicle-option = { $id ->
        [premier] { vehicle-premier }
        [advanced] { vehicle-advanced }
        [signature] { vehicle-signature }
       *[commercial] { vehicle-commercial }
    }

# Step "describe": free text, 10 to 2000 characters.
support-describe-prompt = Опишите проблему для Microsoft: что происходит, с какого времени и что вы уже пробовали сделать.

# Step "file": confirm before filing. $customer-name, $service-name; $vehicle-id (not translated);
# $problem-text - the description typed.
support-file-prompt = Создать запрос на обслуживание по службе { $service-name } клиента { $customer-name }? Канал поддержки: { $vehicle-id ->
        [premier] { vehicle-premier }
        [advanced] { vehicle-advanced }
        [signature] { vehicle-signature }
       *[commercial] { vehicle-commercial }
    }. Описание: { $problem-text }

# Shown when the request is filed. $request-id - the service request number.
support-filed = Запрос на обслуживание { $request-id } создан. Сообщите этот номер клиенту и службе поддержки Microsoft.

# Step "resolution": free text, 10 to 2000 characters.
support-resolution-prompt = Опишите проблему и то, как вы ее решили.

# Step "record". $service-name - the service.
support-record-prompt = Сохранить это решение для службы { $service-name }?
# Option that records it.
support-record-save = Сохранить решение

# Shown when the resolution is recorded.
support-resolved = Готово. Решение сохранено.

# Shown when the agent stops without filing.
support-cancelled = Работа остановлена. Запрос на обслуживание не создан.

## How-to page (docflow docs render): each step as a guide says it.

support-howto-service = Откройте управление службами и выберите службу для работы. Для каждой службы показаны ее работоспособность и активные инциденты.
support-howto-health = Прежде всего проверьте работоспособность службы и ее активные инциденты.
support-howto-action = Определите, решена ли проблема в рамках базовой поддержки или ее нужно передать в Microsoft.
support-howto-entitlement = docflow показывает доступные вам каналы технической поддержки.
support-howto-vehicle = Выберите канал поддержки, через который нужно передать проблему.
support-howto-file = Проверьте данные и создайте запрос на обслуживание.
support-howto-filed = Запрос на обслуживание создан. Сообщите его номер клиенту и службе поддержки Microsoft.
support-howto-record = Сохраните решение.
support-rule-baseline = Решайте в рамках базовой поддержки все, что можете; передавайте в Microsoft только то, что решить не удается.
support-rule-commercial = Коммерческие проблемы всегда можно передать в Microsoft: коммерческая поддержка доступна всем партнерам.
support-rule-technical = Чтобы передавать технические проблемы, нужна программа Premier или Advanced Support for Partners либо Signature Cloud Support, которая предоставляется при наличии компетенции Gold или Silver.
