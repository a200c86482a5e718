//! The Rego engine: every policy compiled once per run, evaluated per document, results turned into located findings.

mod coverage;
mod locate;
pub mod testing;

use std::collections::BTreeSet;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use regorus::utils::limits::ExecutionTimerConfig;
use serde_json::Value;

use crate::model::{Check, Document, Finding, ToolError};
use crate::policy::{Policy, PolicyLoadError, PolicySet};

/// A policy's evaluation of one document may not take longer than this.
const EVALUATION_LIMIT: Duration = Duration::from_secs(10);

/// How built-in policies are executed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Runner {
    /// Compiled to regorus' register virtual machine (RVM): about twice as fast
    /// as the interpreter. Groups the RVM cannot compile, and user policies,
    /// still run on the interpreter.
    #[default]
    Compiled,
    /// Everything on the tree-walking interpreter (`SRM_LINT_ENGINE=interpreter`).
    Interpreter,
}

impl Runner {
    /// The runner a `SRM_LINT_ENGINE` value names (`interpreter` or `compiled`);
    /// the default otherwise. An escape hatch for a suspected engine
    /// difference, and how the test suite compares both.
    pub fn named(value: Option<&str>) -> Runner {
        match value {
            Some("interpreter") => Runner::Interpreter,
            _ => Runner::Compiled,
        }
    }
}

/// A compiled policy set. Clone the engine for each worker thread: clones are cheap.
///
/// Policies are compiled in groups (one per provider service folder, such as
/// `aws/s3`), each group in its own regorus engine with the libraries and a
/// generated module that gathers the group's `deny` sets in one rule. Why:
/// regorus resolves every `data.` reference by walking all loaded modules, so
/// one engine with hundreds of policies is slow; one engine per policy would
/// recompute the shared library rules (a workload's containers) for every
/// policy. A group is evaluated once per document, and compiled only when a
/// document first needs it.
///
/// Built-in groups are also compiled to an RVM program, which runs the
/// gathering rule about twice as fast as the interpreter. The RVM of regorus
/// 0.14 is younger than its interpreter, so only built-in policies use it:
/// the test suite runs every built-in fixture through both and requires the
/// same findings (`tests/policies.rs`). A user's policies are not proven that
/// way, so they always run on the interpreter.
pub struct Engine {
    policies: Arc<Vec<Policy>>,
    groups: Arc<Vec<Group>>,
    /// This worker's copies of the compiled group engines, made on first use.
    local: Vec<Option<Local>>,
    /// Every library and the configuration data: for checking and running a policy on its own.
    base: regorus::Engine,
    /// The configuration data only: a group engine starts from it and adds the libraries its policies use.
    bare: regorus::Engine,
    libraries: Arc<Vec<crate::policy::Library>>,
    /// The configuration data, for the virtual machines.
    data: regorus::Value,
    runner: Runner,
    /// How long one group of policies may run on one document.
    time_limit: Duration,
}

impl Clone for Engine {
    fn clone(&self) -> Self {
        Engine {
            policies: Arc::clone(&self.policies),
            groups: Arc::clone(&self.groups),
            // A virtual machine is not `Clone`; each worker makes its own from the shared program.
            local: (0..self.groups.len()).map(|_| None).collect(),
            base: self.base.clone(),
            bare: self.bare.clone(),
            libraries: Arc::clone(&self.libraries),
            data: self.data.clone(),
            runner: self.runner,
            time_limit: self.time_limit,
        }
    }
}

/// Policies compiled and evaluated together.
struct Group {
    /// Indexes into `policies`.
    members: Vec<usize>,
    /// The generated module's package: `data.<package>.results` maps member index to `deny`.
    package: String,
    /// Every member is built in (and so proven on the virtual machine).
    builtin: bool,
    /// Indexes into `libraries` of the libraries the members use, directly or through another library.
    libraries: Vec<usize>,
    compiled: std::sync::OnceLock<Option<CompiledGroup>>,
    /// Set when a worker starts compiling the group.
    claimed: std::sync::atomic::AtomicBool,
}

