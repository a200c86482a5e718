//! End-to-end scan benchmark: lints deterministic synthetic monorepos of several sizes with the release
//! `srm-lint` binary and reports wall and CPU time, throughput and peak RSS against the performance targets.
//!
//! ```text
//! cargo bench --bench scan                           # sizes 70, 1000, 5000, 15000 files
//! cargo bench --bench scan -- --sizes 70,15000       # pick sizes
//! cargo bench --bench scan -- --generate-only        # only (re)generate the corpora and print their sizes
//! ```
//!
//! Corpora live in `target/bench-corpus/<size>/` (about 60 MiB for 15,000 files) and are reused while their
//! generator version matches; the last JSON report of each size is kept next to them.

mod corpus;

use std::fs::{self, File};
use std::io::{self, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use corpus::CorpusStats;
use serde_json::Value;

const DEFAULT_SIZES: &[usize] = &[70, 1_000, 5_000, 15_000];
const BINARY: &str = env!("CARGO_BIN_EXE_srm-lint");

/// Performance targets from the project brief.
const SMALL_TARGET: (usize, Duration) = (70, Duration::from_millis(100));
const LARGE_TARGET: (usize, Duration) = (15_000, Duration::from_secs(10));
const LARGE_RSS_TARGET_KIB: u64 = 1024 * 1024; // 1 GiB

const MIB: f64 = 1024.0 * 1024.0;

fn main() {
    let options = Options::from_args();
    let corpus_root = corpus_root();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("srm-lint scan benchmark");
    println!("  cores available: {cores}");
    println!("  binary:          {BINARY}");
    println!("  corpora:         {}", corpus_root.display());
    println!();

    let mut results = Vec::new();
    for &size in &options.sizes {
        let dir = corpus_root.join(size.to_string());
        let stats = prepare_corpus(&dir, size);
        if options.generate_only {
            continue;
        }
        warn_if_busy(cores);
        let report_path = corpus_root.join(format!("report-{size}.json"));
        let outcome = measure(size, &dir, &report_path);
        match &outcome {
            Ok(m) => describe_report(size, &stats, &m.report, &report_path),
            Err(reason) => println!("  FAILED: {reason}"),
        }
        println!();
        results.push(SizeResult {
            size,
            stats,
            outcome,
        });
    }
    if options.generate_only {
        return;
    }
    print_table(&results);
    print_growth(&results);
    print_targets(&results);
    if results.iter().any(|r| r.outcome.is_err()) {
        eprintln!("\nsome sizes failed; see above");
        std::process::exit(1);
    }
}

// ---------------------------------------------------------------------------------------------------------
// Options

struct Options {
    sizes: Vec<usize>,
    generate_only: bool,
}

impl Options {
    /// Hand-rolled parsing: `cargo bench` passes `--bench` (and possibly filters) to harness-less benches,
    /// which a strict parser would reject.
    fn from_args() -> Self {
        let mut options = Options {
            sizes: DEFAULT_SIZES.to_vec(),
            generate_only: false,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            let sizes = match arg.as_str() {
                "--sizes" => Some(
                    args.next()
                        .unwrap_or_else(|| usage("--sizes needs a value")),
                ),
                s if s.starts_with("--sizes=") => Some(s["--sizes=".len()..].to_string()),
                "--generate-only" => {
                    options.generate_only = true;
                    None
                }
                "--help" | "-h" => usage(""),
                "--bench" => None,
                other => {
                    eprintln!("ignoring unknown argument {other:?}");
                    None
                }
            };
            if let Some(list) = sizes {
                options.sizes = parse_sizes(&list);
            }
        }
        options
    }
}

fn parse_sizes(list: &str) -> Vec<usize> {
    let sizes: Vec<usize> = list
        .split(',')
        .map(|s| s.trim().replace('_', ""))
        .map(|s| {
            s.parse()
                .unwrap_or_else(|_| usage(&format!("bad size {s:?}")))
        })
        .collect();
    if sizes.contains(&0) {
        usage("sizes must be positive");
    }
    sizes
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("error: {problem}");
    }
    eprintln!("usage: cargo bench --bench scan -- [--sizes 70,1000,5000,15000] [--generate-only]");
    std::process::exit(if problem.is_empty() { 0 } else { 2 })
}

