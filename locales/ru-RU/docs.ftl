### docflow docs: importing articles, source drift, and how-to pages.

locale-name = Русский

## `docflow docs import`

docs-import-article = { $title } ({ $anchor })
docs-import-meta = язык { $locale } · оригинал { $hash } · передано на перевод { $date }
docs-import-source = английский оригинал · версия { $hash } · изменен { $date }
docs-import-roles = роли: { $roles }
docs-import-section = § { $anchor }: { $title } ({ $steps ->
        [one] { $steps } шаг
        [few] { $steps } шага
        [many] { $steps } шагов
       *[other] { $steps } шага
    })
docs-import-segments = { $count ->
        [one] { $count } предложение
        [few] { $count } предложения
        [many] { $count } предложений
       *[other] { $count } предложения
    }, { $unpaired ->
        [0] все с английским оригиналом
        [one] { $unpaired } без английского оригинала
        [few] { $unpaired } без английского оригинала
        [many] { $unpaired } без английского оригинала
       *[other] { $unpaired } без английского оригинала
    }
docs-draft-written = Черновик рабочего процесса { $workflow } сохранен в { $dir } ({ $count ->
        [one] { $count } файл
        [few] { $count } файла
        [many] { $count } файлов
       *[other] { $count } файла
    }).

## `docflow docs drift`

drift-article = { $title } ({ $anchor })
drift-version = оригинал { $hash } ({ $date }): { $locales }{ $newest ->
        [true] {" "}· новейший
       *[false] {""}
    }
drift-source = оригинал { $hash } ({ $date }): английская статья { $file }{ $translated ->
        [true] , { $locales }
       *[false] {""}
    }{ $newest ->
        [true] {" "}· новейший
       *[false] {""}
    }
drift-locale = { $locale }: последний перевод передан { $date }, сделан по оригиналу { $hash } ({ $behind ->
        [0] последняя версия
        [one] отстает на { $behind } версию
        [few] отстает на { $behind } версии
        [many] отстает на { $behind } версий
       *[other] отстает на { $behind } версии
    }) · { $file }
drift-stale = { $count ->
        [0] Все переводы сделаны по последней версии оригинала.
        [one] Устаревший перевод (по старой версии оригинала): { $locales }
        [few] Устаревшие переводы (по старой версии оригинала): { $locales }
        [many] Устаревшие переводы (по старой версии оригинала): { $locales }
       *[other] Устаревшие переводы (по старой версии оригинала): { $locales }
    }
drift-facts = Роли, шаги и примечания, { $from } → { $to }: { $count ->
        [0] без изменений
        [one] { $count } изменение
        [few] { $count } изменения
        [many] { $count } изменений
       *[other] { $count } изменения
    }
fact-roles-reshaped = список ролей переписан ({ $from ->
        [bullets] маркированным списком
       *[inline] в одну строку
    } → { $to ->
        [bullets] маркированным списком
       *[inline] в одну строку
    }){ $unchanged ->
        [true] , роли прежние
       *[false] {""}
    }
fact-roles-added = добавлены роли: { $roles }
fact-roles-removed = удалены роли: { $roles }
fact-section-added = § { $section }: новый раздел
fact-section-removed = § { $section }: раздел удален
fact-step-count = § { $section }: { $from } → { $to } { $to ->
        [one] нумерованный шаг
        [few] нумерованных шага
        [many] нумерованных шагов
       *[other] нумерованного шага
    }
fact-step-added = § { $section }: добавлен шаг { $step }
fact-step-removed = § { $section }: удален шаг { $step }
fact-step-reworded = § { $section }: шаг { $step } сформулирован иначе{ $old ->
        [same] {""}
       *[number] {" "}(раньше шаг { $old })
    }
fact-step-moved = § { $section }: шаг { $old } перемещен, теперь это шаг { $step }
fact-step-renumbered = § { $section }: шаг { $old } теперь шаг { $step }
fact-step-labels = § { $section }: шаг { $step } { $change ->
        [added] теперь упоминает { $added }
        [removed] больше не упоминает { $removed }
       *[both] упоминает { $added } вместо { $removed }
    }
fact-note-added = § { $section }{ $step ->
        [none] {""}
       *[step] , шаг { $step }
    }: добавлено примечание
fact-note-removed = § { $section }{ $step ->
        [none] {""}
       *[step] , шаг { $step }
    }: удалено примечание
fact-note-changed = § { $section }{ $step ->
        [none] {""}
       *[step] , шаг { $step }
    }: примечание сформулировано иначе
drift-changes = Английский оригинал, { $from } → { $to } ({ $count ->
        [one] { $count } изменение
        [few] { $count } изменения
        [many] { $count } изменений
       *[other] { $count } изменения
    }):
