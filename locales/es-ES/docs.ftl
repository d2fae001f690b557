### docflow docs: importing articles, source drift, and how-to pages.

locale-name = Español (España)

## `docflow docs import`

# @same-as-en
docs-import-article = { $title } ({ $anchor })
docs-import-meta = idioma { $locale } · origen { $hash } · enviado a traducción el { $date }
docs-import-source = Original en inglés · versión { $hash } · editado el { $date }
# @same-as-en
docs-import-roles = roles: { $roles }
docs-import-section = § { $anchor }: { $title } ({ $steps ->
        [0] sin pasos numerados
        [one] { $steps } paso
       *[other] { $steps } pasos
    })
docs-import-segments = { $count ->
        [one] { $count } frase
       *[other] { $count } frases
    }, { $unpaired ->
        [0] todas con su original en inglés
        [one] { $unpaired } sin su original en inglés
       *[other] { $unpaired } sin su original en inglés
    }
docs-draft-written = Se ha guardado el borrador de { $workflow } en { $dir } ({ $count ->
        [one] { $count } archivo
       *[other] { $count } archivos
    }).

## `docflow docs drift`

# @same-as-en
drift-article = { $title } ({ $anchor })
drift-version = versión de origen { $hash } ({ $date }): { $locales }{ $newest ->
        [true] {" "}· la más reciente
       *[false] {""}
    }
drift-source = versión de origen { $hash } ({ $date }): artículo en inglés { $file }{ $translated ->
        [true] , { $locales }
       *[false] {""}
    }{ $newest ->
        [true] {" "}· la más reciente
       *[false] {""}
    }
drift-locale = { $locale }: traducción más reciente enviada el { $date }, hecha a partir de { $hash } ({ $behind ->
        [0] la versión de origen más reciente
        [one] { $behind } versión por detrás
       *[other] { $behind } versiones por detrás
    }) · { $file }
drift-stale = { $count ->
        [0] Todas las traducciones siguen la versión de origen más reciente.
        [one] Traducción desactualizada (hecha a partir de una versión de origen anterior): { $locales }
       *[other] Traducciones desactualizadas (hechas a partir de una versión de origen anterior): { $locales }
    }
drift-facts = Roles, pasos y notas, { $from } → { $to }: { $count ->
        [0] sin cambios
        [one] { $count } cambio
       *[other] { $count } cambios
    }
fact-roles-reshaped = lista de roles reescrita ({ $from ->
        [bullets] con viñetas
       *[inline] en una línea
    } → { $to ->
        [bullets] con viñetas
       *[inline] en una línea
    }){ $unchanged ->
        [true] , con los mismos roles
       *[false] {""}
    }
fact-roles-added = roles añadidos: { $roles }
fact-roles-removed = roles quitados: { $roles }
fact-section-added = § { $section }: sección nueva
fact-section-removed = § { $section }: sección eliminada
fact-step-count = § { $section }: { $from } → { $to } { $to ->
        [one] paso numerado
       *[other] pasos numerados
    }
fact-step-added = § { $section }: paso { $step } añadido
fact-step-removed = § { $section }: paso { $step } eliminado
fact-step-reworded = § { $section }: paso { $step } redactado de nuevo{ $old ->
        [same] {""}
       *[number] {" "}(antes, paso { $old })
    }
fact-step-moved = § { $section }: el paso { $old } cambia de lugar y ahora es el paso { $step }
fact-step-renumbered = § { $section }: el paso { $old } ahora es el paso { $step }
fact-step-labels = § { $section }: el paso { $step } { $change ->
        [added] ahora menciona { $added }
        [removed] ya no menciona { $removed }
       *[both] menciona { $added } en lugar de { $removed }
    }
fact-note-added = § { $section }{ $step ->
        [none] {""}
       *[step] , paso { $step }
    }: nota añadida
fact-note-removed = § { $section }{ $step ->
        [none] {""}
       *[step] , paso { $step }
    }: nota eliminada
fact-note-changed = § { $section }{ $step ->
        [none] {""}
       *[step] , paso { $step }
    }: nota redactada de nuevo
drift-changes = Texto de origen en inglés, { $from } → { $to } ({ $count ->
        [0] sin cambios
        [one] { $count } cambio
       *[other] { $count } cambios
    }):
