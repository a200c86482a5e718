//! YAML and JSON text to JSON values with byte spans, read the way Kubernetes reads YAML.
//!
//! Kubernetes decodes manifests with a YAML 1.1 reader (go-yaml behind
//! sigs.k8s.io/yaml), so plain `yes`/`on` are booleans, `0644` is octal and
//! `<<` merge keys apply. We build values from `saphyr-parser` events ourselves
//! to get that behaviour, spans on every node, and hard limits against alias
//! bombs and absurd nesting.

use std::collections::HashMap;
use std::ops::Range;

use saphyr_parser::{Event, Parser, ScalarStyle};
use serde_json::{Map, Number, Value};

use crate::model::{SpanChildren, SpanTree};

/// Nesting deeper than this is refused: no real manifest comes close, and deep values would overflow the stack later.
pub const MAX_DEPTH: usize = 200;
/// Nodes that alias expansion may create in one file (a "billion laughs" file would need billions).
pub const MAX_ALIAS_NODES: usize = 1_000_000;
/// Bytes that alias expansion may copy in one file (scalar text plus a fixed cost per
/// node): a few aliases of one long string must not build gigabytes either.
pub const MAX_ALIAS_BYTES: usize = 64 * 1024 * 1024;
/// What one node costs besides its text, in the alias budget (a value and its spans).
const NODE_COST: usize = 64;
/// Documents in one file.
pub const MAX_DOCUMENTS: usize = 10_000;

/// One YAML document: its value and the spans of every node.
#[derive(Debug)]
pub struct YamlDocument {
    pub value: Value,
    pub spans: SpanTree,
}

/// A syntax error or a refused input, at a byte offset of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub message: String,
    pub offset: usize,
}

impl std::fmt::Display for YamlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (at byte {})", self.message, self.offset)
    }
}

impl std::error::Error for YamlError {}

/// A finished node on its way to its parent.
struct Node {
    value: Value,
    spans: SpanTree,
    /// Nodes inside this one, itself included, to bound alias expansion.
    size: usize,
    /// Scalar bytes inside this one plus [`NODE_COST`] per node, to bound alias expansion.
    bytes: usize,
    /// The plain scalar text, for keys (`<<` is a merge key only when plain).
    plain_key: Option<String>,
}

enum Frame {
    Seq {
        start: usize,
        anchor: usize,
        items: Vec<Value>,
        spans: Vec<SpanTree>,
        size: usize,
        bytes: usize,
    },
    Map {
        start: usize,
        anchor: usize,
        entries: Map<String, Value>,
        spans: Vec<(String, SpanTree)>,
        pending_key: Option<(String, Range<usize>, bool)>,
        merges: Vec<Node>,
        size: usize,
        bytes: usize,
    },
}

/// Converts the parser's character offsets to byte offsets.
struct Offsets {
    char_to_byte: Option<Vec<usize>>,
    len: usize,
}