/// A group compiled once per run and shared by the workers.
struct CompiledGroup {
    interpreter: regorus::Engine,
    /// The gathering rule compiled for the virtual machine, when the RVM accepts the group.
    program: Option<(regorus::CompiledPolicy, Arc<regorus::rvm::Program>)>,
}

/// A worker's own instances of a compiled group.
struct Local {
    interpreter: regorus::Engine,
    vm: Option<regorus::rvm::RegoVM>,
}

impl Engine {
    /// Compiles the libraries and checks every policy's syntax; a policy that
    /// does not compile is reported and left out, the others still run.
    pub fn new(set: &PolicySet) -> (Engine, Vec<PolicyLoadError>) {
        Engine::with_data(set, None)
    }

    /// Like [`Engine::new`], with `data` (e.g. `{"srm": {"config": {...}}}`) visible to policies as `data`.
    pub fn with_data(set: &PolicySet, data: Option<Value>) -> (Engine, Vec<PolicyLoadError>) {
        let mut errors = Vec::new();
        let mut base = base_engine();
        let mut data_value = regorus::Value::new_object();
        if let Some(data) = data {
            data_value = regorus::Value::from(data);
            if let Err(e) = base.add_data(data_value.clone()) {
                errors.push(PolicyLoadError {
                    file: "configuration".into(),
                    message: first_line(&e.to_string()),
                });
                data_value = regorus::Value::new_object();
            }
        }
        let bare = base.clone();
        for library in &set.libraries {
            if let Err(e) = base.add_policy(library.source_path.clone(), library.rego.clone()) {
                errors.push(PolicyLoadError {
                    file: library.source_path.clone(),
                    message: first_line(&e.to_string()),
                });
            }
        }
        let mut policies = Vec::new();
        for policy in &set.policies {
            // The user's policies are parsed now so a mistake is reported even when
            // nothing they check is present; built-ins are proven by the test suite,
            // and everything is fully prepared only when a group is first needed.
            if policy.builtin {
                policies.push(policy.clone());
                continue;
            }
            match base
                .clone()
                .add_policy(policy.source_path.clone(), policy.rego.clone())
            {
                Ok(_) => policies.push(policy.clone()),
                Err(e) => errors.push(PolicyLoadError {
                    file: policy.source_path.clone(),
                    message: format!("{}: {}", policy.id(), first_line(&e.to_string())),
                }),
            }
        }
        let mut by_folder: std::collections::BTreeMap<String, Vec<usize>> =
            std::collections::BTreeMap::new();
        for (index, policy) in policies.iter().enumerate() {
            let folder = group_key(&policy.source_path);
            by_folder.entry(folder).or_default().push(index);
        }
        let groups = by_folder
            .into_values()
            .enumerate()
            .map(|(number, members)| Group {
                builtin: members.iter().all(|&i| policies[i].builtin),
                libraries: libraries_used(
                    members.iter().map(|&i| policies[i].rego.as_str()),
                    &set.libraries,
                ),
                members,
                package: format!("srm_internal.group{number}"),
                compiled: std::sync::OnceLock::new(),
                claimed: std::sync::atomic::AtomicBool::new(false),
            })
            .collect::<Vec<_>>();
        let engine = Engine {
            local: (0..groups.len()).map(|_| None).collect(),
            policies: Arc::new(policies),
            groups: Arc::new(groups),
            base,
            bare,
            libraries: Arc::new(set.libraries.clone()),
            data: data_value,
            runner: Runner::default(),
            time_limit: EVALUATION_LIMIT,
        };
        (engine, errors)
    }

    /// Sets how long one group of policies may run on one document (default 10 s).
    pub fn with_time_limit(mut self, limit: Duration) -> Engine {
        self.time_limit = limit;
        self.base.set_execution_timer_config(execution_timer(limit));
        self.bare.set_execution_timer_config(execution_timer(limit));
        self
    }

    /// Chooses how built-in policies are executed (see [`Runner`]).
    pub fn with_runner(mut self, runner: Runner) -> Engine {
        self.runner = runner;
        self
    }

