### docflow: messages of the program itself (command output, errors, roles).
### Shared names are terms; use them so each name reads the same everywhere.

-indirect-provider = proveedor indirecto
-support-contact = contacto de soporte

## Partner Center roles, as the documentation names them.

# Role of an agent; shown in agent lists and refusals.
role-admin-agent = Agente de administración
# Role of an agent; shown in agent lists and refusals.
role-global-admin = Administrador global
# Role of an agent; shown in agent lists and refusals.
role-helpdesk-agent = Agente del departamento de soporte técnico
# Role of an agent; shown in agent lists and refusals.
role-sales-agent = Agente de ventas
# Role of an agent; shown in agent lists and refusals.
role-user-management-admin = Administrador de administración de usuarios

## Words used inside other messages.

# Joins items of a list, e.g. the roles allowed to run a workflow.
list-separator = {", "}
# A yes/no cell in a table.
value-yes = sí
# A yes/no cell in a table.
# @same-as-en
value-no = no

## Actions offered as options in workflows.

# Option that applies the change, like the Submit button in Partner Center.
action-submit = Enviar
# Option that goes back to the previous choice without changing anything.
action-back = Atrás
# Option that ends the review, like the Close button in Partner Center.
action-close = Cerrar

## Issues and the vehicles that escalate them to Microsoft.

# Kind of issue escalated to Microsoft; also an option caption.
issue-kind-commercial = Problema comercial (facturación, suscripciones, licencias)
# Kind of issue escalated to Microsoft; also an option caption.
issue-kind-technical = Problema técnico
# Support vehicles. The program names are brand names: keep them in English.
vehicle-commercial = Soporte comercial (todos los partners de CSP)
vehicle-premier = Premier Support for Partners (de pago)
vehicle-advanced = Advanced Support for Partners (de pago)
vehicle-signature = Signature Cloud Support (incluido con una competencia Gold o Silver)
# Status of a service request, in `docflow requests`.
request-status-open = abierta
request-status-closed = cerrada

## Run progress, printed after a run stops.

# $run (number) - the run id.
status-completed = La ejecución { $run } se ha completado.
# $run (number) - the run id; the command is literal, do not translate it.
status-waiting = La ejecución { $run } está en espera. Para continuarla, use: docflow resume { $run }
# Printed when an agent's role may not run a workflow.
status-refused = No se ha cambiado nada.
# Printed under a prompt in an interactive terminal.
hint-choose = ↑↓ mover · Intro elegir · Esc detener (la ejecución queda en espera y se puede reanudar)
# Shown when a choice has no options at all; the run waits.
run-nothing-to-choose = Todavía no hay nada que elegir aquí. La ejecución quedará en espera.
# $run (number) - the run id.
run-cancelled = La ejecución { $run } se ha cancelado.

## Run statuses, in run lists.

run-status-waiting = en espera
run-status-completed = completada
run-status-cancelled = cancelada

# Heading of `docflow runs show`.
# $run (number), $workflow (workflow id), $version (number), $agent (agent id), $status (a run status, translated)
run-header = Ejecución { $run }: { $workflow }, versión { $version }, agente { $agent }, { $status }

## Event kinds, in `docflow runs show`.

event-started = iniciada
event-prompt = pregunta mostrada
event-answer = respuesta
event-rejected = respuesta rechazada
event-effect = cambio aplicado
event-advanced = paso siguiente
event-waiting = en espera
event-condition-met = condición cumplida
event-info = información mostrada
event-called = subflujo de trabajo iniciado
event-returned = subflujo de trabajo finalizado
event-completed = completada
event-cancelled = cancelada

## Relationship states, in `docflow relationships`.

relationship-state-none = sin relación
relationship-state-requested = solicitada
relationship-state-established = establecida

# $name - the reseller's name.
relationship-accepted = { $name } ha aceptado la relación, que ya está establecida.

## `docflow init`

# $path - the database file.
init-done = Base de datos lista: { $path }
# $path - the database file.
init-done-demo = Base de datos lista con datos de demostración: { $path }

# Heading of `docflow contacts`. $customer - the customer's name.
contacts-header = Contactos de soporte que ve { $customer } en las páginas de soporte del producto:

## `docflow l10n show`.

# $workflow - a workflow id; $step - a step id.
show-used-by-workflow = Se usa en { $workflow }, paso { $step }
# The message is formatted by the program, not by a workflow.
show-used-by-program = Lo usa el propio docflow
# In place of a translation the locale lacks.
show-missing = (falta)
# In `docflow l10n show`, under a translation made from an English text that has changed since; that text follows.
show-made-from = traducido a partir de un texto en inglés anterior:

