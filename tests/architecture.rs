//! The dependency rules of ARCHITECTURE.md, checked on every `src/**/*.rs` file: no circle
//! between top-level modules, what each module may import, clap and the environment only in the
//! command line, and no source file over 800 lines.
//!
//! A file of `src/<m>.rs` or `src/<m>/...` belongs to the top-level module `m`; it imports `b`
//! when its code (comments and strings left out) names `crate::b...`, in a `use` line (grouped
//! `use crate::{a::X, b::Y}` forms too) or inline, or reaches the crate root through `super::`.
//! `lib.rs` and `main.rs` are the crate roots and are exempt from the import rules. As in
//! modgraph.py (the reference module-graph tool), `#[cfg(test)] mod name { ... }` blocks are
//! left out of the import rules and of the line count; the clap and environment rules read
//! them too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// What a top-level module may import of the crate.
enum Imports {
    /// These modules and no other (an empty list: nothing of the crate).
    Only(&'static [&'static str]),
    /// Anything but these modules.
    Not(&'static [&'static str]),
}

const RULES: &[(&str, Imports)] = &[
    ("model", Imports::Only(&[])),
    ("yaml", Imports::Only(&["model"])),
    (
        "input",
        Imports::Not(&[
            "engine", "suppress", "report", "run", "cli", "config", "policy",
        ]),
    ),
    (
        "policy",
        Imports::Not(&["engine", "input", "report", "suppress", "run", "cli"]),
    ),
    (
        "report",
        Imports::Not(&["engine", "input", "config", "run", "suppress", "cli"]),
    ),
    (
        "engine",
        Imports::Not(&["report", "suppress", "run", "cli", "config"]),
    ),
    (
        "suppress",
        Imports::Not(&["engine", "report", "run", "cli", "input"]),
    ),
    ("secrets", Imports::Only(&["model"])),
    ("fix", Imports::Only(&["model"])),
    ("server", Imports::Not(&["cli"])),
];

/// The crate roots: exempt from the import rules.
const ROOTS: [&str; 2] = ["lib.rs", "main.rs"];

/// Where clap, `std::env` and `std::process::exit` may appear.
fn is_command_line(file: &str) -> bool {
    file.starts_with("cli/") || file == "main.rs"
}

const MAX_LINES: usize = 800;

// ---------------------------------------------------------------------------------------------
// Reading the sources.

/// A source file: its path under `src/` (with `/`) and its text.
struct SourceFile {
    path: String,
    text: String,
}

fn source_files(dir: &Path, prefix: &str, files: &mut Vec<SourceFile>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            source_files(&path, &format!("{prefix}{name}/"), files);
        } else if name.ends_with(".rs") {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            files.push(SourceFile {
                path: format!("{prefix}{name}"),
                text,
            });
        }
    }
}

fn crate_sources() -> Vec<SourceFile> {
    let mut files = Vec::new();
    source_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        "",
        &mut files,
    );
    files
}

// ---------------------------------------------------------------------------------------------
// A small Rust lexer: identifiers, `::` and punctuation with their line; comments, strings,
// characters, lifetimes and numbers are dropped.

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    PathSep,
    Punct(char),
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    line: usize,
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

