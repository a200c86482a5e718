//! Fix edits in Terraform's native syntax: a value replaced in place, an attribute added with `=` aligned like `terraform fmt`, a missing block created.

use std::ops::Range;

use serde_json::Value;

use super::{Context, Editor, Edits, NotApplied, key_of};
use crate::model::{PathSegment, SpanChildren, SpanTree};

/// This syntax's four edits, for [`super::dispatch`].
pub(super) const EDITOR: Editor = Editor {
    replace,
    remove,
    append,
    insert,
};

/// Where an attribute's value is written: after the `=` (or `:` in an object) that follows its key.
fn value_range(cx: &Context<'_>, full: &Range<usize>) -> Option<Range<usize>> {
    let text = cx.slice(full.clone());
    let key_end = if let Some(quoted) = text.strip_prefix('"') {
        quoted.find('"').map(|i| i + 2)?
    } else {
        text.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))?
    };
    let after_key = &text[key_end..];
    let separator = after_key.find(|c: char| !c.is_whitespace())?;
    if !after_key[separator..].starts_with(['=', ':']) {
        return None;
    }
    let after = &after_key[separator + 1..];
    let value = after.len() - after.trim_start().len();
    let start = full.start + key_end + separator + 1 + value;
    let end = full.start + text.trim_end().len();
    (start <= end).then_some(start..end)
}

/// Whether an expression is written literally (no reference, call or interpolation).
pub(super) fn is_literal(text: &str) -> bool {
    let text = text.trim();
    if text.starts_with('"') {
        return text.ends_with('"') && !text.contains("${") && !text.contains("%{");
    }
    if text.starts_with('[') || text.starts_with('{') {
        return ![
            "var.", "local.", "module.", "data.", "each.", "count.", "${", "(",
        ]
        .iter()
        .any(|marker| text.contains(marker));
    }
    matches!(text, "true" | "false" | "null") || text.parse::<f64>().is_ok()
}

fn replace(
    cx: &Context<'_>,
    node: &SpanTree,
    path: &[PathSegment],
    value: &Value,
) -> Result<Edits, NotApplied> {
    let new_text = render(value);
    let new_text = new_text.as_str();
    let attribute = key_of(path);
    let range = if matches!(path.last(), Some(PathSegment::Index(_))) {
        node.full.clone()
    } else {
        if matches!(node.children, SpanChildren::Seq(_))
            && !cx.slice(node.full.clone()).contains('=')
        {
            return Err(NotApplied::Shape(format!(
                "`{attribute}` is a block, not a value"
            )));
        }
        value_range(cx, &node.full).ok_or_else(|| {
            NotApplied::Shape(format!("`{attribute}` is not written as `name = value`"))
        })?
    };
    let old = cx.slice(range.clone());
    if !is_literal(old) {
        return Err(NotApplied::Expression {
            attribute,
            text: old.trim().to_string(),
        });
    }
    if old.trim() == new_text {
        return Ok(Vec::new());
    }
    Ok(vec![(range, new_text.to_string())])
}

/// Deletes an attribute written alone on its line(s), comment included.
fn remove(cx: &Context<'_>, node: &SpanTree, path: &[PathSegment]) -> Result<Edits, NotApplied> {
    let start = cx.line_start(node.full.start);
    let before = cx.slice(start..node.full.start);
    if !before.trim().is_empty() || matches!(path.last(), Some(PathSegment::Index(_))) {
        return Err(NotApplied::Shape(format!(
            "`{}` shares its line with other code",
            key_of(path)
        )));
    }
    Ok(vec![(
        start..cx.next_line_start(node.full.end.saturating_sub(1).max(node.full.start)),
        String::new(),
    )])
}

