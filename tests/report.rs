//! Every output format over one shared set of findings (the bundled example), snapshot-tested, plus real validators.

mod programs;
mod redact;

use std::path::PathBuf;
use std::process::Command;

fn run(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .expect("run srm-lint");
    assert_eq!(output.status.code(), Some(1), "the example has findings");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn example(format: &str) -> String {
    run(&["--format", format, "--verbose", "testdata/examples"])
}

#[test]
fn json_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_json", example("json"));
}

#[test]
fn human_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_human", example("human"));
}

#[test]
fn sarif_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_sarif", example("sarif"));
}

#[test]
fn github_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_github", example("github"));
}

#[test]
fn junit_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_junit", example("junit"));
}

#[test]
fn markdown_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_markdown", example("markdown"));
}

#[test]
fn compact_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_compact", example("compact"));
}

#[test]
fn json_report_is_deterministic() {
    let first = example("json");
    for _ in 0..3 {
        assert_eq!(first, example("json"));
    }
}

#[test]
fn several_formats_in_one_run_and_output_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sarif = dir.path().join("r.sarif");
    let junit = dir.path().join("r.xml");
    let json = dir.path().join("r.json");
    let summary = dir.path().join("summary.md");
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args([
            "--format",
            &format!("sarif={}", sarif.display()),
            "--format",
            &format!("junit={}", junit.display()),
        ])
        .args(["--format", "github", "testdata/examples"])
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .expect("run srm-lint");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("::"));
    assert!(
        std::fs::read_to_string(&sarif)
            .expect("sarif written")
            .contains("\"version\": \"2.1.0\"")
    );
    assert!(
        std::fs::read_to_string(&junit)
            .expect("junit written")
            .starts_with("<?xml")
    );
    assert!(
        std::fs::read_to_string(&summary)
            .expect("summary written")
            .contains("### Shared responsibility")
    );
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(["--format", "json", "--output"])
        .arg(&json)
        .arg("testdata/examples")
        .output()
        .expect("run srm-lint");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        output.stdout.is_empty(),
        "--output sends the report to the file only"
    );
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("json written"))
            .expect("valid JSON");
    assert!(report["findings"].as_array().is_some_and(|f| !f.is_empty()));
}

/// The SARIF multitool (`npm install @microsoft/sarif-multitool`) validates with GitHub's
/// ingestion rules. `.ci/run` installs it and sets SRM_LINT_REQUIRE_VALIDATORS, so CI cannot skip this.
#[test]
fn sarif_passes_the_sarif_multitool_with_github_rules() {
    let Some(tool) = std::env::var_os("SRM_LINT_SARIF_MULTITOOL").map(PathBuf::from) else {
        assert!(
            std::env::var_os("SRM_LINT_REQUIRE_VALIDATORS").is_none(),
            "SRM_LINT_SARIF_MULTITOOL is not set but validators are required"
        );
        eprintln!(
            "skipped: set SRM_LINT_SARIF_MULTITOOL to the Sarif.Multitool binary to validate SARIF"
        );
        return;
    };
    // The example, and a module finding with relatedLocations (its trace).
    let modules = run(&[
        "--format",
        "sarif",
        "--policy",
        "SRM-AWS-EC2-002",
        "testdata/terraform-eval/modules-nested",
    ]);
    assert!(modules.contains("relatedLocations"));
    for (name, text) in [("example", example("sarif")), ("modules", modules)] {
        let dir = tempfile::tempdir().expect("temp dir");
        let sarif = dir.path().join(format!("{name}.sarif"));
        let validation = dir.path().join("validation.sarif");
        std::fs::write(&sarif, text).expect("write sarif");
        let status = Command::new(&tool)
            .args(["validate"])
            .arg(&sarif)
            .arg("--output")
            .arg(&validation)
            .args(["--rule-kind", "Gh;Sarif", "--log", "ForceOverwrite"])
            .status()
            .expect("run the SARIF multitool");
        assert!(status.success(), "the multitool failed");
        let result: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&validation).expect("validation output"))
                .expect("validation is JSON");
        let problems: Vec<String> = result["runs"][0]["results"]
            .as_array()
            .map(|r| {
                r.iter()
                    .map(|x| format!("{}: {}", x["ruleId"], x["message"]["text"]))
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            problems.is_empty(),
            "SARIF validation problems ({name}):\n{}",
            problems.join("\n")
        );
    }
}

