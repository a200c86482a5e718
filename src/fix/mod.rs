//! Fixes: a policy's edits on a resource's values (`set`, `remove`, `append`) turned into format-preserving text edits through the resource's span map.
//!
//! A policy never writes text: it says which value should change, in the
//! terms of its input (`{"set": ["metadata_options", 0, "http_tokens"],
//! "value": "required"}`). This module finds the place in the file, as
//! `engine::locate` finds a finding's span, and writes the smallest edit: the
//! value replaced where it is written, a line added in the block or mapping
//! that should hold it (indented like its siblings, `=` aligned as `terraform
//! fmt` aligns it), the missing blocks and mappings created on the way. When the
//! value is not written literally (a variable, a local, a function call), the
//! fix is not applied: the caller reports it as a suggestion.

mod hcl;
mod yaml;

use std::ops::Range;
use std::sync::Arc;

use serde_json::Value;

use crate::model::{PathSegment, SourceFile, SpanChildren, SpanTree, TextEdit};

/// One edit of a policy's `fix`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueEdit {
    pub path: Vec<PathSegment>,
    pub operation: Operation,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Operation {
    /// Write the value, replacing what is there or adding it (and what holds it).
    Set(Value),
    /// Delete the attribute or key.
    Remove,
    /// Add the value at the end of the list (created when missing).
    Append(Value),
}

/// The syntax of the file an edit lands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// Terraform's native syntax (`.tf`).
    Hcl,
    /// Kubernetes YAML.
    Yaml,
    /// JSON (`.tf.json`, JSON manifests): written with quoted keys.
    Json,
}

impl Syntax {
    pub fn of_path(path: &str, terraform: bool) -> Syntax {
        if path.ends_with(".json") {
            Syntax::Json
        } else if terraform {
            Syntax::Hcl
        } else {
            Syntax::Yaml
        }
    }
}

/// Why a fix is not applied: said to the user as a suggestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotApplied {
    /// The value is an expression (`var.x`, a function): the text it is written as.
    Expression { attribute: String, text: String },
    /// The file's shape does not let srm-lint write the edit safely.
    Shape(String),
}

/// Reads a result's `fix` value: a list of edits (a malformed fix is a policy error).
pub fn parse_edits(value: &Value) -> Result<Vec<ValueEdit>, String> {
    let Value::Array(items) = value else {
        return Err(format!("`fix` must be a list of edits, got {value}"));
    };
    items
        .iter()
        .map(|item| {
            let Value::Object(fields) = item else {
                return Err(format!("a fix edit must be an object, got {item}"));
            };
            let unknown: Vec<&String> = fields
                .keys()
                .filter(|k| !matches!(k.as_str(), "set" | "remove" | "append" | "value"))
                .collect();
            if !unknown.is_empty() {
                return Err(format!("a fix edit has unknown keys {unknown:?}"));
            }
            let (path, operation) = match (
                fields.get("set"),
                fields.get("remove"),
                fields.get("append"),
                fields.get("value"),
            ) {
                (Some(path), None, None, Some(value)) => (path, Operation::Set(value.clone())),
                (None, Some(path), None, None) => (path, Operation::Remove),
                (None, None, Some(path), Some(value)) => (path, Operation::Append(value.clone())),
                _ => {
                    return Err(format!(
                        "a fix edit is one of {{\"set\": path, \"value\": v}}, {{\"remove\": path}}, {{\"append\": path, \"value\": v}}; got {item}"
                    ));
                }
            };
            if let Operation::Set(value) | Operation::Append(value) = &operation {
                check_value(value)?;
            }
            Ok(ValueEdit {
                path: parse_path(path)?,
                operation,
            })
        })
        .collect()
}