fn lex(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut tokens = Vec::new();
    let mut line = 1;
    let mut i = 0;
    // Skips a quoted literal whose opening quote is at `i`: to after its closing quote.
    let skip_quoted = |mut i: usize, quote: char, line: &mut usize| -> usize {
        i += 1;
        while i < chars.len() && chars[i] != quote {
            if chars[i] == '\\' {
                i += 1;
            }
            if at(i) == '\n' {
                *line += 1;
            }
            i += 1;
        }
        i + 1
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_quoted(i, '"', &mut line);
        } else if c == '\'' {
            if at(i + 1) == '\\' || (at(i + 2) == '\'' && at(i + 1) != '\'') {
                i = skip_quoted(i, '\'', &mut line); // a character
            } else {
                i += 1; // a lifetime or a label: its name follows as an identifier
            }
        } else if c.is_ascii_digit() {
            while i < chars.len() && is_ident_char(chars[i]) {
                i += 1;
            }
        } else if is_ident_start(c) {
            // Raw strings (r"", r#""#, br"", cr""), byte and C strings, byte characters.
            let mut j = i;
            if matches!(c, 'b' | 'c') && at(j + 1) == 'r' {
                j += 1;
            }
            if at(j) == 'r' && matches!(at(j + 1), '"' | '#') {
                let mut hashes = 0;
                let mut k = j + 1;
                while at(k) == '#' {
                    hashes += 1;
                    k += 1;
                }
                if at(k) == '"' {
                    k += 1;
                    loop {
                        if k >= chars.len() {
                            break;
                        }
                        if chars[k] == '"' && (1..=hashes).all(|h| at(k + h) == '#') {
                            k += 1 + hashes;
                            break;
                        }
                        if chars[k] == '\n' {
                            line += 1;
                        }
                        k += 1;
                    }
                    i = k;
                    continue;
                }
                if hashes == 1 && is_ident_start(at(k)) && j == i {
                    i = k; // a raw identifier, r#type: lexed as `type`
                    continue;
                }
            }
            if matches!(c, 'b' | 'c') && matches!(at(i + 1), '"' | '\'') {
                i = skip_quoted(i + 1, at(i + 1), &mut line);
                continue;
            }
            let start = i;
            while i < chars.len() && is_ident_char(chars[i]) {
                i += 1;
            }
            tokens.push(Token {
                tok: Tok::Ident(chars[start..i].iter().collect()),
                line,
            });
        } else if c == ':' && at(i + 1) == ':' {
            tokens.push(Token {
                tok: Tok::PathSep,
                line,
            });
            i += 2;
        } else {
            tokens.push(Token {
                tok: Tok::Punct(c),
                line,
            });
            i += 1;
        }
    }
    tokens
}

fn is_ident(token: Option<&Token>, name: &str) -> bool {
    matches!(token, Some(Token { tok: Tok::Ident(n), .. }) if n == name)
}

fn is_punct(token: Option<&Token>, c: char) -> bool {
    matches!(token, Some(Token { tok: Tok::Punct(p), .. }) if *p == c)
}

fn is_sep(token: Option<&Token>) -> bool {
    matches!(
        token,
        Some(Token {
            tok: Tok::PathSep,
            ..
        })
    )
}

/// The index just after the bracket that closes the one at `open` (`(`, `[` or `{`).
fn after_closing(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate().skip(open) {
        match token.tok {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

/// `#[cfg(test)]` at `i`: the index after it.
fn cfg_test_at(tokens: &[Token], i: usize) -> Option<usize> {
    let shape = [
        Tok::Punct('#'),
        Tok::Punct('['),
        Tok::Ident("cfg".into()),
        Tok::Punct('('),
        Tok::Ident("test".into()),
        Tok::Punct(')'),
        Tok::Punct(']'),
    ];
    let window = tokens.get(i..i + shape.len())?;
    window
        .iter()
        .zip(&shape)
        .all(|(t, s)| t.tok == *s)
        .then_some(i + shape.len())
}

/// The tokens without the `#[cfg(test)] mod name { ... }` blocks.
fn without_test_modules(tokens: Vec<Token>) -> Vec<Token> {
    let mut kept = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if let Some(mut j) = cfg_test_at(&tokens, i) {
            // Further attributes, then an optional visibility.
            while is_punct(tokens.get(j), '#') && is_punct(tokens.get(j + 1), '[') {
                j = after_closing(&tokens, j + 1);
            }
            if is_ident(tokens.get(j), "pub") {
                j += 1;
                if is_punct(tokens.get(j), '(') {
                    j = after_closing(&tokens, j);
                }
            }
            if is_ident(tokens.get(j), "mod")
                && matches!(tokens.get(j + 1).map(|t| &t.tok), Some(Tok::Ident(_)))
                && is_punct(tokens.get(j + 2), '{')
            {
                i = after_closing(&tokens, j + 2);
                continue;
            }
        }
        kept.push(tokens[i].clone());
        i += 1;
    }
    kept
}

/// How many inline `mod name { ... }` blocks enclose each token.
fn inline_module_depths(tokens: &[Token]) -> Vec<usize> {
    let mut depths = Vec::with_capacity(tokens.len());
    let mut braces = 0usize;
    let mut open_modules: Vec<usize> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        match token.tok {
            Tok::Punct('{') => {
                braces += 1;
                if i >= 2
                    && is_ident(tokens.get(i - 2), "mod")
                    && matches!(tokens[i - 1].tok, Tok::Ident(_))
                {
                    open_modules.push(braces);
                }
            }
            Tok::Punct('}') => {
                if open_modules.last() == Some(&braces) {
                    open_modules.pop();
                }
                braces = braces.saturating_sub(1);
            }
            _ => {}
        }
        depths.push(open_modules.len());
    }
    depths
}

// ---------------------------------------------------------------------------------------------
// Paths: every path in the code, with `use` groups expanded, as its segments and its line.

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "type", "unsafe", "use", "where", "while",
];

