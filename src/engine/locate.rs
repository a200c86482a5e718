//! Locating a result: a policy's resource and attribute path turned into a span, the module trace back to the caller's code, and a fingerprint.

use std::ops::Range;
use std::sync::Arc;

use serde_json::Value;

use crate::fix as fixes;
use crate::model::{
    Document, Finding, Fix, PathSegment, Resolved, Resource, SourceFile, TraceStep, dotted,
    variables_of,
};
use crate::policy::Policy;

/// Turns one `deny` result into a finding located through the resource's source map.
pub(super) fn locate(
    policy: &Policy,
    document: &Document,
    item: &Value,
) -> Result<Finding, String> {
    let message = item
        .get("msg")
        .and_then(Value::as_str)
        .ok_or("a result has no string `msg`")?;
    if let Some(secret) = item.get("secret") {
        return locate_secret(policy, document, message, secret);
    }
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
    let resolved = resource.spans.resolve(&path);
    // A resource of a called module is reported in the caller's code, with the way there.
    let traced = trace(resource, &path, &resolved);
    let (file, span) = match &traced {
        Some(traced) => (document.files.get(traced.file), traced.span.clone()),
        None => (document.files.get(resource.file), resolved.span.clone()),
    };
    let file: &Arc<SourceFile> =
        file.ok_or("a resource names a file the document does not have")?;
    let (start, end) = file.lines.span_positions(&file.text, &span);
    let trace = traced
        .into_iter()
        .flat_map(|t| t.steps)
        .filter_map(|step| trace_step(document, step.file, step.span, step.message))
        .collect();
    let custom = &policy.metadata.custom;
    let fix = match item.get("fix") {
        None | Some(Value::Null) => None,
        Some(edits) => Some(fix(policy, document, resource, &path, edits)?),
    };
    Ok(Finding {
        policy_id: custom.id.clone(),
        title: policy.metadata.title.clone(),
        severity: custom.severity,
        areas: custom.areas.clone(),
        responsibility: custom.responsibility,
        message: document.hide_secrets(message),
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
        trace,
        fix,
        document: document.location.clone(),
        span,
        source: Arc::clone(file),
    })
}

/// A result's `fix` as text edits of the resource's file, or, when the value is
/// not written literally there, a suggestion saying where it comes from.
fn fix(
    policy: &Policy,
    document: &Document,
    resource: &Resource,
    path: &[PathSegment],
    edits: &Value,
) -> Result<Fix, String> {
    let Some(declared) = &policy.metadata.custom.fix else {
        return Err("a result carries a `fix` but METADATA declares no `custom.fix`".into());
    };
    let edits = fixes::parse_edits(edits)?;
    let suggestion = |note: String| Fix {
        safety: declared.safety,
        applicable: false,
        edits: Vec::new(),
        note: Some(note),
    };
    let attribute = dotted(path);
    if let Some(origin) = &resource.origin {
        let call = origin
            .calls
            .first()
            .map_or("a module", |c| c.address.as_str());
        return Ok(suggestion(format!(
            "{} is created by {call}: give the module a value that makes `{attribute}` secure (see the trace)",
            resource.address
        )));
    }
    let Some(file) = document.files.get(resource.file) else {
        return Err("a resource names a file the document does not have".into());
    };
    let terraform = document.format == crate::model::Format::Terraform;
    if terraform && file.path.ends_with(".json") && !file.path.ends_with(".tf.json") {
        return Ok(suggestion(
            "a Terraform plan is not source: fix the configuration it was made from".into(),
        ));
    }
    let syntax = fixes::Syntax::of_path(&file.path, terraform);
    match fixes::plan(file, &resource.spans, syntax, &edits) {
        Ok(edits) => Ok(Fix {
            safety: declared.safety,
            applicable: true,
            edits,
            note: None,
        }),
        Err(fixes::NotApplied::Expression { attribute, text }) => {
            let name = text.trim().strip_prefix("var.").map(|name| {
                name.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            });
            let place = name.and_then(|name| {
                tfvars_assignment(document, name)
                    .map(|at| format!("its value is set at {at}"))
                    .or_else(|| {
                        variable_declaration(document, name)
                            .map(|at| format!("its default is declared at {at}"))
                    })
            });
            Ok(suggestion(match place {
                Some(place) => format!(
                    "`{attribute}` is set by `{text}`; {place}: change it there (or with -var), srm-lint does not rewrite expressions"
                ),
                None => format!(
                    "`{attribute}` is set by `{text}`: change the value where it comes from, srm-lint does not rewrite expressions"
                ),
            }))
        }
        Err(fixes::NotApplied::Shape(reason)) => Ok(suggestion(format!("not applied: {reason}"))),
    }
}

/// `file:line` where an auto-loaded tfvars file of the document (which wins over
/// the default) assigns `name`.
fn tfvars_assignment(document: &Document, name: &str) -> Option<String> {
    document
        .files
        .iter()
        .filter(|f| f.path.ends_with(".tfvars"))
        .find_map(|file| {
            let mut offset = 0;
            for line in file.text.split_inclusive('\n') {
                let trimmed = line.trim_start();
                if let Some(rest) = trimmed.strip_prefix(name)
                    && rest.trim_start().starts_with('=')
                {
                    let at = offset + (line.len() - trimmed.len());
                    return Some(format!("{}:{}", file.path, file.position(at).line));
                }
                offset += line.len();
            }
            None
        })
}