drift-follows = escrito a partir del origen { $source }{ $behind ->
        [0] , el más reciente
        [one] , una versión por detrás del más reciente
       *[other] , { $behind } versiones por detrás del más reciente
    }
drift-follows-unknown = escrito a partir del origen { $source }, que no es ninguna de las versiones indicadas: es anterior a ellas o está mal escrito
drift-workflow = Flujo de trabajo { $workflow }: { $status ->
        [ok] coincide con la versión de origen más reciente
       *[differs] difiere de la versión de origen más reciente
    }
drift-extra-roles = admite roles que el artículo no incluye: { $roles }
drift-missing-roles = no admite roles que el artículo sí incluye: { $roles }
drift-section = § { $section }: { $found ->
        [false] no existe en la versión de origen más reciente
       *[true] { $steps ->
            [0] no tiene pasos numerados
            [one] sigue { $covered } de { $steps } paso
           *[other] sigue { $covered } de { $steps } pasos
        }
    }
drift-uncovered = § { $section }: no sigue { $count ->
    [one] el paso
   *[other] los pasos
} { $steps }
drift-beyond = § { $section }: cita { $count ->
    [one] un paso
   *[other] pasos
} que el artículo no tiene: { $steps }
drift-denied = detenido por --deny-stale: { $stale ->
        [0] ninguna traducción desactualizada
        [one] { $stale } traducción desactualizada
       *[other] { $stale } traducciones desactualizadas
    } y { $workflows ->
        [0] ningún flujo de trabajo desfasado respecto a su artículo
        [one] { $workflows } flujo de trabajo desfasado respecto a su artículo
       *[other] { $workflows } flujos de trabajo desfasados respecto a sus artículos
    }.

## `docflow docs render`

docs-render-progress = Generando páginas
docs-render-done = { $count ->
        [one] Se ha guardado { $count } archivo
       *[other] Se han guardado { $count } archivos
    } en { $dir }.
warning-locale-skipped = no hay mensajes en { $requested }; no se generarán páginas en ese idioma

## How-to pages.

page-all-guides = Todas las guías
page-index-title = Guías de procedimientos
page-index-intro = Guías paso a paso para las tareas del Centro de partners, escritas a partir de los mismos flujos de trabajo que ejecuta docflow, para que la guía y el procedimiento nunca se contradigan.
page-who = Quién puede hacerlo
page-achieves = Resultado
page-steps = Pasos
page-rules = Reglas y valores predeterminados
page-states = Estados
page-states-caption = Cada cuadro es un paso, numerado como en la lista anterior; las flechas indican adónde lleva cada respuesta.
page-mermaid = Código fuente del diagrama (Mermaid)
page-languages = Idiomas:{" "}
page-source = Artículo de origen
page-options = Puede elegir:
page-diagram-title = Estados de «{ $title }»
page-source-text = Esta guía sigue el artículo «{ $article }» del Centro de partners{ $section ->
        [none] .
       *[section] , sección «{ $section }».
    }
page-cites-step = Artículo: sección «{ $section }», paso { $step }.
page-cites-section = Artículo: sección «{ $section }».
page-choice-list = Elija una entrada de la lista que muestra docflow.
page-text-up-to = Escriba hasta { $max } { $max ->
        [one] carácter
       *[other] caracteres
    }.
page-text-between = Escriba entre { $min } y { $max } { $max ->
        [one] carácter
       *[other] caracteres
    }.
page-info = docflow muestra esta información; no hay nada que responder.
page-wait = La ejecución queda en espera aquí; reanúdela cuando esto haya ocurrido.
page-call = Siga la guía «{ $title }» y después vuelva aquí.

## Errors.

error-not-an-article = No se puede leer { $path } como artículo: { $missing ->
        [front-matter] no tiene front matter (--- … ---) al principio
        [locale] tiene spans en paralelo, pero su front matter no tiene ms.contentlocale
        [segments] su front matter indica una traducción (ms.contentlocale), pero no tiene frases en spans en paralelo
        [heading] no tiene título (# …)
        [date] no tiene ms.date, o su ms.date no es una fecha (MM/DD/AAAA)
       *[title] no tiene un título con ancla (# <a name="…"></a>…)
    }.
error-template = se ha producido un error en una plantilla de página: { $detail }
