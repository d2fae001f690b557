### docflow docs: importing articles, source drift, and how-to pages.

locale-name = Português (Brasil)

## `docflow docs import`

# @same-as-en
docs-import-article = { $title } ({ $anchor })
docs-import-meta = idioma { $locale } · origem { $hash } · enviado para tradução em { $date }
docs-import-source = Origem em inglês · versão { $hash } · editada em { $date }
docs-import-roles = funções: { $roles }
docs-import-section = § { $anchor }: { $title } ({ $steps ->
        [0] nenhuma etapa numerada
        [one] { $steps } etapa
       *[other] { $steps } etapas
    })
docs-import-segments = { $count ->
        [one] { $count } frase
       *[other] { $count } frases
    }, { $unpaired ->
        [0] todas com o original em inglês
        [one] { $unpaired } sem o original em inglês
       *[other] { $unpaired } sem o original em inglês
    }
docs-draft-written = Rascunho de { $workflow } gravado em { $dir } ({ $count ->
        [one] { $count } arquivo
       *[other] { $count } arquivos
    }).

## `docflow docs drift`

# @same-as-en
drift-article = { $title } ({ $anchor })
drift-version = versão de origem { $hash } ({ $date }): { $locales }{ $newest ->
        [true] {" "}· mais recente
       *[false] {""}
    }
drift-source = versão de origem { $hash } ({ $date }): artigo em inglês { $file }{ $translated ->
        [true] , { $locales }
       *[false] {""}
    }{ $newest ->
        [true] {" "}· mais recente
       *[false] {""}
    }
drift-locale = { $locale }: tradução mais recente enviada em { $date }, feita a partir de { $hash } ({ $behind ->
        [0] a versão de origem mais recente
        [one] { $behind } versão de atraso
       *[other] { $behind } versões de atraso
    }) · { $file }
drift-stale = { $count ->
        [0] Todas as traduções seguem a versão de origem mais recente.
        [one] Tradução desatualizada (feita a partir de uma versão de origem anterior): { $locales }
       *[other] Traduções desatualizadas (feitas a partir de uma versão de origem anterior): { $locales }
    }
drift-facts = Funções, etapas e observações, { $from } → { $to }: { $count ->
        [0] nenhuma alteração
        [one] { $count } alteração
       *[other] { $count } alterações
    }
fact-roles-reshaped = lista de funções reescrita ({ $from ->
        [bullets] em tópicos
       *[inline] em uma linha
    } → { $to ->
        [bullets] em tópicos
       *[inline] em uma linha
    }){ $unchanged ->
        [true] , funções inalteradas
       *[false] {""}
    }
fact-roles-added = funções adicionadas: { $roles }
fact-roles-removed = funções removidas: { $roles }
fact-section-added = § { $section }: nova seção
fact-section-removed = § { $section }: seção removida
fact-step-count = § { $section }: { $from } → { $to } { $to ->
        [0] etapas numeradas
        [one] etapa numerada
       *[other] etapas numeradas
    }
fact-step-added = § { $section }: etapa { $step } adicionada
fact-step-removed = § { $section }: etapa { $step } removida
fact-step-reworded = § { $section }: etapa { $step } reescrita{ $old ->
        [same] {""}
       *[number] {" "}(era a etapa { $old })
    }
fact-step-moved = § { $section }: a etapa { $old } mudou de lugar e agora é a etapa { $step }
fact-step-renumbered = § { $section }: a etapa { $old } agora é a etapa { $step }
fact-step-labels = § { $section }: a etapa { $step } { $change ->
        [added] agora cita { $added }
        [removed] não cita mais { $removed }
       *[both] cita { $added } em vez de { $removed }
    }
fact-note-added = § { $section }{ $step ->
        [none] {""}
       *[step] , etapa { $step }
    }: observação adicionada
fact-note-removed = § { $section }{ $step ->
        [none] {""}
       *[step] , etapa { $step }
    }: observação removida
fact-note-changed = § { $section }{ $step ->
        [none] {""}
       *[step] , etapa { $step }
    }: observação reescrita
drift-changes = Texto de origem em inglês, { $from } → { $to } ({ $count ->
        [0] nenhuma alteração
        [one] { $count } alteração
       *[other] { $count } alterações
    }):
