//! Module loading: each module folder read and parsed once per run, each
//! distinct instantiation evaluated once, the children's resources merged into
//! the caller's, copies made by `terraform init` found through
//! `.terraform/modules/modules.json`, and the roots of a scan chosen.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::{Map, Value, json};

use super::{Host, Target};
use crate::input::terraform::{
    EvalProblem, Evaluated, ModuleBuilder, UnknownAttribute, VariableInputs, Variables,
    instance_address,
};
use crate::model::{CallSite, ModuleOrigin, Resource, SourceFile, normalize};

/// How deep modules may call modules. Terraform sets no limit; real configurations
/// stay under five levels, so this only stops a runaway chain.
pub const MAX_MODULE_DEPTH: usize = 16;

/// One evaluated module with everything it called merged in.
#[derive(Debug, Default)]
pub struct Instance {
    /// The module's folder as the user would type it.
    pub location: String,
    /// The module's own files first, then those of the modules it called.
    pub files: Vec<Arc<SourceFile>>,
    /// Its resources and, with `module.x.` prefixes, those of the modules it called.
    pub resources: Vec<Resource>,
    /// Variables, locals, module blocks, outputs, providers, tfvars (the input document's extras).
    pub extra: Map<String, Value>,
    /// The outputs whose value is known.
    pub outputs: Map<String, Value>,
    /// File indexes are into `files`.
    pub problems: Vec<EvalProblem>,
    pub unknowns: Vec<UnknownAttribute>,
    /// How many module instances were evaluated below this one.
    pub module_instances: usize,
    local_vars: Arc<BTreeMap<String, Vec<String>>>,
}

/// A module directory's files, parsed once per run.
pub struct LoadedDir {
    /// The folder as the user would type it (`path.module`).
    pub location: String,
    pub files: Vec<Arc<SourceFile>>,
    pub builder: ModuleBuilder,
}

/// Reads a module directory's Terraform files (the scan decides which and reports read errors).
pub trait DirReader: Sync {
    /// `None` when `dir` holds no Terraform files.
    fn read(&self, dir: &Path) -> Option<LoadedDir>;
    /// The `source` of each `module` block of a scanned directory (see [`module_sources`]).
    fn module_sources(&self, dir: &Path) -> Vec<String>;
    /// A directory as reports show it (relative to the current directory).
    fn display(&self, dir: &Path) -> String {
        dir.display().to_string()
    }
}

/// A directory's slot in the cache: filled once, by the first thread that needs it.
type DirCell = Arc<OnceLock<Option<Arc<LoadedDir>>>>;

/// The per-run caches: each directory parsed once, each distinct instantiation evaluated once.
pub struct Loader<'r> {
    reader: &'r dyn DirReader,
    dirs: Mutex<HashMap<PathBuf, DirCell>>,
    instances: Mutex<HashMap<String, Arc<Instance>>>,
    manifests: Mutex<HashMap<PathBuf, Option<Arc<Manifest>>>>,
    /// The scanned directories another scanned module calls (see [`Loader::roots`]).
    called: Mutex<BTreeSet<PathBuf>>,
}

impl<'r> Loader<'r> {
    pub fn new(reader: &'r dyn DirReader) -> Self {
        Loader {
            reader,
            dirs: Mutex::new(HashMap::new()),
            instances: Mutex::new(HashMap::new()),
            manifests: Mutex::new(HashMap::new()),
            called: Mutex::new(BTreeSet::new()),
        }
    }

    /// Drops the parse of a root directory once its document is built, unless a
    /// scanned module calls it: parses are kept for reuse, not for the whole run.
    pub fn release(&self, dir: &Path) {
        if self
            .called
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(dir)
        {
            return;
        }
        self.dirs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(dir);
    }

    /// The parsed directory (`dir` absolute and normalised), read on first use.
    pub fn dir(&self, dir: &Path) -> Option<Arc<LoadedDir>> {
        let cell = {
            let mut dirs = self.dirs.lock().unwrap_or_else(|e| e.into_inner());
            Arc::clone(dirs.entry(dir.to_path_buf()).or_default())
        };
        // The map's lock is released: other directories load in parallel, this one once.
        cell.get_or_init(|| self.reader.read(dir).map(Arc::new))
            .clone()
    }

