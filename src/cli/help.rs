//! The command line in the reader's language: `--help` of every command,
//! the manual page, and clap's usage errors.
//!
//! The clap definitions stay the one declaration of commands and options;
//! their texts are Fluent messages whose ids are derived from that tree:
//! `cli-<command path>` for a command (`cli-docflow`, `cli-runs-show`) and
//! `cli-<command path>--<argument>` for an argument (`cli-run--agent`).
//! [`message_ids`] lists them for the translators' checker.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::l10n::Localizer;
use crate::value::Message;

/// The command path of the root command in message ids.
const ROOT: &str = "docflow";

/// `command` with every text in `l10n`'s language.
pub fn localized(command: Command, l10n: &Localizer) -> Command {
    let command = command.disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(l10n.text("cli-version")),
    );
    localize(command, ROOT, l10n)
}

fn localize(command: Command, path: &str, l10n: &Localizer) -> Command {
    let about = l10n.text(&command_key(path));
    let template = template(&command, l10n);
    let mut command = command
        .about(about)
        .help_template(template)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(l10n.text("cli-help")),
        );
    let own: Vec<String> = command
        .get_arguments()
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .filter(|a| is_own(a, path))
        .map(|a| a.get_id().to_string())
        .collect();
    for id in own {
        let key = arg_key(path, &id);
        command = command.mut_arg(id, |arg| describe(arg, &key, l10n));
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in subcommands {
        let sub_path = subcommand_path(path, &name);
        command = command.mut_subcommand(name, |sub| localize(sub, &sub_path, l10n));
    }
    command
}

// The message-id scheme, in one place for `localize` and `message_ids`.

fn command_key(path: &str) -> String {
    format!("cli-{path}")
}

fn arg_key(path: &str, arg: &str) -> String {
    format!("cli-{path}--{arg}")
}

/// Whether `arg` is described at `path`: a global option only at the root,
/// where it is declared.
fn is_own(arg: &Arg, path: &str) -> bool {
    path == ROOT || !arg.is_global_set()
}

fn subcommand_path(path: &str, name: &str) -> String {
    if path == ROOT {
        name.to_owned()
    } else {
        format!("{path}-{name}")
    }
}

/// An argument's help, with its default, environment variable and possible
/// values said in the reader's language rather than clap's English.
fn describe(arg: Arg, key: &str, l10n: &Localizer) -> Arg {
    let mut help = l10n.text(key);
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() {
        let message = Message::new("cli-default").arg("value", defaults.join(", "));
        help = with_note(l10n, &help, &message);
    }
    if let Some(env) = arg.get_env() {
        let message = Message::new("cli-env").arg("name", env.to_string_lossy().into_owned());
        help = with_note(l10n, &help, &message);
    }
    let takes_value = arg.get_action().takes_values();
    let values: Vec<String> = arg
        .get_possible_values()
        .into_iter()
        .filter(|_| takes_value)
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !values.is_empty() {
        let separator = l10n.text("list-separator");
        let message = Message::new("cli-values").arg("values", values.join(&separator));
        help = with_note(l10n, &help, &message);
    }
    // Said above; clap would repeat it in English. A flag takes no value,
    // and clap shows neither for it.
    arg.help(help)
        .hide_env(true)
        .hide_default_value(takes_value)
        .hide_possible_values(takes_value)
}

/// `help` followed by a note, joined as the language joins them.
fn with_note(l10n: &Localizer, help: &str, note: &Message) -> String {
    let joined = Message::new("cli-help-with-note")
        .arg("help", help)
        .arg("note", l10n.format(note));
    l10n.format(&joined)
}

/// clap's help layout with its headings in the reader's language; a
/// section a command does not have is left out.
fn template(command: &Command, l10n: &Localizer) -> String {
    let mut sections = vec![
        "{about-with-newline}".to_owned(),
        // clap fills `{usage}` in; the language places it.
        l10n.format(&Message::new("cli-usage").arg("usage", "{usage}")),
    ];
    if command.has_subcommands() {
        sections.push(format!("\n{}\n{{subcommands}}", l10n.text("cli-commands")));
    }
    if command.get_positionals().next().is_some() {
        sections.push(format!("\n{}\n{{positionals}}", l10n.text("cli-arguments")));
    }
    sections.push(format!("\n{}\n{{options}}", l10n.text("cli-options")));
    sections.join("\n")
}

