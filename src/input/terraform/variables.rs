//! Variable values: Terraform's precedence (default, `TF_VAR_*`, auto-loaded tfvars,
//! `--var-file`, `--var`) for a root module, the caller's arguments for a called
//! one, and the variables each local depends on; plus reading tfvars files and
//! `--var` values.

use std::collections::BTreeMap;
use std::ops::Range;

use hcl_edit::Span;
use hcl_edit::expr::Expression;
use hcl_edit::visit::Visit;
use serde_json::{Value, json};

use super::VariableInputs;
use super::convert::{Converter, ReferenceCollector, parse_body};
use super::eval::{self, Evaluator, Scope};
use crate::model::{Origins, ParseError};

/// A `variable` block as declared: what its value falls back to and what type it converts to.
pub(super) struct DeclaredVariable {
    pub name: String,
    /// The `default`, when it is a constant.
    pub default: Option<Value>,
    /// The `type` expression's source text (`list(string)`), which values are converted to.
    pub type_constraint: Option<String>,
}

/// An auto-loaded tfvars file (`terraform.tfvars`, `*.auto.tfvars`...): its values
/// and, to trace a value back to it, where each one is written.
pub(super) struct AutoTfvars {
    pub name: String,
    pub file: Option<usize>,
    pub values: Value,
    pub spans: BTreeMap<String, Range<usize>>,
}

/// The variables each local depends on, directly or through other locals.
pub(super) fn local_variables(
    locals: &BTreeMap<String, &Expression>,
) -> BTreeMap<String, Vec<String>> {
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
pub(super) fn argument_variables(
    declared: &[DeclaredVariable],
    arguments: &BTreeMap<String, Option<Value>>,
) -> BTreeMap<String, Option<Value>> {
    declared
        .iter()
        .map(|variable| {
            let value = match arguments.get(&variable.name) {
                Some(argument) => argument.clone(),
                None => variable.default.clone(),
            };
            let value =
                value.and_then(|v| eval::convert_to_type(v, variable.type_constraint.as_deref()));
            (variable.name.clone(), value)
        })
        .collect()
}

/// Variable values in Terraform's precedence: default, `TF_VAR_*`, auto-loaded
/// tfvars, `--var-file`, `--var`. A variable with none of them is unknown.
/// Also gives, for values that come from an auto-loaded tfvars file, where.
pub(super) fn resolve_variables(
    declared: &[DeclaredVariable],
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
    for DeclaredVariable {
        name,
        default,
        type_constraint,
    } in declared
    {
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
            .and_then(|v| eval::convert_to_type(v, type_constraint.as_deref()));
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

/// Parses a `.tfvars` file: its attributes as a JSON object.
fn parse_tfvars(text: &str, base: usize) -> Result<Value, ParseError> {
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
