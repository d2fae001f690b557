### docflow: messages of the program itself (command output, errors, roles).
### Shared names are terms; use them so each name reads the same everywhere.

-indirect-provider = 間接提供者
-support-contact = 支援連絡人

## Partner Center roles, as the documentation names them.

# Role of an agent; shown in agent lists and refusals.
role-admin-agent = 系統管理員代理人
# Role of an agent; shown in agent lists and refusals.
role-global-admin = 全域管理員
# Role of an agent; shown in agent lists and refusals.
role-helpdesk-agent = 技術支援代理人
# Role of an agent; shown in agent lists and refusals.
role-sales-agent = 銷售代理人
# Role of an agent; shown in agent lists and refusals.
role-user-management-admin = 使用者管理系統管理員

## Words used inside other messages.

# Joins items of a list, e.g. the roles allowed to run a workflow.
list-separator = {"、"}
# A yes/no cell in a table.
value-yes = 是
# A yes/no cell in a table.
value-no = 否

## Actions offered as options in workflows.

# Option that applies the change, like the Submit button in Partner Center.
action-submit = 提交
# Option that goes back to the previous choice without changing anything.
action-back = 上一步
# Option that ends the review, like the Close button in Partner Center.
action-close = 關閉

## Issues and the vehicles that escalate them to Microsoft.

# Kind of issue escalated to Microsoft; also an option caption.
issue-kind-commercial = 商務問題（帳單、訂用帳戶、授權）
# Kind of issue escalated to Microsoft; also an option caption.
issue-kind-technical = 技術問題
# Support vehicles. The program names are brand names: keep them in English.
vehicle-commercial = 商務支援（所有 CSP 合作夥伴皆可使用）
vehicle-premier = Premier Support for Partners（付費）
vehicle-advanced = Advanced Support for Partners（付費）
vehicle-signature = Signature Cloud Support（具備 Gold 或 Silver 能力即可使用）
# Status of a service request, in `docflow requests`.
request-status-open = 未結案
request-status-closed = 已結案

## Run progress, printed after a run stops.

# $run (number) - the run id.
status-completed = 執行 #{ $run } 已完成。
# $run (number) - the run id; the command is literal, do not translate it.
status-waiting = 執行 #{ $run } 正在等候。請使用以下命令繼續：docflow resume { $run }
# Printed when an agent's role may not run a workflow.
status-refused = 未進行任何變更。
# Printed under a prompt in an interactive terminal.
hint-choose = ↑↓ 移動 · Enter 選擇 · Esc 停止（執行會進入等候，之後可以繼續）
# Shown when a choice has no options at all; the run waits.
run-nothing-to-choose = 這裡還沒有可選擇的項目。執行將會等候。
# $run (number) - the run id.
run-cancelled = 執行 #{ $run } 已取消。

## Run statuses, in run lists.

run-status-waiting = 等候中
run-status-completed = 已完成
run-status-cancelled = 已取消

# Heading of `docflow runs show`.
# $run (number), $workflow (workflow id), $version (number), $agent (agent id), $status (a run status, translated)
run-header = 執行 #{ $run }：{ $workflow } 版本 { $version }，代理人 { $agent }，{ $status }

## Event kinds, in `docflow runs show`.

event-started = 已開始
event-prompt = 已顯示提示
event-answer = 回答
event-rejected = 回答遭拒
event-effect = 已套用變更
event-advanced = 已進入下一個步驟
event-waiting = 等候中
event-condition-met = 條件已符合
event-info = 已顯示資訊
event-called = 子工作流程已開始
event-returned = 子工作流程已完成
event-completed = 已完成
event-cancelled = 已取消

## Relationship states, in `docflow relationships`.

relationship-state-none = 未建立
relationship-state-requested = 已要求
relationship-state-established = 已建立

# $name - the reseller's name.
relationship-accepted = { $name } 已接受關係要求，雙方的關係現已建立。

## `docflow init`

# $path - the database file.
init-done = 資料庫已就緒：{ $path }
# $path - the database file.
init-done-demo = 資料庫已就緒，並含有示範資料：{ $path }

# Heading of `docflow contacts`. $customer - the customer's name.
contacts-header = { $customer } 在產品支援頁面上看到的支援連絡人：

## `docflow l10n show`.

# $workflow - a workflow id; $step - a step id.
show-used-by-workflow = 用於 { $workflow } 的步驟 { $step }
# The message is formatted by the program, not by a workflow.
show-used-by-program = 由 docflow 本身使用
# In place of a translation the locale lacks.
show-missing = （缺少）
# In `docflow l10n show`, under a translation made from an English text that has changed since; that text follows.
show-made-from = 根據較早的英文原文翻譯：

