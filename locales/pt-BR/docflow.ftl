### docflow: messages of the program itself (command output, errors, roles).
### Shared names are terms; use them so each name reads the same everywhere.

-indirect-provider = provedor indireto
-support-contact = contato de suporte

## Partner Center roles, as the documentation names them.

# Role of an agent; shown in agent lists and refusals.
role-admin-agent = Agente administrativo
# Role of an agent; shown in agent lists and refusals.
role-global-admin = Administrador global
# Role of an agent; shown in agent lists and refusals.
role-helpdesk-agent = Agente de suporte técnico
# Role of an agent; shown in agent lists and refusals.
role-sales-agent = Agente de vendas
# Role of an agent; shown in agent lists and refusals.
role-user-management-admin = Administrador de gerenciamento de usuários

## Words used inside other messages.

# Joins items of a list, e.g. the roles allowed to run a workflow.
list-separator = {", "}
# A yes/no cell in a table.
value-yes = sim
# A yes/no cell in a table.
value-no = não

## Actions offered as options in workflows.

# Option that applies the change, like the Submit button in Partner Center.
action-submit = Enviar
# Option that goes back to the previous choice without changing anything.
action-back = Voltar
# Option that ends the review, like the Close button in Partner Center.
action-close = Fechar

## Issues and the vehicles that escalate them to Microsoft.

# Kind of issue escalated to Microsoft; also an option caption.
issue-kind-commercial = Problema comercial (cobrança, assinaturas, licenciamento)
# Kind of issue escalated to Microsoft; also an option caption.
issue-kind-technical = Problema técnico
# Support vehicles. The program names are brand names: keep them in English.
vehicle-commercial = Suporte comercial (todos os parceiros CSP)
vehicle-premier = Premier Support for Partners (pago)
vehicle-advanced = Advanced Support for Partners (pago)
vehicle-signature = Signature Cloud Support (incluído com uma competência Gold ou Silver)
# Status of a service request, in `docflow requests`.
request-status-open = aberta
request-status-closed = fechada

## Run progress, printed after a run stops.

# $run (number) - the run id.
status-completed = A execução { $run } foi concluída.
# $run (number) - the run id; the command is literal, do not translate it.
status-waiting = A execução { $run } está aguardando. Para continuá-la, use: docflow resume { $run }
# Printed when an agent's role may not run a workflow.
status-refused = Nada foi alterado.
# Printed under a prompt in an interactive terminal.
hint-choose = ↑↓ mover · Enter selecionar · Esc parar (a execução fica aguardando e pode ser retomada)
# Shown when a choice has no options at all; the run waits.
run-nothing-to-choose = Ainda não há nada para escolher aqui. A execução ficará aguardando.
# $run (number) - the run id.
run-cancelled = A execução { $run } foi cancelada.

## Run statuses, in run lists.

run-status-waiting = aguardando
run-status-completed = concluída
run-status-cancelled = cancelada

# Heading of `docflow runs show`.
# $run (number), $workflow (workflow id), $version (number), $agent (agent id), $status (a run status, translated)
run-header = Execução { $run }: { $workflow }, versão { $version }, agente { $agent }, { $status }

## Event kinds, in `docflow runs show`.

event-started = iniciada
event-prompt = pergunta exibida
event-answer = resposta
event-rejected = resposta recusada
event-effect = alteração aplicada
event-advanced = próxima etapa
event-waiting = em espera
event-condition-met = condição atendida
event-info = informação exibida
event-called = subfluxo de trabalho iniciado
event-returned = subfluxo de trabalho concluído
event-completed = concluída
event-cancelled = cancelada

## Relationship states, in `docflow relationships`.

relationship-state-none = sem relacionamento
relationship-state-requested = solicitado
relationship-state-established = estabelecido

# $name - the reseller's name.
relationship-accepted = { $name } aceitou o relacionamento, que agora está estabelecido.

## `docflow init`

# $path - the database file.
init-done = Banco de dados pronto: { $path }
# $path - the database file.
init-done-demo = Banco de dados pronto, com dados de demonstração: { $path }

# Heading of `docflow contacts`. $customer - the customer's name.
contacts-header = Contatos de suporte que { $customer } vê nas páginas de suporte do produto:

## `docflow l10n show`.

# $workflow - a workflow id; $step - a step id.
show-used-by-workflow = Usada em { $workflow }, etapa { $step }
# The message is formatted by the program, not by a workflow.
show-used-by-program = Usada pelo próprio docflow
# In place of a translation the locale lacks.
show-missing = (ausente)
# In `docflow l10n show`, under a translation made from an English text that has changed since; that text follows.
show-made-from = traduzida a partir de um texto em inglês anterior:

## Table column headings.

