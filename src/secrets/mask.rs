//! Masking: how a secret may be shown (its first characters and `…`), the masked copy of a file's text, and what counts as a placeholder rather than a secret.

use std::ops::Range;

use crate::model::{SHOWN, SHOWN_FROM};

/// `text` with every byte of `ranges` replaced by `*` (the first characters of a
/// long value kept, as in [`masked`]); line breaks stay, so every byte offset,
/// line and column of the file (the other findings' spans) stays true.
pub fn mask_text(text: &str, ranges: &[Range<usize>]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for range in ranges {
        let Some(value) = text.get(range.clone()) else {
            continue;
        };
        let keep = if value.chars().count() >= SHOWN_FROM {
            value.char_indices().nth(SHOWN).map_or(0, |(i, _)| i)
        } else {
            0
        };
        for (offset, byte) in value.bytes().enumerate().skip(keep) {
            if byte != b'\n' && byte != b'\r' {
                bytes[range.start + offset] = b'*';
            }
        }
    }
    // Whole characters were replaced by ASCII bytes, so the text is still UTF-8;
    // should that ever fail, hide the whole file rather than show a secret.
    String::from_utf8(bytes).unwrap_or_else(|_| {
        text.chars()
            .map(|c| if c == '\n' { '\n' } else { '*' })
            .collect()
    })
}

/// Shannon entropy in bits per character.
pub fn entropy(value: &str) -> f64 {
    let mut counts = std::collections::HashMap::new();
    let mut total = 0usize;
    for c in value.chars() {
        *counts.entry(c).or_insert(0usize) += 1;
        total += 1;
    }
    if total == 0 {
        return 0.0;
    }
    counts
        .values()
        .map(|&n| {
            let p = n as f64 / total as f64;
            -p * p.log2()
        })
        .sum()
}

/// Words that stand for a value to fill in, not a value.
const PLACEHOLDER_WORDS: &[&str] = &[
    "changeme",
    "changeit",
    "password",
    "passwd",
    "secret",
    "placeholder",
    "redacted",
    "dummy",
    "sample",
    "todo",
    "tbd",
    "fixme",
    "none",
    "null",
    "nil",
    "undefined",
    "empty",
    "na",
    "token",
    "apikey",
    "yourpassword",
    "yourtoken",
    "mypassword",
    "mypass",
    "pass",
    "mysecret",
    "insertpasswordhere",
];

/// Whether `value` points to a secret rather than being one: empty, an expression
/// or template (`${var.x}`, `$(VAR)`, `{{ .x }}`, `<password>`), a secret-store
/// reference (`arn:...`, `@Microsoft.KeyVault(...)`). Any other value written in
/// a credential's place is a credential, however weak (`changeme` is one).
pub fn is_reference(value: &str) -> bool {
    let value = value.trim();
    if value.is_empty() {
        return true;
    }
    let lower = value.to_ascii_lowercase();
    let expression = ["${", "$(", "{{", "%{", "#{", "<%"]
        .iter()
        .any(|marker| value.contains(marker))
        || (value.starts_with('<') && value.ends_with('>'))
        || (value.starts_with('$')
            && value[1..]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_'));
    let reference = [
        "arn:",
        "@microsoft.keyvault(",
        "projects/",
        "vault:",
        "sm://",
        "secretsmanager:",
    ]
    .iter()
    .any(|prefix| lower.starts_with(prefix));
    expression || reference
}

/// Whether a string in a token's format is a placeholder rather than a token: a
/// reference (see [`is_reference`]), a documentation example (`EXAMPLE`), a
/// masked value (`****`, `####`), one character repeated, a run such as
/// `abcdefgh` or `12345678`, or a word such as `changeme`.
pub fn is_placeholder(value: &str) -> bool {
    if is_reference(value) {
        return true;
    }
    let value = value.trim();
    let lower = value.to_ascii_lowercase();
    let example = [
        "example",
        "xxxx",
        "****",
        "####",
        "changeme",
        "change_me",
        "change-me",
        "replace",
        "abcdefgh",
        "12345678",
    ]
    .iter()
    .any(|word| lower.contains(word));
    let mut chars = value.chars();
    let first = chars.next();
    let repeated = chars.all(|c| Some(c) == first);
    let letters: String = lower.chars().filter(char::is_ascii_alphanumeric).collect();
    let word = PLACEHOLDER_WORDS.contains(&letters.as_str());
    example || repeated || word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_show_four_characters_short_ones_nothing() {
        assert_eq!(
            crate::model::masked_form("ghp_8Kd2LmQ9xR4tV7wZ1bN5cH3jF6gS0aY2eU4i"),
            "ghp_…"
        );
        assert_eq!(crate::model::masked_form("hunter2"), "hidden");
    }

    #[test]
    fn masking_keeps_offsets_and_line_breaks() {
        let text =
            "a = \"AdminPassword123!\"\nb = \"hunter22\"\nk = \"-----BEGIN\nabcdefgh\n-----END\"\n";
        let first = text.find("Admin").unwrap();
        let second = text.find("hunter").unwrap();
        let third = text.find("-----BEGIN").unwrap();
        let masked = mask_text(
            text,
            &[
                first..first + 17,
                second..second + 8,
                third..text.rfind("END").unwrap() + 3,
            ],
        );
        assert_eq!(masked.len(), text.len());
        assert_eq!(masked.lines().count(), text.lines().count());
        assert!(masked.starts_with("a = \"Admi*************\"\nb = \"********\"\n"));
        assert!(
            !masked.contains("Password123")
                && !masked.contains("hunter")
                && !masked.contains("abcdefgh")
        );
        let unicode = "p = \"pässwörd-sehr-geheim\"";
        let start = unicode.find('p').unwrap() + 5;
        let value = start..unicode.len() - 1;
        let masked = mask_text(unicode, std::slice::from_ref(&value));
        assert_eq!(masked.len(), unicode.len());
        assert!(masked.starts_with("p = \"päss*"));
    }

    #[test]
    fn placeholders_and_references_are_not_secrets() {
        for value in [
            "",
            "${var.db_password}",
            "$(DB_PASSWORD)",
            "$DB_PASSWORD",
            "{{ .Values.password }}",
            "<password>",
            "changeme",
            "ChangeMe123",
            "AKIAIOSFODNN7EXAMPLE",
            "xxxxxxxx",
            "********",
            "aaaaaaaaaaaa",
            "password",
            "your-password",
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db",
            "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db)",
        ] {
            assert!(is_placeholder(value), "{value:?} should be a placeholder");
        }
        for value in [
            "AdminPassword123!",
            "Zq7-rT9w2Lx",
            "hunter22",
            "s3cr3t-P@ss",
        ] {
            assert!(!is_placeholder(value), "{value:?} is a secret");
        }
    }

    #[test]
    fn entropy_tells_random_from_repetitive() {
        assert!(entropy("Zx8qP2mK9vR4tL7wN3sB6yH1jF5gD0cA+eU/iO8r") > 4.5);
        assert!(entropy("aaaaaaaaaaaaaaaaaaaaaaaa") < 0.1);
    }
}
