//! Secrets in the scanned files: found before evaluation (token formats in every file's text, credentials by their place), handed to policies as `input.secrets`, and masked in the document's files so that no output can show them.
//!
//! Masking happens here, once: the document's source files are replaced by
//! copies in which every secret's bytes are `*` (its first characters kept when
//! long), with the same length and line breaks, so every span stays true and
//! every snippet, in every format, shows the masked text. Messages get the
//! masked form (`ghp_…`) from the policies, and `engine::locate` masks any
//! message that still quotes a secret's value.

mod credentials;
mod detectors;
mod mask;

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use crate::model::{
    Document, Format, PathSegment, Secret, SecretCategory, SecretStep, SourceFile, SpanChildren,
    SpanTree, Warning, dotted, masked_form,
};

/// At most this many secrets are reported per document; beyond, a warning says how many were left out.
const MAX_SECRETS: usize = 10_000;

/// Values at least this long are also masked wherever else they appear in the document's files.
const MASK_EVERYWHERE_FROM: usize = 8;

/// Finds the secrets of `document`, records them in `document.secrets` and masks
/// them in its files. A warning when the document has more than can be reported.
pub fn examine(document: &mut Document) -> Option<Warning> {
    let (mut secrets, beyond) = tokens(document);
    let literals = QuotedLiterals::new(document);
    for credential in credentials::find(document) {
        let Some((file, span, trace)) = locate(document, &literals, &credential) else {
            continue;
        };
        // A token inside a credential's value is reported as the token (the more precise name).
        if secrets
            .iter()
            .any(|s| s.file == file && s.span.start >= span.start && s.span.end <= span.end)
        {
            continue;
        }
        secrets.push(Secret {
            detector: credential.detector,
            name: credential.name,
            category: SecretCategory::Credential,
            file,
            span,
            owner: credential.owner,
            label: credential
                .label
                .clone()
                .unwrap_or_else(|| dotted(&credential.path)),
            attribute: dotted(&credential.path),
            path: path_values(&credential.path),
            masked: masked_form(&credential.value),
            value: credential.value,
            trace,
            ordinal: 0,
        });
    }
    // One secret per place: instances of a counted resource share their literal.
    secrets.sort_by(|a, b| {
        (a.file, a.span.start, a.span.end, a.category).cmp(&(
            b.file,
            b.span.start,
            b.span.end,
            b.category,
        ))
    });
    secrets.dedup_by(|a, b| a.file == b.file && a.span == b.span && a.category == b.category);
    let mut warning = None;
    if secrets.len() > MAX_SECRETS {
        let first = &document.files[secrets[MAX_SECRETS].file];
        warning = Some(Warning {
            file: first.path.clone(),
            line: Some(first.position(secrets[MAX_SECRETS].span.start).line),
            message: format!(
                "{} more secrets in this document are not reported (at most {MAX_SECRETS}); they are masked all the same",
                secrets.len() - MAX_SECRETS + beyond.len()
            ),
        });
    }
    mask_files(document, &secrets, &beyond);
    secrets.truncate(MAX_SECRETS);
    let mut seen: BTreeMap<(String, String, &'static str), usize> = BTreeMap::new();
    for secret in &mut secrets {
        let count = seen
            .entry((
                secret.owner.clone(),
                secret.attribute.clone(),
                secret.detector,
            ))
            .or_insert(0);
        secret.ordinal = *count;
        *count += 1;
    }
    document.secrets = secrets;
    warning
}

/// Every token format found in the text of the document's files: the first
/// [`MAX_SECRETS`] as secrets to report, the spans of any further ones to mask only
/// (a file made of tokens must not cost a resource lookup per token).
fn tokens(document: &Document) -> (Vec<Secret>, Vec<(usize, Range<usize>)>) {
    let mut found = Vec::new();
    let mut beyond = Vec::new();
    for (index, file) in document.files.iter().enumerate() {
        for token in detectors::scan(&file.text) {
            if found.len() > MAX_SECRETS {
                beyond.push((index, token.span));
                continue;
            }
            let detector = &detectors::DETECTORS[token.detector];
            let value = file.text[token.span.clone()].to_string();
            let (owner, path) = owner_at(document, index, &token.span);
            found.push(Secret {
                detector: detector.id,
                name: detector.name,
                category: detector.category,
                file: index,
                span: token.span,
                owner,
                label: dotted(&path),
                attribute: dotted(&path),
                path: path_values(&path),
                masked: masked_form(&value),
                value,
                trace: Vec::new(),
                ordinal: 0,
            });
        }
    }
    (found, beyond)
}

/// The resource and attribute path holding a span of a file or, outside resources,
/// the Terraform block around it (`variable.token`, `provider.aws`, `locals`), else the file.
fn owner_at(document: &Document, file: usize, span: &Range<usize>) -> (String, Vec<PathSegment>) {
    let holder = document
        .resources
        .iter()
        .filter(|r| {
            r.file == file && r.spans.full.start <= span.start && span.end <= r.spans.full.end
        })
        .min_by_key(|r| r.spans.full.len());
    if let Some(resource) = holder {
        let mut path = Vec::new();
        path_at(&resource.spans, span, &mut path);
        return (resource.address.clone(), path);
    }
    let source = &document.files[file];
    let owner = match document.format {
        Format::Terraform => enclosing_block(&source.text, span.start),
        Format::Kubernetes => None,
    };
    let Some(owner) = owner else {
        return (source.path.clone(), Vec::new());
    };
    // The argument on the secret's line (`access_key = "..."`), unless the owner is that argument.
    let line_start = source.text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let argument = source.text[line_start..span.start]
        .split_once('=')
        .map(|(key, _)| key.trim())
        .filter(|key| {
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
                && owner != format!("var.{key}")
        });
    let path = argument.map_or_else(Vec::new, |key| vec![PathSegment::Key(key.to_string())]);
    (owner, path)
}

/// The deepest attribute path whose span holds `span`.
fn path_at(tree: &SpanTree, span: &Range<usize>, path: &mut Vec<PathSegment>) {
    let inside = |t: &SpanTree| t.full.start <= span.start && span.end <= t.full.end;
    match &tree.children {
        SpanChildren::Leaf => {}
        SpanChildren::Map(entries) => {
            if let Some((key, child)) = entries.iter().find(|(_, t)| inside(t)) {
                path.push(PathSegment::Key(key.clone()));
                path_at(child, span, path);
            }
        }
        SpanChildren::Seq(items) => {
            if let Some((index, child)) = items.iter().enumerate().find(|(_, t)| inside(t)) {
                path.push(PathSegment::Index(index));
                path_at(child, span, path);
            }
        }
    }
}

/// The top-level HCL block that an offset is in, named by its type and labels
/// (`variable.token`), or the attribute at the start of its line in a tfvars file (`var.token`).
fn enclosing_block(text: &str, offset: usize) -> Option<String> {
    let before = text.get(..offset)?;
    for line in before.lines().rev() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
            let words: Vec<&str> = line
                .split(|c: char| c.is_whitespace() || c == '{' || c == '=')
                .filter(|w| !w.is_empty())
                .collect();
            let first = *words.first()?;
            if line.contains('{') && !line.contains('=') {
                let labels: Vec<&str> = words[1..]
                    .iter()
                    .map(|w| w.trim_matches('"'))
                    .filter(|w| !w.is_empty())
                    .collect();
                let mut name = first.to_string();
                for label in labels {
                    name.push('.');
                    name.push_str(label);
                }
                return Some(name);
            }
            if line.contains('=') {
                return Some(format!("var.{first}"));
            }
            return None;
        }
    }
    None
}