    /// The root's `.terraform/modules/modules.json`, when present and readable.
    fn manifest(&self, root: &Path) -> Option<Arc<Manifest>> {
        let mut manifests = self.manifests.lock().unwrap_or_else(|e| e.into_inner());
        manifests
            .entry(root.to_path_buf())
            .or_insert_with(|| Manifest::read(root).map(Arc::new))
            .clone()
    }

    /// Evaluates the module in `dir` as a root module (tfvars and inputs for its variables).
    pub fn evaluate_root(&self, dir: &Path, inputs: &VariableInputs) -> Option<Instance> {
        let loaded = self.dir(dir)?;
        if loaded.files.is_empty() {
            return None;
        }
        let host = Instantiator {
            loader: self,
            dir: dir.to_path_buf(),
            stack: vec![dir.to_path_buf()],
            keys: Vec::new(),
            root: dir.to_path_buf(),
        };
        let evaluated =
            loaded
                .builder
                .evaluate(&loaded.location, &Variables::Root(inputs), Some(&host));
        let tfvars = Arc::new(evaluated.tfvars_origins.clone());
        let mut instance = assemble(&loaded, evaluated);
        for resource in &mut instance.resources {
            if let Some(origin) = &mut resource.origin {
                origin.tfvars = Some(Arc::clone(&tfvars));
            }
        }
        Some(instance)
    }

    /// The directories to lint as roots: those no other scanned module calls,
    /// those named on the command line, and one of each group that only call
    /// each other (a cycle, reported when evaluated).
    pub fn roots(&self, dirs: &[PathBuf], named: &BTreeSet<PathBuf>) -> BTreeSet<PathBuf> {
        let known: BTreeSet<&PathBuf> = dirs.iter().collect();
        let mut edges: BTreeMap<&PathBuf, Vec<PathBuf>> = BTreeMap::new();
        let mut called: BTreeSet<PathBuf> = BTreeSet::new();
        for dir in dirs {
            for source in self.reader.module_sources(dir) {
                if !is_local(&source) {
                    continue;
                }
                let child = normalize(&dir.join(&source));
                if known.contains(&child) {
                    called.insert(child.clone());
                    edges.entry(dir).or_default().push(child);
                }
            }
        }
        self.called
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone_from(&called);
        let mut roots: BTreeSet<PathBuf> = dirs
            .iter()
            .filter(|d| !called.contains(*d) || named.contains(*d))
            .cloned()
            .collect();
        let mut reached: BTreeSet<PathBuf> = BTreeSet::new();
        let reach = |start: &PathBuf, reached: &mut BTreeSet<PathBuf>| {
            let mut queue = vec![start.clone()];
            while let Some(dir) = queue.pop() {
                if reached.insert(dir.clone()) {
                    queue.extend(edges.get(&dir).into_iter().flatten().cloned());
                }
            }
        };
        for root in &roots {
            reach(root, &mut reached);
        }
        for dir in dirs {
            if !reached.contains(dir) {
                roots.insert(dir.clone());
                reach(dir, &mut reached);
            }
        }
        roots
    }
}

/// Instantiates the module calls of the module in `dir`.
struct Instantiator<'l> {
    loader: &'l Loader<'l>,
    dir: PathBuf,
    /// The module directories from the root to `dir`, to refuse cycles.
    stack: Vec<PathBuf>,
    /// The module names from the root (`modules.json` keys are these joined by dots).
    keys: Vec<String>,
    root: PathBuf,
}

