//! Terraform (`.tf`, `.tf.json`, `.tfvars`) to resources with byte spans, references and module-level blocks.
//!
//! Values are what the configuration literally says. An expression that is not
//! a literal stays visible to policies as its source text wrapped in `${...}`,
//! so a policy can tell it apart from a secure or an insecure value; the
//! addresses an expression mentions go to the resource's `references`.

pub mod eval;
pub mod functions;
pub mod modules;
pub mod plan;
pub mod reader;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use eval::{Evaluator, Scope};
use hcl_edit::Span;
use hcl_edit::expr::{Expression, ObjectKey, Traversal, TraversalOperator};
use hcl_edit::structure::{Block, Body, Structure};
use hcl_edit::template::Element;
use hcl_edit::visit::{Visit, visit_traversal};
use serde_json::{Map, Number, Value, json};

use crate::model::{
    Origins, ParseError, PathSegment, Resource, ResourceMode, SpanChildren, SpanTree, dotted,
    variables_of,
};

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

/// One parsed `.tf` file, kept until the whole module is known.
struct ParsedFile {
    file: usize,
    base: usize,
    text_index: usize,
    body: Body,
}

/// An auto-loaded tfvars file (`terraform.tfvars`, `*.auto.tfvars`...): its values
/// and, to trace a value back to it, where each one is written.
struct AutoTfvars {
    name: String,
    file: Option<usize>,
    values: Value,
    spans: BTreeMap<String, Range<usize>>,
}

/// Gathers a module's files, then evaluates it as a whole: variables (with
/// tfvars and inputs), locals, `count`/`for_each` instances, dynamic blocks and
/// module calls. Once built it is only read, so one parse serves every
/// instantiation of the module in a run.
#[derive(Default)]
pub struct ModuleBuilder {
    parsed: Vec<ParsedFile>,
    texts: Vec<String>,
    /// `.tf.json` resources and the module's tfvars go straight here.
    pub parts: ModuleParts,
    auto_tfvars: Vec<AutoTfvars>,
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

/// The meta-arguments of a resource, not judged by policies and not listed by `--strict`.
const META_ARGUMENTS: [&str; 6] = [
    "count",
    "for_each",
    "depends_on",
    "provider",
    "lifecycle",
    "provisioner",
];

impl ModuleBuilder {
    /// Parses a `.tf` file's body; `base` is the body's byte offset in the file.
    pub fn add_hcl(&mut self, text: &str, base: usize, file: usize) -> Result<(), ParseError> {
        let body = parse_body(text, base)?;
        self.texts.push(text.to_string());
        self.parsed.push(ParsedFile {
            file,
            base,
            text_index: self.texts.len() - 1,
            body,
        });
        Ok(())
    }

    /// Records a tfvars file's values; Terraform loads only `terraform.tfvars(.json)`
    /// and `*.auto.tfvars(.json)` by itself, the others come through `--var-file`.
    pub fn add_tfvars(&mut self, path: &str, values: Value) {
        self.add_tfvars_located(path, None, values, BTreeMap::new());
    }

    /// [`ModuleBuilder::add_tfvars`] with the file's index and each value's span.
    pub fn add_tfvars_located(
        &mut self,
        path: &str,
        file: Option<usize>,
        values: Value,
        spans: BTreeMap<String, Range<usize>>,
    ) {
        let name = path.rsplit('/').next().unwrap_or(path).to_string();
        self.parts
            .tfvars
            .push(json!({"file": path, "values": values}));
        if name == "terraform.tfvars"
            || name == "terraform.tfvars.json"
            || name.ends_with(".auto.tfvars")
            || name.ends_with(".auto.tfvars.json")
        {
            self.auto_tfvars.push(AutoTfvars {
                name,
                file,
                values,
                spans,
            });
        }
    }

    /// Evaluates the module on its own (no module calls) and returns everything it declares.
    #[cfg(test)]
    pub fn finish(
        self,
        module_path: &str,
        inputs: &VariableInputs,
    ) -> (ModuleParts, Vec<EvalProblem>) {
        let evaluated = self.evaluate(module_path, &Variables::Root(inputs), None);
        (evaluated.parts, evaluated.problems)
    }