/// Where a credential's literal is written: in its attribute, or (read through a
/// variable, a local or a module argument) where the value is written as a
/// quoted literal, with the attribute as the trace. `None` when the value comes
/// from outside the repository (`--var`, `TF_VAR_*`, `--var-file`).
fn locate(
    document: &Document,
    literals: &QuotedLiterals<'_>,
    credential: &credentials::Credential,
) -> Option<(usize, Range<usize>, Vec<SecretStep>)> {
    let Some(index) = credential.resource else {
        let (file, span) = literals.find(&credential.value)?;
        let trace = credential
            .read_by
            .iter()
            .map(|(index, path)| {
                let resource = &document.resources[*index];
                SecretStep {
                    file: resource.file,
                    span: resource.spans.resolve(path).span,
                    message: format!(
                        "`{}` of {} reads {} (its value is set elsewhere)",
                        dotted(path),
                        resource.address,
                        credential.owner.replacen("variable.", "var.", 1)
                    ),
                }
            })
            .collect();
        return Some((file, span, trace));
    };
    let resource = &document.resources[index];
    let resolved = resource.spans.resolve(&credential.path);
    let file = &document.files[resource.file];
    if resolved.exact
        && let Some(span) = value_in(&file.text, &resolved.span, &credential.value)
    {
        return Some((resource.file, span, Vec::new()));
    }
    let referenced = resource.origin.is_some()
        || (1..=credential.path.len()).any(|length| {
            resource
                .references
                .contains_key(&dotted(&credential.path[..length]))
        });
    if let Some((literal_file, span)) = literals.find(&credential.value) {
        let step = SecretStep {
            file: resource.file,
            span: resolved.span.clone(),
            message: format!(
                "`{}` of {} reads this value",
                dotted(&credential.path),
                resource.address
            ),
        };
        return Some((literal_file, span, vec![step]));
    }
    if referenced || !resolved.exact {
        return None;
    }
    // Written with escapes, or as a block scalar: the whole value after the `=` or `:`.
    after_assignment(&file.text, &resolved.span).map(|span| (resource.file, span, Vec::new()))
}

/// The value's bytes inside an attribute's span (`password = "x"`, `key: x`).
fn value_in(text: &str, span: &Range<usize>, value: &str) -> Option<Range<usize>> {
    let attribute = text.get(span.clone())?;
    let start = attribute.find(['=', ':']).map_or(0, |i| i + 1);
    let at = attribute[start..].find(value)?;
    let begin = span.start + start + at;
    Some(begin..begin + value.len())
}

