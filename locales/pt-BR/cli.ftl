## A linha de comando: `docflow --help`, a ajuda de cada comando, a página de
## manual (`docflow man`) e os erros de uso. Os ids seguem os comandos:
## cli-<comando> descreve um comando (cli-runs-show é `docflow runs show`),
## cli-<comando>--<opção> uma de suas opções ou argumentos. Os nomes de
## comandos e opções (run, --agent) não são traduzidos.

# The program, at the top of `docflow --help`.
cli-docflow = Fluxos de trabalho guiados e localizados, baseados na documentação do produto e executados sobre SQLite ou PostgreSQL
cli-docflow--db = Arquivo do banco de dados SQLite, ou uma URL do PostgreSQL (postgres://…).
cli-docflow--locale = Idioma das mensagens (por exemplo, pt-BR, ru-RU, es-ES, zh-TW, en); repita para indicar, em ordem, os idiomas alternativos. Para docs render: os idiomas das páginas.
cli-docflow--locales = Lê os arquivos de idioma deste diretório em vez dos integrados.
cli-docflow--workflows = Lê as definições de fluxo de trabalho deste diretório em vez das integradas.
cli-docflow--json = Exibe JSON em vez de texto.
cli-docflow--durability = O quanto uma etapa resiste: normal resiste a uma falha do docflow; full também resiste a uma queda de energia e aguarda o disco a cada etapa.
cli-init = Cria ou migra o banco de dados.
cli-init--demo = Também carrega os dados de demonstração.
cli-demo = Mostra, passo a passo, como atribuir um contato de suporte em um banco de dados de demonstração (criado se não existir).
cli-demo--agent = O agente que executa a demonstração.
cli-agents = Lista os agentes ou gerencia como um deles entra no docflow serve.
cli-agents-set-password = Define a senha de um agente (lida da entrada padrão quando ela não é um terminal).
cli-agents-set-password--agent = O ID do agente.
cli-agents-token = Gera e exibe um novo token de API para um agente.
cli-agents-token--agent = O ID do agente.
cli-agents-revoke-tokens = Revoga todos os tokens de API de um agente.
cli-agents-revoke-tokens--agent = O ID do agente.
cli-workflows = Lista os fluxos de trabalho.
cli-run = Inicia uma execução de fluxo de trabalho.
cli-run--workflow = O fluxo de trabalho a executar.
cli-run--agent = O agente que executa o fluxo de trabalho.
cli-run--answers = Responde a uma etapa antecipadamente; repita, em ordem.
cli-resume = Continua uma execução que está aguardando.
cli-resume--run = O número da execução.
cli-resume--answers = Responde a uma etapa antecipadamente; repita, em ordem.
cli-runs = Lista as execuções ou exibe o histórico de uma execução.
cli-runs-show = Uma execução com todo o seu histórico.
cli-runs-show--run = O número da execução.
cli-cancel = Cancela uma execução que está aguardando.
cli-cancel--run = O número da execução.
cli-contacts = Exibe cada assinatura de um cliente com o respectivo contato de suporte.
cli-contacts--customer = O ID do cliente.
cli-requests = Lista as solicitações de serviço registradas na Microsoft.
cli-preview = Todos os textos de um fluxo de trabalho em um idioma, com valores de exemplo, sem banco de dados.
cli-preview--workflow = O fluxo de trabalho a visualizar.
cli-l10n = Ferramentas para tradutores.
cli-l10n-check = Compara cada idioma com en, e os fluxos de trabalho com as mensagens.
cli-l10n-check--strict = Trata os avisos como erros.
cli-l10n-stats = O progresso de cada idioma: mensagens traduzidas, palavras, problemas.
cli-l10n-show = Uma mensagem em todos os idiomas, com seu comentário e onde ela é usada.
cli-l10n-show--id = O ID da mensagem.
cli-l10n-reviewed = Registra que as traduções foram conferidas com o inglês atual, para que o l10n check deixe de apontá-las como desatualizadas.
cli-l10n-reviewed--translation = O idioma cujas traduções foram revisadas (por exemplo, ru-RU).
cli-l10n-reviewed--ids = Os IDs das mensagens revisadas; todas as mensagens do idioma quando nenhum é informado.
cli-relationships = Lista os relacionamentos com revendedores ou executa uma ação em um deles.
cli-relationships-accept = Age em nome do revendedor para aceitar um relacionamento solicitado.
cli-relationships-accept--reseller = O ID do revendedor.
cli-docs = Documentação: importa artigos localizados, compara seus textos de origem e gera páginas de instruções.
cli-docs-import = Lê artigos (traduções no formato lado a lado ou a origem em inglês em Markdown simples) e mostra o que eles dizem.
cli-docs-import--files = Os arquivos dos artigos.
cli-docs-import--draft = Também grava neste diretório um rascunho de fluxo de trabalho e rascunhos de arquivos .ftl.
cli-docs-drift = Compara os textos de origem em inglês a partir dos quais as traduções foram feitas e verifica os fluxos de trabalho que citam cada artigo em relação à versão de origem mais recente.
cli-docs-drift--files = Os arquivos dos artigos.
cli-docs-drift--segments = Lista também as frases em inglês que mudaram entre as versões.
cli-docs-drift--deny_stale = Sai com status 1 quando uma tradução está desatualizada ou um fluxo de trabalho não corresponde mais ao artigo (para a CI dos redatores).
cli-docs-render = Gera páginas de instruções localizadas para todos os fluxos de trabalho.
cli-docs-render--out = Diretório em que as páginas serão gravadas.
cli-docs-render--format = Formato das páginas.
cli-graph = Exibe a máquina de estados de um fluxo de trabalho.
cli-graph--workflow = O fluxo de trabalho a desenhar.
cli-graph--format = Formato do diagrama.
cli-completions = Exibe um script de preenchimento automático para o shell (por exemplo, docflow completions bash > ~/.local/share/bash-completion/completions/docflow).
cli-completions--shell = O shell.
cli-man = Exibe a página de manual, em roff (por exemplo, docflow man > docflow.1).
cli-db = Ferramentas de banco de dados.
cli-db-copy = Copia todas as linhas de um banco de dados, incluindo as execuções e o histórico delas, para um banco vazio e confere as contagens.
cli-db-copy--from = O banco de dados a copiar: um arquivo SQLite ou uma URL do PostgreSQL.
cli-db-copy--to = O banco de dados vazio que recebe a cópia: uma URL do PostgreSQL ou um arquivo SQLite.

## Partes de todas as páginas de ajuda.
cli-help = Exibe a ajuda.
cli-version = Exibe a versão.
cli-usage = Uso: { $usage }
cli-commands = Comandos:
cli-arguments = Argumentos:
cli-options = Opções:
# After an option's help. $value - its default value (not translated).
cli-help-with-note = { $help } { $note }
cli-default = (padrão: { $value })
# After an option's help. $name - the environment variable that can set it.
cli-env = (ou a variável de ambiente { $name })
# After an option's help, and after an invalid value. $values - the possible values (not translated), joined by list-separator.
cli-values = (um destes: { $values })

cli-serve = Disponibiliza as páginas da Web e a API JSON para os agentes autenticados.
cli-serve--listen = O endereço em que o servidor escuta.
cli-serve--demo = Cria o banco de dados com dados e senhas de demonstração, se ele não existir.
cli-serve--auth_proxy_header = Confia neste cabeçalho de solicitação, definido por um proxy de autenticação, para identificar o agente.
cli-serve--secure_cookies = Marca os cookies como Secure, para que os navegadores só os enviem por HTTPS (atrás de um proxy TLS).
cli-mcp = Disponibiliza os fluxos de trabalho a um assistente de IA como ferramentas do Model Context Protocol, pela entrada e saída padrão.
cli-mcp--agent = O agente em nome de quem o assistente age; a função dele decide o que o assistente pode iniciar.

## Erros de uso (status de saída 2), exibidos após "erro: ".
# $arg - what was typed.
cli-error-unknown-argument = argumento inesperado “{ $arg }”
# $command - what was typed.
cli-error-unknown-command = não existe o comando “{ $command }”
# $value - what was typed; $arg - the option or argument it was given for.
cli-error-invalid-value = “{ $value }” não é um valor válido para { $arg }
# $args - the missing options or arguments.
cli-error-missing-argument = é preciso informar { $args }
cli-error-missing-command = é preciso informar um comando
# $detail - the argument parser's own message, in English.
cli-error-other = a linha de comando não é válida: { $detail }
# $suggestion - a command or option that exists.
cli-error-suggestion = você quis dizer “{ $suggestion }”?
cli-more-information = Para obter mais informações, adicione --help.
