//! Terraform plan JSON (`terraform show -json plan.out`) to resources: the planned values, with spans in the configuration or the plan.
//!
//! A plan holds what Terraform will create: values from tfvars, data sources and
//! expanded modules are all resolved, except those only known after apply
//! (`after_unknown`). Those are given to policies exactly as the HCL path gives an
//! expression it cannot evaluate, a `${...}` string ([`UNKNOWN`]), so policies
//! judge them neither secure nor insecure. Resources about to be deleted are left out.
//!
//! Spans: each resource first gets spans inside the plan file (its entry under
//! `planned_values`); when the configuration's `.tf` files are found (see
//! [`config_dir`]), [`attach_config`] swaps in the spans of the matching block
//! of the evaluated configuration, so findings point at the code, module traces included.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use super::modules::Instance;
use super::tf_json::addresses_in_template;
use crate::model::{
    ParseError, PathSegment, Resource, ResourceMode, SpanChildren, SpanTree, dotted,
};

/// What a value known only after apply looks like to policies: an unresolved
/// expression, as for HCL input (`lib/terraform.rego` `is_unresolved`).
pub const UNKNOWN: &str = "${known after apply}";

/// A parsed plan: its resources (spans in the plan file, file index 0) and its variable values.
#[derive(Debug)]
pub struct Plan {
    pub resources: Vec<PlanResource>,
    /// The plan's input variable values, to evaluate the configuration the same way.
    pub variables: Vec<(String, Value)>,
}

/// One planned resource instance.
#[derive(Debug)]
pub struct PlanResource {
    pub resource: Resource,
    /// The address without any instance key (`module.x.aws_s3_bucket.this`):
    /// the block in the configuration it comes from.
    pub config_address: String,
    /// Whether the plan's `configuration` gave the resource's references.
    pub has_references: bool,
    /// The paths of the attributes known only after apply (for `--strict`).
    pub unknown: Vec<Vec<PathSegment>>,
}

/// Whether a JSON text looks like a plan, without parsing it: an object with
/// `format_version` and one of the plan's own keys. Cheap enough for every `.json`
/// file; [`parse_plan`] makes sure.
pub fn looks_like_plan(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
        && text.contains("\"format_version\"")
        && (text.contains("\"planned_values\"")
            || text.contains("\"resource_changes\"")
            || text.contains("\"configuration\""))
}

/// Parses a plan's JSON body (`base`: its byte offset in the file). `Ok(None)` when the
/// text is JSON but not a plan (no top-level `format_version` with `planned_values`,
/// `resource_changes` or `configuration`).
pub fn parse_plan(body: &str, base: usize) -> Result<Option<Plan>, ParseError> {
    let mut documents = crate::input::parse_yaml(body, base)?;
    if documents.len() != 1 {
        return Ok(None);
    }
    let mut document = documents.swap_remove(0);
    document.spans.shift(base);
    let Value::Object(root) = &document.value else {
        return Ok(None);
    };
    let is_plan = root.contains_key("format_version")
        && ["planned_values", "resource_changes", "configuration"]
            .iter()
            .any(|k| root.contains_key(*k));
    if !is_plan {
        return Ok(None);
    }

    // resource_changes: what happens to each instance and what is known after apply.
    let mut changes: BTreeMap<&str, (&Value, bool)> = BTreeMap::new();
    for change in root
        .get("resource_changes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let Some(address) = change.get("address").and_then(Value::as_str) else {
            continue;
        };
        let actions = change.pointer("/change/actions").and_then(Value::as_array);
        let deleted = actions.is_some_and(|a| a.len() == 1 && a[0] == "delete");
        let after_unknown = change
            .pointer("/change/after_unknown")
            .unwrap_or(&Value::Null);
        changes.insert(address, (after_unknown, deleted));
    }

    // configuration: the references of each resource block, by configuration address.
    let mut references: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    if let Some(module) = document.value.pointer("/configuration/root_module") {
        config_references(module, "", &mut references);
    }

    let mut resources = Vec::new();
    let values_spans = document
        .spans
        .child(&PathSegment::Key("planned_values".into()))
        .and_then(|s| s.child(&PathSegment::Key("root_module".into())));
    if let Some(module) = document.value.pointer("/planned_values/root_module") {
        planned_module(
            module,
            values_spans,
            &changes,
            &references,
            base,
            &mut resources,
        );
    }

    let variables = root
        .get("variables")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(name, v)| Some((name.clone(), v.get("value")?.clone())))
        .collect();
    Ok(Some(Plan {
        resources,
        variables,
    }))
}

