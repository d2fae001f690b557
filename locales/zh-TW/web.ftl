### docflow serve: the web pages agents work in, and the server's own messages.

## Every page.

# The product's name, in the title bar and the page header; keep it as is.
# @same-as-en
web-app-name = docflow
web-separator = {" · "}
# Link to the home page.
web-nav-home = 首頁
# Link to the page where a stand-in accepts relationship requests for resellers.
web-nav-relationships = 轉售商要求
# Link to the how-to pages.
web-nav-docs = 操作指南
# Button that ends the sign-in session.
web-sign-out = 登出
# $agent (name), $role (a role, translated)
web-signed-in-as = { $agent }，{ $role }
# Label of the list of languages on every page.
web-language = 語言
# Button that saves the chosen language.
web-language-save = 變更語言
# Link for keyboard users that skips the header.
web-skip-to-content = 跳至主要內容

## Sign in.

web-sign-in-title = 登入
web-sign-in-agent = 代理人識別碼
web-sign-in-password = 密碼
web-sign-in-submit = 登入
# After a wrong agent ID or password; it must not say which of the two was wrong.
web-sign-in-failed = 代理人識別碼或密碼不正確。
web-sign-in-throttled = 此代理人的登入失敗次數過多。請等候幾分鐘，然後再試一次。

## Home.

web-home-title = 您的工作
web-home-start-heading = 開始程序
web-home-start = 開始
web-home-inbox-heading = 等候您處理
web-home-inbox-empty = 目前沒有等候您處理的項目。
web-home-recent-heading = 最近完成
web-home-recent-empty = 尚無已完成的執行。
# $run (number) - the run id; $workflow (a workflow title, translated)
web-run-link = 執行 #{ $run }：{ $workflow }
# $agent (agent id): who started a run, in lists a Global admin sees.
web-run-started-by = 由 { $agent } 啟動

## A run.

# $run (number) - the run id; $workflow (a workflow title, translated)
web-run-title = 執行 #{ $run }：{ $workflow }
# Button under a step's form.
web-run-continue = 繼續
# Label of the box that narrows a long list of options.
web-run-filter = 篩選選項
# Under a free-text box: $min and $max (numbers) are lengths in characters.
web-text-rules = { $min ->
        [0] 最多 { $max } 個字元。
       *[other] { $min } 到 { $max } 個字元。
    }
# Heading over what a waiting run waits for.
web-run-waits-heading = 此執行正在等候
# Button that checks whether what the run waits for has happened.
web-run-check-again = 再次檢查
# Shown when the run can go on without an answer.
web-run-moves = 執行可以繼續進行。
web-run-completed = 此執行已完成。
web-run-cancelled = 此執行已取消。
web-run-cancel = 取消此執行
web-run-history-heading = 歷程記錄
# Link from a step to the how-to page's section for it.
web-run-howto = 此步驟的操作指南
# After a second Submit of the same step (a double click, another tab, Back).
web-run-stale = 該步驟先前已回答過。以下是此執行目前的狀態。

## The stand-in for resellers.

web-relationships-title = 關係要求
# Explains that this page stands in for the reseller's side, for the demo.
web-relationships-stand-in = 代為操作：在合作夥伴中心，轉售商會在自己的帳戶中接受要求；在這裡，則由您代替轉售商接受。
web-relationships-none = 目前沒有等候轉售商接受的要求。
# $name (a reseller's name)
web-relationships-accept = 代替 { $name } 接受

## Failures, with their HTTP status.

web-error-title = 無法顯示此頁面
# 401: the request carried no valid sign-in or token.
error-sign-in-needed = 請先登入。
# 403: a form without its security token, or with an old one.
error-csrf = 此表單已過期。請重新載入頁面，然後再試一次。
# 403. $run (number) - the run id.
error-run-not-yours = 執行 #{ $run } 屬於另一位代理人。只有該代理人或全域管理員可以檢視。
# 403: the stand-in page is for those who act for the partner as a whole.
error-stand-in-role = 只有系統管理員代理人或全域管理員可以代替轉售商接受要求。
# 404
error-page-not-found = 找不到此頁面。
# 400: the request's body or query is not what the API expects.
error-bad-request = 要求的格式不符合此位址的預期。README 列出了每種要求的欄位。
# 500: the client learns only that the server failed; the detail is in the server's log.
error-internal = 伺服器無法回應；失敗的詳細資訊已寫入伺服器記錄檔。請重新載入頁面，查看已儲存的內容。
error-bug-server = 這是 docflow 的程式錯誤，不是您的操作錯誤。此步驟的內容均未儲存；執行仍停留在此步驟之前的位置。詳細資訊已寫入伺服器記錄檔，請回報問題。

## Agents' credentials, in the command line.

# $agent (agent id)
agents-password-prompt = { $agent } 的新密碼
agents-password-confirm = 再次輸入相同的密碼
agents-password-mismatch = 兩次輸入的密碼不同，請重新輸入。
# $agent (agent id)
agents-password-set = { $agent } 現在可以使用此密碼登入。
# $min (number)
error-password-too-short = 密碼至少需要 { $min } 個字元。
# $agent (agent id). The token follows on the next line.
agents-token-created = { $agent } 的新 API 權杖。此權杖只會顯示這一次，請妥善保密：
# $agent (agent id), $count (number)
agents-tokens-revoked = { $count ->
        [0] { $agent } 沒有使用中的權杖。
       *[other] 已撤銷 { $agent } 的 { $count } 個權杖。
    }

## docflow serve, at start.

# $name (what was given for --auth-proxy-header)
error-header-name = 「{ $name }」不能作為 HTTP 標頭名稱。
error-listen = 無法在 { $address } 上接聽連線：{ $detail }

# $url (an address)
serve-listening = docflow 正在 { $url } 上提供服務
# $agent (agent id), $password (the demo password): how to sign in to the demo.
serve-demo-sign-in = 請以 { $agent }（或 `docflow agents` 中的任何代理人）的身分登入，密碼為 { $password }
# After the lines above.
serve-stop = 按 Ctrl+C 即可停止。

## Moving a database: docflow db copy.

db-copied = 已將 { $tables } 個資料表中的 { $rows } 列複製到 { $path }；每個資料表的列數都與之前相同。
error-copy-target-not-empty = { $path } 已有資料。docflow 只會複製到空白資料庫；未寫入任何內容。
error-copy-counts = 資料表 { $table } 原有 { $from } 列，但只複製了 { $to } 列。已復原此次複製；未寫入任何內容。