fn segment(token: Option<&Token>) -> Option<&str> {
    match token {
        Some(Token {
            tok: Tok::Ident(name),
            ..
        }) if !KEYWORDS.contains(&name.as_str()) => Some(name),
        _ => None,
    }
}

/// A path read from the code: its segments (`*` for a glob), the line of its last segment,
/// and whether a `!` follows (a macro).
#[derive(Clone, Debug, PartialEq)]
struct CodePath {
    segments: Vec<String>,
    line: usize,
    macro_call: bool,
}

/// Reads the path (or `use` tree) starting at `i` into `out`, `prefix` first.
fn read_tree(tokens: &[Token], mut i: usize, prefix: &[String], out: &mut Vec<CodePath>) {
    let mut segments = prefix.to_vec();
    let mut line = tokens.get(i).map_or(0, |t| t.line);
    loop {
        if is_punct(tokens.get(i), '{') {
            // A group: each item is a tree of its own, after the same prefix.
            let end = after_closing(tokens, i);
            let mut item = i + 1;
            let mut depth = 0usize;
            let mut j = i + 1;
            while j + 1 < end {
                match tokens[j].tok {
                    Tok::Punct('{') => depth += 1,
                    Tok::Punct('}') => depth = depth.saturating_sub(1),
                    Tok::Punct(',') if depth == 0 => {
                        read_tree(tokens, item, &segments, out);
                        item = j + 1;
                    }
                    _ => {}
                }
                j += 1;
            }
            if item + 1 < end {
                read_tree(tokens, item, &segments, out);
            }
            return;
        }
        if is_punct(tokens.get(i), '*') {
            segments.push("*".into());
            line = tokens[i].line;
            i += 1;
            break;
        }
        let Some(name) = segment(tokens.get(i)) else {
            break;
        };
        segments.push(name.to_string());
        line = tokens[i].line;
        i += 1;
        if is_sep(tokens.get(i)) && !is_punct(tokens.get(i + 1), '<') {
            i += 1;
        } else {
            break;
        }
    }
    if segments.len() > prefix.len() {
        out.push(CodePath {
            segments,
            line,
            macro_call: is_punct(tokens.get(i), '!'),
        });
    }
}

/// Every path of the code, starting at each token that starts one (`a::b` inside a longer
/// path is not read again; a group's items are read with their prefix).
fn code_paths(tokens: &[Token]) -> Vec<(usize, CodePath)> {
    let mut paths = Vec::new();
    for i in 0..tokens.len() {
        if segment(tokens.get(i)).is_none() || !is_sep(tokens.get(i + 1)) {
            continue;
        }
        let previous = i.checked_sub(1).and_then(|p| tokens.get(p));
        let starts_here = if is_sep(previous) {
            // `::std::env`: a leading `::` (after a keyword or a punctuation).
            i < 2 || segment(tokens.get(i - 2)).is_none() && !is_punct(tokens.get(i - 2), '>')
        } else {
            true
        };
        if !starts_here {
            continue;
        }
        let mut found = Vec::new();
        read_tree(tokens, i, &[], &mut found);
        paths.extend(found.into_iter().map(|p| (i, p)));
    }
    paths
}