/// The resources of one `planned_values` module and, recursively, of its `child_modules`.
fn planned_module(
    module: &Value,
    spans: Option<&SpanTree>,
    changes: &BTreeMap<&str, (&Value, bool)>,
    references: &BTreeMap<String, Map<String, Value>>,
    base: usize,
    out: &mut Vec<PlanResource>,
) {
    let prefix = module
        .get("address")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let list_spans = spans.and_then(|s| s.child(&PathSegment::Key("resources".into())));
    for (i, entry) in module
        .get("resources")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let entry_spans = list_spans.and_then(|s| s.child(&PathSegment::Index(i)));
        if let Some(resource) =
            planned_resource(entry, prefix, entry_spans, changes, references, base)
        {
            out.push(resource);
        }
    }
    let child_spans = spans.and_then(|s| s.child(&PathSegment::Key("child_modules".into())));
    for (i, child) in module
        .get("child_modules")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let spans = child_spans.and_then(|s| s.child(&PathSegment::Index(i)));
        planned_module(child, spans, changes, references, base, out);
    }
}

fn planned_resource(
    entry: &Value,
    prefix: &str,
    spans: Option<&SpanTree>,
    changes: &BTreeMap<&str, (&Value, bool)>,
    references: &BTreeMap<String, Map<String, Value>>,
    base: usize,
) -> Option<PlanResource> {
    let address = entry.get("address")?.as_str()?.to_string();
    let resource_type = entry.get("type")?.as_str()?.to_string();
    let name = entry.get("name")?.as_str()?.to_string();
    let mode = match entry.get("mode").and_then(Value::as_str) {
        Some("data") => ResourceMode::Data,
        _ => ResourceMode::Managed,
    };
    let (after_unknown, deleted) = changes
        .get(address.as_str())
        .copied()
        .unwrap_or((&Value::Null, false));
    if deleted {
        return None;
    }
    let mut values = entry.get("values").cloned().unwrap_or(json!({}));
    let mut unknown = Vec::new();
    mark_unknown(&mut values, after_unknown, &mut Vec::new(), &mut unknown);

    let own = match mode {
        ResourceMode::Data => format!("data.{resource_type}.{name}"),
        _ => format!("{resource_type}.{name}"),
    };
    let base_address = if prefix.is_empty() {
        own.clone()
    } else {
        format!("{prefix}.{own}")
    };
    let config_address = strip_keys(&base_address);
    let has_references = references.contains_key(&config_address);
    let mut resource_references = references.get(&config_address).cloned().unwrap_or_default();
    // References name resources of the same module instance, as for HCL input.
    if !prefix.is_empty() {
        prefix_references(&mut resource_references, prefix);
    }

    // In the plan file: the resource's entry, its `"address"` line standing for it.
    let fallback = SpanTree::leaf(base..base);
    let spans = spans.unwrap_or(&fallback);
    let header = spans
        .child(&PathSegment::Key("address".into()))
        .map_or_else(|| spans.header.clone(), |s| s.full.clone());
    let children = spans
        .child(&PathSegment::Key("values".into()))
        .map_or(SpanChildren::Map(Vec::new()), |s| s.children.clone());
    Some(PlanResource {
        resource: Resource {
            file: 0,
            address,
            base_address,
            resource_type,
            name,
            mode: Some(mode),
            namespace: None,
            values,
            spans: SpanTree {
                full: spans.full.clone(),
                header,
                children,
            },
            references: resource_references,
            origin: None,
        },
        config_address,
        has_references,
        unknown,
    })
}