/// `<target-dir>/bench-corpus`, derived from the binary's location (`<target-dir>/<profile>/srm-lint`) so it
/// follows `CARGO_TARGET_DIR`.
fn corpus_root() -> PathBuf {
    let profile_dir = Path::new(BINARY)
        .parent()
        .expect("binary path has a parent");
    let target_dir = profile_dir.parent().unwrap_or(profile_dir);
    target_dir.join("bench-corpus")
}

fn prepare_corpus(dir: &Path, size: usize) -> CorpusStats {
    let started = Instant::now();
    let generated = corpus::ensure(dir, size);
    let stats = corpus::survey(dir);
    let action = if generated { "generated" } else { "reused" };
    println!(
        "corpus {size:>6} files: {} .tf in {} module dirs + {} .yaml with {} k8s documents",
        stats.terraform_files, stats.terraform_modules, stats.yaml_files, stats.k8s_documents,
    );
    println!(
        "                     {:.1} MiB, avg {:.1} KiB, min {:.1} KiB, max {:.1} KiB ({action} in {:.2} s)",
        stats.bytes as f64 / MIB,
        stats.bytes as f64 / 1024.0 / stats.files.max(1) as f64,
        stats.smallest as f64 / 1024.0,
        stats.largest as f64 / 1024.0,
        started.elapsed().as_secs_f64(),
    );
    stats
}

/// Other processes (a concurrent build, say) inflate wall times; say so next to the figures.
fn warn_if_busy(cores: usize) {
    let load = fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| text.split_whitespace().next()?.parse::<f64>().ok());
    if let Some(load) = load.filter(|&load| load > cores as f64 * 0.5) {
        println!(
            "  WARNING: 1-minute load average is {load:.1} on {cores} cores; timings will be pessimistic"
        );
    }
}

// ---------------------------------------------------------------------------------------------------------
// Measurement

struct SizeResult {
    size: usize,
    stats: CorpusStats,
    outcome: Result<Measurement, String>,
}

struct Measurement {
    median: Duration,
    /// Median user + system CPU time: unlike wall time, barely affected by competing processes.
    median_cpu: Duration,
    runs: Vec<Duration>,
    /// Highest peak RSS over the measured runs.
    peak_rss_kib: u64,
    report: Report,
}

struct Run {
    wall: Duration,
    cpu: Duration,
    peak_rss_kib: u64,
}

/// Warm-up (small sizes only: there process start-up and cold caches would dominate), then the median of 3
/// runs — or a single run for the largest corpora when one run already takes over 5 s.
fn measure(size: usize, corpus: &Path, report_path: &Path) -> Result<Measurement, String> {
    // Private output files, so that concurrent bench runs on one machine cannot clobber each other's;
    // the last report is then kept at `report_path` for inspection.
    let scratch = |prefix: &str| {
        tempfile::Builder::new()
            .prefix(prefix)
            .tempfile_in(report_path.parent().expect("report path has a parent"))
            .map_err(|e| {
                format!(
                    "creating a temporary file next to {}: {e}",
                    report_path.display()
                )
            })
    };
    let (stdout, stderr) = (scratch(".report-")?, scratch(".stderr-")?);
    let run = || run_once(corpus, stdout.path(), stderr.path());

    if size <= 1_000 {
        run()?;
    }
    let first = run()?;
    let run_count = if size >= LARGE_TARGET.0 && first.wall > Duration::from_secs(5) {
        1
    } else {
        3
    };
    let mut runs = vec![first];
    while runs.len() < run_count {
        runs.push(run()?);
    }

    stdout
        .persist(report_path)
        .map_err(|e| format!("saving {}: {e}", report_path.display()))?;
    let report = Report::parse(report_path)?;
    let walls: Vec<Duration> = runs.iter().map(|r| r.wall).collect();
    let cpus: Vec<Duration> = runs.iter().map(|r| r.cpu).collect();
    Ok(Measurement {
        median: median(&walls),
        median_cpu: median(&cpus),
        runs: walls,
        peak_rss_kib: runs.iter().map(|r| r.peak_rss_kib).max().unwrap_or(0),
        report,
    })
}

fn median(samples: &[Duration]) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort();
    sorted[sorted.len() / 2]
}

