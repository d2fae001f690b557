### Workflow "provide-technical-support": help a customer with a service,
### checking its health first, then resolve the issue or escalate it.

# Workflow title, in workflow lists and page titles.
support-title = Prestar soporte técnico a un cliente
# One-line summary, in workflow lists.
support-description = Compruebe el estado del servicio de un cliente y resuelva el problema dentro del soporte básico o escálelo a Microsoft.

# Step "customer".
support-customer-prompt = Seleccione el cliente que necesita soporte.
# Caption of one customer. $name - its name.
support-customer-option = { $name }

# Step "service": service management. $customer-name - the customer.
support-service-prompt = Administración de servicios de { $customer-name }: seleccione el servicio con el que desea trabajar.
# Caption of one service. $name - its name; $status - healthy, degraded or outage (not translated);
# $active-incidents (number).
support-service-option = { $name } · { $status ->
        [healthy] operativo
        [degraded] degradado
       *[outage] interrumpido
    }{ $active-incidents ->
        [0] {""}
        [one] , { $active-incidents } incidente activo
       *[other] , { $active-incidents } incidentes activos
    }
# Shown when the customer has no services; the run waits. $customer-name - the customer.
support-service-none = { $customer-name } todavía no tiene servicios.

# Step "health": shown first, before anything else.
# $health-name - the service; $health-status - healthy, degraded or outage (not translated);
# $health-active-incidents (number); $health-incidents - ids and titles, separated by ";".
support-health = Estado del servicio { $health-name }: { $health-status ->
        [healthy] operativo
        [degraded] degradado
       *[outage] interrumpido
    }. { $health-active-incidents ->
        [0] No hay incidentes activos.
        [one] { $health-active-incidents } incidente activo: { $health-incidents }.
       *[other] { $health-active-incidents } incidentes activos: { $health-incidents }.
    }

# Step "action". $service-name - the service.
support-action-prompt = ¿Cómo se gestiona el problema de { $service-name }?
# Option: the partner resolved it within its baseline support scope.
support-action-resolved = Resuelto dentro del soporte básico
# Option: escalate it to Microsoft with a service request.
support-action-escalate = Escalar a Microsoft con una solicitud de servicio

# Step "kind".
support-kind-prompt = ¿Qué tipo de problema es?

# Step "entitlement": technical escalation needs a vehicle.
# $technical-count (number) - technical vehicles the partner is entitled to.
support-entitlement = { $technical-count ->
        [0] No tiene ninguna modalidad de soporte técnico: para escalar problemas técnicos necesita Premier o Advanced Support for Partners, o una competencia Gold o Silver para Signature Cloud Support.
        [one] Tiene derecho a { $technical-count } modalidad de soporte técnico.
       *[other] Tiene derecho a { $technical-count } modalidades de soporte técnico.
    }

# Step "no-vehicle": what is still possible without a technical vehicle.
support-no-vehicle-prompt = El escalado técnico no está disponible. ¿Qué desea hacer?
# Option: file it as a commercial issue instead.
support-no-vehicle-commercial = Escalarlo como problema comercial
# Option: stop without filing anything.
support-no-vehicle-cancel = Detener sin abrir ninguna solicitud

# Step "vehicle". $issue-id - commercial or technical (not translated).
support-vehicle-prompt = Seleccione la modalidad de soporte para este problema { $issue-id ->
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
support-describe-prompt = Describa el problema para Microsoft: qué ocurre, desde cuándo y qué ha intentado ya.

# Step "file": confirm before filing. $customer-name, $service-name; $vehicle-id (not translated);
# $problem-text - the description typed.
support-file-prompt = ¿Desea abrir una solicitud de servicio para { $customer-name }, { $service-name }, a través { $vehicle-id ->
        [premier] de Premier Support for Partners
        [advanced] de Advanced Support for Partners
        [signature] de Signature Cloud Support
       *[commercial] del soporte comercial
    }? Descripción: { $problem-text }

# Shown when the request is filed. $request-id - the service request number.
support-filed = Se ha abierto la solicitud de servicio { $request-id }. Facilite este número al cliente y al soporte técnico de Microsoft.

# Step "resolution": free text, 10 to 2000 characters.
support-resolution-prompt = Describa el problema y cómo lo ha resuelto.

# Step "record". $service-name - the service.
support-record-prompt = ¿Desea registrar esta solución para { $service-name }?
# Option that records it.
support-record-save = Registrar la solución

# Shown when the resolution is recorded.
support-resolved = Listo. Se ha registrado la solución.

# Shown when the agent stops without filing.
support-cancelled = Detenido. No se ha abierto ninguna solicitud.

## How-to page (docflow docs render): each step as a guide says it.

support-howto-service = Abra la administración de servicios y seleccione el servicio con el que desea trabajar. Cada servicio muestra su estado y sus incidentes activos.
support-howto-health = Antes que nada, compruebe el estado del servicio y sus incidentes activos.
support-howto-action = Decida si ha resuelto el problema dentro del soporte básico o si necesita escalarlo a Microsoft.
support-howto-entitlement = docflow muestra las modalidades de soporte técnico a las que tiene derecho.
support-howto-vehicle = Seleccione la modalidad de soporte a través de la cual desea escalar el problema.
support-howto-file = Compruebe los detalles y abra la solicitud de servicio.
support-howto-filed = Se ha abierto una solicitud de servicio. Facilite su número al cliente y al soporte técnico de Microsoft.
support-howto-record = Registre la solución.
support-rule-baseline = Resuelva lo que pueda dentro del soporte básico; escale a Microsoft solo lo que no pueda resolver.
support-rule-commercial = Los problemas comerciales siempre se pueden escalar: el soporte comercial está disponible para todos los partners.
support-rule-technical = Los problemas técnicos requieren Premier o Advanced Support for Partners, o bien Signature Cloud Support, que se incluye con una competencia Gold o Silver.
