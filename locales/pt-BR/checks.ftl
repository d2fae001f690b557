## docflow l10n check: verificações de glossário e tipografia.

l10n-typography-quotes = usa as aspas { $found }; este idioma usa { $quotes }
l10n-typography-half-width = “{ $mark }” de meia largura junto a texto CJK; use a forma de largura inteira
l10n-glossary-missing = o texto em inglês diz “{ $en }”, mas a tradução não usa o termo do glossário, “{ $term }”
l10n-glossary-avoid = “{ $word }” não é a palavra para “{ $en }”; o glossário indica “{ $term }”
l10n-plural-zero = neste idioma, o zero usa a forma “one”; adicione uma variante [0] para que o zero soe natural
l10n-glossary-syntax = não é possível ler o glossário: { $detail }
l10n-percent = { $value }%