/// Adds a value to a literal list attribute.
fn append(
    cx: &Context<'_>,
    node: &SpanTree,
    path: &[PathSegment],
    value: &Value,
) -> Result<Edits, NotApplied> {
    let range = value_range(cx, &node.full).ok_or_else(|| {
        NotApplied::Shape(format!(
            "`{}` is not written as `name = [...]`",
            key_of(path)
        ))
    })?;
    let text = cx.slice(range.clone());
    if !(text.starts_with('[') && text.ends_with(']') && is_literal(text)) {
        return Err(NotApplied::Expression {
            attribute: key_of(path),
            text: text.to_string(),
        });
    }
    let item = render(value);
    if let SpanChildren::Seq(items) = &node.children
        && items
            .iter()
            .any(|i| cx.slice(i.full.clone()).trim() == item)
    {
        return Ok(Vec::new());
    }
    let close = range.end - 1;
    let inner = &text[1..text.len() - 1];
    if inner.trim().is_empty() {
        return Ok(vec![(range.start + 1..close, item)]);
    }
    let last = inner.trim_end().trim_end_matches(',').trim_end();
    let last_end = range.start + 1 + last.len();
    if cx.line_start(close) == cx.line_start(range.start) {
        return Ok(vec![(last_end..last_end, format!(", {item}"))]);
    }
    // A list over several lines: the item on a line of its own, like the others.
    let indent = cx.indent_at(last_end).to_string();
    let comma = if inner.trim_end().ends_with(',') {
        ""
    } else {
        ","
    };
    let line = cx.line_start(close);
    Ok(vec![
        (last_end..last_end, comma.to_string()),
        (line..line, format!("{indent}{item},{}", cx.newline)),
    ])
}

/// Adds what `rest` names inside the block or object `node` (which `path[..]` reached).
fn insert(
    cx: &Context<'_>,
    node: &SpanTree,
    path: &[PathSegment],
    rest: &[PathSegment],
    value: &Value,
) -> Result<Edits, NotApplied> {
    let depth = path.len() - rest.len();
    let reached = key_of(&path[..depth]);
    let SpanChildren::Map(children) = &node.children else {
        return Err(NotApplied::Shape(format!(
            "`{reached}` is not a block or an object srm-lint can add to"
        )));
    };
    let full = cx.slice(node.full.clone());
    let trimmed_end = node.full.start + full.trim_end().len();
    let open = full
        .find('{')
        .map(|i| node.full.start + i)
        .ok_or_else(|| NotApplied::Shape(format!("`{reached}` has no body")))?;
    let close = trimmed_end.saturating_sub(1);
    if cx.slice(close..close + 1) != "}" || close <= open {
        return Err(NotApplied::Shape(format!("`{reached}` has no body")));
    }
    if cx.slice(node.full.start..open).contains("jsonencode") {
        return Err(NotApplied::Shape(format!(
            "`{reached}` is inside a function call"
        )));
    }
    let attributes: Vec<&SpanTree> = children
        .iter()
        .map(|(_, tree)| tree)
        .filter(|tree| value_range(cx, &tree.full).is_some())
        .collect();
    let block_indent = cx.indent_at(close).to_string();
    let indent = match children.iter().map(|(_, t)| t.full.start).min() {
        Some(first) if cx.line_start(first) != cx.line_start(open) => {
            cx.indent_at(first).to_string()
        }
        _ => format!("{block_indent}{}", cx.unit(&block_indent)),
    };
    let unit = cx.unit(&indent);
    let nl = cx.newline;

    // A body written on one line (`x { a = 1 }`, `{}`) is opened over several lines first.
    if cx.line_start(close) == cx.line_start(open) {
        let inner = cx.slice(open + 1..close).trim();
        let mut body = String::from(nl);
        if !inner.is_empty() {
            body.push_str(&format!("{indent}{inner}{nl}"));
        }
        for line in lines(rest, value, &indent, unit)? {
            body.push_str(&format!("{line}{nl}"));
        }
        body.push_str(&block_indent);
        return Ok(vec![(open + 1..close, body)]);
    }

    let new_lines = lines(rest, value, &indent, unit)?;
    let simple_attribute = rest.len() == 1;
    if simple_attribute {
        let key = match &rest[0] {
            PathSegment::Key(key) => key.clone(),
            PathSegment::Index(_) => String::new(),
        };
        let last = attributes.iter().max_by_key(|t| t.full.start);
        let at = match last {
            Some(last) => cx.next_line_start(last.full.end.saturating_sub(1)),
            None => cx.next_line_start(open),
        };
        let mut edits = Vec::new();
        let mut line = new_lines.join(nl);
        if let Some(last) = last {
            let group = aligned_group(cx, &attributes, last);
            if let Some((column, members)) = group {
                let width = key.chars().count() + 1;
                if width <= column {
                    line = format!(
                        "{indent}{key}{}= {}",
                        " ".repeat(column - width + 1),
                        render(value)
                    );
                } else {
                    // The new key is the longest: `terraform fmt` moves every `=` of the group.
                    for (key_end, equals) in members {
                        edits.push((
                            key_end..equals,
                            " ".repeat(width - (key_end - cx.line_start(key_end) - indent.len())),
                        ));
                    }
                }
            }
        }
        edits.push((at..at, format!("{line}{nl}")));
        return Ok(edits);
    }
    // A new block goes at the end of the body, after a blank line.
    let at = cx.line_start(close);
    let blank = if children.is_empty() { "" } else { nl };
    Ok(vec![(at..at, format!("{blank}{}{nl}", new_lines.join(nl)))])
}

