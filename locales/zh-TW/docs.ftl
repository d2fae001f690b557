### docflow docs: importing articles, source drift, and how-to pages.

locale-name = 中文（台灣）

## `docflow docs import`

docs-import-article = { $title }（{ $anchor }）
docs-import-meta = 語言 { $locale } · 原文 { $hash } · 送交翻譯 { $date }
docs-import-source = 英文原文 · 版本 { $hash } · 編輯於 { $date }
docs-import-roles = 角色：{ $roles }
docs-import-section = § { $anchor }：{ $title }（{ $steps } 個步驟）
docs-import-segments = { $count } 個句子，{ $unpaired ->
        [0] 每句都有對應的英文原文
       *[other] 其中 { $unpaired } 句缺少英文原文
    }
docs-draft-written = 已將 { $workflow } 的草稿寫入 { $dir }（{ $count } 個檔案）。

## `docflow docs drift`

drift-article = { $title }（{ $anchor }）
drift-version = 原文 { $hash }（{ $date }）：{ $locales }{ $newest ->
        [true] {" "}· 最新
       *[false] {""}
    }
drift-source = 原文 { $hash }（{ $date }）：英文文章 { $file }{ $translated ->
        [true] ；譯本：{ $locales }
       *[false] {""}
    }{ $newest ->
        [true] {" "}· 最新
       *[false] {""}
    }
drift-locale = { $locale }：最新譯本於 { $date } 送交翻譯，依據原文 { $hash }（{ $behind ->
        [0] 即最新的原文
       *[other] 落後 { $behind } 個版本
    }）· { $file }
drift-stale = { $count ->
        [0] 所有翻譯都依據最新的原文。
       *[other] 過時的翻譯（依據較舊的原文）：{ $locales }
    }
drift-facts = 角色、步驟與附註，{ $from } → { $to }：{ $count ->
        [0] 沒有變更
       *[other] { $count } 處變更
    }
fact-roles-reshaped = 角色清單改寫（{ $from ->
        [bullets] 項目符號清單
       *[inline] 單行
    } → { $to ->
        [bullets] 項目符號清單
       *[inline] 單行
    }）{ $unchanged ->
        [true] ，角色不變
       *[false] {""}
    }
fact-roles-added = 新增角色：{ $roles }
fact-roles-removed = 移除角色：{ $roles }
fact-section-added = § { $section }：新章節
fact-section-removed = § { $section }：章節已移除
fact-step-count = § { $section }：編號步驟由 { $from } 個變為 { $to } 個
fact-step-added = § { $section }：新增步驟 { $step }
fact-step-removed = § { $section }：移除步驟 { $step }
fact-step-reworded = § { $section }：步驟 { $step } 改寫{ $old ->
        [same] {""}
       *[number] （原為步驟 { $old }）
    }
fact-step-moved = § { $section }：步驟 { $old } 移到別處，現為步驟 { $step }
fact-step-renumbered = § { $section }：步驟 { $old } 現為步驟 { $step }
fact-step-labels = § { $section }：步驟 { $step } { $change ->
        [added] 新提到 { $added }
        [removed] 不再提到 { $removed }
       *[both] 改為提到 { $added }，不再提到 { $removed }
    }
fact-note-added = § { $section }{ $step ->
        [none] {""}
       *[step] ，步驟 { $step }
    }：新增附註
fact-note-removed = § { $section }{ $step ->
        [none] {""}
       *[step] ，步驟 { $step }
    }：移除附註
fact-note-changed = § { $section }{ $step ->
        [none] {""}
       *[step] ，步驟 { $step }
    }：附註改寫
drift-changes = 英文原文，{ $from } → { $to }（{ $count } 處變更）：
drift-follows = 依據來源 { $source } 撰寫{ $behind ->
        [0] ，即最新版本
       *[other] ，落後最新版本 { $behind } 個版本
    }
drift-follows-unknown = 依據來源 { $source } 撰寫，但它不是所提供的任何版本：可能比這些版本更舊，或輸入錯誤
drift-workflow = 工作流程 { $workflow }：{ $status ->
        [ok] 與最新的原文相符
       *[differs] 與最新的原文不同
    }
drift-extra-roles = 允許了文章未列出的角色：{ $roles }
drift-missing-roles = 拒絕了文章所列的角色：{ $roles }
drift-section = § { $section }：{ $found ->
        [false] 最新的原文中沒有這一節
       *[true] { $steps ->
            [0] 沒有編號步驟
           *[other] 涵蓋 { $steps } 個步驟中的 { $covered } 個
        }
    }
drift-uncovered = § { $section }：未涵蓋{ $count ->
   *[other] 步驟
} { $steps }
drift-beyond = § { $section }：引用了文章中沒有的{ $count ->
   *[other] 步驟
}：{ $steps }
drift-denied = 因 --deny-stale 而停止：{ $stale ->
        [0] 沒有過時的翻譯
       *[other] { $stale } 個過時的翻譯
    }，{ $workflows ->
        [0] 沒有落後於文章的工作流程
       *[other] { $workflows } 個工作流程落後於文章
    }。

## `docflow docs render`

docs-render-progress = 正在寫入頁面
docs-render-done = 已將 { $count } 個檔案寫入 { $dir }。
warning-locale-skipped = 沒有 { $requested } 的訊息；不會產生該語言的頁面

## How-to pages.

page-all-guides = 所有指南
page-index-title = 操作指南
page-index-intro = 合作夥伴中心工作的逐步指南，依據 docflow 所執行的同一套工作流程撰寫，因此指南與實際程序絕不會有出入。
page-who = 誰可以執行
page-achieves = 達成的結果
page-steps = 步驟
page-rules = 規則與預設值
page-states = 狀態
page-states-caption = 每個方塊代表一個步驟，編號與上方清單相同；箭頭表示每個回答會導向何處。
page-mermaid = 圖表原始碼（Mermaid）
page-languages = 語言：
page-source = 來源文章
page-options = 可選擇：
page-diagram-title = 「{ $title }」的狀態
page-source-text = 本指南依循合作夥伴中心文章「{ $article }」{ $section ->
        [none] 。
       *[section] 的「{ $section }」一節。
    }
page-cites-step = 文章：「{ $section }」一節，步驟 { $step }。
page-cites-section = 文章：「{ $section }」一節。
page-choice-list = 從 docflow 顯示的清單中選取一個項目。
page-text-up-to = 最多輸入 { $max } 個字元。
page-text-between = 輸入 { $min } 到 { $max } 個字元。
page-info = docflow 會顯示這項資訊；不需要回答。
page-wait = 執行會在此等候；待這件事完成後，請繼續此執行。
page-call = 請依照「{ $title }」指南操作，完成後再回到這裡。

## Errors.

error-not-an-article = 無法將 { $path } 當作文章讀取：{ $missing ->
        [front-matter] 檔案開頭沒有前置資料區塊（--- … ---）
        [locale] 檔案中有對照 span，但前置資料區塊中沒有 ms.contentlocale
        [segments] 前置資料區塊標示這是譯本（ms.contentlocale），但檔案中沒有以對照 span 標示的句子
        [heading] 檔案中沒有標題（# …）
        [date] 沒有 ms.date，或 ms.date 不是日期（MM/DD/YYYY）
       *[title] 檔案中沒有含錨點的標題（# <a name="…"></a>…）
    }。
error-template = 無法套用頁面範本：{ $detail }
