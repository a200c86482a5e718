//! Reading files as text: size limit, binary and UTF-8 checks, each problem located at its line.

use crate::input::discover::Candidate;
use crate::model::{ParseError, Skipped, SourceFile, ToolError};

/// Files larger than this are skipped: generated state or data, not configuration.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The name `-` (standard input) gets in reports.
pub const STDIN_NAME: &str = "<stdin>";

/// Why a file was not read: an error (exit 2) or a deliberate skip.
pub enum ReadProblem {
    Error(ToolError),
    Skip(Skipped),
}

/// Reads a file as UTF-8 text; binary and non-UTF-8 files are errors that name
/// where the bad byte is, oversized files are skipped.
pub fn read_source(candidate: &Candidate) -> Result<SourceFile, ReadProblem> {
    if let Some(text) = &candidate.text {
        return Ok(SourceFile::new(candidate.display.clone(), text.to_string()));
    }
    let error = |message: String, line: Option<usize>, column: Option<usize>| {
        ReadProblem::Error(ToolError {
            file: candidate.display.clone(),
            line,
            column,
            message,
        })
    };
    let metadata = std::fs::metadata(&candidate.path)
        .map_err(|e| error(format!("cannot read: {e}"), None, None))?;
    if metadata.len() > MAX_FILE_BYTES {
        return Err(ReadProblem::Skip(Skipped {
            file: candidate.display.clone(),
            reason: format!("larger than {} MiB", MAX_FILE_BYTES / (1024 * 1024)),
        }));
    }
    let bytes = std::fs::read(&candidate.path)
        .map_err(|e| error(format!("cannot read: {e}"), None, None))?;
    // UTF-16 text (as some Windows editors save it) is full of NUL bytes: name it
    // so the user knows to convert it rather than wonder why "binary".
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(error(
            "UTF-16 text; srm-lint reads UTF-8 (convert it, e.g. `iconv -f UTF-16 -t UTF-8`)"
                .into(),
            Some(1),
            Some(1),
        ));
    }
    if let Some(position) = bytes.iter().take(8192).position(|b| *b == 0) {
        let line = bytes[..position].iter().filter(|b| **b == b'\n').count() + 1;
        return Err(error(
            "binary file (contains NUL bytes), not text".into(),
            Some(line),
            None,
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(candidate.display.clone(), text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..valid].iter().filter(|b| **b == b'\n').count() + 1;
            let line_start = bytes[..valid]
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&bytes[line_start..valid])
                .chars()
                .count()
                + 1;
            Err(error(
                format!("not valid UTF-8 text (byte 0x{:02x})", bytes[valid]),
                Some(line),
                Some(column),
            ))
        }
    }
}

/// A parse error as a tool error at its line and column.
pub fn parse_error(file: &SourceFile, error: ParseError) -> ToolError {
    // An error at the very end of the file belongs to its last line, not to the empty line after it.
    let last = file.text.trim_end_matches(['\n', '\r']).len();
    let position = error.offset.map(|offset| file.position(offset.min(last)));
    ToolError {
        file: file.path.clone(),
        line: position.map(|p| p.line),
        column: position.map(|p| p.column),
        message: format!("cannot parse: {}", error.message),
    }
}
