//! Fix edits in YAML (and JSON, YAML's flow style): a scalar replaced in place, a key added with its siblings' indentation, in block or flow style as the mapping is written.

use std::ops::Range;

use serde_json::Value;

use super::{Context, Editor, Edits, NotApplied, Syntax, key_of};
use crate::model::{PathSegment, SpanChildren, SpanTree};

/// This syntax's four edits, for [`super::dispatch`].
pub(super) const EDITOR: Editor = Editor {
    replace,
    remove,
    append,
    insert,
};

/// Where a mapping entry's value starts: after the `:` that follows its key.
fn value_start(cx: &Context<'_>, full: &Range<usize>) -> Option<usize> {
    let text = cx.slice(full.clone());
    let key_end = match text.chars().next()? {
        quote @ ('"' | '\'') => text[1..].find(quote).map(|i| i + 2)?,
        _ => text.find(':')?,
    };
    let after = &text[key_end..];
    let colon = after.find(':')?;
    if !after[..colon].trim().is_empty() {
        return None;
    }
    let value = &after[colon + 1..];
    Some(
        full.start
            + key_end
            + colon
            + 1
            + (value.len() - value.trim_start_matches([' ', '\t']).len()),
    )
}

fn replace(
    cx: &Context<'_>,
    node: &SpanTree,
    path: &[PathSegment],
    value: &Value,
) -> Result<Edits, NotApplied> {
    let attribute = key_of(path);
    let start = if matches!(path.last(), Some(PathSegment::Index(_))) {
        node.full.start
    } else {
        value_start(cx, &node.full).ok_or_else(|| {
            NotApplied::Shape(format!("`{attribute}` is not written as `key: value`"))
        })?
    };
    match &node.children {
        SpanChildren::Leaf => {}
        // A list written in flow style (`add: [SYS_ADMIN]`) is replaced whole.
        SpanChildren::Seq(_) if is_flow(cx, node) && value.is_array() => {
            let close = matching_close(cx, start)
                .filter(|_| cx.text[start..].starts_with('['))
                .ok_or_else(|| NotApplied::Shape(format!("`{attribute}` is not a closed list")))?;
            return Ok(vec![(start..close + 1, scalar(cx.syntax, value))]);
        }
        _ => {
            return Err(NotApplied::Shape(format!(
                "`{attribute}` holds a mapping or a list, not a value"
            )));
        }
    }
    let range = start..node.full.end.max(start);
    let mut old = cx.slice(range.clone()).trim_end();
    // A quoted scalar ends at its closing quote: what follows (a comment) stays.
    if let Some(quote) = old.chars().next().filter(|c| matches!(c, '"' | '\''))
        && let Some(end) = old[1..].find(quote)
    {
        old = &old[..end + 2];
    }
    // Kustomize/Flux substitutions are filled in later: the value is not literal.
    if old.contains("${") || old.starts_with('*') || old.starts_with('&') {
        return Err(NotApplied::Expression {
            attribute,
            text: old.to_string(),
        });
    }
    let new_text = scalar(cx.syntax, value);
    if old == new_text || same_scalar(old, value) {
        return Ok(Vec::new());
    }
    Ok(vec![(range.start..range.start + old.len(), new_text)])
}

/// Whether YAML text already says `value` (`"true"` quoted is a string, not a boolean).
fn same_scalar(old: &str, value: &Value) -> bool {
    match value {
        Value::Bool(b) => old == if *b { "true" } else { "false" },
        Value::String(s) => old.trim_matches(['"', '\'']) == s && old.len() >= s.len(),
        Value::Number(n) => old == n.to_string(),
        _ => false,
    }
}

