//! Source files and source maps: where each value of a parsed document sits in its file, and byte offsets as lines and columns.
//!
//! Parsers build a [`SpanTree`] beside every value they hand to policies. A
//! policy answers with a resource and an attribute path; [`SpanTree::resolve`]
//! turns that path into a byte span, falling back to the nearest ancestor that
//! exists when the attribute was omitted.

use std::ops::Range;

/// One step of an attribute path, as policies write it: `["ingress", 0, "cidr_blocks"]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PathSegment {
    Key(String),
    Index(usize),
}

impl std::fmt::Display for PathSegment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PathSegment::Key(key) => f.write_str(key),
            PathSegment::Index(index) => write!(f, "{index}"),
        }
    }
}

/// Joins a path with dots (`rule.0.kms_key_id`), the form used in `references` and fingerprints.
pub fn dotted(path: &[PathSegment]) -> String {
    let parts: Vec<String> = path.iter().map(ToString::to_string).collect();
    parts.join(".")
}

/// The spans of one value and of its children.
///
/// `full` covers the whole construct (for an attribute: key through value);
/// `header` is a short, usually one-line span that stands for the construct when
/// it is a container: a block's `resource "type" "name"` header, a YAML key.
#[derive(Debug, Clone)]
pub struct SpanTree {
    pub full: Range<usize>,
    pub header: Range<usize>,
    pub children: SpanChildren,
}

#[derive(Debug, Clone)]
pub enum SpanChildren {
    Leaf,
    Map(Vec<(String, SpanTree)>),
    Seq(Vec<SpanTree>),
}

/// The outcome of resolving a path: the span to report and whether the exact attribute existed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub span: Range<usize>,
    pub exact: bool,
}

impl SpanTree {
    pub fn leaf(full: Range<usize>) -> Self {
        SpanTree {
            header: full.clone(),
            full,
            children: SpanChildren::Leaf,
        }
    }

    pub fn child(&self, segment: &PathSegment) -> Option<&SpanTree> {
        match (&self.children, segment) {
            (SpanChildren::Map(entries), PathSegment::Key(key)) => {
                entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
            }
            (SpanChildren::Seq(items), PathSegment::Index(index)) => items.get(*index),
            _ => None,
        }
    }

    fn is_leaf(&self) -> bool {
        matches!(self.children, SpanChildren::Leaf)
    }

    /// The span to report for `path`: the whole attribute when it is a scalar,
    /// the header of a block or mapping, or the header of the nearest existing
    /// ancestor when the path leads nowhere.
    pub fn resolve(&self, path: &[PathSegment]) -> Resolved {
        let mut node = self;
        for segment in path {
            match node.child(segment) {
                Some(next) => node = next,
                // `.tf.json` may write a single nested block as an object where
                // HCL gives a list: index 0 of a non-list is the object itself.
                None if *segment == PathSegment::Index(0)
                    && matches!(node.children, SpanChildren::Map(_)) => {}
                None => {
                    return Resolved {
                        span: node.header.clone(),
                        exact: false,
                    };
                }
            }
        }
        Resolved {
            span: if node.is_leaf() {
                node.full.clone()
            } else {
                node.header.clone()
            },
            exact: true,
        }
    }

    /// Moves every span by `offset` bytes (for text parsed after a byte-order mark).
    pub fn shift(&mut self, offset: usize) {
        if offset == 0 {
            return;
        }
        self.full = self.full.start + offset..self.full.end + offset;
        self.header = self.header.start + offset..self.header.end + offset;
        match &mut self.children {
            SpanChildren::Leaf => {}
            SpanChildren::Map(entries) => entries.iter_mut().for_each(|(_, t)| t.shift(offset)),
            SpanChildren::Seq(items) => items.iter_mut().for_each(|t| t.shift(offset)),
        }
    }
}

