//! Input documents: what a policy evaluates (a Terraform module or a Kubernetes file), its resources and where they came from.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use serde_json::{Map, Value, json};

use super::secret::Secret;
use super::source::{SourceFile, SpanTree};

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

/// A parse failure at a byte offset of a file's text (the offset is absent when unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    pub offset: Option<usize>,
}

impl ParseError {
    /// The same error for text that starts `base` bytes into its file (after a byte-order mark).
    pub fn shifted(mut self, base: usize) -> ParseError {
        self.offset = self.offset.map(|offset| offset + base);
        self
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseError {}

/// A Terraform resource's mode: a `resource` block or a `data` source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResourceMode {
    Managed,
    Data,
}

impl ResourceMode {
    /// The name Terraform (and the policy input) gives the mode.
    pub fn as_str(self) -> &'static str {
        match self {
            ResourceMode::Managed => "managed",
            ResourceMode::Data => "data",
        }
    }
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
    /// Managed resource or data source (Terraform), absent for Kubernetes.
    pub mode: Option<ResourceMode>,
    pub namespace: Option<String>,
    pub values: Value,
    pub spans: SpanTree,
    /// Dotted attribute path to the addresses its expression refers to (Terraform).
    pub references: Map<String, Value>,
    /// For a resource of a called Terraform module: the chain of module calls it came
    /// through, so a finding can point at the caller's code.
    pub origin: Option<Box<ModuleOrigin>>,
}

impl Resource {
    /// The key of this resource in the input document's `resources` index.
    pub fn index_key(&self) -> String {
        match self.mode {
            Some(ResourceMode::Data) => format!("data.{}", self.resource_type),
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
    /// Secrets written in the files, found before evaluation (the files are masked by then).
    pub secrets: Vec<Secret>,
    /// The secrets' values (8 characters or more) as one search, to mask them in messages.
    pub secret_pattern: Option<regex::Regex>,
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
                entry["mode"] = json!(mode.as_str());
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
        if !self.secrets.is_empty() {
            let secrets = self
                .secrets
                .iter()
                .enumerate()
                .map(|(id, secret)| secret.to_input(id, &self.files[secret.file].path))
                .collect();
            input.insert("secrets".into(), Value::Array(secrets));
        }
        Value::Object(input)
    }

    /// The set of resource index keys present, to select the policies that apply;
    /// with [`SECRET_INPUT_TYPE`] when secrets were found.
    pub fn resource_types(&self) -> std::collections::BTreeSet<String> {
        let mut types: std::collections::BTreeSet<String> =
            self.resources.iter().map(Resource::index_key).collect();
        if !self.secrets.is_empty() {
            types.insert(SECRET_INPUT_TYPE.to_string());
        }
        types
    }
}

/// The input type a policy names to run on the secrets found in a document (`input.secrets`).
pub const SECRET_INPUT_TYPE: &str = "secret";

/// The file and span a variable's value was read from, by variable name.
pub type Origins = BTreeMap<String, (usize, Range<usize>)>;

/// How a resource of a called module was reached, to trace its values back to the caller's code.
#[derive(Debug, Clone)]
pub struct ModuleOrigin {
    /// The variables each local of the resource's own module reads.
    pub local_vars: Arc<BTreeMap<String, Vec<String>>>,
    /// The module calls, outermost (in the root module) first.
    pub calls: Vec<CallSite>,
    /// The root module's variables set in an auto-loaded tfvars file: file index and span.
    pub tfvars: Option<Arc<Origins>>,
}

/// One `module` block on the way to a resource, with the arguments of this instance.
#[derive(Debug, Clone)]
pub struct CallSite {
    /// `module.x` or `module.x["k"]`, relative to the calling module.
    pub address: String,
    pub file: usize,
    /// The block's `module "x"` header.
    pub header: Range<usize>,
    pub arguments: Arc<BTreeMap<String, Argument>>,
}

/// An argument of a module call: where it is written and the caller's variables it reads.
#[derive(Debug, Clone)]
pub struct Argument {
    pub span: Range<usize>,
    pub variables: Vec<String>,
}

/// The variables an expression's addresses lead to (`var.x`, or `local.y` that reads `var.x`).
pub fn variables_of(
    addresses: &[String],
    local_vars: &BTreeMap<String, Vec<String>>,
) -> Vec<String> {
    let mut variables: Vec<String> = Vec::new();
    for address in addresses {
        let found: Vec<String> = if let Some(variable) = address.strip_prefix("var.") {
            vec![variable.to_string()]
        } else if let Some(local) = address.strip_prefix("local.") {
            local_vars.get(local).cloned().unwrap_or_default()
        } else {
            Vec::new()
        };
        for variable in found {
            if !variables.contains(&variable) {
                variables.push(variable);
            }
        }
    }
    variables
}
