//! The module builder: gathers a module's files, then evaluates the module as a
//! whole (variables, locals, resources and their `count`/`for_each` instances, module calls).

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use hcl_edit::Span;
use hcl_edit::expr::Expression;
use hcl_edit::structure::Body;
use serde_json::{Map, Value, json};

#[cfg(test)]
use super::VariableInputs;
use super::convert::{Converter, parse_body, unknown_reason};
use super::eval::{Evaluator, Scope};
use super::modules::{Calls, Host, ModuleBlock};
use super::variables::{
    AutoTfvars, DeclaredVariable, argument_variables, local_variables, resolve_variables,
};
use super::{
    EvalProblem, Evaluated, ModuleParts, UnknownAttribute, Variables, functions, instance_address,
};
use crate::model::{ParseError, Resource, ResourceMode, SpanTree};

/// One parsed `.tf` file, kept until the whole module is known.
struct ParsedFile {
    file: usize,
    base: usize,
    text_index: usize,
    body: Body,
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
        host: Option<&dyn Host>,
    ) -> Evaluated {
        let mut problems = Vec::new();
        let mut parts = self.parts.clone();

        // Declarations first: variables, locals and the resources others may read.
        let mut declared: Vec<DeclaredVariable> = Vec::new();
        let mut locals: BTreeMap<String, &Expression> = BTreeMap::new();
        let mut local_spans: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        let mut resource_bodies: BTreeMap<String, &Body> = BTreeMap::new();
        let mut module_blocks: Vec<ModuleBlock<'_>> = Vec::new();
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
                        let type_constraint = block
                            .body
                            .get_attribute("type")
                            .map(|a| converter.text(a.value.span()).to_string());
                        declared.push(DeclaredVariable {
                            name: name.to_string(),
                            default,
                            type_constraint,
                        });
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
                    ("module", [name]) => module_blocks.push(ModuleBlock {
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
        let calls = Calls::new(module_blocks, host, Arc::clone(&local_vars));
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
                            converter.enter_instance(scope);
                            let mut references = Map::new();
                            let (values, children) =
                                converter.body(&block.body, &mut Vec::new(), &mut references);
                            for unresolved in converter.take_unresolved() {
                                unknowns.push(UnknownAttribute {
                                    file: file.file,
                                    offset: unresolved.offset,
                                    address: base_address.clone(),
                                    attribute: unresolved.attribute,
                                    expression: unresolved.expression,
                                    reason: unknown_reason(
                                        &unresolved.addresses,
                                        &local_vars,
                                        &evaluator,
                                    ),
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
                // Only resources list their unknown attributes (`--strict`); the
                // other blocks' are dropped here.
                converter.take_unresolved();
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

/// A resource's instances: `count` gives `[0]`, `[1]`...; `for_each` gives `["key"]`;
/// `count = 0` gives none; an unknown count or for_each gives one unexpanded instance.
pub(super) fn instances(evaluator: &Evaluator<'_>, body: &Body) -> Vec<(Option<Value>, Scope)> {
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