## Table column headings.

# @same-as-en
column-id = ID
column-name = 名稱
column-role = 角色
column-locale = 語言
column-title = 標題
column-roles = 角色
column-run = 執行
column-workflow = 工作流程
column-agent = 代理人
column-status = 狀態
column-step = 步驟
column-updated = 更新時間
column-time = 時間
column-event = 事件
column-detail = 詳細資料
column-product = 產品
column-contact = 支援連絡人
column-subscription = 訂用帳戶
column-state = 狀態
column-delegated-admin = 委派的系統管理員權限
column-support-agreement = 支援合約
column-request = 服務要求
column-customer = 客戶
column-service = 服務
column-kind = 類型
column-vehicle = 支援管道
column-translated = 已翻譯
column-percent = %
column-words = 字數
column-errors = 錯誤
column-warnings = 警告

## Prefixes of diagnostics on the terminal. $text - the diagnostic itself.

# $text - the diagnostic itself.
cli-error = 錯誤：{ $text }
# $text - the diagnostic itself.
cli-warning = 警告：{ $text }

## Errors.

# $path - the database file.
error-no-database = 在 { $path } 找不到資料庫。請使用以下命令建立：docflow init --demo
# $path - the file that was given as the database.
error-not-a-database = { $path } 不是 docflow 資料庫。檔案未經任何變更。
# $path - the database file; $found and $supported (numbers) - schema versions.
error-database-too-new = { $path } 是由較新版本的 docflow 寫入（結構描述版本 { $found }，此版本最高只支援 { $supported }）。檔案未經任何變更；請更新 docflow 後再使用。
# $detail - the database engine's own message, in English.
error-database = 資料庫錯誤：{ $detail }
# $path - a file or directory; $detail - the system's message, in English.
error-io = 無法讀取 { $path }：{ $detail }
# $id - what the user typed.
error-unknown-workflow = 找不到工作流程「{ $id }」。請參閱：docflow workflows
# $id - what the user typed.
error-unknown-agent = 找不到代理人「{ $id }」。請參閱：docflow agents
# $id (number) - what the user typed.
error-unknown-run = 找不到執行 #{ $id }。請參閱：docflow runs
# $id - what the user typed.
error-unknown-customer = 找不到客戶「{ $id }」。
# $id - what the user typed.
error-unknown-reseller = 找不到轉售商「{ $id }」。請參閱：docflow relationships
# $id - a subscription id.
error-unknown-subscription = 找不到訂用帳戶「{ $id }」。
# $run (number); $status - completed or cancelled (not translated).
error-run-finished = 執行 #{ $run } { $status ->
        [completed] 已經完成
       *[cancelled] 已取消
    }，無法繼續。
