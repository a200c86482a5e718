//! The Rego engine: every policy compiled once per run, evaluated per document, results turned into located findings.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use regorus::utils::limits::ExecutionTimerConfig;
use serde_json::Value;

use crate::parse::{Document, SourceFile};
use crate::policy::{Policy, PolicyLoadError, PolicySet};
use crate::report::{Finding, ToolError};
use crate::source_map::{PathSegment, dotted};

/// A policy's evaluation of one document may not take longer than this.
const EVALUATION_LIMIT: Duration = Duration::from_secs(10);

/// A compiled policy set. Clone the engine for each worker thread: clones of a warmed engine are cheap.
#[derive(Clone)]
pub struct Engine {
    rego: regorus::Engine,
    policies: Arc<Vec<Policy>>,
}

impl Engine {
    /// Compiles the libraries and policies; a policy that does not compile is
    /// reported and left out, the others still run.
    pub fn new(set: &PolicySet) -> (Engine, Vec<PolicyLoadError>) {
        Engine::with_data(set, None)
    }

    /// Like [`Engine::new`], with `data` (e.g. `{"srm": {"config": {...}}}`) visible to policies as `data`.
    pub fn with_data(set: &PolicySet, data: Option<Value>) -> (Engine, Vec<PolicyLoadError>) {
        let mut errors = Vec::new();
        let mut rego = base_engine();
        if let Some(data) = data
            && let Err(e) = rego.add_data(regorus::Value::from(data))
        {
            errors.push(PolicyLoadError {
                file: "configuration".into(),
                message: first_line(&e.to_string()),
            });
        }
        for library in &set.libraries {
            if let Err(e) = rego.add_policy(library.source_path.clone(), library.rego.clone()) {
                errors.push(PolicyLoadError {
                    file: library.source_path.clone(),
                    message: first_line(&e.to_string()),
                });
            }
        }
        let mut policies = Vec::new();
        for policy in &set.policies {
            // Compile each policy in a scratch copy first so one broken file cannot poison the engine.
            let mut trial = rego.clone();
            match trial.add_policy(policy.source_path.clone(), policy.rego.clone()) {
                Ok(_) => {
                    rego = trial;
                    policies.push(policy.clone());
                }
                Err(e) => errors.push(PolicyLoadError {
                    file: policy.source_path.clone(),
                    message: format!("{}: {}", policy.id(), first_line(&e.to_string())),
                }),
            }
        }
        let mut engine = Engine {
            rego,
            policies: Arc::new(policies),
        };
        engine.warm_up(&mut errors);
        (engine, errors)
    }

    pub fn policies(&self) -> &[Policy] {
        &self.policies
    }

    /// Evaluates every rule once on an empty document, so that the work regorus
    /// does lazily on first use happens before the engine is cloned per worker.
    fn warm_up(&mut self, errors: &mut Vec<PolicyLoadError>) {
        self.rego
            .set_input(regorus::Value::from(serde_json::json!({"resources": {}})));
        let mut broken = Vec::new();
        for (index, policy) in self.policies.iter().enumerate() {
            if let Err(e) = self.rego.eval_rule(policy.deny_rule()) {
                let message = first_line(&e.to_string());
                // An undefined rule is not an error; anything else means the policy cannot run.
                if !message.contains("not a valid rule path") {
                    errors.push(PolicyLoadError {
                        file: policy.source_path.clone(),
                        message: format!("{}: {message}", policy.id()),
                    });
                    broken.push(index);
                }
            }
        }
        if !broken.is_empty() {
            let kept = self
                .policies
                .iter()
                .enumerate()
                .filter(|(i, _)| !broken.contains(i))
                .map(|(_, p)| p.clone())
                .collect();
            self.policies = Arc::new(kept);
        }
    }

    /// Runs the policies that apply to `document` and locates each finding.
    pub fn evaluate(&mut self, document: &Document) -> Evaluation {
        let types = document.resource_types();
        let applicable: Vec<usize> = self
            .policies
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.format() == document.format
                    && p.metadata
                        .custom
                        .input
                        .types
                        .iter()
                        .any(|t| types.contains(t))
            })
            .map(|(i, _)| i)
            .collect();
        let mut evaluation = Evaluation {
            checks: applicable
                .iter()
                .map(|&i| self.policies[i].id().to_string())
                .collect(),
            ..Evaluation::default()
        };
        if applicable.is_empty() {
            return evaluation;
        }
        let Evaluation {
            findings, errors, ..
        } = &mut evaluation;
        self.rego
            .set_input(regorus::Value::from(document.to_input()));
        for index in applicable {
            let policy = &self.policies[index];
            let result = match self.rego.eval_rule(policy.deny_rule()) {
                Ok(value) => value,
                Err(e) => {
                    errors.push(policy_error(policy, document, &first_line(&e.to_string())));
                    continue;
                }
            };
            let results = match serde_json::to_value(&result) {
                Ok(Value::Array(items)) => items,
                Ok(Value::Null) | Ok(Value::String(_)) => Vec::new(),
                Ok(other) => {
                    errors.push(policy_error(
                        policy,
                        document,
                        &format!("`deny` must be a set of objects, got {other}"),
                    ));
                    continue;
                }
                Err(e) => {
                    errors.push(policy_error(policy, document, &e.to_string()));
                    continue;
                }
            };
            for item in results {
                match locate(policy, document, &item) {
                    Ok(finding) => findings.push(finding),
                    Err(message) => errors.push(policy_error(policy, document, &message)),
                }
            }
        }
        evaluation
    }
}

