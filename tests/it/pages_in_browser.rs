//! Generated how-to pages opened in a real browser (headless Chromium):
//! every language link leads to a page in that language, and every page
//! paints something. Skipped when Chromium is not installed, unless
//! `DOCFLOW_REQUIRE_CHROMIUM` is set (CI sets it after installing it).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{Env, LOCALES, WORKFLOW, on_path};

const CANDIDATES: [&str; 3] = ["chromium", "chromium-browser", "google-chrome"];
/// A browser that hangs must not hang the test suite.
const TIMEOUT: Duration = Duration::from_secs(90);

pub fn chromium() -> Option<PathBuf> {
    let found = CANDIDATES.iter().find_map(|name| on_path(name));
    if found.is_none() {
        assert!(
            std::env::var_os("DOCFLOW_REQUIRE_CHROMIUM").is_none(),
            "DOCFLOW_REQUIRE_CHROMIUM is set but no Chromium is installed"
        );
        eprintln!("skipped: Chromium is not installed");
    }
    found
}

struct Browser {
    binary: PathBuf,
    profile: tempfile::TempDir,
}

impl Browser {
    /// Runs headless Chromium on `page` with `extra` flags; returns stdout.
    fn run(&self, page: &Path, extra: &[String]) -> String {
        let url = format!("file://{}", page.display());
        let mut child = Command::new(&self.binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
            ])
            .arg(format!("--user-data-dir={}", self.profile.path().display()))
            .args(extra)
            .arg(&url)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromium");
        let started = Instant::now();
        loop {
            if child.try_wait().expect("wait for chromium").is_some() {
                break;
            }
            if started.elapsed() > TIMEOUT {
                let _ = child.kill();
                panic!("chromium did not finish with {url} in {TIMEOUT:?}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let output = child.wait_with_output().expect("chromium output");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// The page's DOM after the browser parsed it.
    fn dom(&self, page: &Path) -> String {
        self.run(page, &["--dump-dom".to_owned()])
    }

    fn screenshot(&self, page: &Path, png: &Path) {
        self.run(
            page,
            &[
                format!("--screenshot={}", png.display()),
                "--window-size=1000,1300".to_owned(),
            ],
        );
    }
}

/// `(hreflang, href)` of each link to another language in a DOM dump.
fn language_links(dom: &str) -> Vec<(String, String)> {
    dom.split("<a ")
        .skip(1)
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>')?];
            let attr = |name: &str| {
                let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
                Some(tag[start..start + tag[start..].find('"')?].to_owned())
            };
            Some((attr("hreflang")?, attr("href")?))
        })
        .collect()
}

/// Share of pixels that differ from the most common colour (the background).
fn ink(png: &Path) -> (f64, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png).expect("screenshot written"),
    ));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buffer = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buffer).expect("a frame");
    let channels = info.color_type.samples();
    let pixels: Vec<&[u8]> = buffer[..info.buffer_size()]
        .chunks(channels)
        .map(|p| &p[..3.min(channels)])
        .collect();
    let mut counts = std::collections::HashMap::new();
    for pixel in &pixels {
        *counts.entry(*pixel).or_insert(0usize) += 1;
    }
    let background = counts.values().max().copied().unwrap_or(0);
    (1.0 - background as f64 / pixels.len() as f64, counts.len())
}

#[test]
fn pages_open_in_chromium_with_working_language_links_and_visible_content() {
    let Some(binary) = chromium() else { return };
    let browser = Browser {
        binary,
        profile: tempfile::tempdir().unwrap(),
    };
    let env = Env::empty();
    let site = env.dir.path().join("site");
    env.cmd()
        .args(["docs", "render", "--out"])
        .arg(&site)
        .assert()
        .success();

    let page = |locale: &str| site.join(locale).join(format!("{WORKFLOW}.html"));
    for locale in LOCALES {
        let dom = browser.dom(&page(locale));
        assert!(
            dom.contains(&format!("<html lang=\"{locale}\">")),
            "{locale}: the browser did not load the page: {dom:.300}"
        );
        assert!(dom.contains("<svg"), "{locale}: no diagram");
        let links = language_links(&dom);
        let others: Vec<&str> = LOCALES.iter().copied().filter(|l| *l != locale).collect();
        let mut linked: Vec<&str> = links.iter().map(|(lang, _)| lang.as_str()).collect();
        linked.sort();
        let mut expected = others.clone();
        expected.sort();
        assert_eq!(linked, expected, "{locale}: language links");
        for (lang, href) in &links {
            let target = page(locale).parent().unwrap().join(href);
            let target = target
                .canonicalize()
                .unwrap_or_else(|_| panic!("{locale}: the {lang} link {href} leads nowhere"));
            let opened = browser.dom(&target);
            assert!(
                opened.contains(&format!("<html lang=\"{lang}\">")),
                "{locale}: the {lang} link opened something else"
            );
        }

        let png = env.dir.path().join(format!("{locale}.png"));
        browser.screenshot(&page(locale), &png);
        let (ink, colours) = ink(&png);
        assert!(
            ink > 0.03,
            "{locale}: the screenshot is nearly blank ({ink:.3})"
        );
        assert!(
            colours > 16,
            "{locale}: only {colours} colours: no text drawn"
        );
    }
}