impl Offsets {
    fn new(text: &str) -> Self {
        let char_to_byte = (!text.is_ascii()).then(|| {
            let mut table: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            table.push(text.len());
            table
        });
        Offsets {
            char_to_byte,
            len: text.len(),
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        match &self.char_to_byte {
            Some(table) => table.get(char_index).copied().unwrap_or(self.len),
            None => char_index.min(self.len),
        }
    }
}

/// Parses every document of a YAML (or JSON) text. Empty documents are left out.
pub fn parse_documents(text: &str) -> Result<Vec<YamlDocument>, YamlError> {
    let offsets = Offsets::new(text);
    let mut documents = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, Node> = HashMap::new();
    let mut alias_nodes = 0usize;
    let mut alias_bytes = 0usize;
    let mut root: Option<Node> = None;

    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| YamlError {
            message: e.info().to_string(),
            offset: offsets.byte(e.marker().index()),
        })?;
        let range = offsets.byte(span.start.index())..offsets.byte(span.end.index());
        let finished = match event {
            Event::StreamStart | Event::StreamEnd | Event::Nothing => None,
            Event::DocumentStart(_) => {
                anchors.clear();
                None
            }
            Event::DocumentEnd => {
                if let Some(node) = root.take()
                    && !node.value.is_null()
                {
                    if documents.len() == MAX_DOCUMENTS {
                        return Err(YamlError {
                            message: format!("more than {MAX_DOCUMENTS} documents in one file"),
                            offset: range.start,
                        });
                    }
                    documents.push(YamlDocument {
                        value: node.value,
                        spans: node.spans,
                    });
                }
                None
            }
            Event::Alias(id) => {
                let target = anchors.get(&id).ok_or_else(|| YamlError {
                    message: "alias to an unknown anchor".into(),
                    offset: range.start,
                })?;
                alias_nodes += target.size;
                alias_bytes = alias_bytes.saturating_add(target.bytes);
                if alias_nodes > MAX_ALIAS_NODES {
                    return Err(YamlError {
                        message: format!(
                            "aliases expand to more than {MAX_ALIAS_NODES} nodes (an alias bomb?)"
                        ),
                        offset: range.start,
                    });
                }
                if alias_bytes > MAX_ALIAS_BYTES {
                    return Err(YamlError {
                        message: format!(
                            "aliases expand to more than {} MiB (an alias bomb?)",
                            MAX_ALIAS_BYTES / (1024 * 1024)
                        ),
                        offset: range.start,
                    });
                }
                let mut spans = target.spans.clone();
                spans.full = range.clone();
                spans.header = range;
                Some(Node {
                    value: target.value.clone(),
                    spans,
                    size: target.size,
                    bytes: target.bytes,
                    plain_key: None,
                })
            }
            Event::Scalar(text, style, anchor, tag) => {
                let is_str_tag = tag.as_ref().is_some_and(|t| t.suffix == "str");
                let plain = style == ScalarStyle::Plain && !is_str_tag;
                let value = if plain {
                    resolve_plain_scalar(&text)
                } else {
                    Value::String(text.to_string())
                };
                let node = Node {
                    value,
                    spans: SpanTree::leaf(range),
                    size: 1,
                    bytes: NODE_COST + text.len(),
                    plain_key: (style == ScalarStyle::Plain).then(|| text.to_string()),
                };
                remember_anchor(&mut anchors, anchor, &node);
                Some(node)
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(YamlError {
                        message: format!("nesting deeper than {MAX_DEPTH} levels"),
                        offset: range.start,
                    });
                }
                let frame = if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        start: range.start,
                        anchor,
                        items: Vec::new(),
                        spans: Vec::new(),
                        size: 1,
                        bytes: NODE_COST,
                    }
                } else {
                    Frame::Map {
                        start: range.start,
                        anchor,
                        entries: Map::new(),
                        spans: Vec::new(),
                        pending_key: None,
                        merges: Vec::new(),
                        size: 1,
                        bytes: NODE_COST,
                    }
                };
                stack.push(frame);
                None
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = stack.pop() else {
                    continue;
                };
                let (node, anchor) = finish_frame(frame, range.end);
                remember_anchor(&mut anchors, anchor, &node);
                Some(node)
            }
        };
        if let Some(node) = finished {
            attach(&mut stack, &mut root, node)?;
        }
    }
    Ok(documents)
}

fn remember_anchor(anchors: &mut HashMap<usize, Node>, anchor: usize, node: &Node) {
    if anchor != 0 {
        anchors.insert(
            anchor,
            Node {
                value: node.value.clone(),
                spans: node.spans.clone(),
                size: node.size,
                bytes: node.bytes,
                plain_key: None,
            },
        );
    }
}

fn finish_frame(frame: Frame, end: usize) -> (Node, usize) {
    match frame {
        Frame::Seq {
            start,
            anchor,
            items,
            spans,
            size,
            bytes,
        } => {
            let end = spans.last().map_or(end, |s| s.full.end.max(start));
            // A list is pointed at by its first item.
            let header = spans
                .first()
                .map_or(start..end, |first| first.header.clone());
            let node = Node {
                value: Value::Array(items),
                spans: SpanTree {
                    full: start..end,
                    header,
                    children: SpanChildren::Seq(spans),
                },
                size,
                bytes,
                plain_key: None,
            };
            (node, anchor)
        }
        Frame::Map {
            start,
            anchor,
            mut entries,
            mut spans,
            merges,
            size,
            bytes,
            ..
        } => {
            // Merge keys: explicit keys win, then earlier merge sources win over later ones.
            for source in merges {
                merge_into(&mut entries, &mut spans, source);
            }
            let end = spans
                .iter()
                .map(|(_, s)| s.full.end)
                .max()
                .unwrap_or(end)
                .max(start);
            // A mapping is pointed at by its `kind:` line when it has one (a whole
            // Kubernetes object), otherwise by its first entry.
            let header = spans
                .iter()
                .find(|(k, _)| k == "kind")
                .or(spans.first())
                .map_or(start..end, |(_, s)| s.header.clone());
            let node = Node {
                value: Value::Object(entries),
                spans: SpanTree {
                    full: start..end,
                    header,
                    children: SpanChildren::Map(spans),
                },
                size,
                bytes,
                plain_key: None,
            };
            (node, anchor)
        }
    }
}

