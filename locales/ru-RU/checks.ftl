## docflow l10n check: проверки глоссария и типографики.

l10n-typography-quotes = используются кавычки { $found }; в этом языке пишут { $quotes }
l10n-typography-half-width = полуширинный знак «{ $mark }» рядом с текстом CJK; используйте полноширинный
l10n-glossary-missing = в английском тексте есть «{ $en }», но в переводе нет термина из глоссария «{ $term }»
l10n-glossary-avoid = «{ $word }» не подходит для «{ $en }»; по глоссарию — «{ $term }»
l10n-plural-zero = в этом языке ноль получает форму «one»; добавьте вариант [0], чтобы ноль звучал естественно
l10n-glossary-syntax = не удается прочитать глоссарий: { $detail }
l10n-percent = { $value } %