    /// Evaluates the module with its variables; `host` instantiates its module calls.
    pub fn evaluate(
        &self,
        module_path: &str,
        variables: &Variables<'_>,
        host: Option<&dyn modules::Host>,
    ) -> Evaluated {
        let mut problems = Vec::new();
        let mut parts = self.parts.clone();

        // Declarations first: variables, locals and the resources others may read.
        let mut declared: Vec<(String, Option<Value>, Option<String>)> = Vec::new();
        let mut locals: BTreeMap<String, &Expression> = BTreeMap::new();
        let mut local_spans: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        let mut resource_bodies: BTreeMap<String, &Body> = BTreeMap::new();
        let mut module_blocks: Vec<modules::ModuleBlock<'_>> = Vec::new();
        for file in &self.parsed {
            let converter = Converter::new(&self.texts[file.text_index], file.base, None);
            for block in file.body.blocks() {
                let labels: Vec<&str> = block.labels.iter().map(|l| l.as_str()).collect();
                match (block.ident.as_str(), labels.as_slice()) {
                    ("variable", [name]) => {
                        let default = block
                            .body
                            .get_attribute("default")
                            .and_then(|a| Evaluator::constant().eval(&a.value, &Scope::default()));
                        let declared_type = block
                            .body
                            .get_attribute("type")
                            .map(|a| converter.text(a.value.span()).to_string());
                        declared.push((name.to_string(), default, declared_type));
                        parts
                            .variables
                            .insert(name.to_string(), converter.plain_body(&block.body));
                    }
                    ("locals", []) => {
                        for attribute in block.body.attributes() {
                            let name = attribute.key.value().as_str().to_string();
                            local_spans.insert(
                                name.clone(),
                                (file.file, converter.span(attribute.span()).start),
                            );
                            locals.insert(name, &attribute.value);
                        }
                    }
                    ("resource", [resource_type, name]) => {
                        resource_bodies.insert(format!("{resource_type}.{name}"), &block.body);
                    }
                    ("module", [name]) => module_blocks.push(modules::ModuleBlock {
                        name: name.to_string(),
                        file: file.file,
                        base: file.base,
                        block,
                    }),
                    _ => {}
                }
            }
        }
        let local_vars = Arc::new(local_variables(&locals));
        let (variables, tfvars_origins) = match variables {
            Variables::Root(inputs) => resolve_variables(&declared, &self.auto_tfvars, inputs),
            Variables::Arguments(arguments) => {
                (argument_variables(&declared, arguments), BTreeMap::new())
            }
        };
        for (name, value) in &variables {
            if let (Some(value), Some(Value::Object(declaration))) =
                (value, parts.variables.get_mut(name))
            {
                declaration.insert("value".into(), value.clone());
            }
        }
        let calls = modules::Calls::new(module_blocks, host, Arc::clone(&local_vars));
        let evaluator = Evaluator::new(variables, locals, resource_bodies, module_path.to_string())
            .with_modules(&calls);

        let mut unknowns = Vec::new();
        let mut outputs = Map::new();
        for file in &self.parsed {
            let text = &self.texts[file.text_index];
            let converter = Converter::new(text, file.base, Some(&evaluator));
            for block in file.body.blocks() {
                let labels: Vec<&str> = block.labels.iter().map(|l| l.as_str()).collect();
                match (block.ident.as_str(), labels.as_slice()) {
                    (kind @ ("resource" | "data"), [resource_type, name]) => {
                        let mode = if kind == "data" {
                            ResourceMode::Data
                        } else {
                            ResourceMode::Managed
                        };
                        let base_address = if mode == ResourceMode::Data {
                            format!("data.{resource_type}.{name}")
                        } else {
                            format!("{resource_type}.{name}")
                        };
                        for (key, scope) in instances(&evaluator, &block.body) {
                            let address = instance_address(&base_address, key.as_ref());
                            *converter.scope.borrow_mut() = scope;
                            let mut references = Map::new();
                            let (values, children) =
                                converter.body(&block.body, &mut Vec::new(), &mut references);
                            for (offset, attribute, expression, addresses) in
                                converter.unknowns.borrow_mut().drain(..)
                            {
                                unknowns.push(UnknownAttribute {
                                    file: file.file,
                                    offset,
                                    address: base_address.clone(),
                                    attribute,
                                    expression,
                                    reason: unknown_reason(&addresses, &local_vars, &evaluator),
                                });
                            }
                            parts.resources.push(Resource {
                                file: file.file,
                                address,
                                base_address: base_address.clone(),
                                resource_type: resource_type.to_string(),
                                name: name.to_string(),
                                mode: Some(mode),
                                namespace: None,
                                values: Value::Object(values),
                                spans: SpanTree {
                                    full: converter.span(block.span()),
                                    header: converter.block_header(block),
                                    children,
                                },
                                references,
                                origin: None,
                            });
                        }
                    }
                    ("module", [name]) => {
                        parts
                            .modules
                            .insert(name.to_string(), converter.plain_body(&block.body));
                    }
                    ("output", [name]) => {
                        parts
                            .outputs
                            .insert(name.to_string(), converter.plain_body(&block.body));
                        if let Some(value) = block
                            .body
                            .get_attribute("value")
                            .and_then(|a| evaluator.eval(&a.value, &Scope::default()))
                        {
                            outputs.insert(name.to_string(), value);
                        }
                    }
                    ("provider", [name]) => {
                        parts.providers.push(
                            json!({"name": name, "values": converter.plain_body(&block.body)}),
                        );
                    }
                    ("locals", []) => {
                        for attribute in block.body.attributes() {
                            let name = attribute.key.value().as_str();
                            let value = evaluator.local(name).unwrap_or_else(|| {
                                json!(format!("${{{}}}", converter.text(attribute.value.span())))
                            });
                            parts.locals.insert(name.to_string(), value);
                        }
                    }
                    ("terraform", []) => parts.terraform.push(converter.plain_body(&block.body)),
                    _ => {}
                }
                converter.unknowns.borrow_mut().clear();
            }
        }
        for name in evaluator.cycles() {
            if let Some((file, offset)) = local_spans.get(&name) {
                problems.push(EvalProblem {
                    file: *file,
                    offset: *offset,
                    message: format!(
                        "local.{name} refers to itself (through other locals); its value is unknown"
                    ),
                    note: false,
                });
            }
        }
        // Modules nobody refers to are instantiated too: their resources exist.
        let calls = calls.finish(&evaluator);
        Evaluated {
            parts,
            problems,
            unknowns,
            outputs,
            calls,
            local_vars,
            tfvars_origins,
        }
    }
}

/// `aws_s3_bucket.b`, `aws_s3_bucket.b[0]` or `aws_s3_bucket.b["k"]`.
pub fn instance_address(base_address: &str, key: Option<&Value>) -> String {
    match key {
        Some(Value::Number(index)) => format!("{base_address}[{index}]"),
        Some(key) => format!("{base_address}[{key}]"),
        None => base_address.to_string(),
    }
}

/// The variables each local depends on, directly or through other locals.
fn local_variables(locals: &BTreeMap<String, &Expression>) -> BTreeMap<String, Vec<String>> {
    let direct: BTreeMap<&str, Vec<String>> = locals
        .iter()
        .map(|(name, expr)| {
            let mut collector = ReferenceCollector::default();
            collector.visit_expr(expr);
            (name.as_str(), collector.addresses)
        })
        .collect();
    let mut out = BTreeMap::new();
    for name in direct.keys() {
        let mut seen = vec![name.to_string()];
        let mut queue = vec![*name];
        let mut variables = Vec::new();
        while let Some(current) = queue.pop() {
            for address in direct.get(current).into_iter().flatten() {
                if let Some(variable) = address.strip_prefix("var.") {
                    if !variables.iter().any(|v| v == variable) {
                        variables.push(variable.to_string());
                    }
                } else if let Some(local) = address.strip_prefix("local.")
                    && !seen.iter().any(|s| s == local)
                    && let Some((key, _)) = direct.get_key_value(local)
                {
                    seen.push(local.to_string());
                    queue.push(key);
                }
            }
        }
        out.insert(name.to_string(), variables);
    }
    out
}

/// A called module's variables: the caller's argument, else the default, converted to the declared type.
fn argument_variables(
    declared: &[(String, Option<Value>, Option<String>)],
    arguments: &BTreeMap<String, Option<Value>>,
) -> BTreeMap<String, Option<Value>> {
    declared
        .iter()
        .map(|(name, default, declared_type)| {
            let value = match arguments.get(name) {
                Some(argument) => argument.clone(),
                None => default.clone(),
            };
            let value = value.and_then(|v| eval::convert_to_type(v, declared_type.as_deref()));
            (name.clone(), value)
        })
        .collect()
}

/// A resource's instances: `count` gives `[0]`, `[1]`...; `for_each` gives `["key"]`;
/// `count = 0` gives none; an unknown count or for_each gives one unexpanded instance.
pub(crate) fn instances(evaluator: &Evaluator<'_>, body: &Body) -> Vec<(Option<Value>, Scope)> {
    let unexpanded = || vec![(None, Scope::default())];
    if let Some(count) = body.get_attribute("count") {
        return match evaluator
            .eval(&count.value, &Scope::default())
            .as_ref()
            .and_then(functions::to_number)
        {
            Some(n) if (0.0..=10_000.0).contains(&n) => (0..n as i64)
                .map(|i| {
                    (
                        Some(json!(i)),
                        Scope {
                            count_index: Some(i),
                            ..Scope::default()
                        },
                    )
                })
                .collect(),
            _ => unexpanded(),
        };
    }
    if let Some(for_each) = body.get_attribute("for_each") {
        return match evaluator.eval(&for_each.value, &Scope::default()) {
            Some(Value::Object(map)) => map
                .into_iter()
                .map(|(k, v)| {
                    (
                        Some(json!(k)),
                        Scope {
                            each: Some((json!(k), v)),
                            ..Scope::default()
                        },
                    )
                })
                .collect(),
            Some(Value::Array(items)) => items
                .into_iter()
                .filter_map(|item| {
                    let key = functions::to_string(&item)?;
                    Some((
                        Some(json!(key)),
                        Scope {
                            each: Some((json!(key), item)),
                            ..Scope::default()
                        },
                    ))
                })
                .collect(),
            _ => unexpanded(),
        };
    }
    unexpanded()
}

/// Variable values in Terraform's precedence: default, `TF_VAR_*`, auto-loaded
/// tfvars, `--var-file`, `--var`. A variable with none of them is unknown.
/// Also gives, for values that come from an auto-loaded tfvars file, where.
fn resolve_variables(
    declared: &[(String, Option<Value>, Option<String>)],
    auto_tfvars: &[AutoTfvars],
    inputs: &VariableInputs,
) -> (BTreeMap<String, Option<Value>>, Origins) {
    let mut auto: Vec<&AutoTfvars> = auto_tfvars.iter().collect();
    // terraform.tfvars, then terraform.tfvars.json, then *.auto.tfvars in lexical order.
    auto.sort_by_key(|t| {
        (
            !t.name.starts_with("terraform.tfvars"),
            t.name.ends_with(".json") && t.name.starts_with("terraform"),
            t.name.clone(),
        )
    });
    let mut out = BTreeMap::new();
    let mut origins = BTreeMap::new();
    for (name, default, declared_type) in declared {
        let mut value = default.clone();
        let mut origin = None;
        if let Some((_, text)) = inputs.environment.iter().rev().find(|(n, _)| n == name) {
            value = Some(parse_input_value(text));
        }
        for tfvars in &auto {
            if let Some(v) = tfvars.values.get(name) {
                value = Some(v.clone());
                origin = tfvars.file.zip(tfvars.spans.get(name).cloned());
            }
        }
        for values in &inputs.files {
            if let Some(v) = values.get(name) {
                value = Some(v.clone());
                origin = None;
            }
        }
        if let Some((_, v)) = inputs.values.iter().rev().find(|(n, _)| n == name) {
            value = Some(v.clone());
            origin = None;
        }
        // A value that is itself an expression (not allowed in tfvars) stays unknown.
        let value = value
            .filter(|v| !v.as_str().is_some_and(|s| s.contains("${")))
            .and_then(|v| eval::convert_to_type(v, declared_type.as_deref()));
        if let (Some(_), Some(origin)) = (&value, origin) {
            origins.insert(name.clone(), origin);
        }
        out.insert(name.clone(), value);
    }
    (out, origins)
}

/// A `--var` or `TF_VAR_` value: an HCL literal (`["a"]`, `{a = 1}`, `true`, `3`) or else a plain string.
pub fn parse_input_value(text: &str) -> Value {
    match hcl_edit::parser::parse_expr(text) {
        Ok(expr)
            if matches!(
                expr,
                Expression::Array(_)
                    | Expression::Object(_)
                    | Expression::Number(_)
                    | Expression::Bool(_)
                    | Expression::String(_)
            ) =>
        {
            Evaluator::constant()
                .eval(&expr, &Scope::default())
                .unwrap_or_else(|| json!(text))
        }
        _ => json!(text),
    }
}

/// Parses one `.tf` file on its own (no other files of its module) into `parts`: for unit tests.
#[cfg(test)]
pub fn parse_hcl(
    text: &str,
    base: usize,
    file: usize,
    _path: &str,
    parts: &mut ModuleParts,
) -> Result<(), ParseError> {
    let mut builder = ModuleBuilder::default();
    builder.add_hcl(text, base, file)?;
    let (mut own, _) = builder.finish(".", &VariableInputs::default());
    parts.resources.append(&mut own.resources);
    parts.variables.extend(own.variables);
    parts.locals.extend(own.locals);
    parts.modules.extend(own.modules);
    parts.outputs.extend(own.outputs);
    parts.providers.append(&mut own.providers);
    parts.terraform.append(&mut own.terraform);
    Ok(())
}

/// Parses a `.tfvars` file: its attributes as a JSON object.
pub fn parse_tfvars(text: &str, base: usize) -> Result<Value, ParseError> {
    let body = parse_body(text, base)?;
    Ok(Converter::new(text, base, None).plain_body(&body))
}

/// A `--var-file`: HCL, or JSON when the name ends in `.json`, as `terraform -var-file` reads it.
pub fn read_var_file(file: &std::path::Path) -> Result<Value, crate::model::ToolError> {
    let display = file.display().to_string();
    let error =
        |message: String, line: Option<usize>, column: Option<usize>| crate::model::ToolError {
            file: display.clone(),
            line,
            column,
            message,
        };
    let text = std::fs::read_to_string(file)
        .map_err(|e| error(format!("cannot read the variable file: {e}"), None, None))?;
    let parsed = if display.ends_with(".json") {
        parse_tfvars_json(&text, 0)
    } else {
        parse_tfvars(&text, 0)
    };
    parsed.map_err(|e| {
        let position = e
            .offset
            .map(|o| crate::model::LineIndex::new(&text).line_column(&text, o));
        error(
            format!("cannot parse: {}", e.message),
            position.map(|p| p.line),
            position.map(|p| p.column),
        )
    })
}

/// A `.tfvars.json` file's values (the first document; an empty file is no values).
pub fn parse_tfvars_json(body: &str, base: usize) -> Result<serde_json::Value, ParseError> {
    let documents = crate::input::parse_yaml(body, base)?;
    Ok(documents.into_iter().next().map_or(json!({}), |d| d.value))
}

/// [`parse_tfvars`], plus the span of each top-level value (`name = value`), to trace values to it.
pub fn parse_tfvars_located(
    text: &str,
    base: usize,
) -> Result<(Value, BTreeMap<String, Range<usize>>), ParseError> {
    let body = parse_body(text, base)?;
    let converter = Converter::new(text, base, None);
    let spans = body
        .attributes()
        .map(|a| (a.key.value().as_str().to_string(), converter.span(a.span())))
        .collect();
    Ok((converter.plain_body(&body), spans))
}

fn parse_body(text: &str, base: usize) -> Result<Body, ParseError> {
    hcl_edit::parser::parse_body(text).map_err(|error| {
        let location = error.location();
        ParseError {
            message: error.message().to_string(),
            offset: Some(base + location.offset().min(text.len())),
        }
    })
}

/// A nested block's name, the body to convert, and one iterator binding per rendering.
type BlockRenderings<'b> = (String, Option<&'b Body>, Vec<Option<(String, Value)>>);