## Table column headings.

# @same-as-en
column-id = ID
column-name = Nombre
column-role = Rol
column-locale = Idioma
column-title = Título
# @same-as-en
column-roles = Roles
column-run = Ejecución
column-workflow = Flujo de trabajo
column-agent = Agente
column-status = Estado
column-step = Paso
column-updated = Última actualización
column-time = Hora
column-event = Evento
column-detail = Detalle
column-product = Producto
column-contact = Contacto de soporte
column-subscription = Suscripción
column-state = Estado
column-delegated-admin = Admin. delegado
column-support-agreement = Contrato de soporte
column-request = Solicitud
column-customer = Cliente
column-service = Servicio
column-kind = Tipo
column-vehicle = Modalidad de soporte
column-translated = Traducidos
column-percent = %
column-words = Palabras
column-errors = Errores
column-warnings = Advertencias

## Prefixes of diagnostics on the terminal. $text - the diagnostic itself.

# @same-as-en
# $text - the diagnostic itself.
cli-error = error: { $text }
# $text - the diagnostic itself.
cli-warning = advertencia: { $text }

## Errors.

# $path - the database file.
error-no-database = No hay ninguna base de datos en { $path }. Cree una con: docflow init --demo
# $path - the file that was given as the database.
error-not-a-database = { $path } no es una base de datos de docflow. No se ha modificado.
# $path - the database file; $found and $supported (numbers) - schema versions.
error-database-too-new = { $path } se escribió con una versión más reciente de docflow (versión de esquema { $found }; esta admite hasta la { $supported }). No se ha modificado; actualice docflow para poder usarlo.
# $detail - the database engine's own message, in English.
error-database = Error de la base de datos: { $detail }
# $path - a file or directory; $detail - the system's message, in English.
error-io = No se puede leer { $path }: { $detail }
# $id - what the user typed.
error-unknown-workflow = No existe el flujo de trabajo «{ $id }». Consulte: docflow workflows
# $id - what the user typed.
error-unknown-agent = No existe el agente «{ $id }». Consulte: docflow agents
# $id (number) - what the user typed.
error-unknown-run = No existe la ejecución { $id }. Consulte: docflow runs
# $id - what the user typed.
error-unknown-customer = No existe el cliente «{ $id }».
# $id - what the user typed.
error-unknown-reseller = No existe el revendedor «{ $id }». Consulte: docflow relationships
# $id - a subscription id.
error-unknown-subscription = No existe la suscripción «{ $id }».
# $run (number); $status - completed or cancelled (not translated).
error-run-finished = La ejecución { $run } { $status ->
        [completed] ya se ha completado
       *[cancelled] se ha cancelado
    } y no puede continuar.
# $run (number)
error-run-changed = Otro proceso ha modificado la ejecución { $run } mientras tanto. No se ha guardado nada; reanúdela para ver en qué punto se encuentra.
# $workflow - workflow id; $version (number).
error-definition-changed = Se ha modificado la versión { $version } del flujo de trabajo { $workflow }, pero ya hay ejecuciones que la usan. Asigne un nuevo número de versión a la definición.
# $count (number) - how many problems follow, one per line.
error-invalid-definitions = { $count ->
        [one] Una definición de flujo de trabajo tiene un problema:
       *[other] Las definiciones de flujo de trabajo tienen { $count } problemas:
    }