// ---------------------------------------------------------------------------------------------
// The analysis.

/// A reference from a file to the crate root: `crate::<name>`, or `super::` up to the root.
#[derive(Clone, Debug, PartialEq)]
struct RootReference {
    file: String,
    line: usize,
    /// The top-level module of the file.
    from: String,
    /// The first segment after the crate root: a top-level module, or a root item.
    name: String,
    /// The path as written, for the messages.
    path: String,
}

#[derive(Default)]
struct Analysis {
    files: usize,
    /// Top-level modules: the entries of `src/` but the crate roots.
    modules: BTreeSet<String>,
    references: Vec<RootReference>,
    /// (file, line, what) of clap outside the command line.
    clap: Vec<(String, usize, String)>,
    /// (file, line, path) of `std::env` or `std::process::exit` outside the command line.
    environment: Vec<(String, usize, String)>,
    /// (file, lines as modgraph.py counts them).
    sizes: Vec<(String, usize)>,
}

/// The top-level module of a file under `src/`, or `None` for the crate roots.
fn top_module(file: &str) -> Option<String> {
    if ROOTS.contains(&file) {
        return None;
    }
    let first = file.split('/').next().unwrap_or(file);
    Some(first.strip_suffix(".rs").unwrap_or(first).to_string())
}

/// How deep a file's module is below the crate root: `config.rs` and `engine/mod.rs` 1,
/// `engine/locate.rs` 2, `input/terraform/eval.rs` 3.
fn module_depth(file: &str) -> usize {
    let parts: Vec<&str> = file.split('/').collect();
    if parts.last() == Some(&"mod.rs") {
        parts.len() - 1
    } else {
        parts.len()
    }
}

/// The lines of a file as modgraph.py counts them: the text before the first `#[cfg(test)]`
/// line followed by a `mod name {` line, newlines plus one (so a final newline counts a line).
fn counted_lines(text: &str) -> usize {
    let tests = regex::Regex::new(r"\n#\[cfg\(test\)\]\s*\nmod \w+ \{").expect("regex");
    let kept = tests.find(text).map_or(text, |m| &text[..m.start()]);
    kept.matches('\n').count() + 1
}

fn analyse(files: &[SourceFile]) -> Analysis {
    let mut analysis = Analysis {
        files: files.len(),
        modules: files.iter().filter_map(|f| top_module(&f.path)).collect(),
        ..Analysis::default()
    };
    for file in files {
        analysis
            .sizes
            .push((file.path.clone(), counted_lines(&file.text)));
        let all_tokens = lex(&file.text);

        // clap, the environment and exit: anywhere in the file, its tests too.
        if !is_command_line(&file.path) {
            for (i, token) in all_tokens.iter().enumerate() {
                if is_ident(Some(token), "clap") {
                    analysis
                        .clap
                        .push((file.path.clone(), token.line, "clap".into()));
                }
                if is_ident(Some(token), "derive") && is_punct(all_tokens.get(i + 1), '(') {
                    let end = after_closing(&all_tokens, i + 1);
                    if all_tokens[i..end]
                        .iter()
                        .any(|t| is_ident(Some(t), "ValueEnum"))
                    {
                        analysis.clap.push((
                            file.path.clone(),
                            token.line,
                            "derive(ValueEnum)".into(),
                        ));
                    }
                }
            }
            for (_, path) in code_paths(&all_tokens) {
                let s: Vec<&str> = path.segments.iter().map(String::as_str).collect();
                let environment = s.starts_with(&["std", "env"])
                    || s.windows(2).any(|w| w == ["process", "exit"]);
                if environment {
                    analysis
                        .environment
                        .push((file.path.clone(), path.line, s.join("::")));
                }
            }
        }

        // Imports: the code without its test modules.
        let Some(from) = top_module(&file.path) else {
            continue;
        };
        let tokens = without_test_modules(all_tokens);
        let inline_depths = inline_module_depths(&tokens);
        for (start, path) in code_paths(&tokens) {
            let s = &path.segments;
            // How many segments lead to the crate root, if the path goes there.
            let root_prefix = match s[0].as_str() {
                "crate" => Some(1),
                "super" | "self" => {
                    let supers = s.iter().take_while(|x| *x == "super" || *x == "self");
                    let ups = supers.clone().filter(|x| *x == "super").count();
                    let depth = module_depth(&file.path) + inline_depths[start];
                    (ups == depth).then(|| supers.count())
                }
                _ => None,
            };
            let Some(prefix) = root_prefix else {
                continue;
            };
            let Some(name) = s.get(prefix).filter(|n| *n != "self") else {
                continue; // `crate::{self, ..}`: the root itself
            };
            if path.macro_call && s.len() == prefix + 1 {
                continue; // crate::some_macro!: exported macros live at the root.
            }
            analysis.references.push(RootReference {
                file: file.path.clone(),
                line: path.line,
                from: from.clone(),
                name: name.clone(),
                path: s.join("::"),
            });
        }
    }
    analysis
}

