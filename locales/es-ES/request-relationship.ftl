### Workflow "request-relationship": request a relationship with an indirect
### reseller and, once they accept, record the support agreement.

# Workflow title, in workflow lists and page titles.
request-title = Solicitar una relación con un revendedor
# One-line summary, in workflow lists.
request-description = Solicite una relación a un revendedor indirecto, espere a que la acepte y registre el contrato de soporte técnico.

# Step "reseller": resellers without an established relationship.
request-reseller-prompt = Seleccione el revendedor al que desea solicitar una relación.
# Caption of one reseller. $name - its name; $state - none or requested (not translated).
request-reseller-option = { $name }{ $state ->
        [requested] {" "}(solicitud pendiente)
       *[none] {""}
    }
# Shown when every reseller already has an established relationship; the run waits.
request-reseller-none = Todos los revendedores tienen ya una relación establecida.

# Step "privileges". $reseller-name - the chosen reseller.
request-privileges-prompt = ¿Desea solicitar privilegios de administrador delegado a { $reseller-name }? Solo un revendedor con estos privilegios puede ser { -support-contact }.
# Option: request the relationship with delegated admin privileges.
request-privileges-yes = Sí, con privilegios de administrador delegado
# Option: request the relationship without them.
request-privileges-no = No, sin privilegios de administrador delegado

# Step "await": the run waits until the reseller accepts. $reseller-name - the reseller.
request-await = La solicitud de relación enviada a { $reseller-name } está pendiente. Cuando { $reseller-name } la acepte, reanude esta ejecución.

# Step "agreement". $reseller-name - the reseller, who has accepted.
request-agreement-prompt = { $reseller-name } ha aceptado la relación. ¿Desea registrar el contrato de soporte para la prestación de soporte técnico?
# Option that records the agreement.
request-agreement-record = Registrar el contrato de soporte

# Shown when the workflow ends. $reseller-name - the reseller;
# $relationship-delegated-admin - true or false (not translated).
request-done = La relación con { $reseller-name } está establecida y se ha registrado el contrato de soporte.{ $relationship-delegated-admin ->
        [true] {" "}Ahora { $reseller-name } puede ser { -support-contact }.
       *[false] {" "}Sin privilegios de administrador delegado, { $reseller-name } no puede ser { -support-contact }.
    }

## How-to page (docflow docs render): each step as a guide says it.

request-howto-privileges = Elija si desea solicitar privilegios de administrador delegado.
request-howto-await = Espere a que el revendedor acepte la solicitud y, después, reanude la ejecución.
request-howto-agreement = Cuando el revendedor haya aceptado, registre el contrato de soporte para la prestación de soporte técnico.
request-howto-done = La relación está establecida y se ha registrado el contrato de soporte.
request-rule-delegated = Solo un revendedor con privilegios de administrador delegado puede ser { -support-contact }.