/// One `srm-lint --format json --fail-on critical <corpus>` run, with its output going to the given files.
/// Exit 0 (clean) and 1 (findings at/above the threshold) are both successful scans; anything else fails.
fn run_once(corpus: &Path, stdout_path: &Path, stderr_path: &Path) -> Result<Run, String> {
    let stdout = File::create(stdout_path)
        .map_err(|e| format!("creating {}: {e}", stdout_path.display()))?;
    let stderr = File::create(stderr_path)
        .map_err(|e| format!("creating {}: {e}", stderr_path.display()))?;
    let started = Instant::now();
    let child = Command::new(BINARY)
        .args(["--format", "json", "--fail-on", "critical"])
        .arg(corpus)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .map_err(|e| format!("spawning {BINARY}: {e}"))?;
    let (exit, usage) =
        wait_with_rusage(child.id()).map_err(|e| format!("waiting for srm-lint: {e}"))?;
    let wall = started.elapsed();
    drop(child); // already reaped by wait4; dropping a std Child neither waits nor kills

    match exit {
        Exit::Code(0 | 1) => Ok(Run {
            wall,
            cpu: timeval(usage.ru_utime) + timeval(usage.ru_stime),
            peak_rss_kib: usage.ru_maxrss.max(0) as u64,
        }),
        other => {
            let stderr = fs::read_to_string(stderr_path).unwrap_or_default();
            let stderr = match stderr.trim_end() {
                "" => "(empty)",
                text => text,
            };
            Err(format!("srm-lint {other}; stderr:\n{stderr}"))
        }
    }
}

fn timeval(t: libc::timeval) -> Duration {
    Duration::from_secs(t.tv_sec.max(0) as u64) + Duration::from_micros(t.tv_usec.max(0) as u64)
}

enum Exit {
    Code(i32),
    Signal(i32),
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Exit::Code(2) => write!(f, "exited with 2 (tool error)"),
            Exit::Code(code) => write!(f, "exited with {code}"),
            Exit::Signal(signal) => write!(f, "was killed by signal {signal}"),
        }
    }
}

/// Reaps the child with `wait4` instead of `Child::wait`, because only `wait4` also returns the child's
/// resource usage; `ru_maxrss` is its peak resident set size, in KiB on Linux.
fn wait_with_rusage(pid: u32) -> io::Result<(Exit, libc::rusage)> {
    let pid = libc::pid_t::try_from(pid).map_err(|_| io::Error::other("pid out of range"))?;
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data, for which all-zero bytes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: both pointers refer to live, writable locals; pid is our own unreaped child.
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if reaped == pid {
            break;
        }
        let error = io::Error::last_os_error();
        if error.kind() != io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
    let exit = if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else {
        Exit::Signal(libc::WTERMSIG(status))
    };
    Ok((exit, usage))
}

// ---------------------------------------------------------------------------------------------------------
// JSON report contract: {"version", "findings": [...], "errors": [...], "summary": {"files_scanned", ...}}

struct Report {
    findings: usize,
    files_scanned: u64,
    documents: Option<u64>,
    errors: Vec<Value>,
}

impl Report {
    fn parse(path: &Path) -> Result<Report, String> {
        let file = File::open(path).map_err(|e| format!("opening {}: {e}", path.display()))?;
        let json: Value = serde_json::from_reader(BufReader::new(file)).map_err(|e| {
            format!(
                "output of --format json does not parse ({}): {e}",
                path.display()
            )
        })?;
        if json.get("version").is_none() {
            return Err("JSON report has no \"version\"".into());
        }
        let findings = json["findings"]
            .as_array()
            .ok_or("JSON report has no \"findings\" array")?
            .len();
        let errors = json["errors"]
            .as_array()
            .ok_or("JSON report has no \"errors\" array")?
            .clone();
        let summary = &json["summary"];
        let files_scanned = summary["files_scanned"]
            .as_u64()
            .ok_or("JSON report has no numeric \"summary.files_scanned\"")?;
        Ok(Report {
            findings,
            files_scanned,
            documents: summary["documents"].as_u64(),
            errors,
        })
    }
}