/// Edges between top-level modules: (from, to) to the references that make them.
fn edges(analysis: &Analysis) -> BTreeMap<(String, String), Vec<&RootReference>> {
    let mut edges: BTreeMap<(String, String), Vec<&RootReference>> = BTreeMap::new();
    for reference in &analysis.references {
        if reference.name != reference.from && analysis.modules.contains(&reference.name) {
            edges
                .entry((reference.from.clone(), reference.name.clone()))
                .or_default()
                .push(reference);
        }
    }
    edges
}

fn located(reference: &RootReference) -> String {
    format!(
        "src/{}:{}: `{}`",
        reference.file, reference.line, reference.path
    )
}

/// The circles of the module graph (strongly connected sets of two modules or more), each
/// as its modules and one reference for every edge inside it.
fn circles(analysis: &Analysis) -> Vec<String> {
    let edges = edges(analysis);
    let next = |m: &str| -> Vec<String> {
        edges
            .keys()
            .filter(|(a, _)| a == m)
            .map(|(_, b)| b.clone())
            .collect()
    };
    // Reachability by depth-first search: small graphs, no need for Tarjan.
    let reach = |from: &str| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = next(from);
        while let Some(m) = stack.pop() {
            if seen.insert(m.clone()) {
                stack.extend(next(&m));
            }
        }
        seen
    };
    let reachable: BTreeMap<&String, BTreeSet<String>> =
        analysis.modules.iter().map(|m| (m, reach(m))).collect();
    let mut done = BTreeSet::new();
    let mut found = Vec::new();
    for module in &analysis.modules {
        if done.contains(module) || !reachable[module].contains(module) {
            continue;
        }
        let members: BTreeSet<&String> = analysis
            .modules
            .iter()
            .filter(|m| reachable[module].contains(*m) && reachable[*m].contains(module))
            .collect();
        done.extend(members.iter().map(|m| (*m).clone()));
        let inside: Vec<String> = edges
            .iter()
            .filter(|((a, b), _)| members.contains(a) && members.contains(b))
            .map(|((a, b), refs)| format!("  {a} -> {b}: {}", located(refs[0])))
            .collect();
        found.push(format!(
            "circle of modules {}:\n{}",
            members
                .iter()
                .map(|m| m.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            inside.join("\n")
        ));
    }
    found
}

