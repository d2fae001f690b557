### docflow serve: the web pages agents work in, and the server's own messages.

## Every page.

# The product's name, in the title bar and the page header; keep it as is.
# @same-as-en
web-app-name = docflow
web-separator = {" · "}
# Link to the home page.
web-nav-home = Inicio
# Link to the page where a stand-in accepts relationship requests for resellers.
web-nav-relationships = Solicitudes para revendedores
# Link to the how-to pages.
web-nav-docs = Guías de procedimientos
# Button that ends the sign-in session.
web-sign-out = Cerrar sesión
# $agent (name), $role (a role, translated)
web-signed-in-as = { $agent }, { $role }
# Label of the list of languages on every page.
web-language = Idioma
# Button that saves the chosen language.
web-language-save = Cambiar idioma
# Link for keyboard users that skips the header.
web-skip-to-content = Saltar al contenido

## Sign in.

web-sign-in-title = Iniciar sesión
web-sign-in-agent = Identificador de agente
web-sign-in-password = Contraseña
web-sign-in-submit = Iniciar sesión
# After a wrong agent ID or password; it must not say which of the two was wrong.
web-sign-in-failed = El identificador de agente o la contraseña no son correctos.
web-sign-in-throttled = Demasiados intentos fallidos para este agente. Espere unos minutos y vuelva a intentarlo.

## Home.

web-home-title = Su trabajo
web-home-start-heading = Iniciar un procedimiento
web-home-start = Iniciar
web-home-inbox-heading = Pendiente
web-home-inbox-empty = No tiene nada pendiente.
web-home-recent-heading = Completadas recientemente
web-home-recent-empty = Todavía no se ha completado ninguna ejecución.
# $run (number) - the run id; $workflow (a workflow title, translated)
web-run-link = Ejecución { $run }: { $workflow }
# $agent (agent id): who started a run, in lists a Global admin sees.
web-run-started-by = iniciada por { $agent }

## A run.

# $run (number) - the run id; $workflow (a workflow title, translated)
web-run-title = Ejecución { $run }: { $workflow }
# Button under a step's form.
web-run-continue = Continuar
# Label of the box that narrows a long list of options.
web-run-filter = Filtrar las opciones
# Under a free-text box: $min and $max (numbers) are lengths in characters.
web-text-rules = { $min ->
        [0] Hasta { $max } caracteres.
        [one] Entre 1 y { $max } caracteres.
       *[other] Entre { $min } y { $max } caracteres.
    }
# Heading over what a waiting run waits for.
web-run-waits-heading = Esta ejecución está en espera
# Button that checks whether what the run waits for has happened.
web-run-check-again = Volver a comprobar
# Shown when the run can go on without an answer.
web-run-moves = La ejecución puede continuar.
web-run-completed = Esta ejecución se ha completado.
web-run-cancelled = Esta ejecución se ha cancelado.
web-run-cancel = Cancelar esta ejecución
web-run-history-heading = Historial
# Link from a step to the how-to page's section for it.
web-run-howto = Procedimiento para este paso
# After a second Submit of the same step (a double click, another tab, Back).
web-run-stale = Ese paso ya se había respondido. Este es el estado actual de la ejecución.

## The stand-in for resellers.

web-relationships-title = Solicitudes de relación
# Explains that this page stands in for the reseller's side, for the demo.
web-relationships-stand-in = Simulación: en el Centro de partners, el revendedor acepta la solicitud en su propia cuenta. Aquí la acepta usted en su nombre.
web-relationships-none = No hay ninguna solicitud pendiente de que la acepte un revendedor.
# $name (a reseller's name)
web-relationships-accept = Aceptar en nombre de { $name }

## Failures, with their HTTP status.

web-error-title = No se ha podido mostrar esta página
# 401: the request carried no valid sign-in or token.
error-sign-in-needed = Primero debe iniciar sesión.
# 403: a form without its security token, or with an old one.
error-csrf = Este formulario ha caducado. Vuelva a cargar la página e inténtelo de nuevo.
# 403. $run (number) - the run id.
error-run-not-yours = La ejecución { $run } pertenece a otro agente. Solo ese agente o un administrador global pueden verla.
# 403: the stand-in page is for those who act for the partner as a whole.
error-stand-in-role = Solo un agente de administración o un administrador global pueden aceptar solicitudes en nombre de un revendedor.
# 404
error-page-not-found = Esta página no existe.
# 400: the request's body or query is not what the API expects.
error-bad-request = La solicitud no tiene el formato que espera esta dirección. El archivo README indica los campos de cada solicitud.
# 500: the client learns only that the server failed; the detail is in the server's log.
error-internal = El servidor no ha podido responder; el fallo figura en su registro. Vuelva a cargar la página para ver qué se ha guardado.
error-bug-server = Se trata de un error de docflow, no de un fallo suyo. No se ha guardado nada de este paso; la ejecución sigue donde estaba antes de él. Los detalles figuran en el registro del servidor: notifíquelo.

## Agents' credentials, in the command line.

# $agent (agent id)
agents-password-prompt = Nueva contraseña para { $agent }
agents-password-confirm = La misma contraseña otra vez
agents-password-mismatch = Las dos contraseñas no coinciden. Vuelva a escribirlas.
# $agent (agent id)
agents-password-set = { $agent } ya puede iniciar sesión con esta contraseña.
# $min (number)
error-password-too-short = La contraseña debe tener al menos { $min } caracteres.
# $agent (agent id). The token follows on the next line.
agents-token-created = Nuevo token de API para { $agent }. Solo se muestra esta vez; guárdelo en secreto:
# $agent (agent id), $count (number)
agents-tokens-revoked = { $count ->
        [0] { $agent } no tenía ningún token en uso.
        [one] Se ha revocado un token de { $agent }.
       *[other] Se han revocado { $count } tokens de { $agent }.
    }

## docflow serve, at start.

# $name (what was given for --auth-proxy-header)
error-header-name = «{ $name }» no puede ser un nombre de encabezado HTTP.
error-listen = No se puede escuchar en { $address }: { $detail }

# $url (an address)
serve-listening = docflow está disponible en { $url }
# $agent (agent id), $password (the demo password): how to sign in to the demo.
serve-demo-sign-in = Inicie sesión como { $agent } (o como cualquier agente de `docflow agents`) con la contraseña { $password }
# After the lines above.
serve-stop = Pulse Ctrl+C para detenerlo.

## Moving a database: docflow db copy.

db-copied = { $rows ->
    [one] Se ha copiado una fila de { $tables } tablas en { $path }; cada tabla tiene tantas filas como antes.
   *[other] Se han copiado { $rows } filas de { $tables } tablas en { $path }; cada tabla tiene tantas filas como antes.
}
error-copy-target-not-empty = { $path } ya contiene datos. docflow solo copia en una base de datos vacía; no se ha escrito nada.
error-copy-counts = La tabla { $table } tenía { $from } filas, pero han llegado { $to }. Se ha deshecho la copia; no se ha escrito nada.