/// `file:line` of `variable "name"` in the document's files.
fn variable_declaration(document: &Document, name: &str) -> Option<String> {
    let needle = format!("variable \"{name}\"");
    document.files.iter().find_map(|file| {
        let offset = file.text.find(&needle)?;
        Some(format!("{}:{}", file.path, file.position(offset).line))
    })
}

/// A result that names one of the document's secrets (`{"secret": id, "msg": ...}`):
/// located where the secret is written. Its fingerprint is made of the policy,
/// the place and the detector, never of the value, so that neither the report
/// nor a baseline file gives anything of the secret away.
fn locate_secret(
    policy: &Policy,
    document: &Document,
    message: &str,
    id: &Value,
) -> Result<Finding, String> {
    let secret = id
        .as_u64()
        .and_then(|id| document.secrets.get(id as usize))
        .ok_or_else(|| format!("a result names secret {id}, which this document does not have"))?;
    let file: &Arc<SourceFile> = document
        .files
        .get(secret.file)
        .ok_or("a secret names a file the document does not have")?;
    let (start, end) = file.lines.span_positions(&file.text, &secret.span);
    let trace = secret
        .trace
        .iter()
        .filter_map(|step| trace_step(document, step.file, step.span.clone(), step.message.clone()))
        .collect();
    let custom = &policy.metadata.custom;
    let ordinal = secret.ordinal.to_string();
    Ok(Finding {
        policy_id: custom.id.clone(),
        title: policy.metadata.title.clone(),
        severity: custom.severity,
        areas: custom.areas.clone(),
        responsibility: custom.responsibility,
        // Built from `input.secrets`, which holds no value: nothing to hide.
        message: message.to_string(),
        file: file.path.clone(),
        start_line: start.line,
        start_column: start.column,
        end_line: end.line,
        end_column: end.column,
        resource: secret.owner.clone(),
        attribute: secret.attribute.clone(),
        attribute_present: true,
        fingerprint: fingerprint(&[
            &custom.id,
            &document.location,
            &secret.owner,
            &secret.attribute,
            secret.detector,
            &ordinal,
        ]),
        suppression: None,
        trace,
        fix: None,
        document: document.location.clone(),
        span: secret.span.clone(),
        source: Arc::clone(file),
    })
}

/// One step of a finding's trace, located in its file (`None` for a file the document does not have).
fn trace_step(
    document: &Document,
    file: usize,
    span: Range<usize>,
    message: String,
) -> Option<TraceStep> {
    let source = document.files.get(file)?;
    let (start, end) = source.lines.span_positions(&source.text, &span);
    Some(TraceStep {
        file: source.path.clone(),
        start_line: start.line,
        start_column: start.column,
        end_line: end.line,
        end_column: end.column,
        message,
        span,
        source: Arc::clone(source),
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

/// A finding's location when its resource comes from a called module: the
/// primary span in the root module, and the steps the value took to get there.
struct Traced {
    file: usize,
    span: Range<usize>,
    steps: Vec<Hop>,
}

/// One step of a value's way: a tfvars line, a module argument, the attribute in the module.
struct Hop {
    file: usize,
    span: Range<usize>,
    message: String,
}

/// Where a finding on `resource` at `path` points: the argument of the outermost
/// `module` block through which the value arrived or, when the value does not come
/// from an argument (a default, a literal in the module), that block's header.
/// `None` for resources of the root module.
fn trace(resource: &Resource, path: &[PathSegment], resolved: &Resolved) -> Option<Traced> {
    let origin = resource.origin.as_ref()?;
    let outermost = origin.calls.first()?;
    let attribute = dotted(path);
    let inner = Hop {
        file: resource.file,
        span: resolved.span.clone(),
        message: if resolved.exact && !attribute.is_empty() {
            format!("`{attribute}` of {}", resource.address)
        } else if attribute.is_empty() {
            format!("{} is defined here", resource.address)
        } else {
            format!(
                "{} is defined here (`{attribute}` is not set)",
                resource.address
            )
        },
    };
    // The variables the attribute reads: those of the longest path with references.
    let mut variables = (1..=path.len())
        .rev()
        .find_map(|length| resource.references.get(&dotted(&path[..length])))
        .and_then(Value::as_array)
        .map(|list| {
            let addresses: Vec<String> = list
                .iter()
                .filter_map(|a| a.as_str().map(str::to_string))
                .collect();
            variables_of(&addresses, &origin.local_vars)
        })
        .unwrap_or_default();
    let mut arguments = Vec::new();
    let mut reached_root = false;
    for (level, call) in origin.calls.iter().enumerate().rev() {
        let Some((name, argument)) = variables
            .iter()
            .find_map(|v| call.arguments.get(v).map(|a| (v.clone(), a)))
        else {
            break;
        };
        arguments.push(Hop {
            file: call.file,
            span: argument.span.clone(),
            message: format!("passed to {} as `{name}`", call.address),
        });
        variables = argument.variables.clone();
        reached_root = level == 0;
    }
    arguments.reverse();
    let mut steps = Vec::new();
    let span = if reached_root {
        if let Some((variable, (file, span))) = origin
            .tfvars
            .as_ref()
            .and_then(|t| variables.iter().find_map(|v| t.get(v).map(|o| (v, o))))
        {
            steps.push(Hop {
                file: *file,
                span: span.clone(),
                message: format!("var.{variable} is set here"),
            });
        }
        arguments
            .first()
            .map_or(outermost.header.clone(), |a| a.span.clone())
    } else {
        outermost.header.clone()
    };
    steps.extend(arguments);
    steps.push(inner);
    Some(Traced {
        file: outermost.file,
        span,
        steps,
    })
}