    pub fn policies(&self) -> &[Policy] {
        &self.policies
    }

    /// Compiles a group: its policies and the module that gathers their results,
    /// and, for built-ins, the gathering rule's virtual machine program.
    fn compile_group(&self, group: &Group) -> Option<CompiledGroup> {
        // Only the libraries the group uses: analysing the Terraform library
        // for every Kubernetes group (and the reverse) was a third of the
        // compile time, which is most of a small repository's run.
        let mut rego = self.bare.clone();
        for &index in &group.libraries {
            let library = &self.libraries[index];
            rego.add_policy(library.source_path.clone(), library.rego.clone())
                .ok()?;
        }
        let mut gather = format!("package {}\n\nresults := {{\n", group.package);
        for &index in &group.members {
            let policy = &self.policies[index];
            rego.add_policy(policy.source_path.clone(), policy.rego.clone())
                .ok()?;
            gather.push_str(&format!(
                "\t\"{index}\": {},\n",
                policy.results_expression()
            ));
        }
        gather.push_str("}\n");
        rego.add_policy(format!("<{}>", group.package), gather)
            .ok()?;
        // Compiling for the virtual machine also prepares the interpreter (the
        // fallback); otherwise prepare it now, on an empty document, so that
        // workers clone a prepared engine.
        let program = if group.builtin && self.runner == Runner::Compiled {
            compile_program(&mut rego, &group.entry_point())
        } else {
            None
        };
        if program.is_none() {
            rego.set_input(regorus::Value::from(serde_json::json!({"resources": {}})));
            rego.eval_rule(group.entry_point()).ok()?;
        }
        Some(CompiledGroup {
            interpreter: rego,
            program,
        })
    }

    /// This worker's instances of group `number`, compiling the group on first use.
    fn group_engine(&mut self, number: usize) -> Option<&mut Local> {
        if self.local[number].is_none() {
            let groups = Arc::clone(&self.groups);
            groups[number]
                .claimed
                .store(true, std::sync::atomic::Ordering::Relaxed);
            let compiled = groups[number]
                .compiled
                .get_or_init(|| self.compile_group(&groups[number]))
                .as_ref()?;
            let vm = compiled.program.as_ref().map(|(policy, program)| {
                let mut vm = regorus::rvm::RegoVM::new_with_policy(policy.clone());
                vm.load_program(Arc::clone(program));
                // The evaluation time limit bounds the work; the instruction budget (25,000 by default) would cut real documents short.
                vm.set_max_instructions(usize::MAX);
                vm.set_execution_timer_config(Some(execution_timer(self.time_limit)));
                vm.set_strict_builtin_errors(false);
                vm
            });
            let vm = match vm {
                Some(mut vm) => vm.set_data(self.data.clone()).ok().map(|()| vm),
                None => None,
            };
            self.local[number] = Some(Local {
                interpreter: compiled.interpreter.clone(),
                vm,
            });
        }
        self.local[number].as_mut()
    }