# $tag - what was given to --locale.
error-invalid-locale = «{ $tag }» no es un código de idioma válido. Use, por ejemplo, en, pt-BR, ru-RU, es-ES o zh-TW.
# $locale - what was given; $locales - the locales there are, comma-separated.
error-unknown-locale = No existe el idioma «{ $locale }». Idiomas disponibles: { $locales }
# $locale - the reference locale's tag (en).
error-reference-locale = { $locale } es el inglés del que se traducen los demás idiomas; solo una traducción se puede marcar como revisada.
# $locale - a locale tag; $ids - message ids, comma-separated.
error-not-translated = { $locale } no tiene traducción de estos mensajes de en, así que no se ha marcado nada como revisado: { $ids }
error-built-in-locales = Los archivos de idioma integrados no se pueden modificar. Indique con --locales (o DOCFLOW_LOCALES) el directorio de idiomas que está editando.
# $detail - what went wrong, in English, for the bug report (not translated).
error-bug = Se trata de un error de docflow, no de un fallo suyo: { $detail }. No se ha guardado nada de este paso; la ejecución sigue donde estaba antes de él. Notifíquelo junto con este mensaje.
# $reseller - the reseller's name.
error-relationship-exists = La relación con { $reseller } ya está establecida.
# $reseller - the reseller's name.
error-no-pending-request = No hay ninguna solicitud de relación pendiente para { $reseller }.
# $id - a service id.
error-unknown-service = Este cliente no tiene el servicio «{ $id }».
# $vehicle - a vehicle id (premier, advanced, signature, commercial).
error-vehicle-not-entitled = El partner no tiene derecho a escalar a través de «{ $vehicle }».
# $reseller - the reseller's name.
error-no-relationship = No hay ninguna relación con { $reseller }.
# $contact - a contact id.
error-ineligible-contact = «{ $contact }» no puede ser { -support-contact }: solo pueden serlo el { -indirect-provider } o un revendedor con una relación establecida y privilegios de administrador delegado.
# $value - the answer given.
error-not-an-option = «{ $value }» no es una de las opciones.
# $given - the step named in the answer; $expected - the step the run is at.
error-wrong-step = Esa respuesta corresponde al paso «{ $given }», pero la ejecución está en el paso «{ $expected }».
# $given - the step named in the answer.
error-unknown-step = Este flujo de trabajo no tiene ningún paso «{ $given }».
# Shown when a free-text answer is empty.
error-text-required = La respuesta es obligatoria.
# $min (number) - the fewest characters allowed.
error-text-too-short = La respuesta es demasiado corta: escriba al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }.
# $max (number) - the most characters allowed; $length (number) - how many were given.
error-text-too-long = La respuesta es demasiado larga: tiene { $length } caracteres y el máximo es { $max }.
# $id - what the user typed.
error-unknown-message = No existe el mensaje «{ $id }» en ningún idioma.
# $agent - the agent's name; $role - their role; $workflow - the workflow's title;
# $roles - the roles that may run it, joined with list-separator.
error-role-refused = { $agent } ({ $role }) no tiene permiso para ejecutar «{ $workflow }». Solo pueden hacerlo estos roles: { $roles }.

## Problems in workflow definitions. Each line is preceded by file:line:column: [step].

# $detail - the parser's message, in English.
definition-syntax = no es válido: { $detail }
# $id - the id written in the file; $expected - the file name it must match.
definition-id-mismatch = el identificador «{ $id }» debe coincidir con el nombre de archivo «{ $expected }»
# $id - a workflow id.
definition-duplicate-workflow = otro archivo ya define el flujo de trabajo «{ $id }»
definition-duplicate-step = ya existe un paso con este identificador
# $value - an option value.
definition-duplicate-option = el valor de opción «{ $value }» se usa dos veces
# $target - the step named.
definition-unknown-step = no existe ningún paso «{ $target }»
# $kind - what was written; $kinds - the kinds there are, as written in TOML (not translated).
definition-unknown-kind = tipo de paso desconocido: «{ $kind }» (use uno de estos: { $kinds })
# $field - a field name.
definition-missing-field = el campo «{ $field }» es obligatorio aquí
# $field - a field name.
definition-field-not-allowed = el campo «{ $field }» no se permite aquí
# $op - an operation name; $kind - query or effect (not translated).
definition-unknown-operation = no existe { $kind ->
        [query] ninguna consulta llamada
       *[effect] ningún efecto llamado
    } «{ $op }»
# $op - an operation; $arg - an argument name.
definition-missing-argument = «{ $op }» necesita el argumento «{ $arg }»
# $op - an operation; $arg - an argument name.
definition-unknown-argument = «{ $op }» no admite el argumento «{ $arg }»
# $name - a variable name.
definition-unknown-variable = ningún paso define la variable «{ $name }»
# $id - a message id.
definition-unknown-message = el mensaje «{ $id }» no existe en locales/en
# $role - what was written.
definition-unknown-role = rol desconocido: «{ $role }»
definition-no-roles = al menos un rol debe poder ejecutar el flujo de trabajo
definition-unreachable = ningún camino desde el inicio lleva a este paso
definition-no-way-out = este paso tiene opciones que no llevan a ninguna parte (añada «next»)
definition-cannot-finish = ningún camino desde este paso llega a un paso final
definition-no-default-branch = en una lista de ramas, la última, y solo ella, debe ir sin «when»
# $detail - the CEL parser's message, in English.
definition-bad-guard = la condición no es una expresión CEL válida: { $detail }
# $id - a workflow id.
definition-unknown-workflow = no existe ningún flujo de trabajo «{ $id }» al que llamar
# $workflow - the called workflow; $role - a role id.
definition-callee-refuses-role = «{ $workflow }» no permite el rol «{ $role }», que sí puede ejecutar este flujo de trabajo
definition-impossible-rules = estas reglas de texto no aceptan ninguna respuesta (revise min-length y max-length)