# $run (number)
error-run-changed = 執行 #{ $run } 在此期間已被其他處理程序變更。未儲存任何內容；請繼續此執行以查看其目前狀態。
# $workflow - workflow id; $version (number).
error-definition-changed = 工作流程 { $workflow } 版本 { $version } 已變更，但已有執行在使用該版本。請為定義指定新的版本號碼。
# $count (number) - how many problems follow, one per line.
error-invalid-definitions = 工作流程定義有 { $count } 個問題：
# $tag - what was given to --locale.
error-invalid-locale = 「{ $tag }」不是語言標記。請使用 en、pt-BR、ru-RU、es-ES 或 zh-TW 之類的標記。
# $locale - what was given; $locales - the locales there are, comma-separated.
error-unknown-locale = 找不到語言「{ $locale }」。現有的語言：{ $locales }
# $locale - the reference locale's tag (en).
error-reference-locale = { $locale } 是翻譯所依據的英文原文；只有譯文才能標示為已審閱。
# $locale - a locale tag; $ids - message ids, comma-separated.
error-not-translated = { $locale } 沒有下列 en 訊息的譯文，因此沒有標示任何項目：{ $ids }
error-built-in-locales = 無法變更內建的語言檔案。請以 --locales（或 DOCFLOW_LOCALES）指定您正在編輯的語言目錄。
# $detail - what went wrong, in English, for the bug report (not translated).
error-bug = 這是 docflow 的程式錯誤，不是您的操作錯誤：{ $detail }。此步驟的內容均未儲存；執行仍停留在此步驟之前的位置。請連同此訊息回報問題。
# $reseller - the reseller's name.
error-relationship-exists = 與 { $reseller } 的關係已經建立。
# $reseller - the reseller's name.
error-no-pending-request = 目前沒有與 { $reseller } 之間待處理的關係要求。
# $id - a service id.
error-unknown-service = 此客戶沒有服務「{ $id }」。
# $vehicle - a vehicle id (premier, advanced, signature, commercial).
error-vehicle-not-entitled = 合作夥伴無權透過「{ $vehicle }」呈報問題。
# $reseller - the reseller's name.
error-no-relationship = 未與 { $reseller } 建立關係。
# $contact - a contact id.
error-ineligible-contact = 「{ $contact }」不能擔任支援連絡人：只有{ -indirect-provider }，或是已建立關係且具有委派的系統管理員權限的轉售商才能擔任。
# $value - the answer given.
error-not-an-option = 「{ $value }」不是可用的選項。
# $given - the step named in the answer; $expected - the step the run is at.
error-wrong-step = 此回答是針對步驟「{ $given }」，但執行目前位於步驟「{ $expected }」。
# $given - the step named in the answer.
error-unknown-step = 此工作流程沒有步驟「{ $given }」。
# Shown when a free-text answer is empty.
error-text-required = 這裡必須填寫回答。
# $min (number) - the fewest characters allowed.
error-text-too-short = 回答太短：請至少輸入 { $min } 個字元。
# $max (number) - the most characters allowed; $length (number) - how many were given.
error-text-too-long = 回答太長：共 { $length } 個字元，最多只能 { $max } 個。
# $id - what the user typed.
error-unknown-message = 所有語言中都沒有訊息「{ $id }」。
# $agent - the agent's name; $role - their role; $workflow - the workflow's title;
# $roles - the roles that may run it, joined with list-separator.
error-role-refused = { $agent }（{ $role }）無權執行「{ $workflow }」。只有下列角色可以執行：{ $roles }。

## Problems in workflow definitions. Each line is preceded by file:line:column: [step].

# $detail - the parser's message, in English.
definition-syntax = 格式無效：{ $detail }
# $id - the id written in the file; $expected - the file name it must match.
definition-id-mismatch = 識別碼「{ $id }」必須與檔案名稱「{ $expected }」相符
# $id - a workflow id.
definition-duplicate-workflow = 另一個檔案已定義工作流程「{ $id }」
definition-duplicate-step = 已有使用此識別碼的步驟
# $value - an option value.
definition-duplicate-option = 選項值「{ $value }」使用了兩次
# $target - the step named.
definition-unknown-step = 沒有步驟「{ $target }」
# $kind - what was written; $kinds - the kinds there are, as written in TOML (not translated).
definition-unknown-kind = 未知的步驟類型「{ $kind }」（請使用下列其中之一：{ $kinds }）
# $field - a field name.
definition-missing-field = 此處必須有欄位「{ $field }」
# $field - a field name.
definition-field-not-allowed = 此處不允許欄位「{ $field }」
# $op - an operation name; $kind - query or effect (not translated).
definition-unknown-operation = 沒有名為「{ $op }」的{ $kind ->
        [query] 查詢
       *[effect] 動作
    }
# $op - an operation; $arg - an argument name.
definition-missing-argument = 「{ $op }」需要引數「{ $arg }」
# $op - an operation; $arg - an argument name.
definition-unknown-argument = 「{ $op }」不接受引數「{ $arg }」
# $name - a variable name.
definition-unknown-variable = 沒有任何步驟設定變數「{ $name }」
# $id - a message id.
definition-unknown-message = locales/en 中沒有訊息「{ $id }」
# $role - what was written.
definition-unknown-role = 未知的角色「{ $role }」
definition-no-roles = 至少必須允許一個角色執行此工作流程
definition-unreachable = 從起點沒有任何路徑能到達此步驟
definition-no-way-out = 此步驟有未指向任何步驟的選項（請加入「next」）
definition-cannot-finish = 從此步驟沒有任何路徑能到達結束步驟
definition-no-default-branch = 在分支清單中，除了最後一個分支之外都必須有「when」，而最後一個分支不得有「when」
# $detail - the CEL parser's message, in English.
definition-bad-guard = 條件不是有效的 CEL：{ $detail }
# $id - a workflow id.
definition-unknown-workflow = 沒有可呼叫的工作流程「{ $id }」
# $workflow - the called workflow; $role - a role id.
definition-callee-refuses-role = 「{ $workflow }」不允許角色「{ $role }」，但此角色可以執行這個工作流程
definition-impossible-rules = 這些文字規則不接受任何回答（請檢查 min-length 與 max-length）