/// Replaces every value `after_unknown` marks `true` with [`UNKNOWN`] (adding it
/// when the plan left it out, as it does for unknown values) and lists its path.
fn mark_unknown(
    value: &mut Value,
    after_unknown: &Value,
    path: &mut Vec<PathSegment>,
    out: &mut Vec<Vec<PathSegment>>,
) {
    match after_unknown {
        Value::Bool(true) => {
            *value = json!(UNKNOWN);
            out.push(path.clone());
        }
        Value::Object(marks) => {
            let Value::Object(map) = value else {
                return;
            };
            for (key, mark) in marks {
                path.push(PathSegment::Key(key.clone()));
                match map.get_mut(key) {
                    Some(inner) => mark_unknown(inner, mark, path, out),
                    None if *mark == Value::Bool(true) => {
                        map.insert(key.clone(), json!(UNKNOWN));
                        out.push(path.clone());
                    }
                    None => {}
                }
                path.pop();
            }
        }
        Value::Array(marks) => {
            let Value::Array(items) = value else {
                return;
            };
            for (index, mark) in marks.iter().enumerate() {
                path.push(PathSegment::Index(index));
                let length = items.len();
                match items.get_mut(index) {
                    Some(inner) => mark_unknown(inner, mark, path, out),
                    None if index == length && *mark == Value::Bool(true) => {
                        items.push(json!(UNKNOWN));
                        out.push(path.clone());
                    }
                    None => {}
                }
                path.pop();
            }
        }
        _ => {}
    }
}

/// The references of every resource block of a `configuration` module, keyed by
/// configuration address (`module.x.aws_s3_bucket.this`), in the HCL path's form:
/// dotted attribute path to the addresses it mentions (`aws_s3_bucket.b`, `var.x`).
fn config_references(module: &Value, prefix: &str, out: &mut BTreeMap<String, Map<String, Value>>) {
    for resource in module
        .get("resources")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let Some(address) = resource.get("address").and_then(Value::as_str) else {
            continue;
        };
        let mut references = Map::new();
        if let Some(expressions) = resource.get("expressions") {
            expression_references(expressions, &mut Vec::new(), &mut references);
        }
        out.insert(format!("{prefix}{address}"), references);
    }
    for (name, call) in module
        .get("module_calls")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if let Some(child) = call.get("module") {
            config_references(child, &format!("{prefix}module.{name}."), out);
        }
    }
}

