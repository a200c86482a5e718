//! Terraform expression evaluation: variables, locals, `count`/`each`, operators, templates, `for`, functions.
//!
//! The result of [`Evaluator::eval`] is `Some(value)` only when Terraform would
//! know the value from configuration alone; anything that depends on the cloud
//! (a resource's `id`, a data source), on a missing variable or on a function
//! we do not evaluate is `None`, unknown, so no policy ever judges a guess.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use hcl_edit::expr::{BinaryOperator, Expression, ObjectKey, TraversalOperator, UnaryOperator};
use hcl_edit::structure::{Body, Structure};
use hcl_edit::template::{Element, Template};
use serde_json::{Map, Value, json};

use super::functions::{self, number, to_bool, to_number, to_string};
use crate::model::Limits;

/// How deep evaluation may recurse (locals referring to locals, nested expressions).
const MAX_DEPTH: usize = 64;

/// The names bound while evaluating one resource instance or `for` expression.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub count_index: Option<i64>,
    pub each: Option<(Value, Value)>,
    /// `for` expression variables, innermost last.
    pub bindings: Vec<(String, Value)>,
}

#[derive(Debug, Clone)]
enum LocalState {
    Evaluating,
    Done(Option<Value>),
}

/// Gives the value of `module.NAME` (the called module's outputs) on first use.
pub trait ModuleResolver {
    fn resolve(&self, name: &str, evaluator: &Evaluator<'_>) -> Option<Value>;
}

/// Evaluates expressions of one module.
pub struct Evaluator<'a> {
    variables: BTreeMap<String, Option<Value>>,
    locals: BTreeMap<String, &'a Expression>,
    local_values: RefCell<BTreeMap<String, LocalState>>,
    /// Resource bodies by address (`aws_s3_bucket.b`), to read their configured attributes.
    resources: BTreeMap<String, &'a Body>,
    resource_stack: RefCell<Vec<String>>,
    module_path: String,
    depth: Cell<usize>,
    /// Locals that refer to themselves through others.
    cycles: RefCell<Vec<String>>,
    /// Instantiates the module calls of this module, when it has any.
    modules: Option<&'a dyn ModuleResolver>,
    module_values: RefCell<BTreeMap<String, LocalState>>,
    /// The evaluation budgets (values built, string and collection sizes, instances).
    limits: Limits,
    /// Values built so far (see [`Evaluator::charge`]).
    spent: Cell<u64>,
    /// Budgets exceeded since the caller last asked, described for a warning.
    exceeded: RefCell<Vec<String>>,
}

impl<'a> Evaluator<'a> {
    pub fn new(
        variables: BTreeMap<String, Option<Value>>,
        locals: BTreeMap<String, &'a Expression>,
        resources: BTreeMap<String, &'a Body>,
        module_path: String,
    ) -> Self {
        Evaluator {
            variables,
            locals,
            local_values: RefCell::new(BTreeMap::new()),
            resources,
            resource_stack: RefCell::new(Vec::new()),
            module_path,
            depth: Cell::new(0),
            cycles: RefCell::new(Vec::new()),
            modules: None,
            module_values: RefCell::new(BTreeMap::new()),
            limits: Limits::default(),
            spent: Cell::new(0),
            exceeded: RefCell::new(Vec::new()),
        }
    }

    /// Evaluates within `limits` instead of the default budgets.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The budgets this evaluator keeps.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The budgets exceeded since the last call, each described once: the
    /// caller turns them into a warning at the block being evaluated.
    pub fn take_exceeded(&self) -> Vec<String> {
        let mut exceeded = std::mem::take(&mut *self.exceeded.borrow_mut());
        exceeded.dedup();
        exceeded
    }

    /// Notes a budget exceeded; the value concerned becomes unknown.
    pub fn exceed(&self, description: String) {
        let mut exceeded = self.exceeded.borrow_mut();
        if !exceeded.contains(&description) {
            exceeded.push(description);
        }
    }