drift-follows = написан по источнику { $source }{ $behind ->
        [0] , самому новому
        [one] , отстает от самого нового на { $behind } версию
        [few] , отстает от самого нового на { $behind } версии
        [many] , отстает от самого нового на { $behind } версий
       *[other] , отстает от самого нового на { $behind } версии
    }
drift-follows-unknown = написан по источнику { $source }, которого нет среди указанных версий: он старше их или указан с ошибкой
drift-workflow = Рабочий процесс { $workflow }: { $status ->
        [ok] соответствует последней версии оригинала
       *[differs] расходится с последней версией оригинала
    }
drift-extra-roles = допускает роли, которых нет в статье: { $roles }
drift-missing-roles = не допускает роли, перечисленные в статье: { $roles }
drift-section = § { $section }: { $found ->
        [false] нет в последней версии оригинала
       *[true] { $steps ->
            [0] нет нумерованных шагов
            [one] охвачено { $covered } из { $steps } шага
            [few] охвачено { $covered } из { $steps } шагов
            [many] охвачено { $covered } из { $steps } шагов
           *[other] охвачено { $covered } из { $steps } шага
        }
    }
drift-uncovered = § { $section }: не { $count ->
    [one] охвачен шаг
    [few] охвачены шаги
    [many] охвачены шаги
   *[other] охвачены шаги
} { $steps }
drift-beyond = § { $section }: { $count ->
    [one] ссылка на шаг, которого
    [few] ссылки на шаги, которых
    [many] ссылки на шаги, которых
   *[other] ссылки на шаги, которых
} нет в статье: { $steps }
drift-denied = остановлено флагом --deny-stale: { $stale ->
        [0] устаревших переводов нет
        [one] { $stale } устаревший перевод
        [few] { $stale } устаревших перевода
        [many] { $stale } устаревших переводов
       *[other] { $stale } устаревшего перевода
    }; { $workflows ->
        [0] рабочих процессов, отставших от статьи, нет
        [one] { $workflows } рабочий процесс отстал от статьи
        [few] { $workflows } рабочих процесса отстали от статей
        [many] { $workflows } рабочих процессов отстали от статей
       *[other] { $workflows } рабочего процесса отстали от статей
    }.

## `docflow docs render`

docs-render-progress = Запись страниц
docs-render-done = { $count ->
        [one] В { $dir } записан { $count } файл.
        [few] В { $dir } записано { $count } файла.
        [many] В { $dir } записано { $count } файлов.
       *[other] В { $dir } записано { $count } файла.
    }
warning-locale-skipped = нет сообщений для языка { $requested }; страницы на этом языке не созданы

## How-to pages.

page-all-guides = Все руководства
page-index-title = Практические руководства
page-index-intro = Пошаговые руководства по задачам в Центре партнеров. Они составлены по тем же рабочим процессам, которые выполняет docflow, поэтому руководство всегда совпадает с процедурой.
page-who = Кто может это сделать
page-achieves = Результат
page-steps = Шаги
page-rules = Правила и значения по умолчанию
page-states = Состояния
page-states-caption = Каждый блок — это шаг с тем же номером, что и в списке выше; стрелки показывают, к чему ведет каждый ответ.
page-mermaid = Исходный код диаграммы (Mermaid)
page-languages = Языки:{" "}
page-source = Исходная статья
page-options = Варианты:
page-diagram-title = Состояния процесса «{ $title }»
page-source-text = Это руководство основано на статье Центра партнеров «{ $article }»{ $section ->
        [none] .
       *[section] , раздел «{ $section }».
    }
page-cites-step = Статья: раздел «{ $section }», шаг { $step }.
page-cites-section = Статья: раздел «{ $section }».
page-choice-list = Выберите один элемент из списка, который показывает docflow.
page-text-up-to = Введите не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
page-text-between = Введите от { $min } до { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
page-info = docflow показывает эти сведения; отвечать ничего не нужно.
page-wait = На этом шаге запуск ожидает; когда это произойдет, продолжите его.
page-call = Выполните шаги руководства «{ $title }» и вернитесь сюда.

## Errors.

error-not-an-article = { $path } не удается прочитать как статью: { $missing ->
        [front-matter] в начале файла нет блока метаданных (--- … ---)
        [locale] в файле есть парные элементы span, но в блоке метаданных нет ms.contentlocale
        [segments] блок метаданных указывает на перевод (ms.contentlocale), но в файле нет предложений в парных элементах span
        [heading] в файле нет заголовка (# …)
        [date] нет ms.date, или ms.date не является датой (ММ/ДД/ГГГГ)
       *[title] в файле нет заголовка с якорем (# <a name="…"></a>…)
    }.
error-template = не удалось обработать шаблон страницы: { $detail }
