//! Terraform's JSON syntax (`.tf.json`): resources with the spans and references
//! the YAML reader gives, the other blocks as they are written; and the addresses
//! inside `${...}` templates, which plans use too.

use hcl_edit::visit::Visit;
use serde_json::{Map, Value, json};

use super::ModuleParts;
use super::convert::ReferenceCollector;
use crate::model::{ParseError, PathSegment, Resource, ResourceMode, SpanTree, dotted};

/// Parses a `.tf.json` file into `parts`, following Terraform's JSON syntax.
pub fn parse_tf_json(
    text: &str,
    base: usize,
    file: usize,
    path: &str,
    parts: &mut ModuleParts,
) -> Result<(), ParseError> {
    let mut documents = crate::input::parse_yaml(text, base)?;
    if documents.is_empty() {
        return Ok(());
    }
    let mut document = documents.swap_remove(0);
    document.spans.shift(base);
    let Value::Object(root) = document.value else {
        return Err(ParseError {
            message: "a Terraform JSON file must hold an object".into(),
            offset: Some(base),
        });
    };
    for (kind, blocks) in &root {
        let kind_spans = document.spans.child(&PathSegment::Key(kind.clone()));
        match kind.as_str() {
            "resource" | "data" => {
                for_each_labelled(
                    blocks,
                    kind_spans,
                    |resource_type, type_value, type_spans| {
                        for_each_labelled(type_value, type_spans, |name, values, spans| {
                            let mode = if kind == "data" {
                                ResourceMode::Data
                            } else {
                                ResourceMode::Managed
                            };
                            let address = if mode == ResourceMode::Data {
                                format!("data.{resource_type}.{name}")
                            } else {
                                format!("{resource_type}.{name}")
                            };
                            let mut references = Map::new();
                            json_references(values, &mut Vec::new(), &mut references);
                            let spans =
                                spans.cloned().unwrap_or_else(|| SpanTree::leaf(base..base));
                            parts.resources.push(Resource {
                                file,
                                base_address: address.clone(),
                                address,
                                resource_type: resource_type.to_string(),
                                name: name.to_string(),
                                mode: Some(mode),
                                namespace: None,
                                values: values.clone(),
                                spans,
                                references,
                                origin: None,
                            });
                        });
                    },
                );
            }
            "variable" | "module" | "output" => {
                let target = match kind.as_str() {
                    "variable" => &mut parts.variables,
                    "module" => &mut parts.modules,
                    _ => &mut parts.outputs,
                };
                for_each_labelled(blocks, None, |name, values, _| {
                    target.insert(name.to_string(), values.clone());
                });
            }
            "locals" => {
                for item in as_list(blocks) {
                    if let Value::Object(map) = item {
                        parts.locals.extend(map.clone());
                    }
                }
            }
            "provider" => {
                for_each_labelled(blocks, None, |name, values, _| {
                    parts
                        .providers
                        .push(json!({"name": name, "file": path, "values": values}));
                });
            }
            "terraform" => parts.terraform.extend(as_list(blocks).into_iter().cloned()),
            _ => {}
        }
    }
    Ok(())
}

fn as_list(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    }
}

/// Calls `f(label, body, spans)` for each labelled entry of a JSON block object
/// (`{"label": body}`, or a list of such objects, as Terraform's JSON syntax allows).
fn for_each_labelled<'v>(
    value: &'v Value,
    spans: Option<&SpanTree>,
    mut f: impl FnMut(&str, &'v Value, Option<&SpanTree>),
) {
    let groups: Vec<(&Value, Option<&SpanTree>)> = match value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| (item, spans.and_then(|s| s.child(&PathSegment::Index(i)))))
            .collect(),
        other => vec![(other, spans)],
    };
    for (group, group_spans) in groups {
        if let Value::Object(map) = group {
            for (label, body) in map {
                let body_spans =
                    group_spans.and_then(|s| s.child(&PathSegment::Key(label.clone())));
                // A label may hold a list of bodies; the first one is the block.
                match body {
                    Value::Array(bodies) if bodies.first().is_some_and(Value::is_object) => f(
                        label,
                        &bodies[0],
                        body_spans.and_then(|s| s.child(&PathSegment::Index(0))),
                    ),
                    _ => f(label, body, body_spans),
                }
            }
        }
    }
}

/// References in `.tf.json` strings: the addresses inside each `${...}`.
fn json_references(
    value: &Value,
    path: &mut Vec<PathSegment>,
    references: &mut Map<String, Value>,
) {
    match value {
        Value::String(text) if text.contains("${") => {
            let addresses = addresses_in_template(text);
            if !addresses.is_empty() {
                references.insert(dotted(path), json!(addresses));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(PathSegment::Index(i));
                json_references(item, path, references);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                path.push(PathSegment::Key(key.clone()));
                json_references(item, path, references);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The addresses inside each `${...}` of a text (`aws_s3_bucket.b` for `${aws_s3_bucket.b.id}`).
pub(super) fn addresses_in_template(text: &str) -> Vec<String> {
    let mut addresses = Vec::new();
    for (start, _) in text.match_indices("${") {
        let inner = &text[start + 2..];
        let end = inner.find('}').unwrap_or(inner.len());
        let Ok(expr) = hcl_edit::parser::parse_expr(&inner[..end]) else {
            continue;
        };
        let mut collector = ReferenceCollector::default();
        collector.visit_expr(&expr);
        for address in collector.addresses {
            if !addresses.contains(&address) {
                addresses.push(address);
            }
        }
    }
    addresses
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> PathSegment {
        PathSegment::Key(k.into())
    }

    #[test]
    fn tf_json_resources_and_references() {
        let text = r#"{"resource": {"aws_s3_bucket_versioning": {"v": {"bucket": "${aws_s3_bucket.b.id}"}}}}"#;
        let mut parts = ModuleParts::default();
        parse_tf_json(text, 0, 0, "main.tf.json", &mut parts).expect("parses");
        let r = &parts.resources[0];
        assert_eq!(r.address, "aws_s3_bucket_versioning.v");
        assert_eq!(
            r.references.get("bucket"),
            Some(&json!(["aws_s3_bucket.b"]))
        );
        assert_eq!(
            &text[r.spans.resolve(&[key("bucket")]).span],
            r#""bucket": "${aws_s3_bucket.b.id}""#
        );
    }
}
