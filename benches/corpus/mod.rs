//! Deterministic synthetic monorepo (≈60 % Terraform, ≈40 % Kubernetes files) that the scan benchmark lints.
//!
//! Generators are pure functions from a seeded [`Rng`] to `(relative path, contents)` pairs; only this module
//! touches the file system.

mod kubernetes;
mod rng;
mod terraform;

use std::collections::HashSet;
use std::fmt::{Display, Write as _};
use std::fs;
use std::path::{Path, PathBuf};

pub use rng::Rng;

/// Bump whenever generated output changes, so stale corpora under `target/` are regenerated.
pub const GENERATOR_VERSION: u32 = 2;

/// Hidden, extension-less marker holding the generator version, so the linter never treats it as an input.
const MARKER_FILE: &str = ".srm-bench-corpus";

const SEED: u64 = 0x5352_4D2D_4C49_4E54; // "SRM-LINT"

pub const SERVICES: &[&str] = &[
    "checkout",
    "payments",
    "catalog",
    "search",
    "identity",
    "notifications",
    "billing",
    "inventory",
    "shipping",
    "analytics",
    "gateway",
    "reporting",
    "ledger",
    "recommendations",
    "media",
    "orders",
];
pub const TEAMS: &[&str] = &[
    "platform", "payments", "growth", "data", "core", "sre", "ml", "commerce",
];
pub const ENVS: &[&str] = &["dev", "staging", "prod"];
pub const REGIONS: &[&str] = &[
    "us-east-1",
    "us-west-2",
    "eu-west-1",
    "eu-central-1",
    "ap-southeast-2",
];

/// A generated file: path relative to the corpus root, and its contents.
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// What is on disk, measured by reading every file back (which also warms the page cache, so the first
/// timed run of a large size is not penalised by disk reads that later runs would not pay).
#[derive(Clone, Debug, Default)]
pub struct CorpusStats {
    pub files: usize,
    pub terraform_files: usize,
    /// Directories holding `.tf` files, i.e. Terraform modules.
    pub terraform_modules: usize,
    pub yaml_files: usize,
    /// Top-level `kind:` lines, i.e. Kubernetes documents.
    pub k8s_documents: usize,
    pub bytes: u64,
    pub smallest: u64,
    pub largest: u64,
}

/// Makes sure `dir` holds the corpus for `size` files from the current generator version.
/// Returns true if it had to (re)generate it.
pub fn ensure(dir: &Path, size: usize) -> bool {
    let expected = marker_contents(size);
    if is_current(dir, &expected) {
        return false;
    }
    let parent = dir.parent().expect("corpus directory has a parent");
    fs::create_dir_all(parent).unwrap_or_else(|e| panic!("creating {}: {e}", parent.display()));
    // Generate next to the final location and rename into place, so that a concurrent bench run on the
    // same machine never sees a half-written corpus nor writes into the same directory.
    let staging = tempfile::Builder::new()
        .prefix(".staging-")
        .tempdir_in(parent)
        .unwrap_or_else(|e| panic!("creating a staging directory in {}: {e}", parent.display()));
    write_corpus(staging.path(), size, &expected);
    if is_current(dir, &expected) {
        return false; // a concurrent run finished first; dropping `staging` deletes ours
    }
    if dir.exists() {
        fs::remove_dir_all(dir)
            .unwrap_or_else(|e| panic!("removing stale corpus {}: {e}", dir.display()));
    }
    match fs::rename(staging.path(), dir) {
        Ok(()) => {
            let _moved_into_place = staging.keep(); // nothing left for its destructor to delete
            true
        }
        Err(_) if is_current(dir, &expected) => false, // lost the race to a concurrent run
        Err(e) => panic!("moving the corpus into {}: {e}", dir.display()),
    }
}

fn is_current(dir: &Path, expected_marker: &str) -> bool {
    fs::read_to_string(dir.join(MARKER_FILE)).is_ok_and(|found| found == expected_marker)
}