/// References the rules forbid: to a forbidden module, or, from a module with rules, to a
/// root item that is no module (the rules could not check it).
fn forbidden_imports(analysis: &Analysis) -> Vec<String> {
    let mut problems = Vec::new();
    for reference in &analysis.references {
        let Some((_, rule)) = RULES.iter().find(|(m, _)| *m == reference.from) else {
            continue;
        };
        let to = reference.name.as_str();
        if to == reference.from {
            continue;
        }
        if !analysis.modules.contains(to) {
            problems.push(format!(
                "{}: `{}` reaches `{to}` at the crate root, which is no module: name the module it comes from",
                located(reference),
                reference.from
            ));
            continue;
        }
        let allowed = match rule {
            Imports::Only(list) => list.contains(&to),
            Imports::Not(list) => !list.contains(&to),
        };
        if !allowed {
            let rule_text = match rule {
                Imports::Only([]) => "imports nothing of the crate".to_string(),
                Imports::Only(list) => format!("imports only {}", list.join(", ")),
                Imports::Not(list) => format!("never imports {}", list.join(", ")),
            };
            problems.push(format!(
                "{}: `{}` imports `{to}`, but `{}` {rule_text}",
                located(reference),
                reference.from,
                reference.from
            ));
        }
    }
    problems
}

