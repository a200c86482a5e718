//! HCL to the JSON values policies read, with a byte span for every value and
//! the addresses each attribute mentions; what the evaluator cannot resolve stays
//! visible as its `${...}` source text and is noted for `--strict`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ops::Range;

use hcl_edit::Span;
use hcl_edit::expr::{Expression, ObjectKey, Traversal, TraversalOperator};
use hcl_edit::structure::{Block, Body, Structure};
use hcl_edit::template::Element;
use hcl_edit::visit::{Visit, visit_traversal};
use serde_json::{Map, Number, Value, json};

use super::eval::{self, Evaluator, Scope};
use super::is_resource_meta_argument;
use crate::model::{ParseError, PathSegment, SpanChildren, SpanTree, dotted, variables_of};

/// Parses HCL text; `base` is its byte offset in the file, so a syntax error points into the file.
pub(super) fn parse_body(text: &str, base: usize) -> Result<Body, ParseError> {
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

/// An attribute whose value the evaluator could not resolve, noted so that
/// `--strict` can list it and say why.
pub(super) struct Unresolved {
    /// The expression's byte offset in the file.
    pub offset: usize,
    /// The attribute's dotted path in the block (`versioning.0.enabled`).
    pub attribute: String,
    /// The expression's source text on one line, cut after 100 characters.
    pub expression: String,
    /// The addresses the expression mentions, which tell why it stayed unknown.
    pub addresses: Vec<String>,
}

/// Converts the bodies of one file's text (see the module doc).
pub(super) struct Converter<'a> {
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
pub(super) struct ReferenceCollector {
    pub addresses: Vec<String>,
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
pub(super) fn unknown_reason(
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
    pub(super) fn new(src: &'a str, base: usize, evaluator: Option<&'a Evaluator<'a>>) -> Self {
        Converter {
            src,
            base,
            evaluator,
            scope: RefCell::new(Scope::default()),
            unknowns: RefCell::new(Vec::new()),
        }
    }

    /// Converts the next bodies as the instance `scope` (`count.index`, `each`) of their block.
    pub(super) fn enter_instance(&self, scope: Scope) {
        *self.scope.borrow_mut() = scope;
    }

    /// The attributes left unknown since the last call, in the order met.
    pub(super) fn take_unresolved(&self) -> Vec<Unresolved> {
        std::mem::take(&mut *self.unknowns.borrow_mut())
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
            && path.first().is_some_and(
                |first| !matches!(first, PathSegment::Key(key) if is_resource_meta_argument(key)),
            )
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
            self.unknowns.borrow_mut().push(Unresolved {
                offset: full.start,
                attribute: dotted(path),
                expression: text,
                addresses: collector.addresses,
            });
        }
        (value, SpanTree::leaf(full))
    }

    /// The value of a non-literal expression when the evaluator knows it.
    fn evaluate(&self, expr: &Expression) -> Option<Value> {
        let evaluator = self.evaluator?;
        let scope = self.scope.borrow().clone();
        evaluator.eval(expr, &scope)
    }

    pub(super) fn span(&self, span: Option<Range<usize>>) -> Range<usize> {
        let span = span.unwrap_or(0..0);
        span.start + self.base..span.end + self.base
    }

    pub(super) fn block_header(&self, block: &Block) -> Range<usize> {
        let start = self.span(block.ident.span()).start;
        let end = block.labels.last().map_or_else(
            || self.span(block.ident.span()).end,
            |l| self.span(l.span()).end,
        );
        start..end
    }

    pub(super) fn text(&self, span: Option<Range<usize>>) -> &str {
        span.and_then(|s| self.src.get(s)).unwrap_or("")
    }

    /// A body as values only (variables, locals, tfvars): no spans kept.
    pub(super) fn plain_body(&self, body: &Body) -> Value {
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
    pub(super) fn body(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::terraform::{ModuleParts, parse_hcl};

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