## `docflow l10n check`: findings about locale files.

# Severity words, before each finding.
# @same-as-en
l10n-severity-error = error
l10n-severity-warning = advertencia
# Last line of the check. $errors and $warnings (numbers).
l10n-summary = { $errors ->
        [0] ningún error
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [0] ninguna advertencia
        [one] { $warnings } advertencia
       *[other] { $warnings } advertencias
    }
# $detail - the parser's message, in English.
l10n-syntax = no se puede leer este fragmento: { $detail }
# $first - file:line of the first definition.
l10n-duplicate = definido dos veces; prevalece la primera definición, en { $first }
l10n-missing-message = falta: se muestra el texto en inglés
# $attribute - an attribute name.
l10n-missing-attribute = falta el atributo .{ $attribute }
# $attribute - an attribute name.
l10n-obsolete-attribute = el atributo .{ $attribute } no existe en inglés (en)
l10n-obsolete-message = ya no existe en inglés (en): nada lo muestra
# $variable - a variable name, without the $.
l10n-unknown-variable = usa ${ $variable }, que no se usa en inglés (en): el programa no la proporciona
# $variable - a variable name, without the $.
l10n-dropped-variable = omite ${ $variable }, que sí se usa en inglés (en)
# $reference - a message or term id.
l10n-unknown-reference = hace referencia a { $reference }, que este idioma no define
# $categories - CLDR plural categories, comma-separated (one, few, many…; not translated).
l10n-plural-missing = a un selector numérico le faltan las formas de plural: { $categories }
# $key - a variant key (not translated).
l10n-plural-unreachable = la variante [{ $key }] no se puede elegir nunca en este idioma
l10n-empty = el mensaje está vacío
# $marker - the comment text that marks an intended English text (not translated).
l10n-untranslated = el texto es igual que en inglés; si es intencionado, añada encima el comentario { $marker }
l10n-unknown-message = se usa, pero no existe en inglés (en)
# $variable - a variable name; $user - the workflow file (and line) or "src" (the program).
l10n-unpassed-variable = usa ${ $variable }, que { $user } no proporciona
l10n-unused = nada usa este mensaje
# $variable - a variable name, without the $.
l10n-undocumented-variable = el comentario de encima no dice qué contiene ${ $variable }
# $locale - the translation's locale tag; $id - the message id (both part of a command to run, not translated).
l10n-stale-translation = el texto en inglés cambió después de esta traducción; actualícela si hace falta y después ejecute: docflow l10n reviewed { $locale } { $id }
# $locale - the translation's locale tag; $id - the message id (both part of a command to run, not translated).
l10n-unrecorded-translation = no consta de qué texto en inglés se tradujo; cuando coincida con el inglés (en), ejecute: docflow l10n reviewed { $locale } { $id }
# $locale - the translation's locale tag (part of a command to run, not translated).
l10n-no-record = no consta de qué textos en inglés se tradujo este idioma; cuando sus traducciones coincidan con el inglés (en), ejecute: docflow l10n reviewed { $locale }
# $detail - the TOML reader's message, in English.
l10n-record-syntax = no se puede leer el registro de los textos en inglés de origen: { $detail }
# Labels before the English text a translation was made from, and before today's, one above the other.
l10n-english-then = Inglés anterior:
l10n-english-now = Inglés actual:
# After `docflow l10n reviewed`. $locale - a locale tag; $count (number) - how many translations were marked.
l10n-reviewed = { $count ->
        [0] { $locale }: no se ha marcado ninguna traducción como revisada
        [one] { $locale }: { $count } traducción marcada como revisada con el inglés actual
       *[other] { $locale }: { $count } traducciones marcadas como revisadas con el inglés actual
    }

## Problems found in locale files, reported as warnings.

# $file; $line and $column (numbers); $detail - the parser's message, in English.
warning-ftl-syntax = { $file }:{ $line }:{ $column }: no se ha podido leer esta parte del archivo y se omitirá: { $detail }
# $file; $detail - what was duplicated.
warning-ftl-duplicate = { $file }: { $detail }
# $id - a message id; $locale - a language tag.
warning-message-missing = el mensaje «{ $id }» no está disponible en { $locale }; se muestra en inglés
# $id - a message id; $locale - a language tag; $detail - the formatter's message, in English.
warning-message-broken = el mensaje «{ $id }» en { $locale } tiene un problema: { $detail }
# $id - a message id.
warning-message-unknown = el mensaje «{ $id }» no existe en ningún idioma
# $requested - what was asked for (--locale, the agent's language or the environment); $used - the language shown instead.
warning-locale-unavailable = no hay mensajes en { $requested }; se usará { $used }
