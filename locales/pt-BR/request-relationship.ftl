### Workflow "request-relationship": request a relationship with an indirect
### reseller and, once they accept, record the support agreement.

# Workflow title, in workflow lists and page titles.
request-title = Solicitar um relacionamento com um revendedor
# One-line summary, in workflow lists.
request-description = Solicite um relacionamento a um revendedor indireto, aguarde até que ele aceite e registre o contrato de suporte técnico.

# Step "reseller": resellers without an established relationship.
request-reseller-prompt = Selecione o revendedor a quem deseja solicitar um relacionamento.
# Caption of one reseller. $name - its name; $state - none or requested (not translated).
request-reseller-option = { $name }{ $state ->
        [requested] {" "}(solicitação pendente)
       *[none] {""}
    }
# Shown when every reseller already has an established relationship; the run waits.
request-reseller-none = Todos os revendedores já têm um relacionamento estabelecido.

# Step "privileges". $reseller-name - the chosen reseller.
request-privileges-prompt = Deseja solicitar privilégios de administrador delegado a { $reseller-name }? Somente um revendedor com esses privilégios pode ser { -support-contact }.
# Option: request the relationship with delegated admin privileges.
request-privileges-yes = Sim, com privilégios de administrador delegado
# Option: request the relationship without them.
request-privileges-no = Não, sem privilégios de administrador delegado

# Step "await": the run waits until the reseller accepts. $reseller-name - the reseller.
request-await = A solicitação de relacionamento enviada a { $reseller-name } está pendente. Quando ela for aceita, retome esta execução.

# Step "agreement". $reseller-name - the reseller, who has accepted.
request-agreement-prompt = { $reseller-name } aceitou o relacionamento. Deseja registrar o contrato de suporte para a prestação de suporte técnico?
# Option that records the agreement.
request-agreement-record = Registrar o contrato de suporte

# Shown when the workflow ends. $reseller-name - the reseller;
# $relationship-delegated-admin - true or false (not translated).
request-done = O relacionamento com { $reseller-name } está estabelecido e o contrato de suporte foi registrado.{ $relationship-delegated-admin ->
        [true] {" "}Agora { $reseller-name } pode ser { -support-contact }.
       *[false] {" "}Sem privilégios de administrador delegado, { $reseller-name } não pode ser { -support-contact }.
    }

## How-to page (docflow docs render): each step as a guide says it.

request-howto-privileges = Escolha se deseja solicitar privilégios de administrador delegado.
request-howto-await = Aguarde até que o revendedor aceite a solicitação e, em seguida, retome a execução.
request-howto-agreement = Depois que o revendedor aceitar, registre o contrato de suporte para a prestação de suporte técnico.
request-howto-done = O relacionamento está estabelecido e o contrato de suporte foi registrado.
request-rule-delegated = Somente um revendedor com privilégios de administrador delegado pode ser { -support-contact }.