# @same-as-en
column-id = ID
column-name = Nome
column-role = Função
column-locale = Idioma
column-title = Título
column-roles = Funções
column-run = Execução
column-workflow = Fluxo de trabalho
column-agent = Agente
# @same-as-en
column-status = Status
column-step = Etapa
column-updated = Última atualização
column-time = Hora
column-event = Evento
column-detail = Detalhes
column-product = Produto
column-contact = Contato de suporte
column-subscription = Assinatura
column-state = Estado
column-delegated-admin = Admin. delegado
column-support-agreement = Contrato de suporte
column-request = Solicitação
column-customer = Cliente
column-service = Serviço
column-kind = Tipo
column-vehicle = Modalidade de suporte
column-translated = Traduzidas
column-percent = %
column-words = Palavras
column-errors = Erros
column-warnings = Avisos

## Prefixes of diagnostics on the terminal. $text - the diagnostic itself.

# $text - the diagnostic itself.
cli-error = erro: { $text }
# $text - the diagnostic itself.
cli-warning = aviso: { $text }

## Errors.

# $path - the database file.
error-no-database = Não há banco de dados em { $path }. Crie um com: docflow init --demo
# $path - the file that was given as the database.
error-not-a-database = { $path } não é um banco de dados do docflow. O arquivo não foi alterado.
# $path - the database file; $found and $supported (numbers) - schema versions.
error-database-too-new = { $path } foi gravado por uma versão mais recente do docflow (versão do esquema { $found }; esta versão reconhece até a { $supported }). O arquivo não foi alterado; atualize o docflow para usá-lo.
# $detail - the database engine's own message, in English.
error-database = Erro no banco de dados: { $detail }
# $path - a file or directory; $detail - the system's message, in English.
error-io = Não foi possível ler { $path }: { $detail }
# $id - what the user typed.
error-unknown-workflow = O fluxo de trabalho “{ $id }” não existe. Consulte: docflow workflows
# $id - what the user typed.
error-unknown-agent = O agente “{ $id }” não existe. Consulte: docflow agents
# $id (number) - what the user typed.
error-unknown-run = A execução { $id } não existe. Consulte: docflow runs
# $id - what the user typed.
error-unknown-customer = O cliente “{ $id }” não existe.
# $id - what the user typed.
error-unknown-reseller = O revendedor “{ $id }” não existe. Consulte: docflow relationships
# $id - a subscription id.
error-unknown-subscription = A assinatura “{ $id }” não existe.
# $run (number); $status - completed or cancelled (not translated).
error-run-finished = A execução { $run } { $status ->
        [completed] já foi concluída
       *[cancelled] foi cancelada
    } e não pode continuar.
# $run (number)
error-run-changed = A execução { $run } foi alterada por outro processo nesse meio-tempo. Nada foi salvo; retome-a para ver em que ponto ela está.
# $workflow - workflow id; $version (number).
error-definition-changed = A versão { $version } do fluxo de trabalho { $workflow } foi alterada, mas já há execuções que usam essa versão. Atribua um novo número de versão à definição.
# $count (number) - how many problems follow, one per line.
error-invalid-definitions = { $count ->
        [one] Uma definição de fluxo de trabalho tem um problema:
       *[other] As definições de fluxo de trabalho têm { $count } problemas:
    }
# $tag - what was given to --locale.
error-invalid-locale = “{ $tag }” não é um código de idioma válido. Use, por exemplo, en, pt-BR, ru-RU, es-ES ou zh-TW.
# $locale - what was given; $locales - the locales there are, comma-separated.
error-unknown-locale = O idioma “{ $locale }” não existe. Idiomas disponíveis: { $locales }
# $locale - the reference locale's tag (en).
error-reference-locale = { $locale } é o inglês a partir do qual as traduções são feitas; só uma tradução pode ser marcada como revisada.
# $locale - a locale tag; $ids - message ids, comma-separated.
error-not-translated = { $locale } não tem tradução destas mensagens de en, então nada foi marcado como revisado: { $ids }
error-built-in-locales = Os arquivos de idioma embutidos não podem ser alterados. Aponte --locales (ou DOCFLOW_LOCALES) para o diretório de idiomas que você está editando.
# $detail - what went wrong, in English, for the bug report (not translated).
error-bug = Isto é um defeito do docflow, não um erro seu: { $detail }. Nada desta etapa foi salvo; a execução continua onde estava antes dela. Relate o problema junto com esta mensagem.
# $reseller - the reseller's name.
error-relationship-exists = O relacionamento com { $reseller } já está estabelecido.
# $reseller - the reseller's name.
error-no-pending-request = Não há nenhuma solicitação de relacionamento pendente para { $reseller }.
# $id - a service id.
error-unknown-service = Este cliente não tem o serviço “{ $id }”.
# $vehicle - a vehicle id (premier, advanced, signature, commercial).
error-vehicle-not-entitled = O parceiro não tem direito a escalonar por meio de “{ $vehicle }”.
# $reseller - the reseller's name.
error-no-relationship = Não há relacionamento com { $reseller }.
# $contact - a contact id.
error-ineligible-contact = “{ $contact }” não pode ser { -support-contact }. O contato precisa ser o { -indirect-provider } ou um revendedor com relacionamento estabelecido e privilégios de administrador delegado.
# $value - the answer given.
error-not-an-option = “{ $value }” não é uma das opções.
# $given - the step named in the answer; $expected - the step the run is at.
error-wrong-step = Essa resposta é para a etapa “{ $given }”, mas a execução está na etapa “{ $expected }”.
# $given - the step named in the answer.
error-unknown-step = Este fluxo de trabalho não tem a etapa “{ $given }”.
# Shown when a free-text answer is empty.
error-text-required = É necessário responder aqui.
# $min (number) - the fewest characters allowed.
error-text-too-short = A resposta é curta demais: escreva pelo menos { $min ->
        [one] { $min } caractere
       *[other] { $min } caracteres
    }.