    /// Runs the policies that apply to `document` and locates each finding.
    pub fn evaluate(&mut self, document: &Document) -> Evaluation {
        let types = document.resource_types();
        let applies = |p: &Policy| {
            p.format() == document.format
                && p.metadata
                    .custom
                    .input
                    .types
                    .iter()
                    .any(|t| types.contains(t))
        };
        let applicable: Vec<usize> = (0..self.policies.len())
            .filter(|&i| applies(&self.policies[i]))
            .collect();
        let mut evaluation = Evaluation {
            checks: applicable
                .iter()
                .map(|&i| Check {
                    document: document.location.clone(),
                    policy_id: self.policies[i].id().to_string(),
                    passed: 0,
                    not_judged: 0,
                })
                .collect(),
            ..Evaluation::default()
        };
        if applicable.is_empty() {
            return evaluation;
        }
        let input = regorus::Value::from(document.to_input());
        // The time budget grows with the document (1 ms per resource): 30,000
        // buckets legitimately take seconds; a small document that takes long is pathological.
        let time_limit = self.time_limit + Duration::from_millis(document.resources.len() as u64);
        let mut remaining: Vec<(usize, Vec<usize>)> = (0..self.groups.len())
            .map(|number| {
                let members = self.groups[number]
                    .members
                    .iter()
                    .copied()
                    .filter(|i| applicable.contains(i))
                    .collect::<Vec<usize>>();
                (number, members)
            })
            .filter(|(_, members)| !members.is_empty())
            .collect();
        while !remaining.is_empty() {
            // A group that another worker is compiling right now waits till last:
            // meanwhile this worker compiles or runs the others instead of blocking.
            let next = remaining
                .iter()
                .position(|(number, _)| !self.groups[*number].compiling_elsewhere())
                .unwrap_or(0);
            let (number, members) = remaining.remove(next);
            let entry_point = self.groups[number].entry_point();
            let policies = Arc::clone(&self.policies);
            let Some(local) = self.group_engine(number) else {
                // The group does not compile as a whole: run its policies one by one to name the culprit.
                for index in members {
                    let policy = &policies[index];
                    let mut single = self.base.clone();
                    let outcome = single
                        .add_policy(policy.source_path.clone(), policy.rego.clone())
                        .map_err(|e| e.to_string())
                        .and_then(|_| {
                            single.set_input(input.clone());
                            eval_results(&mut single, policy)
                        });
                    let slot = slot_of(&applicable, index);
                    collect(
                        policy,
                        document,
                        outcome.map_err(|e| first_line(&e)),
                        &mut evaluation,
                        slot,
                    );
                }
                continue;
            };
            // The virtual machine first; if it fails, the interpreter redoes the
            // group so that the failing policy is named with the interpreter's
            // message. A group stopped by the time limit is not run again: a
            // rerun would only take as long again, once more per policy.
            let from_vm = local.vm.as_mut().map(|vm| {
                vm.set_execution_timer_config(Some(execution_timer(time_limit)));
                vm.set_input(input.clone());
                vm.execute_entry_point_by_name(&entry_point)
                    .map_err(|e| e.to_string())
            });
            let results = match from_vm {
                Some(Ok(results)) => Ok(results),
                Some(Err(message)) if is_timeout(&message) => Err(message),
                _ => {
                    local
                        .interpreter
                        .set_execution_timer_config(execution_timer(time_limit));
                    local.interpreter.set_input(input.clone());
                    local
                        .interpreter
                        .eval_rule(entry_point)
                        .map_err(|e| e.to_string())
                }
            };
            match results {
                Ok(results) => {
                    for index in members {
                        let value = results[&regorus::Value::from(index.to_string())].clone();
                        let slot = slot_of(&applicable, index);
                        collect(&policies[index], document, Ok(value), &mut evaluation, slot);
                    }
                }
                Err(message) if is_timeout(&message) => {
                    let ids: Vec<&str> = members.iter().map(|&i| policies[i].id()).collect();
                    evaluation.errors.push(ToolError {
                        file: document
                            .files
                            .first()
                            .map_or_else(|| document.location.clone(), |f| f.path.clone()),
                        line: None,
                        column: None,
                        message: format!(
                            "policies stopped after {} s on this document, their findings here are missing: {} (raise the limit with --limit policy-time=SECONDS)",
                            time_limit.as_secs_f64(),
                            ids.join(", ")
                        ),
                    });
                }
                Err(_) => {
                    // One policy failed and took the gathering rule with it: evaluate each alone.
                    for index in members {
                        let outcome = eval_results(&mut local.interpreter, &policies[index])
                            .map_err(|e| first_line(&e));
                        let slot = slot_of(&applicable, index);
                        collect(&policies[index], document, outcome, &mut evaluation, slot);
                    }
                }
            }
        }
        evaluation
    }
}