fn parse_path(value: &Value) -> Result<Vec<PathSegment>, String> {
    let Value::Array(segments) = value else {
        return Err(format!("a fix path must be a list, got {value}"));
    };
    if segments.is_empty() {
        return Err("a fix path must not be empty".into());
    }
    segments
        .iter()
        .map(|segment| match segment {
            Value::String(key) => Ok(PathSegment::Key(key.clone())),
            Value::Number(n) => n
                .as_u64()
                .map(|i| PathSegment::Index(i as usize))
                .ok_or_else(|| format!("fix path index {n} is not a whole number")),
            other => Err(format!(
                "fix path segment {other} must be a string or a number"
            )),
        })
        .collect()
}

/// Values a fix may write: scalars, lists of scalars, flat objects of scalars.
fn check_value(value: &Value) -> Result<(), String> {
    let scalar = |v: &Value| matches!(v, Value::Bool(_) | Value::Number(_) | Value::String(_));
    let ok = match value {
        Value::Array(items) => items.iter().all(scalar),
        Value::Object(fields) => fields.values().all(scalar),
        other => scalar(other),
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "a fix value must be a scalar, a list of scalars or a flat object of scalars, got {value}"
        ))
    }
}

/// The text edits that carry out `edits` on the resource whose span tree is
/// `tree` in `source`, or why they cannot be applied.
pub fn plan(
    source: &Arc<SourceFile>,
    tree: &SpanTree,
    syntax: Syntax,
    edits: &[ValueEdit],
) -> Result<Vec<TextEdit>, NotApplied> {
    let text = source.text.as_str();
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = Vec::new();
    for edit in edits {
        let (node, depth) = walk(tree, &edit.path);
        let rest = &edit.path[depth..];
        let context = Context {
            text,
            newline,
            syntax,
        };
        let editor = match syntax {
            Syntax::Hcl => hcl::EDITOR,
            Syntax::Yaml | Syntax::Json => yaml::EDITOR,
        };
        let edits = dispatch(&editor, &context, node, &edit.path, rest, &edit.operation)?;
        out.extend(
            edits
                .into_iter()
                .map(|(range, new_text)| TextEdit::new(source, range, new_text)),
        );
    }
    out.sort_by_key(|e| (e.range.start, e.range.end));
    // Two edits of one fix touching the same text would leave the file ambiguous.
    if out.windows(2).any(|w| w[0].range.end > w[1].range.start) {
        return Err(NotApplied::Shape(
            "the edits of this fix overlap".to_string(),
        ));
    }
    Ok(out)
}

/// Byte ranges and their new text.
type Edits = Vec<(Range<usize>, String)>;

/// Creates `rest` (the missing end of `path`) with `value` in the node reached.
type Insert = fn(
    &Context<'_>,
    &SpanTree,
    &[PathSegment],
    &[PathSegment],
    &Value,
) -> Result<Edits, NotApplied>;

/// The edits one syntax knows how to write (`hcl`, `yaml` for YAML and JSON).
#[derive(Clone, Copy)]
struct Editor {
    /// The value at the path, written where it is.
    replace: fn(&Context<'_>, &SpanTree, &[PathSegment], &Value) -> Result<Edits, NotApplied>,
    /// The attribute or key at the path, deleted.
    remove: fn(&Context<'_>, &SpanTree, &[PathSegment]) -> Result<Edits, NotApplied>,
    /// A value added to the list at the path.
    append: fn(&Context<'_>, &SpanTree, &[PathSegment], &Value) -> Result<Edits, NotApplied>,
    /// The part of the path that does not exist yet (`rest`), created in the node reached.
    insert: Insert,
}

/// One edit: on the node the path reaches, or, when part of the path is
/// missing, what creating that part means (nothing to remove; a new list for append).
fn dispatch(
    editor: &Editor,
    cx: &Context<'_>,
    node: &SpanTree,
    path: &[PathSegment],
    rest: &[PathSegment],
    operation: &Operation,
) -> Result<Edits, NotApplied> {
    match (rest.is_empty(), operation) {
        (true, Operation::Set(value)) => (editor.replace)(cx, node, path, value),
        (true, Operation::Remove) => (editor.remove)(cx, node, path),
        (true, Operation::Append(value)) => (editor.append)(cx, node, path, value),
        (false, Operation::Remove) => Ok(Vec::new()),
        (false, Operation::Set(value)) => (editor.insert)(cx, node, path, rest, value),
        (false, Operation::Append(value)) => {
            (editor.insert)(cx, node, path, rest, &Value::Array(vec![value.clone()]))
        }
    }
}

/// What every syntax's editor needs to know about the file.
struct Context<'a> {
    text: &'a str,
    newline: &'a str,
    syntax: Syntax,
}

impl Context<'_> {
    fn slice(&self, range: Range<usize>) -> &str {
        self.text.get(range).unwrap_or("")
    }

    /// The start of the line holding byte `offset`.
    fn line_start(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1)
    }