/// An attribute left unknown: offset, dotted path, expression text, the addresses it mentions.
type Unresolved = (usize, String, String, Vec<String>);

struct Converter<'a> {
    src: &'a str,
    base: usize,
    /// Evaluates what is not literal; without it, expressions stay `${...}` text.
    evaluator: Option<&'a Evaluator<'a>>,
    /// The instance (`count.index`, `each`) and dynamic-block iterators in effect.
    scope: RefCell<Scope>,
    unknowns: RefCell<Vec<Unresolved>>,
}

/// Collects the addresses an expression mentions (`aws_s3_bucket.b`, `var.x`, `data.t.n`, `module.m`).
#[derive(Default)]
struct ReferenceCollector {
    addresses: Vec<String>,
}

impl Visit for ReferenceCollector {
    fn visit_traversal(&mut self, node: &Traversal) {
        if let Some(address) = traversal_address(node)
            && !self.addresses.contains(&address)
        {
            self.addresses.push(address);
        }
        visit_traversal(self, node);
    }
}

/// Why an expression stayed unknown, from the addresses it mentions.
fn unknown_reason(
    addresses: &[String],
    local_vars: &BTreeMap<String, Vec<String>>,
    evaluator: &Evaluator<'_>,
) -> &'static str {
    if variables_of(addresses, local_vars)
        .iter()
        .any(|v| !evaluator.has_variable(v))
    {
        "no value"
    } else if addresses.iter().any(|a| a == "each") {
        "count or for_each unknown"
    } else if addresses.iter().any(|a| a.starts_with("data.")) {
        "data source"
    } else if addresses.iter().any(|a| a.starts_with("module.")) {
        "module output unknown"
    } else if addresses
        .iter()
        .any(|a| !a.starts_with("var.") && !a.starts_with("local."))
    {
        "known after apply"
    } else {
        "not evaluated"
    }
}

