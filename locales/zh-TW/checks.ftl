## docflow l10n check：詞彙表與排版檢查。

l10n-typography-quotes = 使用了引號 { $found }；此語言使用 { $quotes }
l10n-typography-half-width = CJK 文字旁有半形標點「{ $mark }」；請改用全形
l10n-glossary-missing = 英文原文使用「{ $en }」，但譯文沒有使用詞彙表的「{ $term }」
l10n-glossary-avoid = 「{ $word }」不是「{ $en }」的譯法；詞彙表規定為「{ $term }」
l10n-plural-zero = 此語言的零使用「one」形式；請加入 [0] 變體，讓零的說法自然
l10n-glossary-syntax = 無法讀取詞彙表：{ $detail }
l10n-percent = { $value }%