#[test]
fn html_report_of_the_example() {
    let mut settings = redact::settings();
    // The page's generator line and title carry the version; the rest is stable.
    settings.add_filter(r"srm-lint \d+\.\d+\.\d+", "srm-lint [VERSION]");
    let _filters = settings.bind_to_scope();
    insta::assert_snapshot!("example_html", example("html"));
}

/// The responsibility numbers of one run, as the JSON, the HTML page and the markdown give them.
struct Renderings {
    json: serde_json::Value,
    html: String,
    markdown: String,
}

fn renderings(args: &[&str]) -> Renderings {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = |name: &str| dir.path().join(name).display().to_string();
    let mut all = vec![
        format!("--format=json={}", file("r.json")),
        format!("--format=html={}", file("r.html")),
        format!("--format=markdown={}", file("r.md")),
    ];
    all.extend(args.iter().map(|a| a.to_string()));
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(&all)
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .expect("run srm-lint");
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read = |name: &str| std::fs::read_to_string(file(name)).expect("report written");
    Renderings {
        json: serde_json::from_str(&read("r.json")).expect("valid JSON"),
        html: read("r.html"),
        markdown: read("r.md"),
    }
}

/// `(passed, failed, suppressed, not_judged)` of an area in the page's coverage table.
fn html_area(html: &str, area: &str) -> Option<[u64; 4]> {
    let row = html.split(&format!("<tr data-area=\"{area}\">")).nth(1)?;
    let row = row.split("</tr>").next()?;
    let metric = |name: &str| -> Option<u64> {
        row.split(&format!("data-metric=\"{name}\">"))
            .nth(1)?
            .split('<')
            .next()?
            .parse()
            .ok()
    };
    Some([
        metric("passed")?,
        metric("failed")?,
        metric("suppressed")?,
        metric("not_judged")?,
    ])
}

/// The same numbers in the markdown coverage table (the row starts with the area's title).
fn markdown_area(markdown: &str, title: &str) -> Option<[u64; 4]> {
    let line = markdown
        .lines()
        .find(|l| l.starts_with(&format!("| {title} |")))?;
    let cells: Vec<&str> = line.split('|').map(str::trim).collect();
    // … | policies | passed | failed | suppressed | not judged | pass rate | (and the empty cell after the last bar)
    let n = cells.len();
    let number = |i: usize| cells.get(i)?.parse::<u64>().ok();
    Some([
        number(n - 6)?,
        number(n - 5)?,
        number(n - 4)?,
        number(n - 3)?,
    ])
}

