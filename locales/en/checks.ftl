## docflow l10n check: the glossary and typography checks.

# $found - the quotation marks found; $quotes - this language's own, e.g. «…».
l10n-typography-quotes = uses the quotation marks { $found }; this language writes { $quotes }
# $mark - the half-width punctuation mark found next to CJK text.
l10n-typography-half-width = half-width “{ $mark }” next to CJK text; write it full-width
# $en - the English term; $term - this language's term, from its glossary.
l10n-glossary-missing = the English text says “{ $en }”, but the translation does not use the glossary's “{ $term }”
# $word - the word found; $en - the English term; $term - the glossary's term.
l10n-glossary-avoid = “{ $word }” is not the word for “{ $en }”; the glossary says “{ $term }”
# In languages where 0 takes the same form as 1 (Portuguese: "0 erro").
l10n-plural-zero = zero takes the “one” form in this language; add a [0] variant so that zero reads naturally
# $detail - the TOML reader's message, in English.
l10n-glossary-syntax = the glossary cannot be read: { $detail }
# $value - a number with one decimal, already written as this language writes numbers.
l10n-percent = { $value }%