fn traversal_address(traversal: &Traversal) -> Option<String> {
    let Expression::Variable(root) = &traversal.expr else {
        return None;
    };
    let root = root.value().as_str();
    let attrs: Vec<&str> = traversal
        .operators
        .iter()
        .map_while(|op| match op.value() {
            TraversalOperator::GetAttr(ident) => Some(ident.value().as_str()),
            _ => None,
        })
        .collect();
    match root {
        "count" | "each" | "self" | "path" | "terraform" => None,
        "data" if attrs.len() >= 2 => Some(format!("data.{}.{}", attrs[0], attrs[1])),
        "data" => None,
        _ => attrs.first().map(|attr| format!("{root}.{attr}")),
    }
}

impl<'a> Converter<'a> {
    fn new(src: &'a str, base: usize, evaluator: Option<&'a Evaluator<'a>>) -> Self {
        Converter {
            src,
            base,
            evaluator,
            scope: RefCell::new(Scope::default()),
            unknowns: RefCell::new(Vec::new()),
        }
    }

    /// An expression the evaluator could not resolve, as policies see it (`${source}`),
    /// noted with why it stayed unknown.
    fn unresolved(
        &self,
        expr: &Expression,
        path: &[PathSegment],
        value: Value,
    ) -> (Value, SpanTree) {
        let full = self.span(expr.span());
        if self.evaluator.is_some()
            && path.first().is_some_and(|first| {
                !matches!(first, PathSegment::Key(key) if META_ARGUMENTS.contains(&key.as_str()))
            })
        {
            let mut collector = ReferenceCollector::default();
            collector.visit_expr(expr);
            // `each.*` and `count.index` of an instance that could not be expanded.
            let raw = self.text(expr.span());
            let scope = self.scope.borrow();
            if (scope.each.is_none() && raw.contains("each."))
                || (scope.count_index.is_none() && raw.contains("count.index"))
            {
                collector.addresses.push("each".into());
            }
            drop(scope);
            let text: String = self
                .text(expr.span())
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let text = match text.char_indices().nth(100) {
                Some((cut, _)) => format!("{}...", &text[..cut]),
                None => text,
            };
            self.unknowns
                .borrow_mut()
                .push((full.start, dotted(path), text, collector.addresses));
        }
        (value, SpanTree::leaf(full))
    }