/// Writes the corpus, then the marker (last, so an interrupted generation is never taken as complete).
fn write_corpus(root: &Path, size: usize, marker: &str) {
    // Creating files dominates generation time on most file systems; at least skip redundant mkdirs.
    let mut created = HashSet::new();
    for file in generate(size) {
        let path = root.join(&file.path);
        let parent = path
            .parent()
            .expect("generated paths have a parent directory");
        if created.insert(parent.to_path_buf()) {
            fs::create_dir_all(parent)
                .unwrap_or_else(|e| panic!("creating {}: {e}", parent.display()));
        }
        fs::write(&path, &file.contents)
            .unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    }
    let marker_path = root.join(MARKER_FILE);
    fs::write(&marker_path, marker)
        .unwrap_or_else(|e| panic!("writing {}: {e}", marker_path.display()));
}

fn marker_contents(size: usize) -> String {
    format!("srm-lint bench corpus\ngenerator-version={GENERATOR_VERSION}\nfiles={size}\n")
}

/// Generates the whole corpus in memory. Seeded by size, so each size is reproducible on its own.
pub fn generate(size: usize) -> Vec<GeneratedFile> {
    let mut rng = Rng::new(SEED ^ size as u64);
    let terraform_quota = (size * 3 + 2) / 5;
    let mut layout = Layout::default();
    let mut files = Vec::with_capacity(size);

    let mut left = terraform_quota;
    // The shared local modules that services call (`module "x" { source = "../../modules/shared/x" }`),
    // taken from the Terraform quota so the corpus keeps its size; too small a corpus has none.
    let shared = terraform_quota >= 4 * terraform::SHARED_MODULES.len();
    if shared {
        let modules = terraform::shared_modules();
        for file in &modules {
            layout.claim(
                &file
                    .path
                    .parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                "",
            );
        }
        left -= modules.len();
        files.extend(modules);
    }
    while left > 0 {
        let count = module_file_count(&mut rng, left);
        files.extend(terraform::module(&mut rng, &mut layout, count, shared));
        left -= count;
    }
    let mut left = size - terraform_quota;
    while left > 0 {
        let count = rng.range(2, 6).min(left);
        files.extend(kubernetes::app(&mut rng, &mut layout, count));
        left -= count;
    }
    files
}

/// 3–8 files per module, except that the last module of a corpus absorbs the remainder so the total is
/// exact and no module ends up with fewer than 3 files (unless the whole quota is smaller than that).
fn module_file_count(rng: &mut Rng, left: usize) -> usize {
    if left <= 8 {
        return left;
    }
    let count = rng.range(3, 8);
    if left - count < 3 { left - 3 } else { count }
}

/// Every generated file is between these sizes (bytes).
pub const MIN_FILE: usize = 512;
pub const MAX_FILE: usize = 20_000;

/// Target size of one file in bytes, scaled by `scale_pct` for file kinds that are typically small or large,
/// and clamped to [`MIN_FILE`, `MAX_FILE`]. Generators stop adding blocks once they reach it, and never add
/// one that would cross `MAX_FILE`.
pub fn file_budget(rng: &mut Rng, scale_pct: usize) -> usize {
    (raw_budget(rng) * scale_pct / 100).clamp(MIN_FILE, MAX_FILE)
}

/// Skewed towards small files like a real repository, with a mean chosen (together with the generators'
/// overshoot and fixed minimum content) to land at ≈4 KB per file overall.
fn raw_budget(rng: &mut Rng) -> usize {
    const BUCKETS: &[((usize, usize), usize)] = &[
        ((400, 1_000), 12),
        ((1_000, 2_000), 22),
        ((2_000, 4_000), 30),
        ((4_000, 8_000), 25),
        ((8_000, 13_000), 8),
        ((13_000, 19_000), 3),
    ];
    let (lo, hi) = rng.weighted(BUCKETS);
    rng.range(lo, hi)
}

