//! Terraform (`.tf`, `.tf.json`, `.tfvars`) to resources with byte spans, references and module-level blocks.
//!
//! Values are what the configuration literally says. An expression that is not
//! a literal stays visible to policies as its source text wrapped in `${...}`,
//! so a policy can tell it apart from a secure or an insecure value; the
//! addresses an expression mentions go to the resource's `references`.

use std::ops::Range;

use hcl_edit::Span;
use hcl_edit::expr::{Expression, ObjectKey, Traversal, TraversalOperator};
use hcl_edit::structure::{Block, Body, Structure};
use hcl_edit::template::Element;
use hcl_edit::visit::{Visit, visit_traversal};
use serde_json::{Map, Number, Value, json};

use super::yaml;
use super::{ParseError, Resource};
use crate::source_map::{PathSegment, SpanChildren, SpanTree, dotted};

/// Everything one module directory declares, gathered over its files.
#[derive(Debug, Default)]
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

/// Parses one `.tf` file's body into `parts`; `base` is the byte offset of the body in the file.
pub fn parse_hcl(
    text: &str,
    base: usize,
    file: usize,
    path: &str,
    parts: &mut ModuleParts,
) -> Result<(), ParseError> {
    let body = parse_body(text, base)?;
    let converter = Converter { src: text, base };
    for structure in body.iter() {
        let Structure::Block(block) = structure else {
            continue;
        };
        let labels: Vec<&str> = block.labels.iter().map(|l| l.as_str()).collect();
        match (block.ident.as_str(), labels.as_slice()) {
            (kind @ ("resource" | "data"), [resource_type, name]) => {
                let mut references = Map::new();
                let (values, children) =
                    converter.body(&block.body, &mut Vec::new(), &mut references);
                let mode = if kind == "data" { "data" } else { "managed" };
                let address = if mode == "data" {
                    format!("data.{resource_type}.{name}")
                } else {
                    format!("{resource_type}.{name}")
                };
                parts.resources.push(Resource {
                    file,
                    address,
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
                });
            }
            ("variable", [name]) => {
                parts
                    .variables
                    .insert(name.to_string(), converter.plain_body(&block.body));
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
            }
            ("provider", [name]) => {
                parts
                    .providers
                    .push(json!({"name": name, "file": path, "values": converter.plain_body(&block.body)}));
            }
            ("locals", []) => {
                if let Value::Object(locals) = converter.plain_body(&block.body) {
                    parts.locals.extend(locals);
                }
            }
            ("terraform", []) => parts.terraform.push(converter.plain_body(&block.body)),
            _ => {}
        }
    }
    Ok(())
}

/// Parses a `.tfvars` file: its attributes as a JSON object.
pub fn parse_tfvars(text: &str, base: usize) -> Result<Value, ParseError> {
    let body = parse_body(text, base)?;
    Ok(Converter { src: text, base }.plain_body(&body))
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

struct Converter<'a> {
    src: &'a str,
    base: usize,
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

impl Converter<'_> {
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
                    let (name, content) = match (block.ident.as_str(), block.labels.first()) {
                        ("dynamic", Some(label)) => {
                            let content = block.body.get_blocks("content").next().map(|c| &c.body);
                            (label.as_str().to_string(), content)
                        }
                        (ident, _) => (ident.to_string(), Some(&block.body)),
                    };
                    let index = match values.get(&name) {
                        Some(Value::Array(list)) => list.len(),
                        _ => 0,
                    };
                    path.push(PathSegment::Key(name.clone()));
                    path.push(PathSegment::Index(index));
                    let (block_values, children) = match content {
                        Some(content) => self.body(content, path, references),
                        None => (Map::new(), SpanChildren::Map(Vec::new())),
                    };
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
                            name,
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
                // The source between the quotes: "logs-${var.env}" stays visible, unresolved.
                let raw = self.text(expr.span());
                let inner = raw
                    .strip_prefix('"')
                    .and_then(|r| r.strip_suffix('"'))
                    .unwrap_or(raw);
                leaf(Value::String(inner.to_string()))
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
                    leaf(Value::String(strip_indent(&literal, heredoc.indent())))
                } else {
                    leaf(Value::String(format!("${{{}}}", self.text(expr.span()))))
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
            _ => leaf(Value::String(format!("${{{}}}", self.text(expr.span())))),
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

/// Removes the indentation of an indented heredoc (`<<-EOT`).
fn strip_indent(text: &str, indent: Option<usize>) -> String {
    let Some(indent) = indent else {
        return text.to_string();
    };
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

/// Parses a `.tf.json` file into `parts`, following Terraform's JSON syntax.
pub fn parse_tf_json(
    text: &str,
    base: usize,
    file: usize,
    path: &str,
    parts: &mut ModuleParts,
) -> Result<(), ParseError> {
    let mut documents = yaml::parse_documents(text).map_err(|e| ParseError {
        message: e.message,
        offset: Some(base + e.offset),
    })?;
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
                            let mode = if kind == "data" { "data" } else { "managed" };
                            let address = if mode == "data" {
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
                                address,
                                resource_type: resource_type.to_string(),
                                name: name.to_string(),
                                mode: Some(mode),
                                namespace: None,
                                values: values.clone(),
                                spans,
                                references,
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

fn addresses_in_template(text: &str) -> Vec<String> {
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