/// What a usage error says, in the reader's language: the error, and where
/// to read more. clap's own wording is kept only for kinds this does not
/// know, inside a localized sentence.
pub fn usage_error(error: &clap::Error, l10n: &Localizer) -> String {
    let separator = l10n.text("list-separator");
    let context = |kind| {
        error
            .get(kind)
            .map(|value| context_text(value, &separator))
            .unwrap_or_default()
    };
    let message =
        match error.kind() {
            ErrorKind::UnknownArgument => Message::new("cli-error-unknown-argument")
                .arg("arg", context(ContextKind::InvalidArg)),
            ErrorKind::InvalidSubcommand => Message::new("cli-error-unknown-command")
                .arg("command", context(ContextKind::InvalidSubcommand)),
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
                Message::new("cli-error-invalid-value")
                    .arg("value", context(ContextKind::InvalidValue))
                    .arg("arg", context(ContextKind::InvalidArg))
            }
            ErrorKind::MissingRequiredArgument => Message::new("cli-error-missing-argument")
                .arg("args", context(ContextKind::InvalidArg)),
            ErrorKind::MissingSubcommand => Message::new("cli-error-missing-command"),
            _ => Message::new("cli-error-other").arg("detail", plain(error)),
        };
    let mut lines =
        vec![l10n.format(&Message::new("cli-error").arg("text", l10n.format(&message)))];
    let typed = [ContextKind::InvalidArg, ContextKind::InvalidSubcommand]
        .into_iter()
        .find_map(|kind| match error.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let suggestion = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .find_map(|kind| match error.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(list) => closest(&typed, list),
            _ => None,
        });
    if let Some(suggestion) = suggestion {
        let message = Message::new("cli-error-suggestion").arg("suggestion", suggestion);
        lines.push(format!("  {}", l10n.format(&message)));
    }
    let valid = context(ContextKind::ValidValue);
    if !valid.is_empty() {
        let message = Message::new("cli-values").arg("values", valid);
        lines.push(format!("  {}", l10n.format(&message)));
    }
    lines.push(l10n.text("cli-more-information"));
    lines.join("\n")
}

/// The suggestion nearest what was typed: the longest shared start, then
/// the closest length ("rum" → run, "rnus" → runs). clap's own order is by
/// a similarity that ranks "resume" above "run" for "rum".
fn closest(typed: &str, candidates: &[String]) -> Option<String> {
    let shared = |c: &str| {
        typed
            .chars()
            .zip(c.chars())
            .take_while(|(a, b)| a == b)
            .count()
    };
    candidates
        .iter()
        .max_by_key(|c| {
            let length_gap = c.chars().count().abs_diff(typed.chars().count());
            (shared(c), std::cmp::Reverse(length_gap))
        })
        .cloned()
}

fn context_text(value: &ContextValue, separator: &str) -> String {
    match value {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(separator),
        other => other.to_string(),
    }
}

/// clap's own sentence, without its "error: " and the lines after it.
fn plain(error: &clap::Error) -> String {
    let text = error.render().to_string();
    let first = text.lines().next().unwrap_or_default();
    first.strip_prefix("error: ").unwrap_or(first).to_owned()
}

/// Every message id the command line uses, from the command tree itself.
pub fn message_ids(command: &Command) -> Vec<String> {
    let mut ids = Vec::new();
    collect(command, ROOT, &mut ids);
    ids
}

fn collect(command: &Command, path: &str, ids: &mut Vec<String>) {
    ids.push(command_key(path));
    for arg in command.get_arguments().filter(|a| is_own(a, path)) {
        ids.push(arg_key(path, arg.get_id().as_str()));
    }
    for sub in command.get_subcommands() {
        collect(sub, &subcommand_path(path, sub.get_name()), ids);
    }
}