    /// The value of a non-literal expression when the evaluator knows it.
    fn evaluate(&self, expr: &Expression) -> Option<Value> {
        let evaluator = self.evaluator?;
        let scope = self.scope.borrow().clone();
        evaluator.eval(expr, &scope)
    }

    fn span(&self, span: Option<Range<usize>>) -> Range<usize> {
        let span = span.unwrap_or(0..0);
        span.start + self.base..span.end + self.base
    }

    fn block_header(&self, block: &Block) -> Range<usize> {
        let start = self.span(block.ident.span()).start;
        let end = block.labels.last().map_or_else(
            || self.span(block.ident.span()).end,
            |l| self.span(l.span()).end,
        );
        start..end
    }

    fn text(&self, span: Option<Range<usize>>) -> &str {
        span.and_then(|s| self.src.get(s)).unwrap_or("")
    }

    /// A body as values only (variables, locals, tfvars): no spans kept.
    fn plain_body(&self, body: &Body) -> Value {
        let mut references = Map::new();
        Value::Object(self.body(body, &mut Vec::new(), &mut references).0)
    }

    /// What a nested block renders to: its name, the body to convert, and one
    /// entry per rendering (with the iterator binding of a `dynamic` block).
    /// A dynamic block whose `for_each` is known renders once per element (not at
    /// all for an empty collection); when unknown, once, with its values unresolved.
    fn block_renderings<'b>(&self, block: &'b Block) -> BlockRenderings<'b> {
        let ("dynamic", Some(label)) = (block.ident.as_str(), block.labels.first()) else {
            return (
                block.ident.as_str().to_string(),
                Some(&block.body),
                vec![None],
            );
        };
        let name = label.as_str().to_string();
        let content = block.body.get_blocks("content").next().map(|c| &c.body);
        let iterator = block
            .body
            .get_attribute("iterator")
            .map(|a| self.text(a.value.span()).trim().to_string())
            .unwrap_or_else(|| name.clone());
        let collection = block
            .body
            .get_attribute("for_each")
            .and_then(|a| self.evaluate(&a.value));
        let iterations = match collection {
            Some(Value::Array(items)) => items
                .into_iter()
                .enumerate()
                .map(|(i, v)| Some((iterator.clone(), json!({"key": i, "value": v}))))
                .collect(),
            Some(Value::Object(map)) => map
                .into_iter()
                .map(|(k, v)| Some((iterator.clone(), json!({"key": k, "value": v}))))
                .collect(),
            _ => vec![None],
        };
        (name, content, iterations)
    }

    /// Converts a body: attributes to values, nested blocks to lists of objects.
    /// `dynamic "x" { content { ... } }` is read as one `x` block with the
    /// content's literal values, so a block written dynamically is not taken for a missing one.
    fn body(
        &self,
        body: &Body,
        path: &mut Vec<PathSegment>,
        references: &mut Map<String, Value>,
    ) -> (Map<String, Value>, SpanChildren) {
        let mut values = Map::new();
        let mut spans: Vec<(String, SpanTree)> = Vec::new();
        for structure in body.iter() {
            match structure {
                Structure::Attribute(attribute) => {
                    let key = attribute.key.value().as_str().to_string();
                    path.push(PathSegment::Key(key.clone()));
                    let mut collector = ReferenceCollector::default();
                    collector.visit_expr(&attribute.value);
                    if !collector.addresses.is_empty() {
                        references.insert(dotted(path), json!(collector.addresses));
                    }
                    let (value, tree) = self.expression(&attribute.value, path);
                    path.pop();
                    let full = self.span(attribute.span());
                    let header = match tree.children {
                        SpanChildren::Leaf => full.clone(),
                        _ => self.span(attribute.key.span()),
                    };
                    spans.push((
                        key.clone(),
                        SpanTree {
                            full,
                            header,
                            children: tree.children,
                        },
                    ));
                    values.insert(key, value);
                }
                Structure::Block(block) => {
                    let (name, content, iterations) = self.block_renderings(block);
                    for binding in iterations {
                        let index = match values.get(&name) {
                            Some(Value::Array(list)) => list.len(),
                            _ => 0,
                        };
                        path.push(PathSegment::Key(name.clone()));
                        path.push(PathSegment::Index(index));
                        let bound = binding.is_some();
                        if let Some(binding) = binding {
                            self.scope.borrow_mut().bindings.push(binding);
                        }
                        let (block_values, children) = match content {
                            Some(content) => self.body(content, path, references),
                            None => (Map::new(), SpanChildren::Map(Vec::new())),
                        };
                        if bound {
                            self.scope.borrow_mut().bindings.pop();
                        }
                        path.truncate(path.len() - 2);
                        let tree = SpanTree {
                            full: self.span(block.span()),
                            header: self.block_header(block),
                            children,
                        };
                        let list = values
                            .entry(name.clone())
                            .or_insert_with(|| Value::Array(Vec::new()));
                        if let Value::Array(list) = list {
                            list.push(Value::Object(block_values));
                        }
                        match spans.iter_mut().find(|(k, _)| *k == name) {
                            Some((
                                _,
                                SpanTree {
                                    full,
                                    children: SpanChildren::Seq(items),
                                    ..
                                },
                            )) => {
                                full.end = tree.full.end;
                                items.push(tree);
                            }
                            _ => spans.push((
                                name.clone(),
                                SpanTree {
                                    full: tree.full.clone(),
                                    header: tree.header.clone(),
                                    children: SpanChildren::Seq(vec![tree]),
                                },
                            )),
                        }
                    }
                }
            }
        }
        (values, SpanChildren::Map(spans))
    }

    /// Converts an expression to its literal value (or `${source}` text) and its span tree.
    fn expression(&self, expr: &Expression, path: &mut Vec<PathSegment>) -> (Value, SpanTree) {
        let full = self.span(expr.span());
        let leaf = |value: Value| (value, SpanTree::leaf(full.clone()));
        match expr {
            Expression::Null(_) => leaf(Value::Null),
            Expression::Bool(b) => leaf(Value::Bool(*b.value())),
            Expression::Number(n) => leaf(number_value(n.value())),
            Expression::String(s) => leaf(Value::String(s.value().to_string())),
            Expression::Parenthesis(inner) => self.expression(inner.inner(), path),
            Expression::Array(array) => {
                let mut values = Vec::new();
                let mut items = Vec::new();
                for (index, item) in array.iter().enumerate() {
                    path.push(PathSegment::Index(index));
                    let (value, tree) = self.expression(item, path);
                    path.pop();
                    values.push(value);
                    items.push(tree);
                }
                let header = items.first().map_or(full.clone(), |t| t.header.clone());
                (
                    Value::Array(values),
                    SpanTree {
                        full,
                        header,
                        children: SpanChildren::Seq(items),
                    },
                )
            }
            Expression::Object(object) => {
                let mut values = Map::new();
                let mut entries = Vec::new();
                for (key, value) in object.iter() {
                    let (key_text, key_span) = match key {
                        ObjectKey::Ident(ident) => {
                            (ident.value().as_str().to_string(), self.span(ident.span()))
                        }
                        ObjectKey::Expression(Expression::String(s)) => {
                            (s.value().to_string(), self.span(s.span()))
                        }
                        ObjectKey::Expression(other) => (
                            format!("${{{}}}", self.text(other.span())),
                            self.span(other.span()),
                        ),
                    };
                    path.push(PathSegment::Key(key_text.clone()));
                    let (item, tree) = self.expression(value.expr(), path);
                    path.pop();
                    let item_full = key_span.start..tree.full.end.max(key_span.end);
                    let header = match tree.children {
                        SpanChildren::Leaf => item_full.clone(),
                        _ => key_span,
                    };
                    entries.push((
                        key_text.clone(),
                        SpanTree {
                            full: item_full,
                            header,
                            children: tree.children,
                        },
                    ));
                    values.insert(key_text, item);
                }
                let header = entries
                    .first()
                    .map_or(full.clone(), |(_, t)| t.header.clone());
                (
                    Value::Object(values),
                    SpanTree {
                        full,
                        header,
                        children: SpanChildren::Map(entries),
                    },
                )
            }
            Expression::StringTemplate(_) => {
                if let Some(value) = self.evaluate(expr) {
                    return leaf(value);
                }
                // The source between the quotes: "logs-${var.env}" stays visible, unresolved.
                let raw = self.text(expr.span());
                let inner = raw
                    .strip_prefix('"')
                    .and_then(|r| r.strip_suffix('"'))
                    .unwrap_or(raw);
                self.unresolved(expr, path, Value::String(inner.to_string()))
            }
            Expression::HeredocTemplate(heredoc) => {
                let mut literal = String::new();
                let mut only_literals = true;
                for element in heredoc.template.iter() {
                    match element {
                        Element::Literal(text) => literal.push_str(text.value()),
                        _ => only_literals = false,
                    }
                }
                if only_literals {
                    leaf(Value::String(match heredoc.indent() {
                        Some(indent) => eval::strip_indent(&literal, indent),
                        None => literal,
                    }))
                } else {
                    match self.evaluate(expr) {
                        Some(value) => leaf(value),
                        None => self.unresolved(
                            expr,
                            path,
                            Value::String(format!("${{{}}}", self.text(expr.span()))),
                        ),
                    }
                }
            }
            Expression::UnaryOp(op)
                if matches!(op.expr, Expression::Number(_))
                    && self.text(op.operator.span()) == "-" =>
            {
                let Expression::Number(n) = &op.expr else {
                    unreachable!()
                };
                let value = match number_value(n.value()) {
                    Value::Number(n) => n
                        .as_i64()
                        .map(|i| json!(-i))
                        .or_else(|| n.as_f64().map(|f| json!(-f)))
                        .unwrap_or(Value::Null),
                    other => other,
                };
                leaf(value)
            }
            // jsonencode({...}) is given as the value it encodes so policies can
            // read inside IAM documents, with spans on every item.
            Expression::FuncCall(call)
                if call.name.namespace.is_empty()
                    && matches!(
                        call.name.name.value().as_str(),
                        "jsonencode" | "tolist" | "toset" | "tomap"
                    )
                    && call.args.iter().count() == 1 =>
            {
                match call.args.iter().next() {
                    Some(arg) => self.expression(arg, path),
                    None => leaf(Value::Null),
                }
            }
            // Anything else (references, conditionals, functions, for expressions)
            // is evaluated when its value is known from configuration, else left as text.
            _ => match self.evaluate(expr) {
                Some(value) => leaf(value),
                None => self.unresolved(
                    expr,
                    path,
                    Value::String(format!("${{{}}}", self.text(expr.span()))),
                ),
            },
        }
    }
}