#[test]
fn responsibility_numbers_agree_across_json_html_and_markdown() {
    let run = renderings(&["testdata/examples"]);
    let responsibility = &run.json["summary"]["responsibility"];
    let areas = responsibility["areas"].as_object().expect("areas");
    assert_eq!(areas.len(), 8, "all 8 areas, always");
    let titles = [
        ("iam", "Identity and access management"),
        ("data-security", "Data security"),
        ("network-controls", "Network controls"),
        ("logging-monitoring", "Logging and monitoring"),
        ("vulnerability-management", "Vulnerability management"),
        ("guest-os", "Guest OS and workload hardening"),
        ("incident-response", "Incident response and recovery"),
        ("compliance", "Compliance and governance"),
    ];
    let mut failed_total = 0;
    for (area, title) in titles {
        let json = &areas[area];
        let numbers = [
            json["passed"].as_u64().unwrap_or(u64::MAX),
            json["failed"].as_u64().unwrap_or(u64::MAX),
            json["suppressed"].as_u64().unwrap_or(u64::MAX),
            json["not_judged"].as_u64().unwrap_or(u64::MAX),
        ];
        assert_eq!(html_area(&run.html, area), Some(numbers), "{area} in HTML");
        assert_eq!(
            markdown_area(&run.markdown, title),
            Some(numbers),
            "{area} in markdown"
        );
        failed_total += numbers[1];
        // `failed` is the distinct (policy, resource) pairs of the area's findings.
        let pairs: std::collections::BTreeSet<(String, String)> = run.json["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| {
                f["areas"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|x| x == area))
            })
            .map(|f| (f["policy_id"].to_string(), f["resource"].to_string()))
            .collect();
        assert_eq!(
            numbers[1],
            pairs.len() as u64,
            "{area}: failed agrees with findings"
        );
        assert!(
            json["policies"].as_u64().unwrap_or(0) > 0,
            "{area} has policies that ran"
        );
    }
    assert!(failed_total > 0);
    // The service models found, with their resources, in the page too.
    let models = responsibility["service_models"]
        .as_object()
        .expect("models");
    for (model, used) in models {
        let resources = used["resources"].as_u64().unwrap_or(0);
        assert!(resources > 0);
        assert!(
            run.html.contains(&format!(
                "data-metric=\"model-resources\" data-model=\"{model}\">{resources}<"
            )),
            "{model} in HTML"
        );
    }
    for model in ["iaas", "caas", "paas", "saas"] {
        assert!(models.contains_key(model), "the example uses {model}");
    }
}

#[test]
fn suppressed_and_unjudged_resources_are_counted_apart() {
    // SRM-AWS-EC2-001 (IMDSv2) on the IMDS fixtures: an unresolved http_tokens is not judged.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("main.tf"),
        r#"variable "tokens" {}
resource "aws_instance" "a" {
  metadata_options { http_tokens = "optional" }
}
resource "aws_instance" "b" {
  # srm-lint:ignore SRM-AWS-EC2-001 reason="legacy agent, replaced in Q3"
  metadata_options { http_tokens = "optional" }
}
resource "aws_instance" "c" {
  metadata_options { http_tokens = var.tokens }
}
resource "aws_instance" "d" {
  metadata_options { http_tokens = "required" }
}
"#,
    )
    .expect("write");
    let path = dir.path().display().to_string();
    let run = renderings(&["--no-config", "--policy", "SRM-AWS-EC2-001", &path]);
    let guest = &run.json["summary"]["responsibility"]["areas"]["guest-os"];
    assert_eq!(guest["policies"], 1);
    assert_eq!(guest["passed"], 1, "{guest}");
    assert_eq!(guest["failed"], 1, "{guest}");
    assert_eq!(guest["suppressed"], 1, "{guest}");
    assert_eq!(guest["not_judged"], 1, "{guest}");
    assert_eq!(html_area(&run.html, "guest-os"), Some([1, 1, 1, 1]));
    assert_eq!(
        run.json["summary"]["responsibility"]["service_models"]["iaas"]["resources"],
        4
    );
}

#[test]
fn a_framework_selects_its_policies_and_gets_a_table_of_controls() {
    let run = renderings(&["--framework", "cis-aws-3.0", "testdata/examples"]);
    let table = &run.json["summary"]["responsibility"]["frameworks"]["cis-aws-3.0"];
    let controls = table["controls"].as_object().expect("controls");
    assert!(!controls.is_empty());
    // Only policies mapped to the framework ran: no Kubernetes finding.
    for finding in run.json["findings"].as_array().into_iter().flatten() {
        assert!(
            finding["policy_id"]
                .as_str()
                .is_some_and(|id| id.starts_with("SRM-AWS-")),
            "{finding}"
        );
    }
    let failed: u64 = controls
        .values()
        .map(|c| c["failed"].as_u64().unwrap_or(0))
        .sum();
    assert!(failed > 0);
    assert!(run.html.contains("data-framework=\"cis-aws-3.0\""));
    assert!(run.markdown.contains("**cis-aws-3.0**"));
    // A framework no policy maps is an error naming the known ones.
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(["--framework", "cis-nope", "testdata/examples"])
        .output()
        .expect("run srm-lint");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unknown framework `cis-nope`") && stderr.contains("nist-800-53"),
        "{stderr}"
    );
}