impl Group {
    /// Whether another worker has started compiling this group and not finished.
    fn compiling_elsewhere(&self) -> bool {
        self.compiled.get().is_none() && self.claimed.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The rule that gathers every member's `deny` set.
    fn entry_point(&self) -> String {
        format!("data.{}.results", self.package)
    }
}

/// The libraries (indexes into `libraries`) that the given policy texts refer
/// to as `data.<package>`, directly or through other libraries, in load order.
fn libraries_used<'a>(
    texts: impl Iterator<Item = &'a str>,
    libraries: &[crate::policy::Library],
) -> Vec<usize> {
    let references: Vec<String> = libraries
        .iter()
        .map(|l| {
            crate::policy::package_of(&l.rego).map_or_else(String::new, |p| format!("data.{p}"))
        })
        .collect();
    let mut used = vec![false; libraries.len()];
    let mut pending: Vec<&str> = texts.collect();
    while let Some(text) = pending.pop() {
        for (index, reference) in references.iter().enumerate() {
            if !used[index] && !reference.is_empty() && text.contains(reference.as_str()) {
                used[index] = true;
                pending.push(&libraries[index].rego);
            }
        }
    }
    (0..libraries.len()).filter(|&i| used[i]).collect()
}

/// One policy's results (see [`Policy::results_expression`]) on the engine's input.
fn eval_results(rego: &mut regorus::Engine, policy: &Policy) -> Result<regorus::Value, String> {
    let expression = policy.results_expression();
    if expression == policy.deny_rule() {
        return rego.eval_rule(expression).map_err(|e| e.to_string());
    }
    let results = rego
        .eval_query(expression, false)
        .map_err(|e| e.to_string())?;
    Ok(results
        .result
        .into_iter()
        .next()
        .and_then(|r| r.expressions.into_iter().next())
        .map_or(regorus::Value::Null, |e| e.value))
}

/// The RVM program of a prepared group engine, or `None` when the RVM does not
/// support something the group uses (the interpreter then runs it).
fn compile_program(
    rego: &mut regorus::Engine,
    entry_point: &str,
) -> Option<(regorus::CompiledPolicy, Arc<regorus::rvm::Program>)> {
    let policy = rego.compile_with_entrypoint(&entry_point.into()).ok()?;
    let program =
        regorus::languages::rego::compiler::Compiler::compile_from_policy(&policy, &[entry_point])
            .ok()?;
    Some((policy, program))
}

/// The group a policy is compiled in: its folder (`policies/aws/s3`).
/// (Measured on the benchmark: one group per provider is slower than per folder,
/// one engine per policy slower still.)
fn group_key(source_path: &str) -> String {
    source_path
        .rsplit_once('/')
        .map_or("", |(dir, _)| dir)
        .to_string()
}

/// Where policy `index` is in the document's checks (`applicable` is sorted).
fn slot_of(applicable: &[usize], index: usize) -> Option<usize> {
    applicable.binary_search(&index).ok()
}

/// Turns one policy's results (or error) into findings and errors, and counts
/// the resources it judged and passed, or could not judge, in `checks[slot]`.
fn collect(
    policy: &Policy,
    document: &Document,
    outcome: Result<regorus::Value, String>,
    evaluation: &mut Evaluation,
    slot: Option<usize>,
) {
    let value = match outcome {
        Ok(value) => value,
        Err(message) => {
            evaluation
                .errors
                .push(policy_error(policy, document, &message));
            return;
        }
    };
    let (deny, applies, unknown) = match value {
        regorus::Value::Object(fields) => {
            let field = |name: &str| fields.get(&regorus::Value::from(name)).cloned();
            (
                field("deny").unwrap_or(regorus::Value::Null),
                field("applies"),
                field("unknown"),
            )
        }
        other => (other, None, None),
    };
    let results = match serde_json::to_value(&deny) {
        Ok(Value::Array(items)) => items,
        Ok(Value::Null) | Ok(Value::String(_)) => Vec::new(),
        Ok(other) => {
            evaluation.errors.push(policy_error(
                policy,
                document,
                &format!("`deny` must be a set of objects, got {other}"),
            ));
            return;
        }
        Err(e) => {
            evaluation
                .errors
                .push(policy_error(policy, document, &e.to_string()));
            return;
        }
    };
    let first_finding = evaluation.findings.len();
    for item in results {
        match locate::locate(policy, document, &item) {
            Ok(finding) => evaluation.findings.push(finding),
            Err(message) => evaluation
                .errors
                .push(policy_error(policy, document, &message)),
        }
    }
    let reported: BTreeSet<&str> = evaluation.findings[first_finding..]
        .iter()
        .map(|f| f.resource.as_str())
        .collect();
    let coverage = coverage::judge(
        policy,
        document,
        &reported,
        applies.as_ref(),
        unknown.as_ref(),
    );
    match coverage {
        Ok((passed, not_judged)) => {
            if let Some(check) = slot.and_then(|slot| evaluation.checks.get_mut(slot)) {
                check.passed = passed;
                check.not_judged = not_judged;
            }
        }
        Err(message) => evaluation
            .errors
            .push(policy_error(policy, document, &message)),
    }
}