fn merge_into(entries: &mut Map<String, Value>, spans: &mut Vec<(String, SpanTree)>, source: Node) {
    match (source.value, source.spans.children) {
        (Value::Object(map), SpanChildren::Map(source_spans)) => {
            for (key, value) in map {
                if !entries.contains_key(&key) {
                    if let Some((_, span)) = source_spans.iter().find(|(k, _)| *k == key) {
                        spans.push((key.clone(), span.clone()));
                    }
                    entries.insert(key, value);
                }
            }
        }
        (Value::Array(items), SpanChildren::Seq(item_spans)) => {
            for (value, spans_of_item) in items.into_iter().zip(item_spans) {
                let node = Node {
                    value,
                    spans: spans_of_item,
                    size: 0,
                    bytes: 0,
                    plain_key: None,
                };
                merge_into(entries, spans, node);
            }
        }
        _ => {}
    }
}

fn attach(stack: &mut [Frame], root: &mut Option<Node>, node: Node) -> Result<(), YamlError> {
    let Some(parent) = stack.last_mut() else {
        *root = Some(node);
        return Ok(());
    };
    match parent {
        Frame::Seq {
            items,
            spans,
            size,
            bytes,
            ..
        } => {
            *size += node.size;
            *bytes = bytes.saturating_add(node.bytes);
            items.push(node.value);
            spans.push(node.spans);
        }
        Frame::Map {
            entries,
            spans,
            pending_key,
            merges,
            size,
            bytes,
            ..
        } => match pending_key.take() {
            None => {
                let key_span = node.spans.full.clone();
                let is_merge = node.plain_key.as_deref() == Some("<<");
                let key = match node.value {
                    Value::String(s) => s,
                    Value::Null => "null".to_string(),
                    Value::Bool(b) => b.to_string(),
                    Value::Number(n) => n.to_string(),
                    Value::Array(_) | Value::Object(_) => {
                        return Err(YamlError {
                            message: "a list or mapping used as a mapping key is not supported"
                                .into(),
                            offset: key_span.start,
                        });
                    }
                };
                *pending_key = Some((key, key_span, is_merge));
            }
            Some((key, key_span, is_merge)) => {
                *size += node.size;
                *bytes = bytes.saturating_add(node.bytes);
                if is_merge {
                    merges.push(node);
                    return Ok(());
                }
                let is_leaf = matches!(node.spans.children, SpanChildren::Leaf);
                let full = key_span.start..node.spans.full.end.max(key_span.end);
                let header = if is_leaf { full.clone() } else { key_span };
                let tree = SpanTree {
                    full,
                    header,
                    children: node.spans.children,
                };
                // go-yaml (and so kubectl) refuses a key written twice; keeping
                // either value silently would lint something the cluster never sees.
                if spans.iter().any(|(k, _)| *k == key) {
                    return Err(YamlError {
                        message: format!("mapping key `{}` is written twice", key.escape_debug()),
                        offset: tree.header.start,
                    });
                }
                spans.push((key.clone(), tree));
                entries.insert(key, node.value);
            }
        },
    }
    Ok(())
}

/// Resolves a plain (unquoted) scalar as YAML 1.1 does: null, booleans, integers
/// in any base (a leading zero means octal), floats; anything else is a string.
pub fn resolve_plain_scalar(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" | "true" | "True" | "TRUE" => {
            return Value::Bool(true);
        }
        "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF" | "false" | "False" | "FALSE" => {
            return Value::Bool(false);
        }
        _ => {}
    }
    if let Some(number) = parse_yaml11_int(text) {
        return Value::Number(number);
    }
    if is_yaml_float(text)
        && let Some(number) = text
            .replace('_', "")
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
    {
        return Value::Number(number);
    }
    Value::String(text.to_string())
}

fn parse_yaml11_int(text: &str) -> Option<Number> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let digits_clean = digits.replace('_', "");
    let (radix, body) = if let Some(rest) = digits_clean.strip_prefix("0x") {
        (16, rest.to_string())
    } else if let Some(rest) = digits_clean.strip_prefix("0b") {
        (2, rest.to_string())
    } else if let Some(rest) = digits_clean.strip_prefix("0o") {
        (8, rest.to_string())
    } else if digits_clean.len() > 1 && digits_clean.starts_with('0') {
        (8, digits_clean[1..].to_string())
    } else {
        (10, digits_clean)
    };
    if body.is_empty() || !body.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let magnitude = i128::from_str_radix(&body, radix).ok()?;
    let value = if negative { -magnitude } else { magnitude };
    if let Ok(v) = i64::try_from(value) {
        Some(Number::from(v))
    } else if let Ok(v) = u64::try_from(value) {
        Some(Number::from(v))
    } else {
        Number::from_f64(value as f64)
    }
}

