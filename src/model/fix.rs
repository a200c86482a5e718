//! A finding's fix as the reports show it: its safety, whether srm-lint can apply it, and the text edits.

use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use super::source::SourceFile;
use super::taxonomy::FixSafety;

/// What `--fix` would do about a finding.
#[derive(Debug, Clone, Serialize)]
pub struct Fix {
    pub safety: FixSafety,
    /// The value is written literally where the finding is, so `--fix` edits it;
    /// otherwise the fix is a suggestion (see `note`) and nothing is applied.
    pub applicable: bool,
    /// Empty when the fix is not applicable.
    pub edits: Vec<TextEdit>,
    /// For a suggestion: why srm-lint does not apply it and where the value comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One replacement of a range of a file's text (an insertion when the range is empty).
#[derive(Debug, Clone, Serialize)]
pub struct TextEdit {
    pub file: String,
    /// 1-based; the end is exclusive (the position after the last replaced character).
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub new_text: String,
    /// Byte range in the file's text.
    #[serde(skip)]
    pub range: Range<usize>,
    #[serde(skip)]
    pub source: Arc<SourceFile>,
}

impl TextEdit {
    pub fn new(source: &Arc<SourceFile>, range: Range<usize>, new_text: String) -> TextEdit {
        let start = source.position(range.start);
        let end = source.position(range.end);
        TextEdit {
            file: source.path.clone(),
            start_line: start.line,
            start_column: start.column,
            end_line: end.line,
            end_column: end.column,
            new_text,
            range,
            source: Arc::clone(source),
        }
    }
}

/// `text` with `edits` applied (sorted by position, none overlapping; the caller checks).
pub fn apply_edits(text: &str, edits: &[&TextEdit]) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for edit in edits {
        let start = edit.range.start.clamp(at, text.len());
        out.push_str(text.get(at..start).unwrap_or(""));
        out.push_str(&edit.new_text);
        at = edit.range.end.clamp(start, text.len());
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out
}
