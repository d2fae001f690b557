### Workflow "provide-technical-support": help a customer with a service,
### checking its health first, then resolve the issue or escalate it.

# Workflow title, in workflow lists and page titles.
support-title = 為客戶提供技術支援
# One-line summary, in workflow lists.
support-description = 檢查客戶的服務健康情況，然後在基本支援範圍內解決問題，或將問題呈報給 Microsoft。

# Step "customer".
support-customer-prompt = 請選取需要支援的客戶。
# Caption of one customer. $name - its name.
support-customer-option = { $name }

# Step "service": service management. $customer-name - the customer.
support-service-prompt = { $customer-name } 的服務管理：請選取要處理的服務。
# Caption of one service. $name - its name; $status - healthy, degraded or outage (not translated);
# $active-incidents (number).
support-service-option = { $name } · { $status ->
        [healthy] 狀況良好
        [degraded] 服務降級
       *[outage] 服務中斷
    }{ $active-incidents ->
        [0] {""}
       *[other] ，{ $active-incidents } 個作用中的事件
    }
# Shown when the customer has no services; the run waits. $customer-name - the customer.
support-service-none = { $customer-name } 還沒有任何服務。

# Step "health": shown first, before anything else.
# $health-name - the service; $health-status - healthy, degraded or outage (not translated);
# $health-active-incidents (number); $health-incidents - ids and titles, separated by ";".
support-health = { $health-name } 的服務健康情況：{ $health-status ->
        [healthy] 狀況良好
        [degraded] 服務降級
       *[outage] 服務中斷
    }。{ $health-active-incidents ->
        [0] 沒有作用中的事件。
       *[other] { $health-active-incidents } 個作用中的事件：{ $health-incidents }。
    }

# Step "action". $service-name - the service.
support-action-prompt = { $service-name } 的問題要如何處理？
# Option: the partner resolved it within its baseline support scope.
support-action-resolved = 已在基本支援範圍內解決
# Option: escalate it to Microsoft with a service request.
support-action-escalate = 透過服務要求呈報給 Microsoft

# Step "kind".
support-kind-prompt = 這是哪一類問題？

# Step "entitlement": technical escalation needs a vehicle.
# $technical-count (number) - technical vehicles the partner is entitled to.
support-entitlement = { $technical-count ->
        [0] 您沒有任何技術支援管道：呈報技術問題需要 Premier 或 Advanced Support for Partners，或是具備 Gold 或 Silver 能力以使用 Signature Cloud Support。
       *[other] 您有權使用 { $technical-count } 個技術支援管道。
    }

# Step "no-vehicle": what is still possible without a technical vehicle.
support-no-vehicle-prompt = 無法呈報技術問題。您要怎麼做？
# Option: file it as a commercial issue instead.
support-no-vehicle-commercial = 改以商務問題呈報
# Option: stop without filing anything.
support-no-vehicle-cancel = 停止，不提交任何要求

# Step "vehicle". $issue-id - commercial or technical (not translated).
support-vehicle-prompt = 請為這個{ $issue-id ->
        [commercial] 商務
       *[technical] 技術
    }問題選取支援管道。
# Caption of one vehicle. $id - premier, advanced, signature or commercial (not translated).
support-vehicle-option = { $id ->
        [premier] { vehicle-premier }
        [advanced] { vehicle-advanced }
        [signature] { vehicle-signature }
       *[commercial] { vehicle-commercial }
    }

# Step "describe": free text, 10 to 2000 characters.
support-describe-prompt = 請向 Microsoft 描述問題：發生了什麼情況、從何時開始，以及您已嘗試過哪些方法。

# Step "file": confirm before filing. $customer-name, $service-name; $vehicle-id (not translated);
# $problem-text - the description typed.
support-file-prompt = 要為 { $customer-name } 的 { $service-name } 提交服務要求嗎？支援管道：{ $vehicle-id ->
        [premier] { vehicle-premier }
        [advanced] { vehicle-advanced }
        [signature] { vehicle-signature }
       *[commercial] { vehicle-commercial }
    }。描述：{ $problem-text }

# Shown when the request is filed. $request-id - the service request number.
support-filed = 已提交服務要求 { $request-id }。請將此編號提供給客戶及 Microsoft 支援服務。

# Step "resolution": free text, 10 to 2000 characters.
support-resolution-prompt = 請描述問題以及您的解決方式。

# Step "record". $service-name - the service.
support-record-prompt = 要記錄 { $service-name } 的這項解決方式嗎？
# Option that records it.
support-record-save = 記錄解決方式

# Shown when the resolution is recorded.
support-resolved = 完成。已記錄解決方式。

# Shown when the agent stops without filing.
support-cancelled = 已停止。未提交任何要求。

## How-to page (docflow docs render): each step as a guide says it.

support-howto-service = 開啟服務管理，然後選取要處理的服務。每個服務都會顯示其健康情況與作用中的事件。
support-howto-health = 在進行任何其他操作之前，先檢查服務的健康情況與作用中的事件。
support-howto-action = 判斷問題是否已在基本支援範圍內解決，或是需要呈報給 Microsoft。
support-howto-entitlement = docflow 會顯示您有權使用的技術支援管道。
support-howto-vehicle = 選取要用來呈報問題的支援管道。
support-howto-file = 確認詳細資料，然後提交服務要求。
support-howto-filed = 已提交服務要求。請將其編號提供給客戶及 Microsoft 支援服務。
support-howto-record = 記錄解決方式。
support-rule-baseline = 能在基本支援範圍內解決的問題請自行解決；只有無法解決的問題才呈報給 Microsoft。
support-rule-commercial = 商務問題隨時都可以呈報：所有合作夥伴都能使用商務支援。
support-rule-technical = 技術問題需要 Premier 或 Advanced Support for Partners，或是 Signature Cloud Support（具備 Gold 或 Silver 能力即可使用）。