fn is_yaml_float(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => {
            (!whole.is_empty() || !fraction.is_empty())
                && whole.chars().all(|c| c.is_ascii_digit() || c == '_')
                && fraction.chars().all(|c| c.is_ascii_digit() || c == '_')
        }
        None => !mantissa.is_empty() && mantissa.chars().all(|c| c.is_ascii_digit() || c == '_'),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && e.chars().all(|c| c.is_ascii_digit())
    });
    mantissa_ok && exponent_ok && mantissa.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn one(text: &str) -> Value {
        let mut docs = parse_documents(text).expect("parses");
        docs.remove(0).value
    }

    #[test]
    fn yaml_11_scalars_as_kubernetes_reads_them() {
        let v = one(
            "a: yes\nb: on\nc: 0644\nd: '0644'\ne: 1.5\nf: ~\ng: 0x1F\nh: \"true\"\ni: 08\nj: 1_000\n",
        );
        assert_eq!(
            v,
            json!({"a": true, "b": true, "c": 420, "d": "0644", "e": 1.5, "f": null, "g": 31, "h": "true", "i": 8.0, "j": 1000})
        );
    }

    #[test]
    fn merge_keys_and_aliases() {
        let v = one("base: &b {x: 1, z: 2}\nd:\n  <<: *b\n  z: 3\n");
        assert_eq!(v["d"], json!({"x": 1, "z": 3}));
    }

    #[test]
    fn spans_are_bytes_even_after_multibyte_characters() {
        let text = "a: \"é\"\nb: value\n";
        let docs = parse_documents(text).expect("parses");
        let b = docs[0]
            .spans
            .child(&crate::model::PathSegment::Key("b".into()))
            .expect("b");
        assert_eq!(&text[b.full.clone()], "b: value");
    }

    #[test]
    fn alias_bombs_and_deep_nesting_are_refused() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            bomb.push_str(&format!(
                "{}: &{} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n",
                (b'a' + i) as char,
                (b'a' + i) as char,
                p = (b'a' + i - 1) as char
            ));
        }
        let error = parse_documents(&bomb).expect_err("bomb refused");
        assert!(error.message.contains("alias"), "{}", error.message);
        let deep = "[".repeat(5000) + &"]".repeat(5000);
        let error = parse_documents(&deep).expect_err("deep refused");
        assert!(
            error.message.contains("nesting") || error.message.contains("recursion"),
            "{}",
            error.message
        );
    }

    #[test]
    fn aliases_of_long_strings_are_bounded_by_bytes() {
        // 10 KB string, 10,000 aliases: far under the node limit, 100 MB if expanded.
        let mut text = format!("a: &s \"{}\"\nb: [", "x".repeat(10_000));
        text.push_str(&vec!["*s"; 10_000].join(", "));
        text.push_str("]\n");
        let error = parse_documents(&text).expect_err("refused");
        assert!(error.message.contains("MiB"), "{}", error.message);
        // A merge-key chain: each level merges the previous one twice.
        let mut merges = String::from("l0: &l0 {a: \"");
        merges.push_str(&"y".repeat(1000));
        merges.push_str("\"}\n");
        for i in 1..40 {
            merges.push_str(&format!(
                "l{i}: &l{i} {{<<: [*l{p}, *l{p}], k{i}: [*l{p}, *l{p}]}}\n",
                p = i - 1
            ));
        }
        let error = parse_documents(&merges).expect_err("refused");
        assert!(error.message.contains("alias"), "{}", error.message);
        // Ordinary anchors stay fine.
        let ok = parse_documents("base: &b {x: 1}\nthis: {<<: *b, y: 2}\n").expect("parses");
        assert_eq!(ok[0].value["this"]["x"], 1);
    }

    #[test]
    fn a_key_written_twice_is_an_error_at_its_second_place() {
        let text = "metadata:\n  name: a\n  name: b\n";
        let error = parse_documents(text).expect_err("duplicate key");
        assert!(error.message.contains("`name`"), "{}", error.message);
        assert_eq!(error.offset, text.rfind("name").unwrap_or(0));
        // A merged key is not a duplicate: the explicit one wins.
        let docs = parse_documents("b: &b {x: 1}\nc: {<<: *b, x: 2}\n").expect("parses");
        assert_eq!(docs[0].value["c"]["x"], 2);
    }

    #[test]
    fn empty_documents_are_left_out() {
        let docs = parse_documents("---\n---\na: 1\n---\n").expect("parses");
        assert_eq!(docs.len(), 1);
    }
}