/// Walks a block's `expressions`: an attribute is `{"constant_value": ...}` or
/// `{"references": [...]}`; a nested block is a list of such maps.
fn expression_references(value: &Value, path: &mut Vec<PathSegment>, out: &mut Map<String, Value>) {
    match value {
        Value::Object(map) if is_expression(map) => {
            let mut addresses: Vec<String> = Vec::new();
            for reference in map
                .get("references")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                for address in addresses_in_template(&format!("${{{reference}}}")) {
                    if !addresses.contains(&address) {
                        addresses.push(address);
                    }
                }
            }
            if !addresses.is_empty() && !path.is_empty() {
                out.insert(dotted(path), json!(addresses));
            }
        }
        Value::Object(map) => {
            for (key, inner) in map {
                path.push(PathSegment::Key(key.clone()));
                expression_references(inner, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, inner) in items.iter().enumerate() {
                path.push(PathSegment::Index(index));
                expression_references(inner, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn is_expression(map: &Map<String, Value>) -> bool {
    (map.get("references").is_some_and(Value::is_array) || map.contains_key("constant_value"))
        && map
            .keys()
            .all(|k| k == "references" || k == "constant_value")
}

/// Prefixes the resource addresses among `references` with a module instance's address.
fn prefix_references(references: &mut Map<String, Value>, prefix: &str) {
    for addresses in references.values_mut() {
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
}

/// An address without its instance keys: `module.x["a.b"].aws_s3_bucket.this[0]`
/// gives `module.x.aws_s3_bucket.this` (keys may hold dots and brackets in quotes).
pub fn strip_keys(address: &str) -> String {
    let mut out = String::with_capacity(address.len());
    let mut depth = 0usize;
    let mut quoted = false;
    let mut escaped = false;
    for c in address.chars() {
        if depth > 0 {
            if quoted {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    quoted = false;
                }
            } else if c == '"' {
                quoted = true;
            } else if c == ']' {
                depth -= 1;
            }
            continue;
        }
        if c == '[' {
            depth += 1;
        } else {
            out.push(c);
        }
    }
    out
}

/// Where the configuration of a plan is: the plan file's folder when it has `.tf`
/// files, else its parent folder when that has them (`infra/plans/plan.json`).
pub fn config_dir(plan: &Path) -> Option<PathBuf> {
    let dir = crate::model::normalize(plan.parent().unwrap_or(Path::new(".")));
    let has_tf = |dir: &Path| {
        std::fs::read_dir(dir).is_ok_and(|entries| {
            entries.flatten().any(|entry| {
                let name = entry.file_name().to_string_lossy().to_ascii_lowercase();
                !name.starts_with('.')
                    && (name.ends_with(".tf") || name.ends_with(".tf.json"))
                    && entry.file_type().is_ok_and(|t| t.is_file())
            })
        })
    };
    if has_tf(&dir) {
        return Some(dir);
    }
    let parent = dir.parent()?.to_path_buf();
    has_tf(&parent).then_some(parent)
}

/// Gives each plan resource the spans of its block in the evaluated configuration
/// (`config`, whose files come first in the document), matched by address: the same
/// instance when the configuration expanded it alike, else the block (instance keys
/// stripped). A resource without a match keeps its spans in the plan file, `plan_file`.
/// Resources without references from the plan's `configuration` take the configuration's.
pub fn attach_config(plan: &mut [PlanResource], config: Option<&Instance>, plan_file: usize) {
    let mut exact: BTreeMap<&str, &Resource> = BTreeMap::new();
    let mut blocks: BTreeMap<String, &Resource> = BTreeMap::new();
    for resource in config.map(|c| c.resources.as_slice()).unwrap_or_default() {
        exact.entry(resource.address.as_str()).or_insert(resource);
        blocks
            .entry(strip_keys(&resource.address))
            .or_insert(resource);
    }
    for planned in plan {
        let found = exact
            .get(planned.resource.address.as_str())
            .or_else(|| blocks.get(&planned.config_address))
            .copied();
        let resource = &mut planned.resource;
        match found {
            Some(block) => {
                resource.file = block.file;
                resource.spans = block.spans.clone();
                resource.origin = block.origin.clone();
                if !planned.has_references {
                    resource.references =
                        rebase_references(&block.references, &block.address, &resource.address);
                }
            }
            None => resource.file = plan_file,
        }
    }
}

/// The configuration's references of `from` (an instance, maybe of another module
/// instance key) for the resource `to`: module prefixes follow `to`'s module instance.
fn rebase_references(references: &Map<String, Value>, from: &str, to: &str) -> Map<String, Value> {
    let (from_prefix, to_prefix) = (module_prefix(from), module_prefix(to));
    if from_prefix == to_prefix {
        return references.clone();
    }
    let mut out = references.clone();
    for addresses in out.values_mut() {
        if let Value::Array(list) = addresses {
            for address in list.iter_mut() {
                if let Value::String(text) = address
                    && let Some(rest) = text.strip_prefix(&format!("{from_prefix}."))
                {
                    *text = format!("{to_prefix}.{rest}");
                }
            }
        }
    }
    out
}

/// `module.x["k"]` for `module.x["k"].aws_s3_bucket.this[0]`, empty for a root resource.
fn module_prefix(address: &str) -> &str {
    // Module calls come first, as `module.NAME[key]` pairs (a module may be called `data`).
    let bare = strip_keys(address);
    let segments: Vec<&str> = bare.split('.').collect();
    let mut calls = 0;
    while segments.get(calls * 2) == Some(&"module") && segments.len() > calls * 2 + 3 {
        calls += 1;
    }
    if calls == 0 {
        return "";
    }
    // Cut at the dot after the last call, counting only dots outside instance keys.
    let mut dots = 0;
    let mut depth = 0usize;
    let mut quoted = false;
    let mut escaped = false;
    for (i, c) in address.char_indices() {
        if quoted {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => quoted = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' if depth > 0 => quoted = true,
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '.' if depth == 0 => {
                dots += 1;
                if dots == calls * 2 {
                    return &address[..i];
                }
            }
            _ => {}
        }
    }
    ""
}

/// The document's variable inputs for evaluating the configuration: the plan's own values.
pub fn variable_inputs(plan: &Plan) -> super::VariableInputs {
    super::VariableInputs {
        values: plan.variables.clone(),
        ..super::VariableInputs::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instance_keys_are_stripped() {
        assert_eq!(
            strip_keys(r#"module.x["a.b]"].aws_s3_bucket.this[0]"#),
            "module.x.aws_s3_bucket.this"
        );
        assert_eq!(
            strip_keys("data.aws_iam_policy_document.p"),
            "data.aws_iam_policy_document.p"
        );
    }

    #[test]
    fn module_prefixes() {
        assert_eq!(
            module_prefix(r#"module.x["k"].aws_s3_bucket.this[0]"#),
            r#"module.x["k"]"#
        );
        assert_eq!(
            module_prefix("module.a.module.b.data.t.n"),
            "module.a.module.b"
        );
        assert_eq!(module_prefix(r#"aws_instance.web["a.b"]"#), "");
        assert_eq!(
            module_prefix(r#"module.data["x\".y"].aws_s3_bucket.data"#),
            r#"module.data["x\".y"]"#
        );
        assert_eq!(module_prefix("data.aws_caller_identity.me"), "");
    }

    #[test]
    fn configuration_references_follow_the_module_instance() {
        let references = json!({"bucket": [r#"module.m["a"].aws_s3_bucket.this"#, "var.name"]});
        let Value::Object(references) = references else {
            unreachable!()
        };
        let rebased = rebase_references(
            &references,
            r#"module.m["a"].aws_s3_bucket_acl.this"#,
            r#"module.m["b"].aws_s3_bucket_acl.this"#,
        );
        assert_eq!(
            Value::Object(rebased),
            json!({"bucket": [r#"module.m["b"].aws_s3_bucket.this"#, "var.name"]})
        );
    }

    #[test]
    fn after_unknown_values_become_unresolved() {
        let mut values = json!({"bucket": "b", "rule": [{"x": 1}], "tags": {}});
        let marks = json!({"arn": true, "rule": [{"kms": true}], "bucket": false});
        let mut paths = Vec::new();
        mark_unknown(&mut values, &marks, &mut Vec::new(), &mut paths);
        assert_eq!(
            values,
            json!({"bucket": "b", "arn": UNKNOWN, "rule": [{"x": 1, "kms": UNKNOWN}], "tags": {}})
        );
        let paths: Vec<String> = paths.iter().map(|p| dotted(p)).collect();
        assert_eq!(paths, ["arn", "rule.0.kms"]);
    }

    #[test]
    fn plans_are_recognised_and_other_json_is_not() {
        assert!(looks_like_plan(
            r#"{"format_version": "1.2", "planned_values": {}}"#
        ));
        assert!(!looks_like_plan(r#"{"apiVersion": "v1", "kind": "Pod"}"#));
        assert!(
            parse_plan(r#"{"format_version": "1.0", "values": {}}"#, 0)
                .expect("parses")
                .is_none()
        );
    }
}