/// The run of one-line attributes ending with `last` (no blank line between
/// them), when their `=` are aligned: the column of `=` relative to the key's
/// start, and each member's (end of key, `=`) offsets.
fn aligned_group(
    cx: &Context<'_>,
    attributes: &[&SpanTree],
    last: &SpanTree,
) -> Option<(usize, Vec<(usize, usize)>)> {
    let mut sorted: Vec<&&SpanTree> = attributes.iter().collect();
    sorted.sort_by_key(|t| t.full.start);
    let position = sorted
        .iter()
        .position(|t| t.full.start == last.full.start)?;
    let mut members = Vec::new();
    let mut column = None;
    let mut next_line: Option<usize> = None;
    for tree in sorted[..=position].iter().rev() {
        let one_line =
            cx.line_start(tree.full.start) == cx.line_start(tree.full.end.saturating_sub(1));
        if !one_line || next_line.is_some_and(|n| cx.next_line_start(tree.full.start) != n) {
            break;
        }
        let text = cx.slice(tree.full.clone());
        let equals = text.find('=')?;
        let key_end = text[..equals].trim_end().len();
        let col = equals;
        match column {
            None => column = Some(col),
            Some(c) if c != col => return None,
            Some(_) => {}
        }
        members.push((tree.full.start + key_end, tree.full.start + equals));
        next_line = Some(cx.line_start(tree.full.start));
    }
    column.map(|c| (c, members))
}

/// The lines (indented) that write `rest = value`: an attribute, or the blocks leading to it.
fn lines(
    rest: &[PathSegment],
    value: &Value,
    indent: &str,
    unit: &str,
) -> Result<Vec<String>, NotApplied> {
    match rest {
        [PathSegment::Key(key)] => Ok(vec![format!("{indent}{} = {}", name(key), render(value))]),
        [PathSegment::Key(key), PathSegment::Index(0), more @ ..] if !more.is_empty() => {
            let inner = format!("{indent}{unit}");
            let mut out = vec![format!("{indent}{key} {{")];
            out.extend(lines(more, value, &inner, unit)?);
            out.push(format!("{indent}}}"));
            Ok(out)
        }
        [PathSegment::Key(key), more @ ..] if matches!(more.first(), Some(PathSegment::Key(_))) => {
            let inner = format!("{indent}{unit}");
            let mut out = vec![format!("{indent}{} = {{", name(key))];
            out.extend(lines(more, value, &inner, unit)?);
            out.push(format!("{indent}}}"));
            Ok(out)
        }
        _ => Err(NotApplied::Shape(format!(
            "cannot create `{}` (a list element that does not exist)",
            key_of(rest)
        ))),
    }
}

/// An attribute or object key as HCL writes it: bare when it is an identifier.
fn name(key: &str) -> String {
    let identifier = key
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    if identifier {
        key.to_string()
    } else {
        quote(key)
    }
}

/// A value as HCL writes it.
pub(super) fn render(value: &Value) -> String {
    match value {
        Value::String(text) => quote(text),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(render).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(fields) => {
            let fields: Vec<String> = fields
                .iter()
                .map(|(k, v)| format!("{} = {}", name(k), render(v)))
                .collect();
            format!("{{ {} }}", fields.join(", "))
        }
        Value::Null => "null".into(),
        other => other.to_string(),
    }
}

/// A quoted HCL string: JSON escapes, and template sequences written literally.
fn quote(text: &str) -> String {
    serde_json::to_string(text)
        .unwrap_or_else(|_| format!("\"{text}\""))
        .replace("${", "$${")
        .replace("%{", "%%{")
}