impl Host for Instantiator<'_> {
    fn instantiate(
        &self,
        name: &str,
        source: &str,
        arguments: &BTreeMap<String, Option<Value>>,
    ) -> Result<Target, String> {
        let mut keys = self.keys.clone();
        keys.push(name.to_string());
        let manifest = self.loader.manifest(&self.root);
        let dir = if is_local(source) {
            normalize(&self.dir.join(source))
        } else {
            // A copy of another source is stale (the block changed since `terraform init`).
            match manifest.as_ref().and_then(|m| m.dirs.get(&keys.join("."))) {
                Some((recorded, dir)) if dir.is_dir() && same_source(recorded, source) => {
                    dir.clone()
                }
                _ => return Ok(Target::Remote),
            }
        };
        if self.stack.contains(&dir) {
            let chain: Vec<String> = self
                .stack
                .iter()
                .skip_while(|d| **d != dir)
                .chain(std::iter::once(&dir))
                .map(|d| self.loader.reader.display(d))
                .collect();
            return Err(format!(
                "module \"{name}\" (source {source}) calls a module that is already being evaluated, a cycle: {}",
                chain.join(" -> ")
            ));
        }
        if self.stack.len() > MAX_MODULE_DEPTH {
            return Err(format!(
                "module \"{name}\" (source {source}) is nested more than {MAX_MODULE_DEPTH} modules deep; it is not evaluated"
            ));
        }
        let loaded = self.loader.dir(&dir).ok_or_else(|| {
            format!(
                "module \"{name}\": source {source} is not a folder with Terraform files ({})",
                dir.display()
            )
        })?;
        // The same directory with the same arguments evaluates to the same instance;
        // `modules.json` keys depend on the path of names, so they are part of the key then.
        let context = if manifest.is_some() {
            format!("{}|{}", self.root.display(), keys.join("."))
        } else {
            String::new()
        };
        let cache_key = format!("{}\n{context}\n{}", dir.display(), arguments_key(arguments));
        let cached = self
            .loader
            .instances
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&cache_key)
            .cloned();
        if let Some(instance) = cached {
            return Ok(Target::Instance(instance));
        }
        let mut stack = self.stack.clone();
        stack.push(dir.clone());
        let child = Instantiator {
            loader: self.loader,
            dir,
            stack,
            keys,
            root: self.root.clone(),
        };
        let evaluated = loaded.builder.evaluate(
            &loaded.location,
            &Variables::Arguments(arguments),
            Some(&child),
        );
        let instance = Arc::new(assemble(&loaded, evaluated));
        // Evaluated outside the lock (a module's children use the cache too); a
        // parallel evaluation of the same call may win the race, with the same result.
        let mut cache = self
            .loader
            .instances
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        Ok(Target::Instance(Arc::clone(
            cache.entry(cache_key).or_insert(instance),
        )))
    }
}

/// A stable text for a call's argument values, telling unknown from `null`.
fn arguments_key(arguments: &BTreeMap<String, Option<Value>>) -> String {
    let entries: Vec<Value> = arguments
        .iter()
        .map(|(name, value)| match value {
            Some(value) => json!([name, value]),
            None => json!([name]),
        })
        .collect();
    Value::Array(entries).to_string()
}