/// What evaluating one document gave: findings, policy errors, and the ids of the policies that ran on it.
#[derive(Debug, Default)]
pub struct Evaluation {
    pub findings: Vec<Finding>,
    pub errors: Vec<ToolError>,
    pub checks: Vec<String>,
}

fn base_engine() -> regorus::Engine {
    let mut rego = regorus::Engine::new();
    // Like OPA: a builtin given bad input is undefined rather than an error that aborts the policy.
    rego.set_strict_builtin_errors(false);
    rego.set_execution_timer_config(ExecutionTimerConfig {
        limit: EVALUATION_LIMIT,
        check_interval: NonZeroU32::new(1000).unwrap_or(NonZeroU32::MIN),
    });
    rego
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

/// Turns one `deny` result into a finding located through the resource's source map.
fn locate(policy: &Policy, document: &Document, item: &Value) -> Result<Finding, String> {
    let message = item
        .get("msg")
        .and_then(Value::as_str)
        .ok_or("a result has no string `msg`")?;
    let address = item
        .get("resource")
        .and_then(Value::as_str)
        .ok_or("a result has no string `resource`")?;
    let resource = document
        .resources
        .iter()
        .find(|r| r.address == address)
        .ok_or_else(|| {
            format!("a result names resource `{address}`, which this document does not have")
        })?;
    let path = match item.get("path") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(segments)) => segments
            .iter()
            .map(|segment| match segment {
                Value::String(key) => Ok(PathSegment::Key(key.clone())),
                Value::Number(n) => n
                    .as_u64()
                    .map(|i| PathSegment::Index(i as usize))
                    .ok_or_else(|| format!("path index {n} is not a whole number")),
                other => Err(format!("path segment {other} must be a string or a number")),
            })
            .collect::<Result<Vec<_>, _>>()?,
        Some(other) => return Err(format!("`path` must be a list, got {other}")),
    };
    let file: &Arc<SourceFile> = &document.files[resource.file];
    let resolved = resource.spans.resolve(&path);
    let (start, end) = file.lines.span_positions(&file.text, &resolved.span);
    let custom = &policy.metadata.custom;
    Ok(Finding {
        policy_id: custom.id.clone(),
        title: policy.metadata.title.clone(),
        severity: custom.severity,
        areas: custom.areas.clone(),
        responsibility: custom.responsibility.as_str(),
        message: message.to_string(),
        file: file.path.clone(),
        start_line: start.line,
        start_column: start.column,
        end_line: end.line,
        end_column: end.column,
        resource: address.to_string(),
        attribute: dotted(&path),
        attribute_present: resolved.exact,
        // Where the document is (as typed from the current directory), not where the
        // scan started, so `srm-lint .` and `srm-lint infra` agree on fingerprints.
        fingerprint: fingerprint(&[&custom.id, &document.location, address, &dotted(&path)]),
        suppression: None,
        document: document.location.clone(),
        span: resolved.span,
        source: Arc::clone(file),
    })
}

/// A stable 64-bit FNV-1a hash, as hex: the same finding keeps its fingerprint when lines move.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

impl Engine {
    /// A copy of the compiled Rego engine, for running policy unit tests against the same modules.
    pub fn rego_engine(&self) -> regorus::Engine {
        self.rego.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::terraform::{ModuleParts, parse_hcl};
    use crate::parse::{Document, Format};
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
        }
    }

    #[test]
    fn only_policies_whose_input_types_match_run() {
        let set = PolicySet::load(&[]);
        let (mut engine, errors) = Engine::new(&set);
        assert!(errors.is_empty(), "{errors:?}");
        let evaluation = engine.evaluate(&document(
            "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n",
        ));
        assert!(evaluation.errors.is_empty(), "{:?}", evaluation.errors);
        assert!(evaluation.checks.iter().any(|id| id == "SRM-AWS-EC2-002"));
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