fn number_value(number: &hcl_edit::Number) -> Value {
    if let Some(i) = number.as_i64() {
        Value::Number(i.into())
    } else if let Some(u) = number.as_u64() {
        Value::Number(u.into())
    } else {
        number
            .as_f64()
            .and_then(Number::from_f64)
            .map_or(Value::Null, Value::Number)
    }
}

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
pub(crate) fn addresses_in_template(text: &str) -> Vec<String> {
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

    fn parse(text: &str) -> ModuleParts {
        let mut parts = ModuleParts::default();
        parse_hcl(text, 0, 0, "main.tf", &mut parts).expect("parses");
        parts
    }

    fn key(k: &str) -> PathSegment {
        PathSegment::Key(k.into())
    }

    #[test]
    fn blocks_are_lists_and_expressions_stay_visible() {
        let text = r#"resource "aws_s3_bucket" "b" {
  bucket = "logs-${var.env}"
  acl    = var.acl
  versioning {
    enabled = true
  }
  tags = { Name = "x", size = -3 }
}
"#;
        let parts = parse(text);
        let r = &parts.resources[0];
        assert_eq!(r.address, "aws_s3_bucket.b");
        assert_eq!(
            r.values,
            json!({"bucket": "logs-${var.env}", "acl": "${var.acl}", "versioning": [{"enabled": true}], "tags": {"Name": "x", "size": -3}})
        );
        assert_eq!(r.references.get("acl"), Some(&json!(["var.acl"])));
        let span = r
            .spans
            .resolve(&[key("versioning"), PathSegment::Index(0), key("enabled")])
            .span;
        assert_eq!(&text[span], "enabled = true");
        let missing = r.spans.resolve(&[key("logging"), PathSegment::Index(0)]);
        assert_eq!(&text[missing.span], r#"resource "aws_s3_bucket" "b""#);
    }

    #[test]
    fn jsonencode_objects_keep_item_spans() {
        let text = "resource \"aws_iam_policy\" \"p\" {\n  policy = jsonencode({\n    Statement = [{ Action = \"*\", Resource = \"*\" }]\n  })\n}\n";
        let parts = parse(text);
        let r = &parts.resources[0];
        assert_eq!(r.values["policy"]["Statement"][0]["Action"], json!("*"));
        let span = r
            .spans
            .resolve(&[
                key("policy"),
                key("Statement"),
                PathSegment::Index(0),
                key("Action"),
            ])
            .span;
        assert_eq!(&text[span], "Action = \"*\"");
    }

    #[test]
    fn references_name_the_resources_an_attribute_mentions() {
        let text = "resource \"aws_s3_bucket_versioning\" \"v\" {\n  bucket = aws_s3_bucket.b.id\n  x = data.aws_caller_identity.me.account_id\n}\n";
        let r = &parse(text).resources[0];
        assert_eq!(
            r.references.get("bucket"),
            Some(&json!(["aws_s3_bucket.b"]))
        );
        assert_eq!(
            r.references.get("x"),
            Some(&json!(["data.aws_caller_identity.me"]))
        );
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

    #[test]
    fn syntax_errors_carry_an_offset() {
        let mut parts = ModuleParts::default();
        let error = parse_hcl(
            "resource \"a\" \"b\" {\n  x = \n}\n",
            0,
            0,
            "main.tf",
            &mut parts,
        )
        .expect_err("fails");
        assert!(error.offset.is_some());
    }
}