/// Everything after an attribute's `=` or `:`, without surrounding blanks and quotes.
fn after_assignment(text: &str, span: &Range<usize>) -> Option<Range<usize>> {
    let attribute = text.get(span.clone())?;
    let start = attribute.find(['=', ':'])? + 1;
    let rest = &attribute[start..];
    let trimmed_start = rest.len() - rest.trim_start().len();
    let inner = rest.trim().trim_matches(['"', '\'']);
    if inner.is_empty() {
        return None;
    }
    let offset = rest.trim_start().find(inner).unwrap_or(0);
    let begin = span.start + start + trimmed_start + offset;
    Some(begin..begin + inner.len())
}

/// Where each string is first written between double quotes in the document's
/// files, tfvars files first (they override variable defaults): built once, on the
/// first lookup, so that ten thousand instances reading variables cost one pass.
struct QuotedLiterals<'d> {
    document: &'d Document,
    index: std::cell::OnceCell<std::collections::HashMap<&'d str, (usize, usize)>>,
}

impl<'d> QuotedLiterals<'d> {
    fn new(document: &'d Document) -> Self {
        QuotedLiterals {
            document,
            index: std::cell::OnceCell::new(),
        }
    }

    /// The file and the bytes of `value` where it is first written as `"value"`.
    fn find(&self, value: &str) -> Option<(usize, Range<usize>)> {
        let index = self.index.get_or_init(|| {
            let files = &self.document.files;
            let is_tfvars = |f: &Arc<SourceFile>| {
                f.path.ends_with(".tfvars") || f.path.ends_with(".tfvars.json")
            };
            let order = (0..files.len())
                .filter(|&i| is_tfvars(&files[i]))
                .chain((0..files.len()).filter(|&i| !is_tfvars(&files[i])));
            let mut index = std::collections::HashMap::new();
            for file in order {
                for (start, literal) in quoted_strings(&files[file].text) {
                    index.entry(literal).or_insert((file, start));
                }
            }
            index
        });
        let &(file, start) = index.get(value)?;
        Some((file, start..start + value.len()))
    }
}

/// The contents of the double-quoted strings of a text that hold no escape and no
/// line break, with their byte offsets (a plain scan: good enough to find a literal).
fn quoted_strings(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(open) = memchr_quote(bytes, at) {
        let start = open + 1;
        let mut end = start;
        while end < bytes.len() && !matches!(bytes[end], b'"' | b'\\' | b'\n') {
            end += 1;
        }
        if end < bytes.len() && bytes[end] == b'"' {
            found.push((start, &text[start..end]));
            at = end + 1;
        } else {
            at = end.max(start);
        }
    }
    found
}

fn memchr_quote(bytes: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == b'"')
        .map(|i| from + i)
}

/// Replaces the files holding secrets by masked copies: each secret's span and,
/// for values long enough not to be ordinary words, every other occurrence (one
/// pass per file, all values at once).
fn mask_files(document: &mut Document, secrets: &[Secret], beyond: &[(usize, Range<usize>)]) {
    if secrets.is_empty() && beyond.is_empty() {
        return;
    }
    let mut ranges: BTreeMap<usize, Vec<Range<usize>>> = BTreeMap::new();
    for secret in secrets {
        ranges
            .entry(secret.file)
            .or_default()
            .push(secret.span.clone());
    }
    for (file, span) in beyond {
        ranges.entry(*file).or_default().push(span.clone());
    }
    let mut values: Vec<&str> = secrets
        .iter()
        .map(|s| s.value.as_str())
        .filter(|v| v.len() >= MASK_EVERYWHERE_FROM)
        .collect();
    values.sort_unstable();
    values.dedup();
    // Literal alternatives: the regex crate searches them with Aho-Corasick. Should
    // the set be too large to build, the secrets' own spans are still masked.
    let pattern = values
        .iter()
        .map(|v| regex::escape(v))
        .collect::<Vec<_>>()
        .join("|");
    let everywhere = (!values.is_empty())
        .then(|| regex::Regex::new(&pattern).ok())
        .flatten();
    document.secret_pattern.clone_from(&everywhere);
    if let Some(everywhere) = &everywhere {
        for (index, file) in document.files.iter().enumerate() {
            for found in everywhere.find_iter(&file.text) {
                ranges.entry(index).or_default().push(found.range());
            }
        }
    }
    for (index, spans) in ranges {
        let Some(file) = document.files.get(index) else {
            continue;
        };
        let text = mask::mask_text(&file.text, &spans);
        document.files[index] = Arc::new(SourceFile::new(file.path.clone(), text));
    }
}

/// A path as policies write it: keys as strings, indexes as numbers.
fn path_values(path: &[PathSegment]) -> Vec<serde_json::Value> {
    path.iter()
        .map(|segment| match segment {
            PathSegment::Key(key) => serde_json::Value::from(key.clone()),
            PathSegment::Index(index) => serde_json::Value::from(*index),
        })
        .collect()
}
