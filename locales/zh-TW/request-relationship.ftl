### Workflow "request-relationship": request a relationship with an indirect
### reseller and, once they accept, record the support agreement.

# Workflow title, in workflow lists and page titles.
request-title = 要求與轉售商建立關係
# One-line summary, in workflow lists.
request-description = 向間接轉售商要求建立關係，等候對方接受後，再記錄技術支援合約。

# Step "reseller": resellers without an established relationship.
request-reseller-prompt = 請選取要向其要求建立關係的轉售商。
# Caption of one reseller. $name - its name; $state - none or requested (not translated).
request-reseller-option = { $name }{ $state ->
        [requested] {"（已提出要求，等候對方接受）"}
       *[none] {""}
    }
# Shown when every reseller already has an established relationship; the run waits.
request-reseller-none = 所有轉售商都已建立關係。

# Step "privileges". $reseller-name - the chosen reseller.
request-privileges-prompt = 要向 { $reseller-name } 要求委派的系統管理員權限嗎？只有具備此權限的轉售商才能擔任{ -support-contact }。
# Option: request the relationship with delegated admin privileges.
request-privileges-yes = 是，包含委派的系統管理員權限
# Option: request the relationship without them.
request-privileges-no = 否，不含委派的系統管理員權限

# Step "await": the run waits until the reseller accepts. $reseller-name - the reseller.
request-await = 已向 { $reseller-name } 提出關係要求，正在等候對方接受。對方接受後，請繼續此執行。

# Step "agreement". $reseller-name - the reseller, who has accepted.
request-agreement-prompt = { $reseller-name } 已接受關係要求。要記錄處理技術支援所需的支援合約嗎？
# Option that records the agreement.
request-agreement-record = 記錄支援合約

# Shown when the workflow ends. $reseller-name - the reseller;
# $relationship-delegated-admin - true or false (not translated).
request-done = 已與 { $reseller-name } 建立關係，並已記錄支援合約。{ $relationship-delegated-admin ->
        [true] { $reseller-name } 現在可以擔任{ -support-contact }。
       *[false] 由於沒有委派的系統管理員權限，{ $reseller-name } 無法擔任{ -support-contact }。
    }

## How-to page (docflow docs render): each step as a guide says it.

request-howto-privileges = 選擇是否要求委派的系統管理員權限。
request-howto-await = 等候轉售商接受要求，然後繼續此執行。
request-howto-agreement = 轉售商接受後，記錄處理技術支援所需的支援合約。
request-howto-done = 關係已建立，且已記錄支援合約。
request-rule-delegated = 只有具備委派的系統管理員權限的轉售商，才能擔任{ -support-contact }。
