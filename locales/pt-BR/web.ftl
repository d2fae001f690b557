### docflow serve: the web pages agents work in, and the server's own messages.

## Every page.

# The product's name, in the title bar and the page header; keep it as is.
# @same-as-en
web-app-name = docflow
web-separator = {" · "}
# Link to the home page.
web-nav-home = Início
# Link to the page where a stand-in accepts relationship requests for resellers.
web-nav-relationships = Solicitações para revendedores
# Link to the how-to pages.
web-nav-docs = Guias de instruções
# Button that ends the sign-in session.
web-sign-out = Sair
# $agent (name), $role (a role, translated)
web-signed-in-as = { $agent }, { $role }
# Label of the list of languages on every page.
web-language = Idioma
# Button that saves the chosen language.
web-language-save = Alterar idioma
# Link for keyboard users that skips the header.
web-skip-to-content = Pular para o conteúdo

## Sign in.

web-sign-in-title = Entrar
web-sign-in-agent = ID do agente
web-sign-in-password = Senha
web-sign-in-submit = Entrar
# After a wrong agent ID or password; it must not say which of the two was wrong.
web-sign-in-failed = ID do agente ou senha incorretos.
web-sign-in-throttled = Muitas tentativas malsucedidas para este agente. Aguarde alguns minutos e tente novamente.

## Home.

web-home-title = Seu trabalho
web-home-start-heading = Iniciar um procedimento
web-home-start = Iniciar
web-home-inbox-heading = Aguardando você
web-home-inbox-empty = Não há nada aguardando você.
web-home-recent-heading = Concluídas recentemente
web-home-recent-empty = Nenhuma execução foi concluída ainda.
# $run (number) - the run id; $workflow (a workflow title, translated)
web-run-link = Execução { $run }: { $workflow }
# $agent (agent id): who started a run, in lists a Global admin sees.
web-run-started-by = iniciada por { $agent }

## A run.

# $run (number) - the run id; $workflow (a workflow title, translated)
web-run-title = Execução { $run }: { $workflow }
# Button under a step's form.
web-run-continue = Continuar
# Label of the box that narrows a long list of options.
web-run-filter = Filtrar as opções
# Under a free-text box: $min and $max (numbers) are lengths in characters.
web-text-rules = { $min ->
        [0] Até { $max } caracteres.
        [one] De 1 a { $max } caracteres.
       *[other] De { $min } a { $max } caracteres.
    }
# Heading over what a waiting run waits for.
web-run-waits-heading = Esta execução está aguardando
# Button that checks whether what the run waits for has happened.
web-run-check-again = Verificar novamente
# Shown when the run can go on without an answer.
web-run-moves = A execução pode continuar.
web-run-completed = Esta execução foi concluída.
web-run-cancelled = Esta execução foi cancelada.
web-run-cancel = Cancelar esta execução
web-run-history-heading = Histórico
# Link from a step to the how-to page's section for it.
web-run-howto = Instruções para esta etapa
# After a second Submit of the same step (a double click, another tab, Back).
web-run-stale = Essa etapa já havia sido respondida. Esta é a situação atual da execução.

## The stand-in for resellers.

web-relationships-title = Solicitações de relacionamento
# Explains that this page stands in for the reseller's side, for the demo.
web-relationships-stand-in = Simulação: no Partner Center, o revendedor aceita a solicitação na própria conta. Aqui, você a aceita em nome dele.
web-relationships-none = Nenhuma solicitação está aguardando a aceitação de um revendedor.
# $name (a reseller's name)
web-relationships-accept = Aceitar em nome de { $name }

## Failures, with their HTTP status.

web-error-title = Não foi possível exibir esta página
# 401: the request carried no valid sign-in or token.
error-sign-in-needed = É preciso entrar primeiro.
# 403: a form without its security token, or with an old one.
error-csrf = Este formulário expirou. Recarregue a página e tente novamente.
# 403. $run (number) - the run id.
error-run-not-yours = A execução { $run } pertence a outro agente. Somente esse agente ou um administrador global pode vê-la.
# 403: the stand-in page is for those who act for the partner as a whole.
error-stand-in-role = Somente um agente administrativo ou um administrador global pode aceitar solicitações em nome de um revendedor.
# 404
error-page-not-found = Esta página não existe.
# 400: the request's body or query is not what the API expects.
error-bad-request = A solicitação não está no formato que este endereço espera. O README lista os campos de cada solicitação.
# 500: the client learns only that the server failed; the detail is in the server's log.
error-internal = O servidor não conseguiu responder; a falha está no log dele. Recarregue a página para ver o que foi salvo.
error-bug-server = Isto é um defeito do docflow, não um erro seu. Nada desta etapa foi salvo; a execução continua onde estava antes dela. Os detalhes estão no log do servidor: relate o problema.

## Agents' credentials, in the command line.

# $agent (agent id)
agents-password-prompt = Nova senha para { $agent }
agents-password-confirm = A mesma senha novamente
agents-password-mismatch = As duas senhas são diferentes. Digite-as novamente.
# $agent (agent id)
agents-password-set = Agora { $agent } pode entrar com esta senha.
# $min (number)
error-password-too-short = A senha precisa ter pelo menos { $min } caracteres.
# $agent (agent id). The token follows on the next line.
agents-token-created = Novo token de API para { $agent }. Ele é exibido somente desta vez; mantenha-o em segredo:
# $agent (agent id), $count (number)
agents-tokens-revoked = { $count ->
        [0] { $agent } não tinha nenhum token em uso.
        [one] Um token de { $agent } foi revogado.
       *[other] { $count } tokens de { $agent } foram revogados.
    }

## docflow serve, at start.

# $name (what was given for --auth-proxy-header)
error-header-name = “{ $name }” não pode ser usado como nome de cabeçalho HTTP.
error-listen = Não foi possível escutar em { $address }: { $detail }

# $url (an address)
serve-listening = O docflow está disponível em { $url }
# $agent (agent id), $password (the demo password): how to sign in to the demo.
serve-demo-sign-in = Entre como { $agent } (ou como qualquer agente listado em `docflow agents`) com a senha { $password }
# After the lines above.
serve-stop = Pressione Ctrl+C para parar.

## Moving a database: docflow db copy.

db-copied = { $rows ->
    [0] Nenhuma linha copiada para { $path }: o banco de dados de origem estava vazio.
    [one] { $rows } linha de { $tables } tabelas copiada para { $path }; cada tabela tem tantas linhas quanto antes.
   *[other] { $rows } linhas de { $tables } tabelas copiadas para { $path }; cada tabela tem tantas linhas quanto antes.
}
error-copy-target-not-empty = { $path } já contém dados. O docflow só copia para um banco de dados vazio; nada foi gravado.
error-copy-counts = A tabela { $table } tinha { $from } linhas, mas chegaram { $to }. A cópia foi desfeita; nada foi gravado.