    /// Counts `value` against the module's budget of values built (a node
    /// each, plus a node per 64 bytes of string) and checks the size of each
    /// string and collection in it. `false` when a budget is exceeded: the
    /// caller then gives up on the value (unknown, never judged). The walk
    /// stops as soon as the budget is spent, so its cost stays within it.
    fn charge(&self, value: &Value) -> bool {
        let limits = &self.limits;
        let mut stack = vec![value];
        let mut cost = 0u64;
        while let Some(value) = stack.pop() {
            cost += 1;
            match value {
                Value::String(text) => {
                    if text.len() > limits.string_bytes {
                        self.exceed(format!(
                            "a string longer than {} bytes was built (--limit string-bytes); it and what uses it are left unknown, never judged",
                            limits.string_bytes
                        ));
                        return false;
                    }
                    cost += text.len() as u64 / 64;
                }
                Value::Array(items) => {
                    if items.len() > limits.collection_elements {
                        self.exceed(format!(
                            "a list of more than {} elements was built (--limit collection-elements); it and what uses it are left unknown, never judged",
                            limits.collection_elements
                        ));
                        return false;
                    }
                    stack.extend(items.iter());
                }
                Value::Object(map) => {
                    if map.len() > limits.collection_elements {
                        self.exceed(format!(
                            "a map of more than {} elements was built (--limit collection-elements); it and what uses it are left unknown, never judged",
                            limits.collection_elements
                        ));
                        return false;
                    }
                    stack.extend(map.values());
                }
                _ => {}
            }
            if self.spent.get() + cost > limits.eval_values {
                break;
            }
        }
        self.spent.set(self.spent.get().saturating_add(cost));
        if self.spent.get() > limits.eval_values {
            self.exceed(format!(
                "more than {} values built in this module (--limit eval-values); the rest of its values are left unknown, never judged",
                limits.eval_values
            ));
            return false;
        }
        true
    }

    /// Lets `module.NAME` references resolve through `modules`.
    pub fn with_modules(mut self, modules: &'a dyn ModuleResolver) -> Self {
        self.modules = Some(modules);
        self
    }

    /// Whether `var.NAME` has a value (known from configuration).
    pub fn has_variable(&self, name: &str) -> bool {
        self.variables.get(name).is_some_and(Option::is_some)
    }

    /// The value of `module.NAME` (an object of its known outputs; a list or map
    /// of them with `count`/`for_each`), instantiated once. A module whose
    /// arguments need its own outputs is unknown rather than evaluated forever.
    pub fn module(&self, name: &str) -> Option<Value> {
        let modules = self.modules?;
        if let Some(state) = self.module_values.borrow().get(name) {
            return match state {
                LocalState::Done(value) => value.clone(),
                LocalState::Evaluating => None,
            };
        }
        self.module_values
            .borrow_mut()
            .insert(name.to_string(), LocalState::Evaluating);
        // A module's arguments are evaluated at the module's own depth, not the referrer's.
        let depth = self.depth.replace(0);
        let value = modules.resolve(name, self);
        self.depth.set(depth);
        self.module_values
            .borrow_mut()
            .insert(name.to_string(), LocalState::Done(value.clone()));
        value
    }

