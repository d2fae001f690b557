//! Every workflow runs end to end in every locale, with every message it
//! shows translated (a missing or broken message would print a warning).

use crate::common::*;

/// Runs `args` with `--json` in `locale`; returns the status and stderr.
fn run(env: &Env, locale: &str, args: &[&str]) -> (String, String) {
    let output = env
        .cmd()
        .args(args)
        .args(["--locale", locale, "--json"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let last = stdout.lines().last().unwrap_or_default();
    let status: serde_json::Value = serde_json::from_str(last).unwrap_or_default();
    let stderr = String::from_utf8(output.stderr).unwrap();
    (
        status["status"].as_str().unwrap_or_default().to_owned(),
        stderr,
    )
}

#[test]
fn all_workflows_complete_in_all_locales_without_untranslated_text() {
    for locale in LOCALES {
        let env = Env::demo();
        let steps: [(&[&str], &str); 6] = [
            (
                &[
                    "run",
                    "request-relationship",
                    "--agent",
                    ADMIN,
                    "--answer",
                    "reseller=tailspin",
                    "--answer",
                    "privileges=delegated-admin",
                ],
                "waiting",
            ),
            (&["relationships", "accept", "tailspin"], ""),
            (
                &["resume", "1", "--answer", "agreement=record"],
                "completed",
            ),
            (
                &[
                    "run",
                    WORKFLOW,
                    "--agent",
                    ADMIN,
                    "--answer",
                    "customer=contoso",
                    "--answer",
                    "subscription=contoso-m365-e3",
                    "--answer",
                    "contact=tailspin",
                    "--answer",
                    "submit=submit",
                    "--answer",
                    "review=close",
                ],
                "completed",
            ),
            (
                &[
                    "run",
                    "remove-relationship",
                    "--agent",
                    ADMIN,
                    "--answer",
                    "reseller=tailspin",
                    "--answer",
                    "confirm=remove",
                    "--answer",
                    "review=close",
                ],
                "completed",
            ),
            (
                &[
                    "run",
                    "provide-technical-support",
                    "--agent",
                    ADMIN,
                    "--answer",
                    "customer=litware",
                    "--answer",
                    "service=litware-azure",
                    "--answer",
                    "action=escalate",
                    "--answer",
                    "kind=technical",
                    "--answer",
                    "vehicle=signature",
                    "--answer",
                    "describe=Virtual machines fail to start since 9:00.",
                    "--answer",
                    "file=submit",
                ],
                "completed",
            ),
        ];
        for (args, expected) in steps {
            let (status, stderr) = run(&env, locale, args);
            if !expected.is_empty() {
                assert_eq!(status, expected, "{locale} {args:?}: {stderr}");
            }
            assert!(stderr.is_empty(), "{locale} {args:?}: {stderr}");
        }
        for listing in [
            &["agents"][..],
            &["workflows"],
            &["runs"],
            &["runs", "show", "1"],
            &["requests"],
            &["relationships"],
            &["contacts", "contoso"],
        ] {
            let output = env
                .cmd()
                .args(listing)
                .args(["--locale", locale])
                .output()
                .unwrap();
            assert!(output.status.success());
            assert!(
                output.stderr.is_empty(),
                "{locale} {listing:?}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}
