//! Frontends: how a run's prompts reach a terminal, a pipe or a JSON reader.

use console::style;
use dialoguer::{Input, Select};
use serde_json::json;

use crate::l10n::Localizer;
use crate::session::{Frontend, Prompt};
use crate::transcript::Said;

pub fn for_output<'a>(json: bool, l10n: &'a Localizer) -> Box<dyn Frontend + 'a> {
    if json {
        Box::new(Json)
    } else if super::interactive() {
        Box::new(Terminal {
            l10n,
            hinted: false,
        })
    } else {
        Box::new(Plain { l10n })
    }
}

/// One JSON object per line on stdout.
struct Json;

/// Prints one object of a run's transcript as a line.
pub(super) fn emit(said: &Said) {
    outln!("{}", json!(said));
}

impl Frontend for Json {
    fn show(&mut self, prompt: &Prompt) {
        emit(&Said::prompt(prompt));
    }

    fn ask(&mut self, prompt: &Prompt) -> Option<String> {
        self.show(prompt);
        None
    }

    fn info(&mut self, run: i64, step: &str, text: &str) {
        emit(&Said::info(run, step, text));
    }

    fn error(&mut self, run: Option<i64>, step: Option<&str>, text: &str) {
        emit(&Said::error(run, step, text));
    }
}

/// Text for pipes and logs: the prompt and its options with their values,
/// so a person reading it knows what to pass to `--answer`.
struct Plain<'a> {
    l10n: &'a Localizer,
}

impl Frontend for Plain<'_> {
    fn show(&mut self, prompt: &Prompt) {
        print_prompt(prompt);
    }

    fn ask(&mut self, prompt: &Prompt) -> Option<String> {
        print_prompt(prompt);
        None
    }

    fn info(&mut self, _run: i64, _step: &str, text: &str) {
        outln!("{text}");
    }

    fn error(&mut self, _run: Option<i64>, _step: Option<&str>, text: &str) {
        eprintln!(
            "{}",
            self.l10n.format(&super::print::prefixed("cli-error", text))
        );
    }
}

fn print_prompt(prompt: &Prompt) {
    let width = prompt
        .options
        .iter()
        .map(|o| console::measure_text_width(&o.value))
        .max()
        .unwrap_or(0);
    outln!("{}", prompt.text);
    for option in &prompt.options {
        let value = console::pad_str(&option.value, width, console::Alignment::Left, None);
        outln!("  {value}  {}", option.label);
    }
}

/// A person at a terminal: a list to move through and pick from.
struct Terminal<'a> {
    l10n: &'a Localizer,
    /// The key hint is shown before the first list only.
    hinted: bool,
}

/// dialoguer's plain look, minus the `:` it appends to prompts, which reads
/// wrongly after a sentence in any language.
struct Theme;

impl dialoguer::theme::Theme for Theme {
    fn format_select_prompt(&self, f: &mut dyn std::fmt::Write, prompt: &str) -> std::fmt::Result {
        write!(f, "{}", style(prompt).bold())
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        _default: Option<&str>,
    ) -> std::fmt::Result {
        write!(f, "{}\n› ", style(prompt).bold())
    }

    fn format_input_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        answer: &str,
    ) -> std::fmt::Result {
        write!(f, "{prompt} › {}", style(answer).green())
    }

    fn format_select_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        selection: &str,
    ) -> std::fmt::Result {
        write!(f, "{prompt} › {}", style(selection).green())
    }
}

impl Frontend for Terminal<'_> {
    fn show(&mut self, prompt: &Prompt) {
        print_prompt(prompt);
    }

    fn ask(&mut self, prompt: &Prompt) -> Option<String> {
        if !std::mem::replace(&mut self.hinted, true) {
            eprintln!("{}", style(self.l10n.text("hint-choose")).dim());
        }
        if prompt.is_free_text() {
            return Input::<String>::with_theme(&Theme)
                .with_prompt(&prompt.text)
                .allow_empty(true)
                .interact_text()
                .ok();
        }
        let labels: Vec<&str> = prompt.options.iter().map(|o| o.label.as_str()).collect();
        let chosen = Select::with_theme(&Theme)
            .with_prompt(&prompt.text)
            .items(&labels)
            .default(0)
            .interact_opt()
            .ok()
            .flatten()?;
        prompt.options.get(chosen).map(|o| o.value.clone())
    }

    fn info(&mut self, _run: i64, _step: &str, text: &str) {
        outln!("{}", style(text).bold());
    }

    fn error(&mut self, _run: Option<i64>, _step: Option<&str>, text: &str) {
        let line = self.l10n.format(&super::print::prefixed("cli-error", text));
        eprintln!("{}", style(line).red());
    }
}