# $max (number) - the most characters allowed; $length (number) - how many were given.
error-text-too-long = A resposta é longa demais: tem { $length } caracteres, e o máximo é { $max }.
# $id - what the user typed.
error-unknown-message = Não existe a mensagem “{ $id }” em nenhum idioma.
# $agent - the agent's name; $role - their role; $workflow - the workflow's title;
# $roles - the roles that may run it, joined with list-separator.
error-role-refused = { $agent } ({ $role }) não tem permissão para executar “{ $workflow }”. Somente estas funções têm permissão: { $roles }.

## Problems in workflow definitions. Each line is preceded by file:line:column: [step].

# $detail - the parser's message, in English.
definition-syntax = inválido: { $detail }
# $id - the id written in the file; $expected - the file name it must match.
definition-id-mismatch = o id “{ $id }” deve corresponder ao nome do arquivo “{ $expected }”
# $id - a workflow id.
definition-duplicate-workflow = outro arquivo já define o fluxo de trabalho “{ $id }”
definition-duplicate-step = já existe uma etapa com este id
# $value - an option value.
definition-duplicate-option = o valor de opção “{ $value }” foi usado duas vezes
# $target - the step named.
definition-unknown-step = a etapa “{ $target }” não existe
# $kind - what was written; $kinds - the kinds there are, as written in TOML (not translated).
definition-unknown-kind = tipo de etapa desconhecido: “{ $kind }” (use um destes: { $kinds })
# $field - a field name.
definition-missing-field = o campo “{ $field }” é obrigatório aqui
# $field - a field name.
definition-field-not-allowed = o campo “{ $field }” não é permitido aqui
# $op - an operation name; $kind - query or effect (not translated).
definition-unknown-operation = não existe { $kind ->
        [query] nenhuma consulta chamada
       *[effect] nenhum efeito chamado
    } “{ $op }”
# $op - an operation; $arg - an argument name.
definition-missing-argument = “{ $op }” precisa do argumento “{ $arg }”
# $op - an operation; $arg - an argument name.
definition-unknown-argument = “{ $op }” não aceita o argumento “{ $arg }”
# $name - a variable name.
definition-unknown-variable = nenhuma etapa define a variável “{ $name }”
# $id - a message id.
definition-unknown-message = a mensagem “{ $id }” não existe em locales/en
# $role - what was written.
definition-unknown-role = função desconhecida: “{ $role }”
definition-no-roles = pelo menos uma função deve ter permissão para executar o fluxo de trabalho
definition-unreachable = nenhum caminho a partir do início leva a esta etapa
definition-no-way-out = esta etapa tem opções que não levam a lugar nenhum (adicione “next”)
definition-cannot-finish = nenhum caminho a partir desta etapa chega a uma etapa final
definition-no-default-branch = em uma lista de ramificações, a última, e somente ela, deve ficar sem “when”
# $detail - the CEL parser's message, in English.
definition-bad-guard = a condição não é uma expressão CEL válida: { $detail }
# $id - a workflow id.
definition-unknown-workflow = não há nenhum fluxo de trabalho “{ $id }” para chamar
# $workflow - the called workflow; $role - a role id.
definition-callee-refuses-role = “{ $workflow }” não permite a função “{ $role }”, que tem permissão para executar este fluxo de trabalho
definition-impossible-rules = estas regras de texto não aceitam nenhuma resposta (verifique min-length e max-length)