    /// The end of the line holding `offset`, before its line break.
    fn line_end(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        let end = self.text[offset..]
            .find('\n')
            .map_or(self.text.len(), |i| offset + i);
        if end > 0 && self.text.as_bytes().get(end - 1) == Some(&b'\r') {
            end - 1
        } else {
            end
        }
    }

    /// The offset after the line break that ends the line holding `offset`.
    fn next_line_start(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.text[offset..]
            .find('\n')
            .map_or(self.text.len(), |i| offset + i + 1)
    }

    /// The whitespace that starts the line holding `offset`.
    fn indent_at(&self, offset: usize) -> &str {
        let start = self.line_start(offset);
        let line = &self.text[start..self.line_end(offset).max(start)];
        &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
    }

    /// One level of indentation as the file writes it: a tab if its indents are tabs.
    fn unit(&self, indent: &str) -> &'static str {
        if indent.contains('\t') { "\t" } else { "  " }
    }
}

/// Follows `path` as far as the span tree goes: the deepest node and how many segments it took.
/// `.tf.json` may write a single nested block as an object where HCL gives a
/// list: index 0 of a mapping is the mapping itself (as `SpanTree::resolve` reads it).
fn walk<'t>(tree: &'t SpanTree, path: &[PathSegment]) -> (&'t SpanTree, usize) {
    let mut node = tree;
    for (depth, segment) in path.iter().enumerate() {
        match node.child(segment) {
            Some(next) => node = next,
            None if *segment == PathSegment::Index(0)
                && matches!(node.children, SpanChildren::Map(_)) => {}
            None => return (node, depth),
        }
    }
    (node, path.len())
}

fn key_of(path: &[PathSegment]) -> String {
    crate::model::dotted(path)
}

