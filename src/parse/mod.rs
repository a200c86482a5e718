//! Parsers: source files to the input documents that policies read, each value with its source span.

pub mod kubernetes;
pub mod terraform;
pub mod yaml;

use std::sync::Arc;

use serde_json::{Map, Value, json};

use crate::source_map::{LineColumn, LineIndex, SpanTree};

/// The kinds of input srm-lint understands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Terraform,
    Kubernetes,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Terraform => "terraform",
            Format::Kubernetes => "kubernetes",
        }
    }
}

/// A file's text with its line index; `path` is the path as the user would type it.
#[derive(Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    pub lines: LineIndex,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> Self {
        let lines = LineIndex::new(&text);
        SourceFile { path, text, lines }
    }

    /// The text after a byte-order mark, and the mark's length: parsers read the
    /// body and their spans are shifted back by the mark's length.
    pub fn body(&self) -> (&str, usize) {
        match self.text.strip_prefix('\u{feff}') {
            Some(body) => (body, 3),
            None => (&self.text, 0),
        }
    }

    pub fn position(&self, offset: usize) -> LineColumn {
        self.lines.line_column(&self.text, offset)
    }
}

/// A parse failure at a byte offset of a file's text (the offset is absent when unknown).
#[derive(Debug, Clone)]
pub struct ParseError {
    pub message: String,
    pub offset: Option<usize>,
}

/// One resource (Terraform resource or data source, Kubernetes object) as policies see it.
#[derive(Debug, Clone)]
pub struct Resource {
    /// Index into the document's `files`.
    pub file: usize,
    pub address: String,
    /// The address without an instance key (`aws_instance.web` for `aws_instance.web[0]`):
    /// what other resources' references name.
    pub base_address: String,
    pub resource_type: String,
    pub name: String,
    /// `managed` or `data` for Terraform, absent for Kubernetes.
    pub mode: Option<&'static str>,
    pub namespace: Option<String>,
    pub values: Value,
    pub spans: SpanTree,
    /// Dotted attribute path to the addresses its expression refers to (Terraform).
    pub references: Map<String, Value>,
    /// For a resource of a called Terraform module: the chain of module calls it came
    /// through, so a finding can point at the caller's code.
    pub origin: Option<Box<terraform::modules::ModuleOrigin>>,
}

impl Resource {
    /// The key of this resource in the input document's `resources` index.
    pub fn index_key(&self) -> String {
        match self.mode {
            Some("data") => format!("data.{}", self.resource_type),
            _ => self.resource_type.clone(),
        }
    }
}

/// The unit a policy evaluates: a Terraform module directory or a Kubernetes file.
#[derive(Debug)]
pub struct Document {
    pub format: Format,
    /// The module directory relative to the scan root, or the manifest file's path.
    pub key: String,
    /// Where the document is, as the user would type it: the module's directory or the manifest file.
    pub location: String,
    pub files: Vec<Arc<SourceFile>>,
    pub resources: Vec<Resource>,
    /// Terraform's variables, locals, modules, providers, outputs, tfvars.
    pub extra: Map<String, Value>,
}

impl Document {
    /// The JSON input document of the policy contract (see policies/CONTRIBUTING.md).
    pub fn to_input(&self) -> Value {
        let mut by_type: Map<String, Value> = Map::new();
        for resource in &self.resources {
            let mut entry = json!({
                "address": resource.address,
                "base_address": resource.base_address,
                "type": resource.resource_type,
                "name": resource.name,
                "file": self.files[resource.file].path,
                "values": resource.values,
            });
            if let Some(mode) = resource.mode {
                entry["mode"] = json!(mode);
                entry["references"] = Value::Object(resource.references.clone());
            }
            if let Some(namespace) = &resource.namespace {
                entry["namespace"] = json!(namespace);
            }
            let slot = by_type
                .entry(resource.index_key())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(list) = slot {
                list.push(entry);
            }
        }
        let mut input = Map::new();
        input.insert("format".into(), json!(self.format.as_str()));
        match self.format {
            Format::Terraform => input.insert("module".into(), json!(self.key)),
            Format::Kubernetes => input.insert("file".into(), json!(self.key)),
        };
        input.insert("resources".into(), Value::Object(by_type));
        for (key, value) in &self.extra {
            input.insert(key.clone(), value.clone());
        }
        Value::Object(input)
    }

    /// The set of resource index keys present, to select the policies that apply.
    pub fn resource_types(&self) -> std::collections::BTreeSet<String> {
        self.resources.iter().map(Resource::index_key).collect()
    }
}