/// A file's text with its line index; `path` is the path as the user would type it.
#[derive(Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    pub lines: LineIndex,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> Self {
        let lines = LineIndex::new(&text);
        SourceFile { path, text, lines }
    }

    /// The text after a byte-order mark, and the mark's length: parsers read the
    /// body and their spans are shifted back by the mark's length.
    pub fn body(&self) -> (&str, usize) {
        match self.text.strip_prefix('\u{feff}') {
            Some(body) => (body, 3),
            None => (&self.text, 0),
        }
    }

    pub fn position(&self, offset: usize) -> LineColumn {
        self.lines.line_column(&self.text, offset)
    }
}

/// A 1-based line and column; columns count characters (a tab is one column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct LineColumn {
    pub line: usize,
    pub column: usize,
}

/// Line starts of a text, to turn byte offsets into lines and columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    bom_len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bom_len = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let mut line_starts = vec![bom_len];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            line_starts,
            bom_len,
        }
    }

    /// The byte range of 1-based `line`, without its line break (empty past the end).
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return text.len()..text.len();
        };
        let end = self.line_starts.get(line).map_or(text.len(), |&next| next);
        let content = text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r']);
        start..start + content.len()
    }

    /// The number of lines.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The line and column of byte `offset` in `text` (the text this index was built from).
    pub fn line_column(&self, text: &str, offset: usize) -> LineColumn {
        let offset = offset.clamp(self.bom_len, text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line.saturating_sub(1)];
        let column = text
            .get(line_start..offset)
            .map_or(offset - line_start, |s| s.chars().count())
            + 1;
        LineColumn { line, column }
    }

    /// The inclusive start and end positions of a span; the end is the last character of the span.
    pub fn span_positions(&self, text: &str, span: &Range<usize>) -> (LineColumn, LineColumn) {
        let start = self.line_column(text, span.start);
        let mut end_offset = span.end.max(span.start);
        // Trailing line breaks (YAML block scalars end after their newline) are not part of what we point at.
        while end_offset > span.start
            && matches!(text.as_bytes().get(end_offset - 1), Some(b'\n' | b'\r'))
        {
            end_offset -= 1;
        }
        let end = if end_offset > span.start {
            let mut last = end_offset - 1;
            while last > span.start && !text.is_char_boundary(last) {
                last -= 1;
            }
            self.line_column(text, last)
        } else {
            start
        };
        (start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_columns_count_characters_after_bom_and_crlf() {
        let text = "\u{feff}a = 1\r\nbé\tc = 2\n";
        let index = LineIndex::new(text);
        assert_eq!(
            index.line_column(text, 3),
            LineColumn { line: 1, column: 1 }
        );
        let c = text.find('c').unwrap();
        assert_eq!(
            index.line_column(text, c),
            LineColumn { line: 2, column: 4 }
        );
    }

    #[test]
    fn resolve_falls_back_to_the_nearest_ancestor_header() {
        let tree = SpanTree {
            full: 0..50,
            header: 0..10,
            children: SpanChildren::Map(vec![(
                "block".into(),
                SpanTree {
                    full: 12..40,
                    header: 12..17,
                    children: SpanChildren::Seq(vec![SpanTree {
                        full: 12..40,
                        header: 12..17,
                        children: SpanChildren::Map(vec![("a".into(), SpanTree::leaf(20..25))]),
                    }]),
                },
            )]),
        };
        let path = |segments: &[&str]| -> Vec<PathSegment> {
            segments
                .iter()
                .map(|s| match s.parse() {
                    Ok(i) => PathSegment::Index(i),
                    Err(_) => PathSegment::Key(s.to_string()),
                })
                .collect()
        };
        assert_eq!(
            tree.resolve(&path(&["block", "0", "a"])),
            Resolved {
                span: 20..25,
                exact: true
            }
        );
        assert_eq!(
            tree.resolve(&path(&["block", "0", "b"])),
            Resolved {
                span: 12..17,
                exact: false
            }
        );
        assert_eq!(
            tree.resolve(&path(&["missing", "x"])),
            Resolved {
                span: 0..10,
                exact: false
            }
        );
        assert_eq!(
            tree.resolve(&path(&["block"])),
            Resolved {
                span: 12..17,
                exact: true
            }
        );
    }
}
