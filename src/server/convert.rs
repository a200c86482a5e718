//! Byte offsets ↔ LSP positions (line, character), in UTF-16 code units (the protocol's default) or UTF-8 bytes when negotiated.

use std::ops::Range as ByteRange;

use lsp_types::{Position, Range};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

/// The start of each line (after `\n`).
fn line_start(text: &str, line: usize) -> Option<usize> {
    if line == 0 {
        return Some(0);
    }
    text.match_indices('\n').nth(line - 1).map(|(i, _)| i + 1)
}

/// The position of byte `offset` (clamped to the text and to a character boundary).
pub fn position(text: &str, offset: usize, encoding: Encoding) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = &text[start..offset];
    let character = match encoding {
        Encoding::Utf8 => column.len(),
        Encoding::Utf16 => column.encode_utf16().count(),
    };
    Position::new(line as u32, character as u32)
}

pub fn range(text: &str, bytes: &ByteRange<usize>, encoding: Encoding) -> Range {
    Range::new(
        position(text, bytes.start, encoding),
        position(text, bytes.end.max(bytes.start), encoding),
    )
}

/// The byte offset of a position; a character past the end of its line is the line's end (as the protocol says).
pub fn offset(text: &str, position: Position, encoding: Encoding) -> usize {
    let Some(start) = line_start(text, position.line as usize) else {
        return text.len();
    };
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[start..end];
    let wanted = position.character as usize;
    let mut units = 0;
    for (index, c) in line.char_indices() {
        if units >= wanted {
            return start + index;
        }
        units += match encoding {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        };
    }
    end
}

/// The end of line `line` (for a diagnostic that covers a whole line).
pub fn line_end(text: &str, line: usize, encoding: Encoding) -> Position {
    let Some(start) = line_start(text, line) else {
        return position(text, text.len(), encoding);
    };
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let end = if text[..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    position(text, end, encoding)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_counts_surrogate_pairs_and_utf8_counts_bytes() {
        let text = "a = \"é😀\"\nb = 1\n";
        let after_emoji = text.find("\"\n").unwrap_or(0);
        assert_eq!(
            position(text, after_emoji, Encoding::Utf16),
            Position::new(0, 8)
        );
        assert_eq!(
            position(text, after_emoji, Encoding::Utf8),
            Position::new(0, 11)
        );
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            for offset in [0, 4, 5, after_emoji, text.len() - 2, text.len()] {
                let p = position(text, offset, encoding);
                assert_eq!(
                    super::offset(text, p, encoding),
                    offset,
                    "{encoding:?} {offset}"
                );
            }
        }
        // Past the end of a line: the line's end; past the last line: the text's end.
        assert_eq!(
            offset(text, Position::new(1, 99), Encoding::Utf16),
            text.len() - 1
        );
        assert_eq!(
            offset(text, Position::new(9, 0), Encoding::Utf16),
            text.len()
        );
    }
}
