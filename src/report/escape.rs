//! Escaping scanned text for each output: what a file holds (names, messages, paths, source lines) never reaches a terminal, a CI log or a document unescaped.
//!
//! A hostile repository can put newlines, terminal escape sequences, GitHub
//! workflow commands (`::error ...`) or bidirectional-text overrides into a
//! resource name or a file name; every printer passes such text through one
//! of these functions.

use std::borrow::Cow;

/// Whether `c` must not be printed as itself: C0 and C1 control characters
/// (newline, carriage return and escape among them), DEL, the Unicode line and
/// paragraph separators, and the bidirectional embeddings, overrides and isolates
/// that can make text read differently from what it is ("Trojan Source"), and
/// the noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF) that XML and some terminals refuse.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{fffe}' | '\u{ffff}' | '\u{fdd0}'..='\u{fdef}')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// One-line text for a terminal or a log: unsafe characters written as Rust
/// escapes (`\n`, `\u{1b}`), so each report line stays one line and inert.
pub fn line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A source file's text for a snippet: unsafe characters other than line breaks
/// and tabs replaced by characters of the same length in bytes, so every byte
/// offset (span) stays valid while nothing reaches the terminal as a control.
pub fn source(text: &str) -> Cow<'_, str> {
    let unsafe_here = |c: char| is_unsafe(c) && !matches!(c, '\n' | '\r' | '\t');
    if !text.chars().any(unsafe_here) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if unsafe_here(c) {
            // U+FFFD is three bytes, `?` one: pad to the character's own length.
            match c.len_utf8() {
                3 => out.push('\u{fffd}'),
                n => out.extend(std::iter::repeat_n('?', n)),
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text as XML 1.0 character data or an attribute value: markup escaped, and
/// characters XML 1.0 cannot hold at all (most controls, U+FFFE, U+FFFF,
/// lone surrogates cannot occur in Rust strings) replaced by U+FFFD.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // As references, so scanned text cannot start a line of its own (a
            // log that prints the file would otherwise run `::error` commands).
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push(c),
            c if !is_xml_char(c) || is_unsafe(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// XML 1.0's `Char` production.
fn is_xml_char(c: char) -> bool {
    matches!(c as u32, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF)
}

/// A path as an RFC 3986 URI reference (relative, `/`-separated): every byte
/// outside the unreserved set and `/` percent-encoded, so `%`, spaces, `#`, `?`
/// and line breaks in file names survive as data.
pub fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.replace('\\', "/").bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// A GitHub workflow command's message: `%`, CR and LF percent-encoded as the
/// runner requires, after other unsafe characters were made visible escapes.
pub fn workflow_data(text: &str) -> String {
    line(text)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value (`file=`, `title=`): also `:` and `,`.
pub fn workflow_property(text: &str) -> String {
    workflow_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Text for a Markdown table cell or line: one line, pipes escaped, and HTML
/// markup and Markdown emphasis characters neutralised so a name cannot become a link or a tag.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in line(text).chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of hostile text the printers must neutralise.
    pub const HOSTILE: &str = "x\n::error file=README.md,line=1::INJECTED\u{1b}[31mred\u{7}%25 ]]> \u{fffe} \u{2028} \u{202e}evil";

    #[test]
    fn lines_stay_one_inert_line() {
        let escaped = line(HOSTILE);
        assert!(!escaped.chars().any(is_unsafe), "{escaped}");
        assert!(escaped.contains("\\n::error"), "{escaped}");
        assert!(escaped.contains("\\u{1b}[31m"), "{escaped}");
        assert!(escaped.contains("\\u{202e}evil"), "{escaped}");
        assert_eq!(line("plain text"), "plain text");
    }

    #[test]
    fn source_text_keeps_its_byte_offsets() {
        let text = "a = \"\u{1b}[2J\u{202e}\u{85}\"\nb = 1\n";
        let cleaned = source(text);
        assert_eq!(cleaned.len(), text.len());
        assert!(!cleaned.chars().any(|c| is_unsafe(c) && c != '\n'));
        assert_eq!(cleaned.find("b = 1"), text.find("b = 1"));
    }

    #[test]
    fn xml_is_always_well_formed() {
        let escaped = xml(HOSTILE);
        assert!(escaped.chars().all(|c| is_xml_char(c) && !is_unsafe(c)));
        assert!(!escaped.contains('<') && !escaped.contains("]]>"));
    }

    #[test]
    fn uris_encode_everything_but_unreserved_characters() {
        assert_eq!(uri_path("a b/100%\n#?.tf"), "a%20b/100%25%0A%23%3F.tf");
        assert_eq!(uri_path("dir\\main.tf"), "dir/main.tf");
    }

    #[test]
    fn workflow_commands_cannot_be_injected() {
        let data = workflow_data(HOSTILE);
        assert!(!data.contains('\n') && !data.contains('\u{1b}'));
        assert!(data.contains("%2525"), "{data}");
        assert_eq!(workflow_property("x: y, z"), "x%3A y%2C z");
    }
}