## `docflow l10n check`: findings about locale files.

# Severity words, before each finding.
l10n-severity-error = 錯誤
l10n-severity-warning = 警告
# Last line of the check. $errors and $warnings (numbers).
l10n-summary = { $errors } 個錯誤，{ $warnings } 個警告
# $detail - the parser's message, in English.
l10n-syntax = 無法讀取這個部分：{ $detail }
# $first - file:line of the first definition.
l10n-duplicate = 重複定義；以第一個定義（{ $first }）為準
l10n-missing-message = 缺少翻譯：會改為顯示英文
# $attribute - an attribute name.
l10n-missing-attribute = 缺少屬性 .{ $attribute }
# $attribute - an attribute name.
l10n-obsolete-attribute = en 中沒有屬性 .{ $attribute }
l10n-obsolete-message = en 中已沒有這則訊息：不會顯示在任何地方
# $variable - a variable name, without the $.
l10n-unknown-variable = 使用了 en 沒有使用的 ${ $variable }：程式不會提供這個變數
# $variable - a variable name, without the $.
l10n-dropped-variable = 省略了 en 有使用的 ${ $variable }
# $reference - a message or term id.
l10n-unknown-reference = 參照了這個語言沒有定義的 { $reference }
# $categories - CLDR plural categories, comma-separated (one, few, many…; not translated).
l10n-plural-missing = 數字選擇器缺少複數形式：{ $categories }
# $key - a variant key (not translated).
l10n-plural-unreachable = 在這個語言中永遠不會選到變體 [{ $key }]
l10n-empty = 訊息是空的
# $marker - the comment text that marks an intended English text (not translated).
l10n-untranslated = 文字與英文相同；如果是刻意的，請在上方加上註解 { $marker }
l10n-unknown-message = 有使用這則訊息，但 en 中沒有
# $variable - a variable name; $user - the workflow file (and line) or "src" (the program).
l10n-unpassed-variable = 使用了 ${ $variable }，但 { $user } 不會提供
l10n-unused = 沒有任何地方使用這則訊息
# $variable - a variable name, without the $.
l10n-undocumented-variable = 上方的註解沒有說明 ${ $variable } 的內容
# $locale - the translation's locale tag; $id - the message id (both part of a command to run, not translated).
l10n-stale-translation = 翻譯之後英文原文已變更；如有需要請更新譯文，再執行：docflow l10n reviewed { $locale } { $id }
# $locale - the translation's locale tag; $id - the message id (both part of a command to run, not translated).
l10n-unrecorded-translation = 沒有記錄這則譯文是根據哪段英文翻譯的；確認與 en 一致後，請執行：docflow l10n reviewed { $locale } { $id }
# $locale - the translation's locale tag (part of a command to run, not translated).
l10n-no-record = 沒有記錄這個語言的譯文是根據哪些英文翻譯的；確認譯文與 en 一致後，請執行：docflow l10n reviewed { $locale }
# $detail - the TOML reader's message, in English.
l10n-record-syntax = 無法讀取英文原文的記錄：{ $detail }
# Labels before the English text a translation was made from, and before today's, one above the other.
l10n-english-then = 先前的英文：
l10n-english-now = 目前的英文：
# After `docflow l10n reviewed`. $locale - a locale tag; $count (number) - how many translations were marked.
l10n-reviewed = { $locale }：已將 { $count } 則譯文標示為已依目前的英文審閱

## Problems found in locale files, reported as warnings.

# $file; $line and $column (numbers); $detail - the parser's message, in English.
warning-ftl-syntax = { $file }:{ $line }:{ $column }：無法讀取檔案的這個部分，已略過：{ $detail }
# $file; $detail - what was duplicated.
warning-ftl-duplicate = { $file }：{ $detail }
# $id - a message id; $locale - a language tag.
warning-message-missing = { $locale } 中缺少訊息「{ $id }」；改以英文顯示
# $id - a message id; $locale - a language tag; $detail - the formatter's message, in English.
warning-message-broken = { $locale } 中的訊息「{ $id }」有問題：{ $detail }
# $id - a message id.
warning-message-unknown = 所有語言中都沒有訊息「{ $id }」
# $requested - what was asked for (--locale, the agent's language or the environment); $used - the language shown instead.
warning-locale-unavailable = 沒有 { $requested } 的訊息；改用 { $used }