## `docflow l10n check`: findings about locale files.

# Severity words, before each finding.
l10n-severity-error = erro
l10n-severity-warning = aviso
# Last line of the check. $errors and $warnings (numbers).
l10n-summary = { $errors ->
        [0] nenhum erro
        [one] { $errors } erro
       *[other] { $errors } erros
    }, { $warnings ->
        [0] nenhum aviso
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }
# $detail - the parser's message, in English.
l10n-syntax = não é possível ler este trecho: { $detail }
# $first - file:line of the first definition.
l10n-duplicate = definida duas vezes; vale a primeira definição, em { $first }
l10n-missing-message = ausente: o texto em inglês é exibido no lugar
# $attribute - an attribute name.
l10n-missing-attribute = falta o atributo .{ $attribute }
# $attribute - an attribute name.
l10n-obsolete-attribute = o atributo .{ $attribute } não existe em inglês (en)
l10n-obsolete-message = não existe mais em inglês (en): nada a exibe
# $variable - a variable name, without the $.
l10n-unknown-variable = usa ${ $variable }, que não é usada em inglês (en): o programa não a fornece
# $variable - a variable name, without the $.
l10n-dropped-variable = omite ${ $variable }, que é usada em inglês (en)
# $reference - a message or term id.
l10n-unknown-reference = faz referência a { $reference }, que não está definido neste idioma
# $categories - CLDR plural categories, comma-separated (one, few, many…; not translated).
l10n-plural-missing = um seletor numérico não tem as formas de plural: { $categories }
# $key - a variant key (not translated).
l10n-plural-unreachable = a variante [{ $key }] nunca pode ser escolhida neste idioma
l10n-empty = a mensagem está vazia
# $marker - the comment text that marks an intended English text (not translated).
l10n-untranslated = texto igual ao inglês; se for intencional, adicione o comentário { $marker } acima da mensagem
l10n-unknown-message = é usada, mas não existe em inglês (en)
# $variable - a variable name; $user - the workflow file (and line) or "src" (the program).
l10n-unpassed-variable = usa ${ $variable }, que { $user } não fornece
l10n-unused = nada usa esta mensagem
# $variable - a variable name, without the $.
l10n-undocumented-variable = o comentário acima da mensagem não diz o que ${ $variable } contém
# $locale - the translation's locale tag; $id - the message id (both part of a command to run, not translated).
l10n-stale-translation = o texto em inglês mudou depois desta tradução; atualize-a se for preciso e depois execute: docflow l10n reviewed { $locale } { $id }
# $locale - the translation's locale tag; $id - the message id (both part of a command to run, not translated).
l10n-unrecorded-translation = não há registro do texto em inglês do qual isto foi traduzido; quando estiver de acordo com o inglês (en), execute: docflow l10n reviewed { $locale } { $id }
# $locale - the translation's locale tag (part of a command to run, not translated).
l10n-no-record = não há registro dos textos em inglês dos quais este idioma foi traduzido; quando as traduções estiverem de acordo com o inglês (en), execute: docflow l10n reviewed { $locale }
# $detail - the TOML reader's message, in English.
l10n-record-syntax = não é possível ler o registro dos textos em inglês de origem: { $detail }
# Labels before the English text a translation was made from, and before today's, one above the other.
l10n-english-then = Inglês anterior:
l10n-english-now = Inglês atual:
# After `docflow l10n reviewed`. $locale - a locale tag; $count (number) - how many translations were marked.
l10n-reviewed = { $count ->
        [0] { $locale }: nenhuma tradução foi marcada como revisada
        [one] { $locale }: { $count } tradução marcada como revisada em relação ao inglês atual
       *[other] { $locale }: { $count } traduções marcadas como revisadas em relação ao inglês atual
    }

## Problems found in locale files, reported as warnings.

# $file; $line and $column (numbers); $detail - the parser's message, in English.
warning-ftl-syntax = { $file }:{ $line }:{ $column }: não foi possível ler esta parte do arquivo, que será ignorada: { $detail }
# $file; $detail - what was duplicated.
warning-ftl-duplicate = { $file }: { $detail }
# $id - a message id; $locale - a language tag.
warning-message-missing = a mensagem “{ $id }” não está disponível em { $locale }; ela será exibida em inglês
# $id - a message id; $locale - a language tag; $detail - the formatter's message, in English.
warning-message-broken = a mensagem “{ $id }” em { $locale } tem um problema: { $detail }
# $id - a message id.
warning-message-unknown = a mensagem “{ $id }” não existe em nenhum idioma
# $requested - what was asked for (--locale, the agent's language or the environment); $used - the language shown instead.
warning-locale-unavailable = não há mensagens em { $requested }; o idioma usado será { $used }