/// What evaluating one document gave: findings, policy errors, and the policies that ran on it with what they passed.
#[derive(Debug, Default)]
pub struct Evaluation {
    pub findings: Vec<Finding>,
    pub errors: Vec<ToolError>,
    pub checks: Vec<Check>,
}

fn base_engine() -> regorus::Engine {
    let mut rego = regorus::Engine::new();
    // Like OPA: a builtin given bad input is undefined rather than an error that aborts the policy.
    rego.set_strict_builtin_errors(false);
    rego.set_execution_timer_config(execution_timer(EVALUATION_LIMIT));
    rego
}

fn execution_timer(limit: Duration) -> ExecutionTimerConfig {
    ExecutionTimerConfig {
        limit,
        check_interval: NonZeroU32::new(1000).unwrap_or(NonZeroU32::MIN),
    }
}

/// Whether a regorus error is its execution timer stopping the evaluation.
fn is_timeout(message: &str) -> bool {
    message.contains("exceeded time limit")
}

/// The useful part of a regorus error: its `error:` line and its `--> file:line:col` location
/// (the text in between is a source excerpt meant for a terminal).
fn first_line(text: &str) -> String {
    let location = text.lines().find_map(|l| l.trim().strip_prefix("--> "));
    let message = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("error: "))
        .or_else(|| {
            text.lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with("-->"))
        })
        .unwrap_or("unknown error");
    match location {
        Some(location) => format!("{message} ({location})"),
        None => message.to_string(),
    }
}

fn policy_error(policy: &Policy, document: &Document, message: &str) -> ToolError {
    ToolError {
        file: document
            .files
            .first()
            .map_or_else(|| document.key.clone(), |f| f.path.clone()),
        line: None,
        column: None,
        message: format!(
            "policy {} ({}) failed: {message}",
            policy.id(),
            policy.source_path
        ),
    }
}

impl Engine {
    /// One regorus engine with the libraries and every policy, for running
    /// policy unit tests (which import the packages they test).
    pub fn rego_engine(&self) -> regorus::Engine {
        let mut rego = self.base.clone();
        for policy in self.policies.iter() {
            // Each policy compiled on its own already; a failure here is impossible in practice.
            let _ = rego.add_policy(policy.source_path.clone(), policy.rego.clone());
        }
        rego
    }
}

#[cfg(test)]
mod tests {
    use super::locate::fingerprint;
    use super::*;
    use crate::input::terraform::{ModuleParts, parse_hcl};
    use crate::model::{Document, Format, SourceFile};
    use crate::policy::PolicySet;

    fn document(text: &str) -> Document {
        let mut parts = ModuleParts::default();
        parse_hcl(text, 0, 0, "main.tf", &mut parts).expect("parses");
        let (resources, extra) = parts.into_extra();
        Document {
            format: Format::Terraform,
            key: ".".into(),
            location: ".".into(),
            files: vec![Arc::new(SourceFile::new("main.tf".into(), text.into()))],
            resources,
            extra,
            secrets: Vec::new(),
            secret_pattern: None,
        }
    }