fn describe_report(size: usize, stats: &CorpusStats, report: &Report, path: &Path) {
    let documents = report
        .documents
        .map_or_else(|| "n/a".to_string(), |d| d.to_string());
    println!(
        "  {size} files: {} findings, summary.files_scanned = {}, summary.documents = {documents} ({})",
        report.findings,
        report.files_scanned,
        path.display()
    );
    if report.files_scanned != stats.files as u64 {
        println!(
            "  WARNING: files_scanned {} != {} files in the corpus",
            report.files_scanned, stats.files
        );
    }
    if !report.errors.is_empty() {
        println!(
            "  WARNING: {} errors reported; first {}:",
            report.errors.len(),
            report.errors.len().min(3)
        );
        for error in report.errors.iter().take(3) {
            println!("    {}", truncate(&error.to_string(), 300));
        }
    }
}

fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Output

fn print_table(results: &[SizeResult]) {
    println!(
        "{:>7} {:>7} {:>9} {:>9} {:>6} {:>8} {:>7} {:>13} {:>5} {:>9} {:>8}",
        "files",
        "MiB",
        "wall ms",
        "CPU ms",
        "cores",
        "files/s",
        "MiB/s",
        "peak RSS MiB",
        "runs",
        "findings",
        "scanned"
    );
    for r in results {
        let mib = r.stats.bytes as f64 / MIB;
        match &r.outcome {
            Ok(m) => {
                let secs = m.median.as_secs_f64();
                println!(
                    "{:>7} {:>7.1} {:>9.1} {:>9.1} {:>6.2} {:>8.0} {:>7.1} {:>13.1} {:>5} {:>9} {:>8}",
                    r.size,
                    mib,
                    ms(m.median),
                    ms(m.median_cpu),
                    m.median_cpu.as_secs_f64() / secs,
                    r.stats.files as f64 / secs,
                    mib / secs,
                    m.peak_rss_kib as f64 / 1024.0,
                    m.runs.len(),
                    m.report.findings,
                    m.report.files_scanned,
                );
            }
            Err(_) => println!("{:>7} {:>7.1} {:>9}", r.size, mib, "FAILED"),
        }
    }
    println!("(cores = CPU time / wall time: how many cores the scan kept busy on average)");
    println!();
}

/// ms per 1,000 files should stay roughly flat if the scan grows linearly with corpus size.
fn print_growth(results: &[SizeResult]) {
    if results.iter().all(|r| r.outcome.is_err()) {
        return;
    }
    println!("Growth (median wall time per 1,000 files; flat = linear):");
    for r in results {
        if let Ok(m) = &r.outcome {
            let runs: Vec<String> = m
                .runs
                .iter()
                .map(|d| format!("{:.0}", d.as_secs_f64() * 1e3))
                .collect();
            println!(
                "  {:>6} files: {:>8.1} ms / 1k files   (runs: {} ms)",
                r.size,
                m.median.as_secs_f64() * 1e3 * 1_000.0 / r.stats.files.max(1) as f64,
                runs.join(", ")
            );
        }
    }
    println!();
}

fn print_targets(results: &[SizeResult]) {
    let find = |size: usize| results.iter().find(|r| r.size == size);
    println!("Targets:");
    match find(SMALL_TARGET.0) {
        Some(SizeResult { outcome: Ok(m), .. }) => {
            println!(
                "  {:>6} files          < 100 ms:  {:>9.1} ms   {}",
                SMALL_TARGET.0,
                ms(m.median),
                verdict(m.median < SMALL_TARGET.1)
            );
        }
        _ => println!(
            "  {:>6} files          < 100 ms:  not measured",
            SMALL_TARGET.0
        ),
    }
    match find(LARGE_TARGET.0) {
        Some(r @ SizeResult { outcome: Ok(m), .. }) => {
            let mib = r.stats.bytes as f64 / MIB;
            let rss_mib = m.peak_rss_kib as f64 / 1024.0;
            println!(
                "  {:>6} files / {mib:.0} MiB < 10 s:    {:>9.2} s    {}",
                LARGE_TARGET.0,
                m.median.as_secs_f64(),
                verdict(m.median < LARGE_TARGET.1)
            );
            println!(
                "  {:>6} files / {mib:.0} MiB < 1 GiB:   {:>9.1} MiB  {}",
                LARGE_TARGET.0,
                rss_mib,
                verdict(m.peak_rss_kib < LARGE_RSS_TARGET_KIB)
            );
        }
        _ => println!(
            "  {:>6} files < 10 s and < 1 GiB peak RSS: not measured",
            LARGE_TARGET.0
        ),
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn verdict(pass: bool) -> &'static str {
    if pass { "PASS" } else { "MISS" }
}