drift-follows = escrito a partir da origem { $source }{ $behind ->
        [0] , a mais recente
        [one] , uma versão atrás da mais recente
       *[other] , { $behind } versões atrás da mais recente
    }
drift-follows-unknown = escrito a partir da origem { $source }, que não é nenhuma das versões fornecidas: é mais antiga que elas ou foi digitada errado
drift-workflow = Fluxo de trabalho { $workflow }: { $status ->
        [ok] corresponde à versão de origem mais recente
       *[differs] difere da versão de origem mais recente
    }
drift-extra-roles = permite funções que o artigo não inclui: { $roles }
drift-missing-roles = não permite funções que o artigo inclui: { $roles }
drift-section = § { $section }: { $found ->
        [false] não existe na versão de origem mais recente
       *[true] { $steps ->
            [0] nenhuma etapa numerada
            [one] segue { $covered } de { $steps } etapa
           *[other] segue { $covered } de { $steps } etapas
        }
    }
drift-uncovered = § { $section }: não segue { $count ->
    [0] nenhuma etapa
    [one] a etapa
   *[other] as etapas
} { $steps }
drift-beyond = § { $section }: cita { $count ->
    [0] nenhuma etapa
    [one] uma etapa
   *[other] etapas
} que o artigo não tem: { $steps }
drift-denied = interrompido por --deny-stale: { $stale ->
        [0] nenhuma tradução desatualizada
        [one] { $stale } tradução desatualizada
       *[other] { $stale } traduções desatualizadas
    } e { $workflows ->
        [0] nenhum fluxo de trabalho defasado em relação ao artigo
        [one] { $workflows } fluxo de trabalho defasado em relação ao artigo
       *[other] { $workflows } fluxos de trabalho defasados em relação aos artigos
    }.

## `docflow docs render`

docs-render-progress = Gerando páginas
docs-render-done = { $count ->
        [one] { $count } arquivo gravado
       *[other] { $count } arquivos gravados
    } em { $dir }.
warning-locale-skipped = não há mensagens em { $requested }; nenhuma página será gerada nesse idioma

## How-to pages.

page-all-guides = Todos os guias
page-index-title = Guias de instruções
page-index-intro = Guias passo a passo para tarefas do Partner Center, escritos a partir dos mesmos fluxos de trabalho que o docflow executa, para que o guia e o procedimento nunca divirjam.
page-who = Quem pode fazer isso
page-achieves = Resultado
page-steps = Etapas
page-rules = Regras e valores padrão
page-states = Estados
page-states-caption = Cada caixa é uma etapa, numerada como na lista acima; as setas mostram aonde cada resposta leva.
page-mermaid = Código-fonte do diagrama (Mermaid)
page-languages = Idiomas:{" "}
page-source = Artigo de origem
page-options = Você pode escolher:
page-diagram-title = Estados de “{ $title }”
page-source-text = Este guia segue o artigo “{ $article }” do Partner Center{ $section ->
        [none] .
       *[section] , seção “{ $section }”.
    }
page-cites-step = Artigo: seção “{ $section }”, etapa { $step }.
page-cites-section = Artigo: seção “{ $section }”.
page-choice-list = Escolha um item da lista exibida pelo docflow.
page-text-up-to = Digite até { $max } { $max ->
        [one] caractere
       *[other] caracteres
    }.
page-text-between = Digite de { $min } a { $max } { $max ->
        [one] caractere
       *[other] caracteres
    }.
page-info = O docflow exibe esta informação; não é preciso responder nada.
page-wait = A execução fica aguardando aqui; retome-a quando isso tiver acontecido.
page-call = Siga o guia “{ $title }” e depois volte para cá.

## Errors.

error-not-an-article = { $path } não pode ser lido como artigo: { $missing ->
        [front-matter] não há front matter (--- … ---) no início
        [locale] há spans lado a lado, mas o front matter não tem ms.contentlocale
        [segments] o front matter indica uma tradução (ms.contentlocale), mas não há frases em spans lado a lado
        [heading] não há um título (# …)
        [date] não tem ms.date, ou o ms.date não é uma data (MM/DD/AAAA)
       *[title] não há um título com âncora (# <a name="…"></a>…)
    }.
error-template = erro em um modelo de página: { $detail }