fn report(what: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{what} ({} problem(s)):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// The rules on the crate.

#[test]
fn the_sources_are_read() {
    let analysis = analyse(&crate_sources());
    assert!(
        analysis.modules.len() >= 10,
        "only {} top-level modules: {:?}",
        analysis.modules.len(),
        analysis.modules
    );
    for module in [
        "cli", "config", "engine", "fix", "input", "model", "policy", "report", "run", "secrets",
        "suppress", "yaml",
    ] {
        assert!(
            analysis.modules.contains(module),
            "no module `{module}` in {:?}",
            analysis.modules
        );
    }
    assert!(analysis.files >= 30, "only {} source files", analysis.files);
    let edges = edges(&analysis);
    assert!(
        edges.len() >= 15,
        "only {} edges between modules: {:?}",
        edges.len(),
        edges.keys()
    );
    assert!(
        analysis.references.len() >= 50,
        "only {} references to the crate",
        analysis.references.len()
    );
}

#[test]
fn no_circle_between_top_level_modules() {
    report(
        "circles between top-level modules",
        &circles(&analyse(&crate_sources())),
    );
}

#[test]
fn modules_import_only_what_the_rules_allow() {
    report(
        "imports the rules forbid",
        &forbidden_imports(&analyse(&crate_sources())),
    );
}

#[test]
fn clap_only_in_the_command_line() {
    let analysis = analyse(&crate_sources());
    let problems: Vec<String> = analysis
        .clap
        .iter()
        .map(|(file, line, what)| {
            format!("src/{file}:{line}: {what} outside src/cli/ and src/main.rs")
        })
        .collect();
    report("clap outside the command line", &problems);
}

#[test]
fn environment_and_exit_only_in_the_command_line() {
    let analysis = analyse(&crate_sources());
    let problems: Vec<String> = analysis
        .environment
        .iter()
        .map(|(file, line, path)| {
            format!("src/{file}:{line}: `{path}` outside src/cli/ and src/main.rs")
        })
        .collect();
    report(
        "the environment or exit outside the command line",
        &problems,
    );
}

#[test]
fn no_source_file_over_800_lines() {
    let analysis = analyse(&crate_sources());
    let problems: Vec<String> = analysis
        .sizes
        .iter()
        .filter(|(_, lines)| *lines > MAX_LINES)
        .map(|(file, lines)| {
            format!(
                "src/{file}:{}: {lines} lines without its tests, over {MAX_LINES}",
                MAX_LINES + 1
            )
        })
        .collect();
    report("files over the line limit", &problems);
}

// ---------------------------------------------------------------------------------------------
// The checker itself, on files in memory.

fn files(list: &[(&str, &str)]) -> Vec<SourceFile> {
    list.iter()
        .map(|(path, text)| SourceFile {
            path: path.to_string(),
            text: text.to_string(),
        })
        .collect()
}

fn edge_list(analysis: &Analysis) -> Vec<(String, String)> {
    edges(analysis).into_keys().collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_grouped_use_gives_an_edge_to_each_module() {
    let analysis = analyse(&files(&[
        ("a.rs", "use crate::{b::X, c::{Y, Z}};\nuse crate::d;\n"),
        ("b.rs", ""),
        ("c.rs", ""),
        ("d.rs", ""),
    ]));
    assert_eq!(
        edge_list(&analysis),
        pairs(&[("a", "b"), ("a", "c"), ("a", "d")])
    );
    let lines: Vec<usize> = analysis.references.iter().map(|r| r.line).collect();
    assert_eq!(lines, [1, 1, 1, 2]);
}

#[test]
fn inline_paths_count_and_comments_strings_and_visibility_do_not() {
    let analysis = analyse(&files(&[
        (
            "a/mod.rs",
            r##"
//! Uses crate::c in a comment.
/* crate::c in /* a nested */ block comment */
pub(crate) fn f() -> u32 {
    let s = "crate::c::x()";
    let r = r#"crate::c "quoted" "#;
    let ch = '"';
    let q = '\'';
    crate::b::g::<u32>(s, r, ch, q) + $crate::d::h()
}
pub(in crate::a) struct S;
"##,
        ),
        ("a/inner.rs", "fn f() { crate::d::y!(); }"),
        ("b.rs", "fn g<'a>(x: &'a str) -> &'a str { x }"),
        ("c.rs", ""),
        ("d.rs", ""),
    ]));
    assert_eq!(edge_list(&analysis), pairs(&[("a", "b"), ("a", "d")]));
    let b = &analysis.references[0];
    assert_eq!(
        (b.file.as_str(), b.line, b.path.as_str()),
        ("a/mod.rs", 9, "crate::b::g")
    );
}

#[test]
fn super_reaches_the_root_only_from_the_top_of_a_module() {
    let analysis = analyse(&files(&[
        // In a file of its own under src/, super:: is the crate root.
        ("a.rs", "use super::b::X;\nmod inner { use super::c::Y; }\n"),
        // One level down, super:: stays in the module and super::super:: reaches the root.
        ("d/mod.rs", "use super::e::Z;"),
        (
            "d/sub.rs",
            "use super::c::W;\nfn f() { super::super::e::g(); self::super::c::h(); }",
        ),
        ("b.rs", ""),
        ("c.rs", ""),
        ("e.rs", ""),
    ]));
    assert_eq!(edge_list(&analysis), pairs(&[("a", "b"), ("d", "e")]));
    let paths: Vec<&str> = analysis
        .references
        .iter()
        .map(|r| r.path.as_str())
        .collect();
    assert_eq!(paths, ["super::b::X", "super::e::Z", "super::super::e::g"]);
}

#[test]
fn test_modules_are_not_imports_but_other_test_code_is() {
    let analysis = analyse(&files(&[
        (
            "a.rs",
            "fn f() {}\n\n#[cfg(test)]\n#[allow(unused)]\nmod tests {\n    use crate::b::X;\n    mod deeper { use crate::b::Y; }\n}\n#[cfg(test)]\nfn helper() { crate::c::z(); }\n",
        ),
        ("b.rs", ""),
        ("c.rs", ""),
    ]));
    assert_eq!(edge_list(&analysis), pairs(&[("a", "c")]));
}

#[test]
fn a_circle_is_found_and_named() {
    let analysis = analyse(&files(&[
        ("a.rs", "use crate::b::X;"),
        ("b.rs", "fn f() { crate::c::g(); }"),
        ("c.rs", "use crate::{a::Y, d::Z};"),
        ("d.rs", ""),
        ("lib.rs", "mod a; mod b; mod c; mod d; use crate::a::Y;"),
    ]));
    let found = circles(&analysis);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("circle of modules a, b, c:\n"),
        "{}",
        found[0]
    );
    assert!(
        found[0].contains("c -> a: src/c.rs:1: `crate::a::Y`"),
        "{}",
        found[0]
    );
    assert!(!found[0].contains(" d"), "{}", found[0]);
    // Without c -> a, no circle.
    let analysis = analyse(&files(&[
        ("a.rs", "use crate::b::X;"),
        ("b.rs", "fn f() { crate::c::g(); }"),
        ("c.rs", "use crate::d::Z;"),
        ("d.rs", ""),
    ]));
    assert_eq!(circles(&analysis), Vec::<String>::new());
}

#[test]
fn forbidden_imports_name_the_file_and_the_line() {
    let analysis = analyse(&files(&[
        ("model/mod.rs", "mod x;"),
        ("model/x.rs", "\n\nuse crate::yaml::Y;"),
        ("yaml.rs", "use crate::model::M;\nuse crate::engine::E;"),
        (
            "input.rs",
            "use crate::model::M;\nfn f() { crate::policy::p(); }",
        ),
        ("engine.rs", "use crate::input::I;"),
        ("policy.rs", "use crate::Report;"),
    ]));
    assert_eq!(
        forbidden_imports(&analysis),
        [
            "src/model/x.rs:3: `crate::yaml::Y`: `model` imports `yaml`, but `model` imports nothing of the crate",
            "src/yaml.rs:2: `crate::engine::E`: `yaml` imports `engine`, but `yaml` imports only model",
            "src/input.rs:2: `crate::policy::p`: `input` imports `policy`, but `input` never imports engine, suppress, report, run, cli, config, policy",
            "src/policy.rs:1: `crate::Report`: `policy` reaches `Report` at the crate root, which is no module: name the module it comes from",
        ]
    );
}

#[test]
fn clap_and_the_environment_are_found_outside_the_command_line() {
    let analysis = analyse(&files(&[
        (
            "cli/mod.rs",
            "use clap::Parser;\nfn f() { std::env::var(\"X\"); std::process::exit(1); }",
        ),
        (
            "main.rs",
            "fn main() { std::process::exit(srm_lint::main()) }",
        ),
        (
            "run.rs",
            "// clap and std::env::var in a comment\nuse std::{env, fs};\n#[derive(Clone, ValueEnum)]\nenum E {}\nfn f() { ::std::process::exit(2); clap::x(); }\nconst V: &str = env!(\"CARGO_PKG_VERSION\");\nuse std::process::ExitCode;\n",
        ),
        (
            "config.rs",
            "use std::process;\nfn f() { process::exit(3) }\n#[cfg(test)]\nmod tests { fn t() { std::env::temp_dir(); } }\n",
        ),
    ]));
    let clap: Vec<(&str, usize)> = analysis
        .clap
        .iter()
        .map(|(f, l, _)| (f.as_str(), *l))
        .collect();
    assert_eq!(clap, [("run.rs", 3), ("run.rs", 5)]);
    let environment: Vec<(&str, usize, &str)> = analysis
        .environment
        .iter()
        .map(|(f, l, p)| (f.as_str(), *l, p.as_str()))
        .collect();
    assert_eq!(
        environment,
        [
            ("run.rs", 2, "std::env"),
            ("run.rs", 5, "std::process::exit"),
            ("config.rs", 2, "process::exit"),
            ("config.rs", 4, "std::env::temp_dir"),
        ]
    );
}

#[test]
fn lines_are_counted_like_modgraph_without_the_test_module() {
    assert_eq!(counted_lines("fn a() {}\nfn b() {}\n"), 3);
    assert_eq!(counted_lines("fn a() {}\nfn b() {}"), 2);
    assert_eq!(
        counted_lines("fn a() {}\n\n#[cfg(test)]\nmod tests {\n    fn t() {}\n}\n"),
        2
    );
    // Only a `mod name {` right after the attribute line is a test module.
    assert_eq!(
        counted_lines("fn a() {}\n#[cfg(test)]\nfn helper() {}\nfn b() {}\n"),
        5
    );
    let long = "x\n".repeat(900);
    let analysis = analyse(&files(&[(
        "big.rs",
        &format!("{long}#[cfg(test)]\nmod tests {{\n{long}}}\n"),
    )]));
    assert_eq!(analysis.sizes, [("big.rs".to_string(), 900)]);
}
