## The command line: `docflow --help`, each command's help and the manual
## page (`docflow man`), and the usage errors. Ids follow the commands:
## cli-<command> describes a command (cli-runs-show is `docflow runs show`),
## cli-<command>--<option> one of its options or arguments. Command and
## option names themselves (run, --agent) are not translated.

cli-docflow = 依據產品文件建立的引導式當地語系化工作流程，以 SQLite 或 PostgreSQL 執行
cli-docflow--db = SQLite 資料庫檔案，或 PostgreSQL URL（postgres://…）。
cli-docflow--locale = 訊息的語言（例如 pt-BR、ru-RU、es-ES、zh-TW、en）；重複指定可依序列出備用語言。用於 docs render 時：頁面的語言。
cli-docflow--locales = 從此目錄讀取語言檔案，而不使用內建檔案。
cli-docflow--workflows = 從此目錄讀取工作流程定義，而不使用內建定義。
cli-docflow--json = 輸出 JSON 而非文字。
cli-docflow--durability = 步驟儲存的持久程度：normal 在 docflow 當機後仍會保留；full 在斷電後也會保留，但每個步驟都會等候磁碟寫入完成。
cli-init = 建立或移轉資料庫。
cli-init--demo = 同時載入示範資料。
cli-demo = 在示範資料庫上逐步指派支援連絡人（資料庫不存在時會自動建立）。
cli-demo--agent = 負責執行的代理人。
cli-agents = 列出代理人，或管理代理人登入 docflow serve 的方式。
cli-agents-set-password = 設定代理人的密碼（標準輸入不是終端機時，會從標準輸入讀取）。
cli-agents-set-password--agent = 代理人識別碼。
cli-agents-token = 為代理人建立並輸出新的 API 權杖。
cli-agents-token--agent = 代理人識別碼。
cli-agents-revoke-tokens = 撤銷代理人的所有 API 權杖。
cli-agents-revoke-tokens--agent = 代理人識別碼。
cli-workflows = 列出工作流程。
cli-run = 開始執行工作流程。
cli-run--workflow = 要執行的工作流程。
cli-run--agent = 負責執行的代理人。
cli-run--answers = 預先回答步驟；依步驟順序重複指定。
cli-resume = 繼續等候中的執行。
cli-resume--run = 執行編號。
cli-resume--answers = 預先回答步驟；依步驟順序重複指定。
cli-runs = 列出執行，或顯示單一執行的歷程記錄。
cli-runs-show = 單一執行及其完整歷程記錄。
cli-runs-show--run = 執行編號。
cli-cancel = 取消等候中的執行。
cli-cancel--run = 執行編號。
cli-contacts = 顯示客戶的每個訂用帳戶及其支援連絡人。
cli-contacts--customer = 客戶識別碼。
cli-requests = 列出向 Microsoft 提交的服務要求。
cli-preview = 以單一語言顯示工作流程的所有文字，並代入範例值，不需要資料庫。
cli-preview--workflow = 要預覽的工作流程。
cli-l10n = 譯者工具。
cli-l10n-check = 將每個語言與 en 比較，並將工作流程與訊息比較。
cli-l10n-check--strict = 將警告視為錯誤。
cli-l10n-stats = 各語言的進度：已翻譯的訊息、字數、問題。
cli-l10n-show = 以所有語言顯示單一訊息，並附上其註解與使用位置。
cli-l10n-show--id = 訊息識別碼。
cli-l10n-reviewed = 記錄譯文已與目前的英文核對，讓 l10n check 不再將其回報為過時。
cli-l10n-reviewed--translation = 譯文已審閱的語言（例如 ru-RU）。
cli-l10n-reviewed--ids = 已審閱的訊息識別碼；未指定時為該語言的所有訊息。
cli-relationships = 列出與轉售商的關係，或對其中一個關係執行動作。
cli-relationships-accept = 代替轉售商接受已要求的關係。
cli-relationships-accept--reseller = 轉售商識別碼。
cli-docs = 文件：匯入當地語系化文章、比較其原文、撰寫操作指南頁面。
cli-docs-import = 讀取文章（對照格式的譯本，或純 Markdown 的英文原文）並顯示其內容。
cli-docs-import--files = 文章檔案。
cli-docs-import--draft = 同時將工作流程草稿與 .ftl 草稿檔案寫入此目錄。
cli-docs-drift = 比較翻譯所依據的英文原文，並依各篇文章最新的原文，檢查引用該文章的工作流程。
cli-docs-drift--files = 文章檔案。
cli-docs-drift--segments = 同時列出各版本之間有變更的英文句子。
cli-docs-drift--deny_stale = 有翻譯過時，或有工作流程與文章不再相符時，以狀態 1 結束（供文件撰寫人員的 CI 使用）。
cli-docs-render = 為每個工作流程撰寫當地語系化的操作指南頁面。
cli-docs-render--out = 頁面要寫入的目錄。
cli-docs-render--format = 頁面格式。
cli-graph = 輸出工作流程的狀態機。
cli-graph--workflow = 要繪製的工作流程。
cli-graph--format = 圖表格式。
cli-completions = 輸出殼層自動完成指令碼（例如 docflow completions bash > ~/.local/share/bash-completion/completions/docflow）。
cli-completions--shell = 殼層。
cli-man = 以 roff 格式輸出手冊頁面（例如 docflow man > docflow.1）。
cli-db = 資料庫工具。
cli-db-copy = 將資料庫的每一列（包括執行及其歷程記錄）複製到空白資料庫，並核對筆數。
cli-db-copy--from = 要複製的資料庫：SQLite 檔案或 PostgreSQL URL。
cli-db-copy--to = 要複製到的空白資料庫：PostgreSQL URL 或 SQLite 檔案。