/// The edge cases of format-preserving edits: line endings, byte-order marks, tabs, comments, alignment, block and flow styles.
#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use serde_json::{Value, json};

    use super::*;
    use crate::input::terraform::{ModuleParts, parse_hcl};
    use crate::model::{SourceFile, apply_edits};

    /// The text after `edits` (a fix of the resource `address`) in a Terraform file.
    fn fix_tf(text: &str, address: &str, edits: Value) -> Result<String, NotApplied> {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let offset = text.len() - body.len();
        let mut parts = ModuleParts::default();
        parse_hcl(body, offset, 0, "main.tf", &mut parts).expect("the test's text parses");
        let (resources, _) = parts.into_extra();
        let resource = resources
            .iter()
            .find(|r| r.address == address)
            .expect("the resource");
        let spans = resource.spans.clone();
        let source = Arc::new(SourceFile::new("main.tf".into(), text.into()));
        let edits = parse_edits(&edits).expect("valid edits");
        let planned = plan(&source, &spans, Syntax::Hcl, &edits)?;
        let fixed = apply_edits(text, &planned.iter().collect::<Vec<_>>());
        hcl_edit::parser::parse_body(fixed.strip_prefix('\u{feff}').unwrap_or(&fixed))
            .expect("the fixed text parses");
        Ok(fixed)
    }

    /// The text after `edits` on YAML document `index` of a file.
    fn fix_yaml(
        text: &str,
        index: usize,
        syntax: Syntax,
        edits: Value,
    ) -> Result<String, NotApplied> {
        let documents = crate::yaml::parse_documents(text).expect("the test's text parses");
        let source = Arc::new(SourceFile::new("k8s.yaml".into(), text.into()));
        let edits = parse_edits(&edits).expect("valid edits");
        let planned = plan(&source, &documents[index].spans, syntax, &edits)?;
        let fixed = apply_edits(text, &planned.iter().collect::<Vec<_>>());
        crate::yaml::parse_documents(&fixed).expect("the fixed text parses");
        Ok(fixed)
    }

    #[test]
    fn a_value_is_replaced_in_place_and_its_comment_kept() {
        let text = "resource \"aws_kms_key\" \"k\" {\n  description         = \"x\"\n  enable_key_rotation = false # rotate later\n}\n";
        let fixed = fix_tf(
            text,
            "aws_kms_key.k",
            json!([{"set": ["enable_key_rotation"], "value": true}]),
        );
        assert_eq!(
            fixed.ok().as_deref(),
            Some(
                "resource \"aws_kms_key\" \"k\" {\n  description         = \"x\"\n  enable_key_rotation = true # rotate later\n}\n"
            )
        );
    }

    #[test]
    fn a_missing_attribute_joins_its_aligned_group() {
        let text = "resource \"aws_db_instance\" \"d\" {\n  engine         = \"postgres\"\n  instance_class = \"db.t3.micro\"\n\n  tags = {}\n}\n";
        let fixed = fix_tf(
            text,
            "aws_db_instance.d",
            json!([{"set": ["deletion_protection"], "value": true}]),
        );
        assert_eq!(
            fixed.ok().as_deref(),
            Some(
                "resource \"aws_db_instance\" \"d\" {\n  engine         = \"postgres\"\n  instance_class = \"db.t3.micro\"\n\n  tags                = {}\n  deletion_protection = true\n}\n"
            ),
            "after the last attribute; a longer key moves every `=` of its group, as terraform fmt does"
        );
        let text = "resource \"aws_db_instance\" \"d\" {\n  engine         = \"postgres\"\n  instance_class = \"db.t3.micro\"\n}\n";
        let fixed = fix_tf(
            text,
            "aws_db_instance.d",
            json!([{"set": ["port"], "value": 5432}]),
        );
        assert_eq!(
            fixed.ok().as_deref(),
            Some(
                "resource \"aws_db_instance\" \"d\" {\n  engine         = \"postgres\"\n  instance_class = \"db.t3.micro\"\n  port           = 5432\n}\n"
            )
        );
    }

    #[test]
    fn a_missing_nested_block_is_created_at_the_end_of_the_body() {
        let text = "resource \"aws_instance\" \"web\" {\n  ami = \"ami-1\"\n}\n";
        let fixed = fix_tf(
            text,
            "aws_instance.web",
            json!([{"set": ["metadata_options", 0, "http_tokens"], "value": "required"}]),
        );
        assert_eq!(
            fixed.ok().as_deref(),
            Some(
                "resource \"aws_instance\" \"web\" {\n  ami = \"ami-1\"\n\n  metadata_options {\n    http_tokens = \"required\"\n  }\n}\n"
            )
        );
        // Into an existing block.
        let text = "resource \"aws_instance\" \"web\" {\n  metadata_options {\n    http_endpoint = \"enabled\"\n  }\n}\n";
        let fixed = fix_tf(
            text,
            "aws_instance.web",
            json!([{"set": ["metadata_options", 0, "http_tokens"], "value": "required"}]),
        );
        assert_eq!(
            fixed.ok().as_deref(),
            Some(
                "resource \"aws_instance\" \"web\" {\n  metadata_options {\n    http_endpoint = \"enabled\"\n    http_tokens   = \"required\"\n  }\n}\n"
            )
        );
    }

    #[test]
    fn crlf_bom_and_tabs_are_kept() {
        let text = "\u{feff}resource \"aws_kms_key\" \"k\" {\r\n\tdescription = \"x\"\r\n}\r\n";
        let fixed = fix_tf(
            text,
            "aws_kms_key.k",
            json!([{"set": ["enable_key_rotation"], "value": true}]),
        )
        .ok()
        .unwrap_or_default();
        assert!(fixed.starts_with('\u{feff}'));
        assert!(
            fixed.contains("\tenable_key_rotation = true\r\n"),
            "{fixed:?}"
        );
        assert!(
            !fixed.replace("\r\n", "").contains('\n'),
            "only CRLF: {fixed:?}"
        );
    }

    #[test]
    fn a_one_line_block_is_opened() {
        let text = "resource \"aws_kms_key\" \"k\" { description = \"x\" }\n";
        let fixed = fix_tf(
            text,
            "aws_kms_key.k",
            json!([{"set": ["enable_key_rotation"], "value": true}]),
        );
        assert_eq!(
            fixed.ok().as_deref(),
            Some(
                "resource \"aws_kms_key\" \"k\" {\n  description = \"x\"\n  enable_key_rotation = true\n}\n"
            )
        );
    }

    #[test]
    fn expressions_are_not_rewritten() {
        let text = "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = var.rotate\n}\n";
        let outcome = fix_tf(
            text,
            "aws_kms_key.k",
            json!([{"set": ["enable_key_rotation"], "value": true}]),
        );
        assert_eq!(
            outcome.err(),
            Some(NotApplied::Expression {
                attribute: "enable_key_rotation".into(),
                text: "var.rotate".into()
            })
        );
    }

    #[test]
    fn jsonencode_values_are_replaced_but_not_extended() {
        let text = "resource \"aws_sqs_queue_policy\" \"p\" {\n  policy = jsonencode({\n    Version = \"2012-10-17\"\n    Effect  = \"Allow\"\n  })\n}\n";
        let fixed = fix_tf(
            text,
            "aws_sqs_queue_policy.p",
            json!([{"set": ["policy", "Effect"], "value": "Deny"}]),
        );
        assert!(fixed.ok().is_some_and(|t| t.contains("Effect  = \"Deny\"")));
        let outcome = fix_tf(
            text,
            "aws_sqs_queue_policy.p",
            json!([{"set": ["policy", "Sid"], "value": "x"}]),
        );
        assert!(matches!(outcome, Err(NotApplied::Shape(_))), "{outcome:?}");
    }

    #[test]
    fn lists_get_an_item_and_attributes_are_removed_with_their_line() {
        let text = "resource \"x\" \"y\" {\n  names = [\"a\"]\n  open  = true # temporary\n}\n";
        let fixed = fix_tf(
            text,
            "x.y",
            json!([{"append": ["names"], "value": "ALL"}, {"remove": ["open"]}]),
        );
        assert_eq!(
            fixed.ok().as_deref(),
            Some("resource \"x\" \"y\" {\n  names = [\"a\", \"ALL\"]\n}\n")
        );
    }

    #[test]
    fn two_fixes_on_one_resource_are_merged() {
        let text = "resource \"aws_db_instance\" \"d\" {\n  publicly_accessible = true\n}\n";
        let fixed = fix_tf(
            text,
            "aws_db_instance.d",
            json!([{"set": ["publicly_accessible"], "value": false}, {"set": ["deletion_protection"], "value": true}]),
        );
        assert_eq!(
            fixed.ok().as_deref(),
            Some(
                "resource \"aws_db_instance\" \"d\" {\n  publicly_accessible = false\n  deletion_protection = true\n}\n"
            )
        );
    }

    const DEPLOYMENT: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web # the shop\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            privileged: true\n        - name: sidecar\n          image: envoy:1.30\n";

    #[test]
    fn yaml_values_are_replaced_and_keys_added_at_their_siblings_indentation() {
        let fixed = fix_yaml(
            DEPLOYMENT,
            0,
            Syntax::Yaml,
            json!([
                {"set": ["spec", "template", "spec", "containers", 0, "securityContext", "privileged"], "value": false},
                {"set": ["spec", "template", "spec", "containers", 1, "securityContext", "allowPrivilegeEscalation"], "value": false},
            ]),
        )
        .ok()
        .unwrap_or_default();
        assert!(fixed.contains("            privileged: false\n"), "{fixed}");
        // A list item's keys are indented to the key after `- `.
        assert!(
            fixed.ends_with("        - name: sidecar\n          image: envoy:1.30\n          securityContext:\n            allowPrivilegeEscalation: false\n"),
            "{fixed}"
        );
        assert!(fixed.contains("name: web # the shop"), "comments stay");
    }

    #[test]
    fn yaml_lists_get_items_in_their_style() {
        let text = "kind: Pod\nspec:\n  containers:\n    - name: a\n      securityContext:\n        capabilities:\n          drop:\n          - NET_RAW\n          add: [NET_ADMIN]\n";
        let fixed = fix_yaml(
            text,
            0,
            Syntax::Yaml,
            json!([
                {"append": ["spec", "containers", 0, "securityContext", "capabilities", "drop"], "value": "ALL"},
                {"append": ["spec", "containers", 0, "securityContext", "capabilities", "add"], "value": "CHOWN"},
            ]),
        )
        .ok()
        .unwrap_or_default();
        assert!(
            fixed.contains("          drop:\n          - NET_RAW\n          - ALL\n"),
            "{fixed}"
        );
        assert!(fixed.contains("add: [NET_ADMIN, CHOWN]"), "{fixed}");
    }

    #[test]
    fn yaml_flow_mappings_stay_flow() {
        let text = "kind: Pod\nspec:\n  containers:\n    - {name: a, image: nginx, securityContext: {privileged: true}}\n";
        let fixed = fix_yaml(
            text,
            0,
            Syntax::Yaml,
            json!([
                {"set": ["spec", "containers", 0, "securityContext", "privileged"], "value": false},
                {"set": ["spec", "containers", 0, "securityContext", "runAsNonRoot"], "value": true},
            ]),
        );
        assert_eq!(
            fixed.ok().as_deref(),
            Some(
                "kind: Pod\nspec:\n  containers:\n    - {name: a, image: nginx, securityContext: {privileged: false, runAsNonRoot: true}}\n"
            )
        );
    }

    #[test]
    fn the_right_document_of_a_multi_document_file_is_edited() {
        let text = "kind: Pod\nmetadata:\n  name: a\nspec:\n  hostNetwork: true\n---\nkind: Pod\nmetadata:\n  name: b\nspec:\n  hostPID: true\n";
        let fixed = fix_yaml(
            text,
            1,
            Syntax::Yaml,
            json!([{"set": ["spec", "hostPID"], "value": false}]),
        );
        assert_eq!(
            fixed.ok().as_deref(),
            Some(
                "kind: Pod\nmetadata:\n  name: a\nspec:\n  hostNetwork: true\n---\nkind: Pod\nmetadata:\n  name: b\nspec:\n  hostPID: false\n"
            )
        );
        let removed = fix_yaml(
            text,
            0,
            Syntax::Yaml,
            json!([{"remove": ["spec", "hostNetwork"]}]),
        );
        assert!(
            removed
                .ok()
                .is_some_and(|t| t.starts_with("kind: Pod\nmetadata:\n  name: a\nspec:\n---\n"))
        );
    }

    #[test]
    fn json_manifests_stay_json() {
        let text = "{\n  \"kind\": \"Pod\",\n  \"spec\": {\n    \"hostNetwork\": true\n  }\n}\n";
        let fixed = fix_yaml(
            text,
            0,
            Syntax::Json,
            json!([{"set": ["spec", "hostNetwork"], "value": false}, {"set": ["spec", "hostPID"], "value": false}]),
        )
        .ok()
        .unwrap_or_default();
        assert_eq!(
            fixed,
            "{\n  \"kind\": \"Pod\",\n  \"spec\": {\n    \"hostNetwork\": false,\n    \"hostPID\": false\n  }\n}\n"
        );
        serde_json::from_str::<Value>(&fixed).expect("still JSON");
    }

    #[test]
    fn flow_mappings_get_keys_after_their_nested_values() {
        let text = "{\n  \"kind\": \"Pod\",\n  \"spec\": {\n    \"containers\": [\n      {\n        \"name\": \"a\",\n        \"ports\": [{\"containerPort\": 80}]\n      }\n    ]\n  }\n}\n";
        let fixed = fix_yaml(
            text,
            0,
            Syntax::Json,
            json!([{"set": ["spec", "automountServiceAccountToken"], "value": false}]),
        )
        .ok()
        .unwrap_or_default();
        assert!(
            fixed.contains("    ]\n  ,\n    \"automountServiceAccountToken\": false\n  }\n}")
                || fixed.contains("    ],\n    \"automountServiceAccountToken\": false\n  }\n}"),
            "{fixed}"
        );
        serde_json::from_str::<Value>(&fixed).expect("still JSON");
        let text = "kind: Pod\nspec: {containers: [{name: a, ports: [{containerPort: 80}]}]}\n";
        let fixed = fix_yaml(
            text,
            0,
            Syntax::Yaml,
            json!([{"set": ["spec", "hostNetwork"], "value": false}]),
        );
        assert_eq!(
            fixed.ok().as_deref(),
            Some(
                "kind: Pod\nspec: {containers: [{name: a, ports: [{containerPort: 80}]}], hostNetwork: false}\n"
            )
        );
    }

    #[test]
    fn malformed_fixes_are_policy_errors() {
        for bad in [
            json!({"set": ["a"], "value": 1}),
            json!([{"set": [], "value": 1}]),
            json!([{"set": ["a"]}]),
            json!([{"set": ["a"], "value": 1, "extra": 2}]),
            json!([{"remove": ["a"], "value": 1}]),
            json!([{"set": ["a"], "value": [[1]]}]),
            json!([{"set": [true], "value": 1}]),
        ] {
            assert!(parse_edits(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn yaml_scalars_are_quoted_when_yaml_would_read_them_otherwise() {
        assert_eq!(
            yaml::scalar(Syntax::Yaml, &json!("RuntimeDefault")),
            "RuntimeDefault"
        );
        assert_eq!(yaml::scalar(Syntax::Yaml, &json!("on")), "\"on\"");
        assert_eq!(yaml::scalar(Syntax::Yaml, &json!("1.0")), "\"1.0\"");
        assert_eq!(yaml::scalar(Syntax::Yaml, &json!("a: b")), "\"a: b\"");
        assert_eq!(hcl::render(&json!("${x}")), "\"$${x}\"");
    }

    #[test]
    fn flow_values_are_replaced_or_removed_whole_and_quoted_scalars_keep_comments() {
        let text = "kind: Pod\nspec:\n  hostAliases: [{ip: 1.2.3.4, hostnames: [a]}]\n  containers:\n    - name: a\n      securityContext:\n        capabilities:\n          add: [\"SYS_ADMIN\", NET_BIND_SERVICE]\n        seLinuxOptions: {type: spc_t}\n      env:\n        - name: X\n          value: \"false\" # keep me\n";
        let fixed = fix_yaml(
            text,
            0,
            Syntax::Yaml,
            json!([
                {"remove": ["spec", "hostAliases"]},
                {"set": ["spec", "containers", 0, "securityContext", "capabilities", "add"], "value": ["NET_BIND_SERVICE"]},
                {"remove": ["spec", "containers", 0, "securityContext", "seLinuxOptions", "type"]},
                {"set": ["spec", "containers", 0, "env", 0, "value"], "value": "true"},
            ]),
        )
        .ok()
        .unwrap_or_default();
        assert!(!fixed.contains("hostAliases"), "{fixed}");
        assert!(fixed.contains("add: [NET_BIND_SERVICE]\n"), "{fixed}");
        assert!(fixed.contains("seLinuxOptions: {}\n"), "{fixed}");
        assert!(fixed.contains("value: \"true\" # keep me\n"), "{fixed}");
    }
}