    /// An evaluator that knows nothing: for constant expressions (variable defaults, tfvars).
    pub fn constant() -> Evaluator<'static> {
        Evaluator::new(
            BTreeMap::new(),
            BTreeMap::new(),
            BTreeMap::new(),
            ".".into(),
        )
    }

    /// The locals found in a reference cycle, each once.
    pub fn cycles(&self) -> Vec<String> {
        let mut cycles = self.cycles.borrow().clone();
        cycles.sort();
        cycles.dedup();
        cycles
    }

    /// The value of `local.NAME`, evaluated once.
    pub fn local(&self, name: &str) -> Option<Value> {
        if let Some(state) = self.local_values.borrow().get(name) {
            return match state {
                LocalState::Done(value) => value.clone(),
                LocalState::Evaluating => {
                    self.cycles.borrow_mut().push(name.to_string());
                    None
                }
            };
        }
        let expr = self.locals.get(name)?;
        self.local_values
            .borrow_mut()
            .insert(name.to_string(), LocalState::Evaluating);
        let value = self.eval(expr, &Scope::default());
        self.local_values
            .borrow_mut()
            .insert(name.to_string(), LocalState::Done(value.clone()));
        value
    }

    pub fn eval(&self, expr: &Expression, scope: &Scope) -> Option<Value> {
        if self.depth.get() >= MAX_DEPTH || self.spent.get() > self.limits.eval_values {
            return None;
        }
        self.depth.set(self.depth.get() + 1);
        let value = self.eval_inner(expr, scope);
        self.depth.set(self.depth.get() - 1);
        // Literal lists and maps hold values already counted; everything else
        // (a function's result, a copy of a local or variable, a `for`, a
        // template) may be a new large value, so it is counted whole.
        match (&value, expr) {
            (
                Some(_),
                Expression::Null(_)
                | Expression::Bool(_)
                | Expression::Number(_)
                | Expression::Parenthesis(_)
                | Expression::Conditional(_),
            ) => value,
            (Some(Value::Array(items)), Expression::Array(_)) => {
                self.charge(&Value::Array(Vec::new())).then_some(())?;
                (items.len() <= self.limits.collection_elements).then_some(())?;
                value
            }
            (Some(Value::Object(map)), Expression::Object(_)) => {
                (map.len() <= self.limits.collection_elements).then_some(())?;
                value
            }
            (Some(built), _) => self.charge(built).then_some(value)?,
            (None, _) => None,
        }
    }

    fn eval_inner(&self, expr: &Expression, scope: &Scope) -> Option<Value> {
        match expr {
            Expression::Null(_) => Some(Value::Null),
            Expression::Bool(b) => Some(json!(*b.value())),
            Expression::Number(n) => {
                let n = n.value();
                n.as_i64()
                    .map(|i| json!(i))
                    .or_else(|| n.as_f64().and_then(number))
            }
            Expression::String(s) => Some(json!(s.value().as_str())),
            Expression::Array(array) => array
                .iter()
                .map(|item| self.eval(item, scope))
                .collect::<Option<Vec<_>>>()
                .map(Value::Array),
            Expression::Object(object) => {
                let mut map = Map::new();
                for (key, value) in object.iter() {
                    let key = match key {
                        ObjectKey::Ident(ident) => ident.value().as_str().to_string(),
                        ObjectKey::Expression(Expression::Variable(v)) => {
                            v.value().as_str().to_string()
                        }
                        ObjectKey::Expression(key) => to_string(&self.eval(key, scope)?)?,
                    };
                    map.insert(key, self.eval(value.expr(), scope)?);
                }
                Some(Value::Object(map))
            }
            Expression::StringTemplate(template) => self.template(template, scope),
            Expression::HeredocTemplate(heredoc) => {
                let text = self.template(&heredoc.template, scope)?;
                match (text, heredoc.indent()) {
                    (Value::String(s), Some(indent)) => Some(json!(strip_indent(&s, indent))),
                    (value, _) => Some(value),
                }
            }
            Expression::Parenthesis(inner) => self.eval(inner.inner(), scope),
            Expression::Variable(name) => {
                let name = name.value().as_str();
                scope
                    .bindings
                    .iter()
                    .rev()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.clone())
            }
            Expression::Conditional(conditional) => {
                let condition = to_bool(&self.eval(&conditional.cond_expr, scope)?)?;
                if condition {
                    self.eval(&conditional.true_expr, scope)
                } else {
                    self.eval(&conditional.false_expr, scope)
                }
            }
            Expression::UnaryOp(op) => {
                let value = self.eval(&op.expr, scope)?;
                match op.operator.value() {
                    UnaryOperator::Neg => number(-to_number(&value)?),
                    UnaryOperator::Not => Some(json!(!to_bool(&value)?)),
                }
            }
            Expression::BinaryOp(op) => {
                self.binary(*op.operator.value(), &op.lhs_expr, &op.rhs_expr, scope)
            }
            Expression::FuncCall(call) => {
                if !call.name.namespace.is_empty()
                    && call
                        .name
                        .namespace
                        .iter()
                        .map(|n| n.value().as_str())
                        .collect::<Vec<_>>()
                        != ["provider", "terraform"]
                {
                    return None;
                }
                let name = call.name.name.value().as_str();
                let args: Vec<&Expression> = call.args.iter().collect();
                match name {
                    // try() and can() look at their arguments' success, not their values.
                    "try" => args.iter().find_map(|arg| self.eval(arg, scope)),
                    "can" => Some(json!(self.eval(args.first()?, scope).is_some())),
                    _ => {
                        let mut values: Vec<Value> = args
                            .iter()
                            .map(|arg| self.eval(arg, scope))
                            .collect::<Option<_>>()?;
                        if call.args.expand_final() {
                            let last = values.pop()?;
                            values.extend(last.as_array()?.iter().cloned());
                        }
                        functions::call(name, &values)
                    }
                }
            }
            Expression::Traversal(traversal) => {
                let mut operators = traversal.operators.iter().map(|op| op.value()).peekable();
                let root = match &traversal.expr {
                    Expression::Variable(root) => {
                        let root = root.value().as_str();
                        if let Some((_, value)) =
                            scope.bindings.iter().rev().find(|(n, _)| n == root)
                        {
                            Some(value.clone())
                        } else {
                            self.named_root(root, &mut operators, scope)
                        }
                    }
                    other => self.eval(other, scope),
                }?;
                let rest: Vec<&TraversalOperator> = operators.collect();
                self.apply_operators(root, &rest, scope)
            }
            Expression::ForExpr(for_expr) => {
                let collection = self.eval(&for_expr.intro.collection_expr, scope)?;
                let pairs: Vec<(Value, Value)> = match collection {
                    Value::Array(items) => items
                        .into_iter()
                        .enumerate()
                        .map(|(i, v)| (json!(i), v))
                        .collect(),
                    Value::Object(map) => map.into_iter().map(|(k, v)| (json!(k), v)).collect(),
                    _ => return None,
                };
                let key_var = for_expr
                    .intro
                    .key_var
                    .as_ref()
                    .map(|k| k.value().as_str().to_string());
                let value_var = for_expr.intro.value_var.value().as_str().to_string();
                let mut list = Vec::new();
                let mut object = Map::new();
                for (key, value) in pairs {
                    let mut inner = scope.clone();
                    if let Some(key_var) = &key_var {
                        inner.bindings.push((key_var.clone(), key));
                    }
                    inner.bindings.push((value_var.clone(), value));
                    if let Some(condition) = &for_expr.cond
                        && !to_bool(&self.eval(&condition.expr, &inner)?)?
                    {
                        continue;
                    }
                    let item = self.eval(&for_expr.value_expr, &inner)?;
                    match &for_expr.key_expr {
                        Some(key_expr) => {
                            let key = to_string(&self.eval(key_expr, &inner)?)?;
                            if for_expr.grouping {
                                let slot = object.entry(key).or_insert_with(|| json!([]));
                                slot.as_array_mut()?.push(item);
                            } else {
                                object.insert(key, item);
                            }
                        }
                        None => list.push(item),
                    }
                    if list.len().max(object.len()) > self.limits.collection_elements {
                        self.exceed(format!(
                            "a `for` of more than {} elements (--limit collection-elements); it and what uses it are left unknown, never judged",
                            self.limits.collection_elements
                        ));
                        return None;
                    }
                }
                Some(if for_expr.key_expr.is_some() {
                    Value::Object(object)
                } else {
                    Value::Array(list)
                })
            }
        }
    }

    /// The value a traversal's root names; consumes the operators that belong to the name.
    fn named_root<'o>(
        &self,
        root: &str,
        operators: &mut std::iter::Peekable<impl Iterator<Item = &'o TraversalOperator>>,
        scope: &Scope,
    ) -> Option<Value> {
        fn attribute<'o>(
            operators: &mut impl Iterator<Item = &'o TraversalOperator>,
        ) -> Option<String> {
            match operators.next() {
                Some(TraversalOperator::GetAttr(name)) => Some(name.value().as_str().to_string()),
                _ => None,
            }
        }
        match root {
            "var" => self.variables.get(&attribute(operators)?)?.clone(),
            "local" => self.local(&attribute(operators)?),
            "count" => match attribute(operators)?.as_str() {
                "index" => scope.count_index.map(|i| json!(i)),
                _ => None,
            },
            "each" => {
                let (key, value) = scope.each.as_ref()?;
                match attribute(operators)?.as_str() {
                    "key" => Some(key.clone()),
                    "value" => Some(value.clone()),
                    _ => None,
                }
            }
            "path" => match attribute(operators)?.as_str() {
                "module" => Some(json!(self.module_path)),
                "root" => Some(json!(".")),
                _ => None,
            },
            "terraform" => match attribute(operators)?.as_str() {
                "workspace" => Some(json!("default")),
                _ => None,
            },
            "module" => self.module(&attribute(operators)?),
            "data" | "self" => None,
            resource_type => {
                let name = attribute(operators)?;
                let address = format!("{resource_type}.{name}");
                // `aws_s3_bucket.b[0].bucket`: instances share their configuration.
                if matches!(
                    operators.peek(),
                    Some(TraversalOperator::Index(_) | TraversalOperator::LegacyIndex(_))
                ) {
                    operators.next();
                }
                let attr = attribute(operators)?;
                self.resource_attribute(&address, &attr, scope)
            }
        }
    }

    /// A resource's attribute as configured (`aws_s3_bucket.b.bucket`); computed ones (`id`, `arn`) are unknown.
    fn resource_attribute(&self, address: &str, attribute: &str, scope: &Scope) -> Option<Value> {
        let body = self.resources.get(address)?;
        if self.resource_stack.borrow().iter().any(|a| a == address) {
            return None;
        }
        let expr = body.iter().find_map(|structure| match structure {
            Structure::Attribute(attr) if attr.key.value().as_str() == attribute => {
                Some(&attr.value)
            }
            _ => None,
        })?;
        self.resource_stack.borrow_mut().push(address.to_string());
        // Per-instance values (count.index, each.key) of the other resource are not known here.
        let value = self.eval(
            expr,
            &Scope {
                bindings: scope.bindings.clone(),
                ..Scope::default()
            },
        );
        self.resource_stack.borrow_mut().pop();
        value
    }

    fn apply_operators(
        &self,
        mut value: Value,
        operators: &[&TraversalOperator],
        scope: &Scope,
    ) -> Option<Value> {
        for (position, operator) in operators.iter().enumerate() {
            value = match operator {
                TraversalOperator::GetAttr(name) => match &value {
                    Value::Object(map) => map.get(name.value().as_str())?.clone(),
                    _ => return None,
                },
                TraversalOperator::Index(index) => {
                    let index = self.eval(index, scope)?;
                    index_value(&value, &index)?
                }
                TraversalOperator::LegacyIndex(index) => {
                    index_value(&value, &json!(*index.value()))?
                }
                TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => {
                    let items = match value {
                        Value::Array(items) => items,
                        Value::Null => Vec::new(),
                        other => vec![other],
                    };
                    let rest = &operators[position + 1..];
                    let mapped = items
                        .into_iter()
                        .map(|item| self.apply_operators(item, rest, scope))
                        .collect::<Option<Vec<_>>>()?;
                    return Some(Value::Array(mapped));
                }
            };
        }
        Some(value)
    }

    fn template(&self, template: &Template, scope: &Scope) -> Option<Value> {
        let elements: Vec<&Element> = template.iter().collect();
        // "${expr}" alone keeps the expression's type, as in Terraform.
        if let [Element::Interpolation(interpolation)] = elements.as_slice() {
            return self.eval(&interpolation.expr, scope);
        }
        let mut out = String::new();
        for element in elements {
            match element {
                Element::Literal(text) => out.push_str(text.value()),
                Element::Interpolation(interpolation) => {
                    out.push_str(&to_string(&self.eval(&interpolation.expr, scope)?)?);
                    if out.len() > self.limits.string_bytes {
                        self.exceed(format!(
                            "a string longer than {} bytes was built (--limit string-bytes); it and what uses it are left unknown, never judged",
                            self.limits.string_bytes
                        ));
                        return None;
                    }
                }
                Element::Directive(_) => return None,
            }
        }
        Some(json!(out))
    }

    fn binary(
        &self,
        operator: BinaryOperator,
        lhs: &Expression,
        rhs: &Expression,
        scope: &Scope,
    ) -> Option<Value> {
        // && and || need both sides known: Terraform does not short-circuit either.
        let left = self.eval(lhs, scope)?;
        let right = self.eval(rhs, scope)?;
        let numbers = || Some((to_number(&left)?, to_number(&right)?));
        Some(match operator {
            BinaryOperator::Eq => json!(equal(&left, &right)),
            BinaryOperator::NotEq => json!(!equal(&left, &right)),
            BinaryOperator::And => json!(to_bool(&left)? && to_bool(&right)?),
            BinaryOperator::Or => json!(to_bool(&left)? || to_bool(&right)?),
            BinaryOperator::Less => json!(numbers()?.0 < numbers()?.1),
            BinaryOperator::LessEq => json!(numbers()?.0 <= numbers()?.1),
            BinaryOperator::Greater => json!(numbers()?.0 > numbers()?.1),
            BinaryOperator::GreaterEq => json!(numbers()?.0 >= numbers()?.1),
            BinaryOperator::Plus => number(numbers()?.0 + numbers()?.1)?,
            BinaryOperator::Minus => number(numbers()?.0 - numbers()?.1)?,
            BinaryOperator::Mul => number(numbers()?.0 * numbers()?.1)?,
            BinaryOperator::Div => {
                let (a, b) = numbers()?;
                if b == 0.0 {
                    return None;
                }
                number(a / b)?
            }
            BinaryOperator::Mod => {
                let (a, b) = numbers()?;
                if b == 0.0 {
                    return None;
                }
                number(a % b)?
            }
        })
    }
}

