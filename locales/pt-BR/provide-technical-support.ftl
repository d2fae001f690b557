### Workflow "provide-technical-support": help a customer with a service,
### checking its health first, then resolve the issue or escalate it.

# Workflow title, in workflow lists and page titles.
support-title = Prestar suporte técnico a um cliente
# One-line summary, in workflow lists.
support-description = Verifique a integridade do serviço de um cliente e resolva o problema no âmbito do suporte básico ou escalone-o para a Microsoft.

# Step "customer".
support-customer-prompt = Selecione o cliente que precisa de suporte.
# Caption of one customer. $name - its name.
support-customer-option = { $name }

# Step "service": service management. $customer-name - the customer.
support-service-prompt = Gerenciamento de serviços de { $customer-name }: selecione o serviço com o qual deseja trabalhar.
# Caption of one service. $name - its name; $status - healthy, degraded or outage (not translated);
# $active-incidents (number).
support-service-option = { $name } · { $status ->
        [healthy] íntegro
        [degraded] degradado
       *[outage] interrompido
    }{ $active-incidents ->
        [0] {""}
        [one] , { $active-incidents } incidente ativo
       *[other] , { $active-incidents } incidentes ativos
    }
# Shown when the customer has no services; the run waits. $customer-name - the customer.
support-service-none = { $customer-name } ainda não tem serviços.

# Step "health": shown first, before anything else.
# $health-name - the service; $health-status - healthy, degraded or outage (not translated);
# $health-active-incidents (number); $health-incidents - ids and titles, separated by ";".
support-health = Integridade do serviço { $health-name }: { $health-status ->
        [healthy] íntegro
        [degraded] degradado
       *[outage] interrompido
    }. { $health-active-incidents ->
        [0] Nenhum incidente ativo.
        [one] { $health-active-incidents } incidente ativo: { $health-incidents }.
       *[other] { $health-active-incidents } incidentes ativos: { $health-incidents }.
    }

# Step "action". $service-name - the service.
support-action-prompt = Como o problema em { $service-name } será tratado?
# Option: the partner resolved it within its baseline support scope.
support-action-resolved = Resolvido no âmbito do suporte básico
# Option: escalate it to Microsoft with a service request.
support-action-escalate = Escalonar para a Microsoft com uma solicitação de serviço

# Step "kind".
support-kind-prompt = Que tipo de problema é?

# Step "entitlement": technical escalation needs a vehicle.
# $technical-count (number) - technical vehicles the partner is entitled to.
support-entitlement = { $technical-count ->
        [0] Você não tem nenhuma modalidade de suporte técnico: o escalonamento técnico exige o Premier ou o Advanced Support for Partners, ou uma competência Gold ou Silver para o Signature Cloud Support.
        [one] Você tem direito a { $technical-count } modalidade de suporte técnico.
       *[other] Você tem direito a { $technical-count } modalidades de suporte técnico.
    }

# Step "no-vehicle": what is still possible without a technical vehicle.
support-no-vehicle-prompt = O escalonamento técnico não está disponível. O que você deseja fazer?
# Option: file it as a commercial issue instead.
support-no-vehicle-commercial = Escalonar como problema comercial
# Option: stop without filing anything.
support-no-vehicle-cancel = Parar sem abrir nenhuma solicitação

# Step "vehicle". $issue-id - commercial or technical (not translated).
support-vehicle-prompt = Selecione a modalidade de suporte para este problema { $issue-id ->
        [commercial] comercial
       *[technical] técnico
    }.
# Caption of one vehicle. $id - premier, advanced, signature or commercial (not translated).
support-vehicle-option = { $id ->
        [premier] { vehicle-premier }
        [advanced] { vehicle-advanced }
        [signature] { vehicle-signature }
       *[commercial] { vehicle-commercial }
    }

# Step "describe": free text, 10 to 2000 characters.
support-describe-prompt = Descreva o problema para a Microsoft: o que acontece, desde quando e o que você já tentou.

# Step "file": confirm before filing. $customer-name, $service-name; $vehicle-id (not translated);
# $problem-text - the description typed.
support-file-prompt = Deseja abrir uma solicitação de serviço para { $customer-name }, { $service-name }, por meio { $vehicle-id ->
        [premier] do Premier Support for Partners
        [advanced] do Advanced Support for Partners
        [signature] do Signature Cloud Support
       *[commercial] do suporte comercial
    }? Descrição: { $problem-text }

# Shown when the request is filed. $request-id - the service request number.
support-filed = A solicitação de serviço { $request-id } foi aberta. Informe esse número ao cliente e ao suporte da Microsoft.

# Step "resolution": free text, 10 to 2000 characters.
support-resolution-prompt = Descreva o problema e como você o resolveu.

# Step "record". $service-name - the service.
support-record-prompt = Deseja registrar esta solução para { $service-name }?
# Option that records it.
support-record-save = Registrar a solução

# Shown when the resolution is recorded.
support-resolved = Pronto. A solução foi registrada.

# Shown when the agent stops without filing.
support-cancelled = Interrompido. Nenhuma solicitação foi aberta.

## How-to page (docflow docs render): each step as a guide says it.

support-howto-service = Abra o gerenciamento de serviços e selecione o serviço com o qual deseja trabalhar. Cada serviço mostra sua integridade e os incidentes ativos.
support-howto-health = Antes de qualquer outra coisa, verifique a integridade do serviço e os incidentes ativos.
support-howto-action = Decida se você resolveu o problema no âmbito do suporte básico ou se precisa escaloná-lo para a Microsoft.
support-howto-entitlement = O docflow mostra as modalidades de suporte técnico às quais você tem direito.
support-howto-vehicle = Selecione a modalidade de suporte pela qual deseja escalonar o problema.
support-howto-file = Verifique os detalhes e abra a solicitação de serviço.
support-howto-filed = A solicitação de serviço foi aberta. Informe o número dela ao cliente e ao suporte da Microsoft.
support-howto-record = Registre a solução.
support-rule-baseline = Resolva o que puder no âmbito do suporte básico; escalone para a Microsoft apenas o que não conseguir resolver.
support-rule-commercial = Problemas comerciais sempre podem ser escalonados: o suporte comercial está disponível para todos os parceiros.
support-rule-technical = Problemas técnicos exigem o Premier ou o Advanced Support for Partners, ou o Signature Cloud Support, incluído com uma competência Gold ou Silver.