    #[test]
    fn only_policies_whose_input_types_match_run() {
        let set = PolicySet::load(None, &[]);
        let (mut engine, errors) = Engine::new(&set);
        assert!(errors.is_empty(), "{errors:?}");
        let evaluation = engine.evaluate(&document(
            "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n",
        ));
        assert!(evaluation.errors.is_empty(), "{:?}", evaluation.errors);
        assert!(
            evaluation
                .checks
                .iter()
                .any(|c| c.policy_id == "SRM-AWS-EC2-002" && c.passed == 0)
        );
        let findings = evaluation.findings;
        assert!(findings.iter().all(|f| f.resource == "aws_ebs_volume.v"));
        assert!(
            findings.iter().any(|f| f.policy_id == "SRM-AWS-EC2-002"
                && f.start_line == 2
                && f.attribute_present)
        );
        let evaluation = engine.evaluate(&document("resource \"null_resource\" \"n\" {}\n"));
        assert!(evaluation.findings.is_empty() && evaluation.checks.is_empty());
    }

    #[test]
    fn checks_count_what_each_policy_passed_and_could_not_judge() {
        let set = PolicySet::load(None, &[]);
        let (mut engine, errors) = Engine::new(&set);
        assert!(errors.is_empty(), "{errors:?}");
        let text = r#"
variable "tokens" {}
resource "aws_ebs_volume" "plain" { encrypted = false }
resource "aws_ebs_volume" "sealed" { encrypted = true }
resource "aws_instance" "known" {
  metadata_options { http_tokens = "required" }
}
resource "aws_instance" "unknown" {
  metadata_options { http_tokens = var.tokens }
}
resource "aws_instance" "templated" {
  launch_template { id = "lt-123" }
}
resource "aws_dynamodb_table" "unclassified" { name = "t" }
"#;
        let evaluation = engine.evaluate(&document(text));
        assert!(evaluation.errors.is_empty(), "{:?}", evaluation.errors);
        let check = |id: &str| {
            evaluation
                .checks
                .iter()
                .find(|c| c.policy_id == id)
                .map(|c| (c.passed, c.not_judged))
        };
        // EBS encryption reads volumes and instances: `sealed` and `templated`
        // pass; `plain`, `known` and `unknown` (no root_block_device) fail.
        assert_eq!(check("SRM-AWS-EC2-002"), Some((2, 0)));
        // IMDSv2: `known` passes, `unknown` is not judged, `templated` is judged through its template.
        assert_eq!(check("SRM-AWS-EC2-001"), Some((1, 1)));
        // The CMK policy applies to classified tables only: nothing passed, nothing failed.
        let cmk = set
            .policies
            .iter()
            .find(|p| p.source_path.ends_with("dynamodb/sensitive_table_cmk.rego"))
            .map(|p| p.id().to_string())
            .unwrap_or_default();
        assert_eq!(check(&cmk), Some((0, 0)));
        assert!(!evaluation.findings.iter().any(|f| f.policy_id == cmk));
    }

    #[test]
    fn regex_supports_case_insensitivity_and_perl_classes() {
        let mut rego = base_engine();
        rego.add_policy(
            "t.rego".into(),
            "package t\nok if regex.match(`(?i)^pass\\d+\\s\\w$`, \"PASS12 a\")\n".into(),
        )
        .expect("compiles");
        assert_eq!(
            rego.eval_rule("data.t.ok".into()).expect("evaluates"),
            regorus::Value::from(true)
        );
    }

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(
            fingerprint(&["SRM-AWS-S3-001", ".", "aws_s3_bucket.b", ""]),
            fingerprint(&["SRM-AWS-S3-001", ".", "aws_s3_bucket.b", ""])
        );
        assert_ne!(fingerprint(&["a", "bc"]), fingerprint(&["ab", "c"]));
        assert_eq!(fingerprint(&[]), "cbf29ce484222325");
    }

    #[test]
    fn regorus_errors_are_shortened_to_message_and_location() {
        let text = "\n--> x.rego:13:27\n   |\n13 | deny\n   |   ^\nerror: expecting `}` while parsing object";
        assert_eq!(
            first_line(text),
            "expecting `}` while parsing object (x.rego:13:27)"
        );
    }
}
