## docflow l10n check: comprobaciones de glosario y tipografía.

l10n-typography-quotes = usa las comillas { $found }; este idioma usa { $quotes }
l10n-typography-half-width = «{ $mark }» de ancho medio junto a texto CJK; use la forma de ancho completo
l10n-glossary-missing = el texto en inglés dice «{ $en }», pero la traducción no usa el término del glosario, «{ $term }»
l10n-glossary-avoid = «{ $word }» no es la palabra para «{ $en }»; el glosario indica «{ $term }»
l10n-plural-zero = en este idioma, el cero toma la forma «one»; añada una variante [0] para que el cero suene natural
l10n-glossary-syntax = no se puede leer el glosario: { $detail }
l10n-percent = { $value } %