/// The page in a real browser: Debian's `chromium`, headless. `.ci/run` installs it and
/// sets SRM_LINT_REQUIRE_VALIDATORS, so CI cannot skip this; elsewhere it is skipped with
/// a message when no `chromium` is on the PATH (or in SRM_LINT_CHROMIUM).
#[test]
fn html_report_renders_in_chromium() {
    let chromium = std::env::var_os("SRM_LINT_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| {
            ["chromium", "chromium-browser", "google-chrome"]
                .iter()
                .find_map(|name| programs::which(name))
        });
    let Some(chromium) = chromium else {
        assert!(
            std::env::var_os("SRM_LINT_REQUIRE_VALIDATORS").is_none(),
            "chromium is not installed but validators are required"
        );
        eprintln!("skipped: install chromium (or set SRM_LINT_CHROMIUM) to render the HTML report");
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join("report.html");
    let run = renderings(&["testdata/examples"]);
    std::fs::write(&page, &run.html).expect("write page");
    let url = format!("file://{}", page.display());
    let profile = dir.path().join("profile");
    let browser = |extra: &[&str]| {
        Command::new(&chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--enable-logging=stderr",
                "--v=0",
                "--window-size=1280,2000",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(&url)
            .output()
            .expect("run chromium")
    };
    // The DOM after the script ran: the script marks the body when it finished without an exception.
    let dump = browser(&["--dump-dom"]);
    let dom = String::from_utf8_lossy(&dump.stdout);
    let log = String::from_utf8_lossy(&dump.stderr);
    assert!(
        dom.contains("data-ready=\"1\""),
        "the script did not finish:\n{log}"
    );
    for line in log.lines() {
        assert!(
            !(line.contains("CONSOLE") && (line.contains("Uncaught") || line.contains("Error"))),
            "console error: {line}"
        );
        assert!(
            !line.contains("net::ERR"),
            "the page loaded something: {line}"
        );
    }
    // The numbers the browser shows are the JSON's.
    let iam = &run.json["summary"]["responsibility"]["areas"]["iam"];
    let expected = [
        iam["passed"].as_u64().unwrap_or(u64::MAX),
        iam["failed"].as_u64().unwrap_or(u64::MAX),
        iam["suppressed"].as_u64().unwrap_or(u64::MAX),
        iam["not_judged"].as_u64().unwrap_or(u64::MAX),
    ];
    assert_eq!(html_area(&dom, "iam"), Some(expected));
    // The filters became visible (the form lost `hidden`).
    assert!(
        dom.contains("<form id=\"filters\" class=\"filters\">"),
        "filters hidden"
    );
    // A screenshot that is not blank: a PNG of real size with many distinct bytes.
    let shot = dir.path().join("report.png");
    let output = browser(&[&format!("--screenshot={}", shot.display())]);
    let png = std::fs::read(&shot)
        .unwrap_or_else(|_| panic!("no screenshot: {}", String::from_utf8_lossy(&output.stderr)));
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    let distinct: std::collections::BTreeSet<&u8> = png.iter().collect();
    assert!(
        png.len() > 20_000 && distinct.len() > 200,
        "a blank screenshot"
    );
    // `SRM_LINT_UPDATE_SCREENSHOT=1 cargo test html_report_renders` refreshes the README's picture.
    if std::env::var_os("SRM_LINT_UPDATE_SCREENSHOT").is_some() {
        std::fs::write("docs/report.png", &png).expect("write docs/report.png");
    }
}