/// Equality as Terraform sees it: numbers by value (1 == 1.0).
fn equal(left: &Value, right: &Value) -> bool {
    match (left, right) {
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        _ => left == right,
    }
}

fn index_value(value: &Value, index: &Value) -> Option<Value> {
    match value {
        Value::Array(items) => items
            .get(usize::try_from(to_number(index)? as i64).ok()?)
            .cloned(),
        Value::Object(map) => map.get(&to_string(index)?).cloned(),
        _ => None,
    }
}

/// Removes the indentation of an indented heredoc (`<<-EOT`).
pub fn strip_indent(text: &str, indent: usize) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            let strip = line
                .chars()
                .take(indent)
                .take_while(|c| *c == ' ' || *c == '\t')
                .count();
            &line[strip..]
        })
        .collect()
}

/// Converts a variable's value to its declared primitive type (`bool`, `number`, `string`);
/// `TF_VAR_x=true` is a string until the declaration says otherwise.
pub fn convert_to_type(value: Value, declared: Option<&str>) -> Option<Value> {
    // null is a value of every type (`default = null` is how modules say "not set").
    if value.is_null() {
        return Some(value);
    }
    match declared.map(str::trim) {
        Some("bool") => to_bool(&value).map(Value::Bool),
        Some("number") => to_number(&value).and_then(number),
        Some("string") => to_string(&value).map(Value::String),
        _ => Some(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval_with(text: &str, variables: &[(&str, Value)]) -> Option<Value> {
        let body = hcl_edit::parser::parse_body(&format!("locals {{\n  x = {text}\n}}\n"))
            .expect("parses");
        let locals_block = body.get_blocks("locals").next().expect("locals");
        let expr = &locals_block.body.get_attribute("x").expect("x").value;
        let variables = variables
            .iter()
            .map(|(k, v)| (k.to_string(), Some(v.clone())))
            .collect();
        Evaluator::new(variables, BTreeMap::new(), BTreeMap::new(), ".".into())
            .eval(expr, &Scope::default())
    }

    #[test]
    fn operators_conditionals_templates_and_for_expressions() {
        assert_eq!(eval_with("1 + 2 * 3", &[]), Some(json!(7)));
        assert_eq!(
            eval_with(
                "var.env == \"prod\" ? true : false",
                &[("env", json!("prod"))]
            ),
            Some(json!(true))
        );
        assert_eq!(
            eval_with("\"logs-${var.env}\"", &[("env", json!("dev"))]),
            Some(json!("logs-dev"))
        );
        assert_eq!(
            eval_with("\"${var.n}\"", &[("n", json!(3))]),
            Some(json!(3))
        );
        assert_eq!(
            eval_with(
                "[for s in var.l : upper(s) if s != \"b\"]",
                &[("l", json!(["a", "b", "c"]))]
            ),
            Some(json!(["A", "C"]))
        );
        assert_eq!(
            eval_with(
                "{for k, v in var.m : k => v * 2}",
                &[("m", json!({"a": 1}))]
            ),
            Some(json!({"a": 2}))
        );
        assert_eq!(
            eval_with(
                "var.l[*].name",
                &[("l", json!([{"name": "a"}, {"name": "b"}]))]
            ),
            Some(json!(["a", "b"]))
        );
        assert_eq!(
            eval_with("var.m[\"k\"].v", &[("m", json!({"k": {"v": 1}}))]),
            Some(json!(1))
        );
        assert_eq!(
            eval_with("!var.b", &[("b", json!(false))]),
            Some(json!(true))
        );
        assert_eq!(
            eval_with("try(var.missing.x, \"fallback\")", &[]),
            Some(json!("fallback"))
        );
        assert_eq!(eval_with("can(var.missing)", &[]), Some(json!(false)));
        assert_eq!(
            eval_with("merge(var.a, {b = 2})", &[("a", json!({"a": 1}))]),
            Some(json!({"a": 1, "b": 2}))
        );
        assert_eq!(
            eval_with("concat(var.l...)", &[("l", json!([[1], [2]]))]),
            Some(json!([1, 2]))
        );
    }

    #[test]
    fn unknown_stays_unknown() {
        assert_eq!(eval_with("var.missing", &[]), None);
        assert_eq!(eval_with("aws_kms_key.k.arn", &[]), None);
        assert_eq!(
            eval_with("data.aws_caller_identity.me.account_id", &[]),
            None
        );
        assert_eq!(eval_with("\"a-${var.missing}\"", &[]), None);
        assert_eq!(eval_with("var.missing ? 1 : 2", &[]), None);
        assert_eq!(eval_with("file(\"x\")", &[]), None);
    }

    #[test]
    fn locals_refer_to_each_other_in_any_order_and_cycles_are_found() {
        let body = hcl_edit::parser::parse_body(
            "locals {\n  b = \"${local.a}-b\"\n  a = \"a\"\n  c = local.d\n  d = local.c\n}\n",
        )
        .expect("parses");
        let block = body.get_blocks("locals").next().expect("locals");
        let locals = block
            .body
            .attributes()
            .map(|a| (a.key.value().as_str().to_string(), &a.value))
            .collect();
        let evaluator = Evaluator::new(BTreeMap::new(), locals, BTreeMap::new(), ".".into());
        assert_eq!(evaluator.local("b"), Some(json!("a-b")));
        assert_eq!(evaluator.local("c"), None);
        assert_eq!(evaluator.cycles(), ["c"]);
    }

    #[test]
    fn declared_types_convert_string_inputs() {
        assert_eq!(
            convert_to_type(json!("true"), Some("bool")),
            Some(json!(true))
        );
        assert_eq!(
            convert_to_type(json!("30"), Some("number")),
            Some(json!(30))
        );
        assert_eq!(convert_to_type(json!("x"), Some("bool")), None);
        assert_eq!(
            convert_to_type(Value::Null, Some("string")),
            Some(Value::Null)
        );
    }
}