## Parts of every help page.
cli-help = 顯示說明。
cli-version = 顯示版本。
cli-usage = 用法：{ $usage }
cli-commands = 命令：
cli-arguments = 引數：
cli-options = 選項：
# $value - its default value (not translated).
cli-help-with-note = { $help }{ $note }
cli-default = （預設值：{ $value }）
# $name - the environment variable that can set it.
cli-env = （或環境變數 { $name }）
# $values - the possible values (not translated), joined by list-separator.
cli-values = （可用值：{ $values }）

cli-serve = 為已登入的代理人提供網頁與 JSON API。
cli-serve--listen = 要接聽的位址。
cli-serve--demo = 資料庫不存在時，建立含示範資料與示範密碼的資料庫。
cli-serve--auth_proxy_header = 信任這個由驗證 Proxy 設定的要求標頭，並以其值識別代理人。
cli-serve--secure_cookies = 將 Cookie 標示為 Secure，讓瀏覽器只透過 HTTPS 傳送（位於 TLS Proxy 之後時）。
cli-mcp = 透過標準輸入與輸出，將工作流程以 Model Context Protocol 工具的形式提供給 AI 助理。
cli-mcp--agent = 助理所代表的代理人；其角色決定助理可以開始哪些工作流程。

## Usage errors (exit status 2), shown after "error: ".
# $arg - what was typed.
cli-error-unknown-argument = 未預期的引數「{ $arg }」
# $command - what was typed.
cli-error-unknown-command = 沒有命令「{ $command }」
# $value - what was typed; $arg - the option or argument it was given for.
cli-error-invalid-value = 「{ $value }」不是 { $arg } 的有效值
# $args - the missing options or arguments.
cli-error-missing-argument = 必須提供 { $args }
cli-error-missing-command = 必須指定命令
# $detail - the argument parser's own message, in English.
cli-error-other = 命令列無效：{ $detail }
# $suggestion - a command or option that exists.
cli-error-suggestion = 您是不是要使用「{ $suggestion }」？
cli-more-information = 如需詳細資訊，請加上 --help。