/// Builds a part whose filler (`build`'s second argument, in bytes) is chosen so that the result is at
/// least `budget` bytes long, without overshooting by much. Probes run on clones of the generator, so the
/// output stays deterministic.
pub fn sized(rng: &mut Rng, budget: usize, build: impl Fn(&mut Rng, usize) -> String) -> String {
    let probe = |fill: usize| build(&mut rng.clone(), fill).len();
    let base = probe(0);
    if base >= budget {
        return build(rng, 0);
    }
    // Filler is often indented after it is generated (env vars sit 12 columns deep in a Deployment), so it
    // grows by more than `fill` bytes: scale by the observed growth, then top up any shortfall.
    let wanted = budget - base;
    let grown = probe(wanted).saturating_sub(base).max(1);
    let mut fill = wanted * wanted / grown;
    let mut step = 8;
    loop {
        let len = probe(fill);
        if len >= budget {
            break;
        }
        // A few more bytes of fill may not add a whole entry, so the step grows.
        fill += (budget - len).max(step);
        step *= 2;
    }
    build(rng, fill)
}

/// Fills `@key@` placeholders. Keeps HCL/YAML templates readable, unlike `format!` with `{{`/`}}` escapes.
pub fn tpl(template: &str, vars: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 128);
    let mut rest = template;
    while let Some(start) = rest.find('@') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after
            .find('@')
            .unwrap_or_else(|| panic!("unterminated placeholder in template:\n{template}"));
        let key = &after[..end];
        let (_, value) = vars
            .iter()
            .find(|(k, _)| *k == key)
            .unwrap_or_else(|| panic!("no value for placeholder @{key}@ in template:\n{template}"));
        write!(out, "{value}").expect("writing to a String cannot fail");
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Prefixes every non-empty line with `spaces` spaces (YAML nesting of shared fragments).
pub fn indent(text: &str, spaces: usize) -> String {
    let pad = " ".repeat(spaces);
    let mut out = String::with_capacity(text.len() + text.lines().count() * spaces);
    for line in text.lines() {
        if !line.is_empty() {
            out.push_str(&pad);
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Hands out unique names: `base`, then `base-2`, `base-3`, ... (with the given separator).
#[derive(Default)]
pub struct Names(HashSet<String>);

impl Names {
    pub fn unique(&mut self, base: &str, separator: &str) -> String {
        let mut candidate = base.to_string();
        let mut n = 2;
        while !self.0.insert(candidate.clone()) {
            candidate = format!("{base}{separator}{n}");
            n += 1;
        }
        candidate
    }
}

/// Directory allocation across the whole monorepo, so two modules or apps never share a directory.
#[derive(Default)]
pub struct Layout {
    dirs: HashSet<PathBuf>,
}

impl Layout {
    /// Claims `base/leaf`; if taken, numbers the base (`checkout-api-2/base`), as a team would name a second
    /// copy of an app, rather than the leaf.
    pub fn claim(&mut self, base: &str, leaf: &str) -> PathBuf {
        let mut n = 1;
        loop {
            let numbered = if n == 1 {
                base.to_string()
            } else {
                format!("{base}-{n}")
            };
            let dir = Path::new(&numbered).join(leaf);
            if self.dirs.insert(dir.clone()) {
                return dir;
            }
            n += 1;
        }
    }
}

/// Reads the corpus back: counts, byte totals and Kubernetes documents.
pub fn survey(dir: &Path) -> CorpusStats {
    let mut stats = CorpusStats {
        smallest: u64::MAX,
        ..CorpusStats::default()
    };
    survey_dir(dir, &mut stats);
    if stats.files == 0 {
        stats.smallest = 0;
    }
    stats
}

fn survey_dir(dir: &Path, stats: &mut CorpusStats) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("listing {}: {e}", dir.display()));
    let mut is_module = false;
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("listing {}: {e}", dir.display()))
            .path();
        if path.is_dir() {
            survey_dir(&path, stats);
            continue;
        }
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(extension, "tf" | "yaml" | "yml") {
            continue; // the marker file
        }
        let contents =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let len = contents.len() as u64;
        stats.files += 1;
        stats.bytes += len;
        stats.smallest = stats.smallest.min(len);
        stats.largest = stats.largest.max(len);
        if extension == "tf" {
            stats.terraform_files += 1;
            is_module = true;
        } else {
            stats.yaml_files += 1;
            stats.k8s_documents += contents.lines().filter(|l| l.starts_with("kind: ")).count();
        }
    }
    stats.terraform_modules += usize::from(is_module);
}