/// Merges a module's evaluation with the instances of the modules it called.
fn assemble(loaded: &LoadedDir, evaluated: Evaluated) -> Instance {
    let Evaluated {
        parts,
        mut problems,
        mut unknowns,
        outputs,
        calls,
        local_vars,
        ..
    } = evaluated;
    let mut files = loaded.files.clone();
    let (mut resources, extra) = parts.into_extra();
    let mut module_instances = 0;
    for call in calls {
        problems.extend(call.problem);
        for called in call.instances {
            let child = &called.instance;
            module_instances += 1 + child.module_instances;
            let map: Vec<usize> = child
                .files
                .iter()
                .map(|file| {
                    files
                        .iter()
                        .position(|f| Arc::ptr_eq(f, file) || f.path == file.path)
                        .unwrap_or_else(|| {
                            files.push(Arc::clone(file));
                            files.len() - 1
                        })
                })
                .collect();
            let remap = |index: usize| map.get(index).copied().unwrap_or(index);
            let prefix = instance_address(&format!("module.{}", call.name), called.key.as_ref());
            let site = CallSite {
                address: prefix.clone(),
                file: call.file,
                header: call.header.clone(),
                arguments: Arc::clone(&called.arguments),
            };
            for resource in &child.resources {
                let mut resource = resource.clone();
                resource.file = remap(resource.file);
                resource.address = format!("{prefix}.{}", resource.address);
                resource.base_address = format!("{prefix}.{}", resource.base_address);
                // References name resources of the same module instance: prefix them
                // too, so policies still match a resource with what refers to it.
                for addresses in resource.references.values_mut() {
                    if let Value::Array(list) = addresses {
                        for address in list.iter_mut() {
                            if let Value::String(text) = address
                                && !text.starts_with("var.")
                                && !text.starts_with("local.")
                            {
                                *text = format!("{prefix}.{text}");
                            }
                        }
                    }
                }
                resource.origin = Some(Box::new(match resource.origin.take() {
                    None => ModuleOrigin {
                        local_vars: Arc::clone(&child.local_vars),
                        calls: vec![site.clone()],
                        tfvars: None,
                    },
                    Some(mut origin) => {
                        for inner in &mut origin.calls {
                            inner.file = remap(inner.file);
                            inner.address = format!("{prefix}.{}", inner.address);
                        }
                        origin.calls.insert(0, site.clone());
                        *origin
                    }
                }));
                resources.push(resource);
            }
            for problem in &child.problems {
                let problem = EvalProblem {
                    file: remap(problem.file),
                    ..problem.clone()
                };
                if !problems.iter().any(|p| {
                    p.file == problem.file
                        && p.offset == problem.offset
                        && p.message == problem.message
                }) {
                    problems.push(problem);
                }
            }
            let base_prefix = format!("module.{}", call.name);
            for unknown in &child.unknowns {
                unknowns.push(UnknownAttribute {
                    file: remap(unknown.file),
                    address: format!("{base_prefix}.{}", unknown.address),
                    ..unknown.clone()
                });
            }
        }
    }
    unknowns.sort_by(|a, b| (a.file, a.offset, &a.address).cmp(&(b.file, b.offset, &b.address)));
    unknowns.dedup_by(|a, b| a.file == b.file && a.offset == b.offset && a.address == b.address);
    Instance {
        location: loaded.location.clone(),
        files,
        resources,
        extra,
        outputs,
        problems,
        unknowns,
        module_instances,
        local_vars,
    }
}

/// `.terraform/modules/modules.json`: where `terraform init` put each module's source.
struct Manifest {
    /// Module key (`x`, `x.y` for module y inside x) to its recorded source and absolute directory.
    dirs: BTreeMap<String, (String, PathBuf)>,
}

impl Manifest {
    fn read(root: &Path) -> Option<Manifest> {
        let text = std::fs::read_to_string(root.join(".terraform/modules/modules.json")).ok()?;
        let value: Value = serde_json::from_str(&text).ok()?;
        let dirs = value
            .get("Modules")?
            .as_array()?
            .iter()
            .filter_map(|entry| {
                let key = entry.get("Key")?.as_str()?;
                let dir = entry.get("Dir")?.as_str()?;
                let source = entry.get("Source").and_then(Value::as_str).unwrap_or("");
                (!key.is_empty()).then(|| {
                    (
                        key.to_string(),
                        (source.to_string(), normalize(&root.join(dir))),
                    )
                })
            })
            .collect();
        Some(Manifest { dirs })
    }
}

/// The `source` of each top-level `module` block of a `.tf` text, found without
/// parsing, to choose the roots before anything is parsed: `module "x" {` starts a
/// line and the block ends with `}` at the start of a line, as `terraform fmt`
/// writes them. A call written otherwise is missed here (its folder is then also
/// linted as a root, as without modules) but still evaluated.
pub fn module_sources(text: &str) -> Vec<String> {
    let mut sources = Vec::new();
    let mut inside = false;
    let mut found = false;
    for line in text.trim_start_matches('\u{feff}').lines() {
        if !inside {
            inside = line
                .strip_prefix("module")
                .is_some_and(|rest| rest.trim_start().starts_with('"'))
                && line.trim_end().ends_with('{');
            found = false;
            continue;
        }
        if line.starts_with('}') {
            inside = false;
            continue;
        }
        let value = line
            .trim_start()
            .strip_prefix("source")
            .and_then(|rest| rest.trim_start().strip_prefix('='))
            .and_then(|rest| rest.trim_start().strip_prefix('"'))
            .and_then(|rest| rest.split_once('"'));
        if let Some((source, _)) = value
            && !found
        {
            sources.push(source.to_string());
            found = true;
        }
    }
    sources
}

