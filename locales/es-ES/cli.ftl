## La línea de comandos: `docflow --help`, la ayuda de cada comando, la página
## del manual (`docflow man`) y los errores de uso. Los ids siguen los comandos:
## cli-<comando> describe un comando (cli-runs-show es `docflow runs show`),
## cli-<comando>--<opción> una de sus opciones o argumentos. Los nombres de
## comandos y opciones (run, --agent) no se traducen.

# The program, at the top of `docflow --help`.
cli-docflow = Flujos de trabajo guiados y localizados, basados en la documentación del producto y ejecutados sobre SQLite o PostgreSQL
cli-docflow--db = Archivo de base de datos SQLite, o una URL de PostgreSQL (postgres://…).
cli-docflow--locale = Idioma de los mensajes (p. ej., pt-BR, ru-RU, es-ES, zh-TW, en); repítala para indicar, por orden, los idiomas alternativos. Para docs render: los idiomas de las páginas.
cli-docflow--locales = Lee los archivos de idioma de este directorio en lugar de los integrados.
cli-docflow--workflows = Lee las definiciones de flujo de trabajo de este directorio en lugar de las integradas.
cli-docflow--json = Muestra JSON en lugar de texto.
cli-docflow--durability = Cuánto resiste un paso: normal resiste un bloqueo de docflow; full también resiste un corte de corriente y espera al disco en cada paso.
cli-init = Crea o migra la base de datos.
cli-init--demo = Carga también los datos de demostración.
cli-demo = Muestra paso a paso cómo asignar un contacto de soporte en una base de datos de demostración (que se crea si no existe).
cli-demo--agent = El agente que ejecuta la demostración.
cli-agents = Enumera los agentes o administra cómo inicia sesión uno de ellos en docflow serve.
cli-agents-set-password = Establece la contraseña de un agente (se lee de la entrada estándar cuando esta no es un terminal).
cli-agents-set-password--agent = El identificador del agente.
cli-agents-token = Genera y muestra un nuevo token de API para un agente.
cli-agents-token--agent = El identificador del agente.
cli-agents-revoke-tokens = Revoca todos los tokens de API de un agente.
cli-agents-revoke-tokens--agent = El identificador del agente.
cli-workflows = Enumera los flujos de trabajo.
cli-run = Inicia una ejecución de un flujo de trabajo.
cli-run--workflow = El flujo de trabajo que se va a ejecutar.
cli-run--agent = El agente que ejecuta el flujo de trabajo.
cli-run--answers = Responde a un paso por adelantado; repítala en orden.
cli-resume = Continúa una ejecución en espera.
cli-resume--run = El número de la ejecución.
cli-resume--answers = Responde a un paso por adelantado; repítala en orden.
cli-runs = Enumera las ejecuciones o muestra el historial de una de ellas.
cli-runs-show = Una ejecución con todo su historial.
cli-runs-show--run = El número de la ejecución.
cli-cancel = Cancela una ejecución en espera.
cli-cancel--run = El número de la ejecución.
cli-contacts = Muestra cada suscripción de un cliente con su contacto de soporte.
cli-contacts--customer = El identificador del cliente.
cli-requests = Enumera las solicitudes de servicio presentadas a Microsoft.
cli-preview = Todos los textos de un flujo de trabajo en un idioma, con valores de ejemplo, sin base de datos.
cli-preview--workflow = El flujo de trabajo del que se va a obtener una vista previa.
cli-l10n = Herramientas para traductores.
cli-l10n-check = Compara cada idioma con en, y los flujos de trabajo con los mensajes.
cli-l10n-check--strict = Trata las advertencias como errores.
cli-l10n-stats = El grado de avance de cada idioma: mensajes traducidos, palabras, problemas.
cli-l10n-show = Un mensaje en todos los idiomas, con su comentario y dónde se usa.
cli-l10n-show--id = El identificador del mensaje.
cli-l10n-reviewed = Registra que las traducciones se han cotejado con el inglés actual, para que l10n check deje de señalarlas como desactualizadas.
cli-l10n-reviewed--translation = El idioma cuyas traducciones se han revisado (por ejemplo, ru-RU).
cli-l10n-reviewed--ids = Los identificadores de los mensajes revisados; todos los del idioma si no se indica ninguno.
cli-relationships = Enumera las relaciones con revendedores o actúa sobre una de ellas.
cli-relationships-accept = Actúa en nombre del revendedor para aceptar una relación solicitada.
cli-relationships-accept--reseller = El identificador del revendedor.
cli-docs = Documentación: importa artículos localizados, compara sus textos de origen y genera páginas de procedimientos.
cli-docs-import = Lee artículos (traducciones en formato bilingüe en paralelo o el original en inglés en Markdown sin formato) y muestra lo que dicen.
cli-docs-import--files = Los archivos de los artículos.
cli-docs-import--draft = Guarda también en este directorio un borrador de flujo de trabajo y borradores de archivos .ftl.
cli-docs-drift = Compara los textos de origen en inglés a partir de los que se hicieron las traducciones y contrasta los flujos de trabajo que citan cada artículo con su versión de origen más reciente.
cli-docs-drift--files = Los archivos de los artículos.
cli-docs-drift--segments = Muestra también las frases en inglés que cambiaron entre versiones.
cli-docs-drift--deny_stale = Termina con el estado 1 si una traducción está desactualizada o un flujo de trabajo ya no coincide con su artículo (para la CI de los redactores).
cli-docs-render = Genera páginas de procedimientos localizadas para todos los flujos de trabajo.
cli-docs-render--out = Directorio en el que se guardan las páginas.
cli-docs-render--format = Formato de las páginas.
cli-graph = Muestra la máquina de estados de un flujo de trabajo.
cli-graph--workflow = El flujo de trabajo que se va a dibujar.
cli-graph--format = Formato del diagrama.
cli-completions = Muestra un script de autocompletado para el shell (p. ej., docflow completions bash > ~/.local/share/bash-completion/completions/docflow).
cli-completions--shell = El shell.
cli-man = Muestra la página del manual, en roff (p. ej., docflow man > docflow.1).
cli-db = Herramientas de base de datos.
cli-db-copy = Copia todas las filas de una base de datos, incluidas las ejecuciones y su historial, en otra vacía, y comprueba los recuentos.
cli-db-copy--from = La base de datos que se copia: un archivo SQLite o una URL de PostgreSQL.
cli-db-copy--to = La base de datos vacía en la que se copia: una URL de PostgreSQL o un archivo SQLite.

## Partes de todas las páginas de ayuda.
cli-help = Muestra la ayuda.
cli-version = Muestra la versión.
cli-usage = Uso: { $usage }
cli-commands = Comandos:
cli-arguments = Argumentos:
cli-options = Opciones:
# After an option's help. $value - its default value (not translated).
cli-help-with-note = { $help } { $note }
cli-default = (predeterminado: { $value })
# After an option's help. $name - the environment variable that can set it.
cli-env = (o la variable de entorno { $name })
# After an option's help, and after an invalid value. $values - the possible values (not translated), joined by list-separator.
cli-values = (uno de estos: { $values })

cli-serve = Sirve las páginas web y la API JSON a los agentes que han iniciado sesión.
cli-serve--listen = La dirección en la que escucha el servidor.
cli-serve--demo = Crea la base de datos con datos y contraseñas de demostración si no existe.
cli-serve--auth_proxy_header = Confía en este encabezado de solicitud, establecido por un proxy de autenticación, para identificar al agente.
cli-serve--secure_cookies = Marca las cookies como Secure, para que los navegadores solo las envíen por HTTPS (detrás de un proxy TLS).
cli-mcp = Ofrece los flujos de trabajo a un asistente de IA como herramientas de Model Context Protocol, por la entrada y la salida estándar.
cli-mcp--agent = El agente en cuyo nombre actúa el asistente; su rol decide qué puede iniciar.

## Errores de uso (código de salida 2), que se muestran después de "error: ".
# $arg - what was typed.
cli-error-unknown-argument = argumento inesperado «{ $arg }»
# $command - what was typed.
cli-error-unknown-command = no existe el comando «{ $command }»
# $value - what was typed; $arg - the option or argument it was given for.
cli-error-invalid-value = «{ $value }» no es un valor válido para { $arg }
# $args - the missing options or arguments.
cli-error-missing-argument = es necesario indicar { $args }
cli-error-missing-command = es necesario indicar un comando
# $detail - the argument parser's own message, in English.
cli-error-other = la línea de comandos no es válida: { $detail }
# $suggestion - a command or option that exists.
cli-error-suggestion = ¿quería decir «{ $suggestion }»?
cli-more-information = Para obtener más información, añada --help.
