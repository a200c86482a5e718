//! Kubernetes manifests (multi-document YAML or JSON) to resources keyed by kind.

use serde_json::{Map, Value};

use crate::model::{ParseError, PathSegment, Resource};
use crate::yaml::YamlDocument;

/// What a YAML or JSON file turned out to be.
#[derive(Debug)]
pub enum Manifests {
    Objects(Vec<Resource>),
    /// Not a Kubernetes manifest (or a Helm template): skipped, with the reason.
    Skipped(String),
}

/// Parses a manifest file's body; `file` is the file's index in its document.
pub fn parse_manifests(body: &str, file: usize) -> Result<Manifests, ParseError> {
    if body.trim().is_empty() {
        return Ok(Manifests::Skipped("empty file".into()));
    }
    if !body.contains("apiVersion") || !body.contains("kind") {
        return Ok(Manifests::Skipped(
            "not a Kubernetes manifest (no apiVersion and kind)".into(),
        ));
    }
    if body.contains("{{") && body.contains("}}") {
        return Ok(Manifests::Skipped(
            "Helm template ({{ }} directives): render it first, e.g. `helm template . | srm-lint -`"
                .into(),
        ));
    }
    let documents = crate::input::parse_yaml(body, 0)?;
    let mut objects = Vec::new();
    for document in documents {
        collect_objects(document, file, &mut objects);
    }
    // Policies name resources by address: two objects with the same address
    // (the same object written twice) get `#2`, `#3` so each finding lands on its own.
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for object in &mut objects {
        let count = seen.entry(object.address.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            object.address = format!("{}#{count}", object.address);
            object.base_address = object.address.clone();
        }
    }
    if objects.is_empty() {
        return Ok(Manifests::Skipped(
            "not a Kubernetes manifest (no document has apiVersion and kind)".into(),
        ));
    }
    Ok(Manifests::Objects(objects))
}

fn collect_objects(document: YamlDocument, file: usize, objects: &mut Vec<Resource>) {
    let YamlDocument { value, spans } = document;
    let Value::Object(map) = value else {
        return;
    };
    let (Some(Value::String(_)), Some(Value::String(kind))) =
        (map.get("apiVersion"), map.get("kind"))
    else {
        return;
    };
    // `kind: List` (what `kubectl get -o yaml` prints) wraps the real objects in `items`.
    if kind == "List" || kind.ends_with("List") && map.get("items").is_some_and(Value::is_array) {
        if let Some(Value::Array(items)) = map.get("items") {
            let item_spans = spans.child(&PathSegment::Key("items".into()));
            for (index, item) in items.iter().enumerate() {
                let Some(item_span) = item_spans.and_then(|s| s.child(&PathSegment::Index(index)))
                else {
                    continue;
                };
                collect_objects(
                    YamlDocument {
                        value: item.clone(),
                        spans: item_span.clone(),
                    },
                    file,
                    objects,
                );
            }
        }
        return;
    }
    let kind = kind.clone();
    let metadata = map.get("metadata").and_then(Value::as_object);
    let text = |m: Option<&Map<String, Value>>, key: &str| {
        m.and_then(|m| m.get(key))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let name = text(metadata, "name")
        .or_else(|| text(metadata, "generateName"))
        .unwrap_or_else(|| "<unnamed>".into());
    let namespace = text(metadata, "namespace");
    let address = match &namespace {
        Some(ns) => format!("{kind}/{ns}/{name}"),
        None => format!("{kind}/{name}"),
    };
    objects.push(Resource {
        file,
        base_address: address.clone(),
        address,
        resource_type: kind,
        name,
        mode: None,
        namespace,
        values: Value::Object(map),
        spans,
        references: Map::new(),
        origin: None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_document_files_give_one_resource_per_object() {
        let text = "apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: x}\n---\n# comment only\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: b\n";
        let Manifests::Objects(objects) = parse_manifests(text, 0).expect("parses") else {
            panic!("expected objects");
        };
        let addresses: Vec<_> = objects.iter().map(|o| o.address.as_str()).collect();
        assert_eq!(addresses, ["Pod/x/a", "Deployment/b"]);
        let twice = "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n";
        let Manifests::Objects(objects) = parse_manifests(twice, 0).expect("parses") else {
            panic!("expected objects");
        };
        let addresses: Vec<_> = objects.iter().map(|o| o.address.as_str()).collect();
        assert_eq!(addresses, ["Pod/a", "Pod/a#2"]);
    }

    #[test]
    fn non_manifests_and_helm_templates_are_skipped_with_a_reason() {
        let compose = "services:\n  web:\n    image: nginx\n";
        assert!(matches!(
            parse_manifests(compose, 0),
            Ok(Manifests::Skipped(_))
        ));
        let helm = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n";
        assert!(
            matches!(parse_manifests(helm, 0), Ok(Manifests::Skipped(r)) if r.contains("Helm"))
        );
    }
}