/// Whether `modules.json`'s recorded source is the block's: Terraform records registry
/// sources with their host (`registry.terraform.io/x/y/aws` for `x/y/aws`).
fn same_source(recorded: &str, source: &str) -> bool {
    recorded.is_empty() || recorded == source || recorded.ends_with(&format!("/{source}"))
}

/// Terraform reads a source as a local path only when it starts with `./` or `../`.
pub fn is_local(source: &str) -> bool {
    source.starts_with("./") || source.starts_with("../") || source == "." || source == ".."
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Module folders from memory, counting reads.
    struct Memory {
        texts: BTreeMap<PathBuf, &'static str>,
        reads: Mutex<Vec<PathBuf>>,
    }

    impl DirReader for Memory {
        fn read(&self, dir: &Path) -> Option<LoadedDir> {
            self.reads
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(dir.to_path_buf());
            let text = self.texts.get(dir)?;
            let mut builder = ModuleBuilder::default();
            builder.add_hcl(text, 0, 0).ok()?;
            let path = format!("{}/main.tf", dir.display());
            Some(LoadedDir {
                location: dir.display().to_string(),
                files: vec![Arc::new(SourceFile::new(path, text.to_string()))],
                builder,
            })
        }

        fn module_sources(&self, _: &Path) -> Vec<String> {
            Vec::new()
        }
    }

    #[test]
    fn instantiations_are_memoised_and_folders_read_once() {
        let memory = Memory {
            texts: BTreeMap::from([
                (
                    PathBuf::from("/r"),
                    "module \"a\" {\n  source = \"./m\"\n  x = 1\n}\nmodule \"b\" {\n  source = \"./m\"\n  x = 1\n}\nmodule \"c\" {\n  source = \"./m\"\n  x = 2\n}\nresource \"t\" \"r\" {\n  y = module.c.double\n}\n",
                ),
                (
                    PathBuf::from("/r/m"),
                    "variable \"x\" {}\nresource \"t\" \"this\" {\n  x = var.x\n}\noutput \"double\" {\n  value = var.x * 2\n}\n",
                ),
            ]),
            reads: Mutex::new(Vec::new()),
        };
        let loader = Loader::new(&memory);
        let instance = loader
            .evaluate_root(Path::new("/r"), &VariableInputs::default())
            .expect("root");
        let addresses: Vec<(&str, &Value)> = instance
            .resources
            .iter()
            .map(|r| (r.address.as_str(), &r.values))
            .collect();
        // The caller reads module c's output.
        assert_eq!(
            addresses,
            [
                ("t.r", &json!({"y": 4})),
                ("module.a.t.this", &json!({"x": 1})),
                ("module.b.t.this", &json!({"x": 1})),
                ("module.c.t.this", &json!({"x": 2})),
            ]
        );
        assert_eq!(instance.module_instances, 3);
        assert_eq!(
            *memory.reads.lock().unwrap_or_else(|e| e.into_inner()),
            [PathBuf::from("/r"), PathBuf::from("/r/m")]
        );
        // a and b share one evaluation.
        assert_eq!(
            loader
                .instances
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .len(),
            2
        );
    }

    #[test]
    fn module_sources_are_found_without_parsing() {
        let text = "\u{feff}module \"a\" {\n  source = \"./a\"\n  x = { source = \"no\" }\n}\n\nresource \"t\" \"n\" {\n  source = \"no\"\n}\nmodule \"b\" {\r\n  source  = \"../b\" # comment\r\n}\r\n";
        assert_eq!(module_sources(text), ["./a", "../b"]);
    }

    #[test]
    fn paths_are_normalised_lexically() {
        let base = normalize(Path::new("/x/y/../z/./w"));
        assert_eq!(base, PathBuf::from("/x/z/w"));
        assert!(is_local("./m") && is_local("../m") && !is_local("hashicorp/consul/aws"));
    }

    #[test]
    fn argument_keys_tell_unknown_from_null() {
        let unknown = BTreeMap::from([("a".to_string(), None)]);
        let null = BTreeMap::from([("a".to_string(), Some(Value::Null))]);
        assert_ne!(arguments_key(&unknown), arguments_key(&null));
    }
}
