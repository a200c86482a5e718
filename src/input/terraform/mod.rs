//! Terraform (`.tf`, `.tf.json`, `.tfvars`) to resources with byte spans, references and module-level blocks.
//!
//! Values are what the configuration literally says. An expression that is not
//! a literal stays visible to policies as its source text wrapped in `${...}`,
//! so a policy can tell it apart from a secure or an insecure value; the
//! addresses an expression mentions go to the resource's `references`.
//!
//! The parts: `builder` gathers a module's files and evaluates the module,
//! `variables` gives its variables their values (tfvars, inputs, arguments),
//! `convert` turns HCL bodies into values with spans, `tf_json` reads
//! `.tf.json`, `modules` instantiates and loads called modules, `eval` and
//! `functions` evaluate expressions, `plan` reads `terraform show -json` and
//! `reader` reads a module's folder.

mod builder;
mod convert;
pub mod eval;
pub mod functions;
pub mod modules;
pub mod plan;
pub mod reader;
mod tf_json;
mod variables;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::model::{Origins, Resource};

pub use builder::ModuleBuilder;
#[cfg(test)]
pub use builder::parse_hcl;
pub use tf_json::parse_tf_json;
pub use variables::{parse_input_value, parse_tfvars_json, parse_tfvars_located, read_var_file};

/// Everything one module directory declares, gathered over its files.
#[derive(Debug, Clone, Default)]
pub struct ModuleParts {
    pub resources: Vec<Resource>,
    pub variables: Map<String, Value>,
    pub locals: Map<String, Value>,
    pub modules: Map<String, Value>,
    pub outputs: Map<String, Value>,
    pub providers: Vec<Value>,
    pub terraform: Vec<Value>,
    pub tfvars: Vec<Value>,
}

impl ModuleParts {
    /// The module-level parts of the input document (besides `resources`).
    pub fn into_extra(self) -> (Vec<Resource>, Map<String, Value>) {
        let mut extra = Map::new();
        extra.insert("variables".into(), Value::Object(self.variables));
        extra.insert("locals".into(), Value::Object(self.locals));
        extra.insert("modules".into(), Value::Object(self.modules));
        extra.insert("outputs".into(), Value::Object(self.outputs));
        extra.insert("providers".into(), Value::Array(self.providers));
        extra.insert("terraform".into(), Value::Array(self.terraform));
        extra.insert("tfvars".into(), Value::Array(self.tfvars));
        (self.resources, extra)
    }
}

/// Variable values from outside the module: `TF_VAR_*`, `--var-file`, `--var`, lowest precedence first.
#[derive(Debug, Clone, Default)]
pub struct VariableInputs {
    /// `TF_VAR_name` values (strings, converted to the declared type).
    pub environment: Vec<(String, String)>,
    /// `--var-file` contents, in the order given.
    pub files: Vec<Value>,
    /// `--var NAME=VALUE`, in the order given.
    pub values: Vec<(String, Value)>,
}

/// A problem found while evaluating: a file index, a byte offset and a message.
#[derive(Debug, Clone)]
pub struct EvalProblem {
    pub file: usize,
    pub offset: usize,
    pub message: String,
    /// A note (a remote module left out) rather than an error: it does not change the exit code.
    pub note: bool,
}

/// An attribute whose value stayed unknown, listed by `--strict`.
#[derive(Debug, Clone)]
pub struct UnknownAttribute {
    pub file: usize,
    pub offset: usize,
    /// The resource's address without instance keys, and the dotted attribute path.
    pub address: String,
    pub attribute: String,
    /// The expression's source text, on one line.
    pub expression: String,
    pub reason: &'static str,
}

/// Where a module's variable values come from: the root module reads tfvars and
/// inputs; a called module receives its arguments (`None`: unknown in the caller).
pub enum Variables<'c> {
    Root(&'c VariableInputs),
    Arguments(&'c BTreeMap<String, Option<Value>>),
}

/// What evaluating one module gives, before its called modules are merged in.
pub struct Evaluated {
    pub parts: ModuleParts,
    pub problems: Vec<EvalProblem>,
    pub unknowns: Vec<UnknownAttribute>,
    /// The outputs whose value is known.
    pub outputs: Map<String, Value>,
    pub calls: Vec<modules::CallOutcome>,
    /// Each local's variables (through other locals), to trace values back to arguments.
    pub local_vars: Arc<BTreeMap<String, Vec<String>>>,
    /// Root module: the auto-loaded tfvars file and span each variable's value comes from.
    pub tfvars_origins: Origins,
}

/// `aws_s3_bucket.b`, `aws_s3_bucket.b[0]` or `aws_s3_bucket.b["k"]`.
pub fn instance_address(base_address: &str, key: Option<&Value>) -> String {
    match key {
        Some(Value::Number(index)) => format!("{base_address}[{index}]"),
        Some(key) => format!("{base_address}[{key}]"),
        None => base_address.to_string(),
    }
}

/// The kinds of block a meta-argument belongs to.
enum TakenBy {
    ResourcesAndModules,
    Resources,
    Modules,
}

/// Terraform's meta-arguments: names that tell Terraform how to handle a block
/// rather than what the block declares. One list, so that resources and module
/// calls cannot drift apart; the two views differ because Terraform's do: a
/// module call names its `source` and `version` and hands `providers` (plural)
/// to the child, while a resource picks one `provider` and takes the
/// `lifecycle` and `provisioner` blocks.
const META_ARGUMENTS: [(&str, TakenBy); 9] = [
    ("count", TakenBy::ResourcesAndModules),
    ("for_each", TakenBy::ResourcesAndModules),
    ("depends_on", TakenBy::ResourcesAndModules),
    ("provider", TakenBy::Resources),
    ("lifecycle", TakenBy::Resources),
    ("provisioner", TakenBy::Resources),
    ("source", TakenBy::Modules),
    ("version", TakenBy::Modules),
    ("providers", TakenBy::Modules),
];

/// A meta-argument of a `resource` or `data` block: not a setting policies
/// judge, so an unknown value there is not listed by `--strict`.
fn is_resource_meta_argument(name: &str) -> bool {
    META_ARGUMENTS.iter().any(|(meta, taken_by)| {
        *meta == name && matches!(taken_by, TakenBy::ResourcesAndModules | TakenBy::Resources)
    })
}

/// A meta-argument of a `module` block: not one of the child module's variables.
fn is_module_meta_argument(name: &str) -> bool {
    META_ARGUMENTS.iter().any(|(meta, taken_by)| {
        *meta == name && matches!(taken_by, TakenBy::ResourcesAndModules | TakenBy::Modules)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_block_kind_sees_its_own_meta_arguments() {
        let names = |view: fn(&str) -> bool| -> Vec<&str> {
            META_ARGUMENTS
                .iter()
                .map(|(name, _)| *name)
                .filter(|name| view(name))
                .collect()
        };
        assert_eq!(
            names(is_resource_meta_argument),
            [
                "count",
                "for_each",
                "depends_on",
                "provider",
                "lifecycle",
                "provisioner"
            ]
        );
        assert_eq!(
            names(is_module_meta_argument),
            [
                "count",
                "for_each",
                "depends_on",
                "source",
                "version",
                "providers"
            ]
        );
        assert!(!is_resource_meta_argument("bucket") && !is_module_meta_argument("name"));
    }
}