/// The offset of the bracket that closes the flow collection opened at `open`
/// (quoted strings skipped): a collection's span ends at its last item, not there.
fn matching_close(cx: &Context<'_>, open: usize) -> Option<usize> {
    let bytes = cx.text.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            quote @ (b'"' | b'\'') => {
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    if bytes[i] == b'\\' && quote == b'"' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Where the flow collection of `node` (an entry's value, a list item, a document) opens.
fn flow_open(cx: &Context<'_>, node: &SpanTree) -> Option<usize> {
    let opens = |at: usize| matches!(cx.slice(at..at + 1), "{" | "[");
    if opens(node.full.start) {
        return Some(node.full.start);
    }
    value_start(cx, &node.full).filter(|&at| opens(at))
}

/// The end of what `node` writes: after the closing bracket of a flow value.
fn written_end(cx: &Context<'_>, node: &SpanTree) -> usize {
    match flow_open(cx, node).and_then(|open| matching_close(cx, open)) {
        Some(close) => (close + 1).max(node.full.end),
        None => node.full.end,
    }
}

/// Whether a mapping or list is written in flow style (`{...}`, `[...]`): the
/// node itself starts with the bracket, or, for a `key: value` entry, its value does.
fn is_flow(cx: &Context<'_>, node: &SpanTree) -> bool {
    let opens = |at: usize| matches!(cx.slice(at..at + 1), "{" | "[");
    cx.syntax == Syntax::Json
        || opens(node.full.start)
        || value_start(cx, &node.full).is_some_and(opens)
}

fn remove(cx: &Context<'_>, node: &SpanTree, path: &[PathSegment]) -> Result<Edits, NotApplied> {
    let attribute = key_of(path);
    let start = cx.line_start(node.full.start);
    let before = cx.slice(start..node.full.start);
    // A flow value's span ends at its last item: its closing brackets follow.
    let written = written_end(cx, node);
    let end = written.max(node.full.start + 1) - 1;
    let after = cx.slice(written..cx.line_end(end)).trim_start();
    let alone = before.trim().is_empty() && (after.is_empty() || after.starts_with('#'));
    if alone && !matches!(path.last(), Some(PathSegment::Index(_))) {
        return Ok(vec![(start..cx.next_line_start(end), String::new())]);
    }
    // In a flow mapping: the entry and one comma beside it.
    let preceding = cx.text[..node.full.start].trim_end();
    if preceding.ends_with(',') {
        return Ok(vec![(preceding.len() - 1..written, String::new())]);
    }
    let following = &cx.text[written..];
    let spaces = following.len() - following.trim_start().len();
    if following.trim_start().starts_with(',') {
        let rest = &following[spaces + 1..];
        let blank = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        return Ok(vec![(
            node.full.start..written + spaces + 1 + blank,
            String::new(),
        )]);
    }
    // The only entry of a flow mapping: `{}` is left.
    if preceding.ends_with('{') && following.trim_start().starts_with('}') {
        return Ok(vec![(preceding.len()..written + spaces, String::new())]);
    }
    Err(NotApplied::Shape(format!(
        "`{attribute}` shares its line with other keys"
    )))
}

fn append(
    cx: &Context<'_>,
    node: &SpanTree,
    path: &[PathSegment],
    value: &Value,
) -> Result<Edits, NotApplied> {
    let attribute = key_of(path);
    let SpanChildren::Seq(items) = &node.children else {
        return Err(NotApplied::Shape(format!("`{attribute}` is not a list")));
    };
    let item = scalar(cx.syntax, value);
    if items.iter().any(|i| {
        let old = cx.slice(i.full.clone()).trim();
        old == item || same_scalar(old, value)
    }) {
        return Ok(Vec::new());
    }
    let Some(last) = items.iter().max_by_key(|i| i.full.start) else {
        // An empty list is written `[]`: fill it.
        let text = cx.slice(node.full.clone());
        let open = text.find('[').map(|i| node.full.start + i);
        return match open {
            Some(open) => Ok(vec![(open + 1..open + 1, item)]),
            None => Err(NotApplied::Shape(format!("`{attribute}` is not a list"))),
        };
    };
    let dash = cx
        .slice(cx.line_start(last.full.start)..last.full.start)
        .rfind('-');
    match dash {
        Some(dash) if !is_flow(cx, node) => {
            let line_start = cx.line_start(last.full.start);
            let prefix: String = cx
                .slice(line_start..line_start + dash)
                .chars()
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let at = cx.next_line_start(last.full.end.saturating_sub(1).max(last.full.start));
            Ok(vec![(at..at, format!("{prefix}- {item}{}", cx.newline))])
        }
        _ => {
            let end = written_end(cx, last);
            Ok(vec![(end..end, format!(", {item}"))])
        }
    }
}

/// Adds `rest` (created as nested mappings) to the mapping `node`.
fn insert(
    cx: &Context<'_>,
    node: &SpanTree,
    path: &[PathSegment],
    rest: &[PathSegment],
    value: &Value,
) -> Result<Edits, NotApplied> {
    let reached = key_of(&path[..path.len() - rest.len()]);
    let SpanChildren::Map(children) = &node.children else {
        return Err(NotApplied::Shape(format!(
            "`{reached}` is not a mapping srm-lint can add to"
        )));
    };
    if rest.iter().any(|s| matches!(s, PathSegment::Index(_))) {
        return Err(NotApplied::Shape(format!(
            "cannot create `{}` (a list element that does not exist)",
            key_of(rest)
        )));
    }
    let keys: Vec<&str> = rest
        .iter()
        .filter_map(|s| match s {
            PathSegment::Key(k) => Some(k.as_str()),
            PathSegment::Index(_) => None,
        })
        .collect();
    let last = children.iter().map(|(_, t)| t).max_by_key(|t| t.full.end);
    if is_flow(cx, node) {
        let entry = flow_entry(cx.syntax, &keys, value);
        let open = flow_open(cx, node)
            .filter(|&at| cx.slice(at..at + 1) == "{")
            .ok_or_else(|| NotApplied::Shape(format!("`{reached}` is not a mapping")))?;
        let close = matching_close(cx, open)
            .ok_or_else(|| NotApplied::Shape(format!("`{reached}` is not closed")))?;
        let Some(last) = last else {
            return Ok(vec![(open + 1..open + 1, entry)]);
        };
        // After the last entry's value, closing brackets included.
        let end = open + 1 + cx.slice(open + 1..close).trim_end().len();
        return if cx.line_start(close) != cx.line_start(end) {
            // Pretty-printed JSON: the new key on a line of its own, indented like the last one.
            let indent = cx.indent_at(last.full.start).to_string();
            Ok(vec![(end..end, format!(",{}{indent}{entry}", cx.newline))])
        } else {
            Ok(vec![(end..end, format!(", {entry}"))])
        };
    }
    let Some(first) = children.iter().map(|(_, t)| t).min_by_key(|t| t.full.start) else {
        return Err(NotApplied::Shape(format!("`{reached}` is empty")));
    };
    let last = last.unwrap_or(first);
    // The first key of a list item follows `- `: its siblings are indented to the key.
    let line_start = cx.line_start(first.full.start);
    let indent: String = cx
        .slice(line_start..first.full.start)
        .chars()
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let unit = cx.unit(&indent);
    let mut text = String::new();
    for line in block_lines(&keys, value, &indent, unit) {
        text.push_str(&line);
        text.push_str(cx.newline);
    }
    let end = last.full.end.max(last.full.start + 1) - 1;
    let at = cx.next_line_start(end);
    // A file without a final line break: the new line starts with one.
    if at == cx.text.len() && !cx.text.ends_with('\n') {
        return Ok(vec![(
            at..at,
            format!("{}{}", cx.newline, text.trim_end_matches(['\r', '\n'])),
        )]);
    }
    Ok(vec![(at..at, text)])
}

/// Block-style lines for `keys: value`, nested mappings created.
fn block_lines(keys: &[&str], value: &Value, indent: &str, unit: &str) -> Vec<String> {
    let Some((key, more)) = keys.split_first() else {
        return Vec::new();
    };
    let key = yaml_key(key);
    let inner = format!("{indent}{unit}");
    if !more.is_empty() {
        let mut out = vec![format!("{indent}{key}:")];
        out.extend(block_lines(more, value, &inner, unit));
        return out;
    }
    match value {
        Value::Array(items) => {
            let mut out = vec![format!("{indent}{key}:")];
            out.extend(
                items
                    .iter()
                    .map(|i| format!("{inner}- {}", scalar(Syntax::Yaml, i))),
            );
            out
        }
        Value::Object(fields) => {
            let mut out = vec![format!("{indent}{key}:")];
            out.extend(
                fields
                    .iter()
                    .map(|(k, v)| format!("{inner}{}: {}", yaml_key(k), scalar(Syntax::Yaml, v))),
            );
            out
        }
        other => vec![format!("{indent}{key}: {}", scalar(Syntax::Yaml, other))],
    }
}

/// `key: value` in flow style (JSON when the file is JSON), nested mappings created.
fn flow_entry(syntax: Syntax, keys: &[&str], value: &Value) -> String {
    let key = |k: &str| {
        if syntax == Syntax::Json {
            serde_json::to_string(k).unwrap_or_default()
        } else {
            yaml_key(k)
        }
    };
    let mut text = if syntax == Syntax::Json {
        serde_json::to_string(value).unwrap_or_default()
    } else {
        flow_value(value)
    };
    for k in keys.iter().skip(1).rev() {
        text = format!("{{{}: {text}}}", key(k));
    }
    format!("{}: {text}", key(keys.first().copied().unwrap_or_default()))
}

fn flow_value(value: &Value) -> String {
    match value {
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(|i| scalar(Syntax::Yaml, i)).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(fields) => {
            let fields: Vec<String> = fields
                .iter()
                .map(|(k, v)| format!("{}: {}", yaml_key(k), scalar(Syntax::Yaml, v)))
                .collect();
            format!("{{{}}}", fields.join(", "))
        }
        other => scalar(Syntax::Yaml, other),
    }
}

fn yaml_key(key: &str) -> String {
    if is_plain(key) {
        key.to_string()
    } else {
        serde_json::to_string(key).unwrap_or_default()
    }
}

/// A scalar as YAML 1.1 (Kubernetes) reads it back as the same value: plain
/// when unambiguous, double-quoted otherwise; JSON in a JSON file.
pub(super) fn scalar(syntax: Syntax, value: &Value) -> String {
    match value {
        Value::String(text) if syntax == Syntax::Yaml && is_plain(text) => text.clone(),
        Value::Array(_) | Value::Object(_) if syntax == Syntax::Yaml => flow_value(value),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

/// Text that YAML 1.1 reads as this very string when written without quotes.
fn is_plain(text: &str) -> bool {
    let special = [
        "y", "yes", "n", "no", "on", "off", "true", "false", "null", "~",
    ];
    !text.is_empty()
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '_')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | '@'))
        && !special.contains(&text.to_ascii_lowercase().as_str())
        && text.parse::<f64>().is_err()
}
