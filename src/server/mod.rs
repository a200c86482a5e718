//! `srm-lint server`: a language server over standard input and output (lsp-server + lsp-types, as rust-analyzer): live diagnostics of unsaved buffers, quick fixes, "ignore on this line", and policy documentation on hover.
//!
//! The loop is synchronous: messages are handled in order, and a buffer is
//! linted [`DEBOUNCE`] after its last change, with the other open buffers of the
//! workspace in place of their files (the scan's overlay), so a Terraform file
//! is evaluated with the rest of its module as on the command line. Standard
//! output carries only the protocol; logs go to standard error.

mod convert;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, Diagnostic,
    DiagnosticRelatedInformation, DiagnosticSeverity, DidChangeTextDocumentParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, Hover, HoverContents, HoverParams,
    InitializeParams, Location, MarkupContent, MarkupKind, NumberOrString, Position,
    PositionEncodingKind, PublishDiagnosticsParams, Range, TextEdit, Url, WorkspaceEdit,
};

use convert::Encoding;

use crate::model::{ExitStatus, Finding, FixSafety, Report, Severity, normalize};
use crate::policy::catalogue;
use crate::run::{ConfigSource, LintOptions, Linter};

/// How long after the last change a buffer is linted: typing does not lint every keystroke.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// An open buffer: its text and what its last lint found.
struct Buffer {
    version: i32,
    text: String,
    /// When its lint is due (after a change), `None` once linted.
    due: Option<Instant>,
    findings: Vec<Finding>,
}

struct Server {
    connection: Connection,
    encoding: Encoding,
    root: PathBuf,
    linter: Option<Linter>,
    buffers: BTreeMap<Url, Buffer>,
}

/// Runs the server until `exit`; the exit code is 0 after a `shutdown`, 1 otherwise (the protocol's rule).
/// `cwd` is the workspace when the client names no folder.
pub fn run(cwd: PathBuf) -> ExitStatus {
    let (connection, io_threads) = Connection::stdio();
    let status = match serve(connection, cwd) {
        Ok(clean) => {
            if clean {
                ExitStatus::Clean
            } else {
                ExitStatus::Findings
            }
        }
        Err(error) => {
            eprintln!("srm-lint server: {error}");
            ExitStatus::Error
        }
    };
    if let Err(error) = io_threads.join() {
        eprintln!("srm-lint server: {error}");
    }
    status
}

/// Whether the client asked for `shutdown` before `exit`.
fn serve(connection: Connection, cwd: PathBuf) -> Result<bool, String> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|e| format!("initialize: {e}"))?;
    let params: InitializeParams =
        serde_json::from_value(params).map_err(|e| format!("initialize: {e}"))?;
    // UTF-8 when the client offers it (no conversion), else the protocol's default UTF-16.
    let utf8 = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref())
        .is_some_and(|offered| offered.contains(&PositionEncodingKind::UTF8));
    let encoding = if utf8 {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    };
    let root = root_of(&params).unwrap_or(cwd);
    let capabilities = serde_json::json!({
        "positionEncoding": if utf8 { "utf-8" } else { "utf-16" },
        "textDocumentSync": {"openClose": true, "change": 2},
        "hoverProvider": true,
        "codeActionProvider": {"codeActionKinds": ["quickfix", "source.fixAll.srm-lint"]},
    });
    connection
        .initialize_finish(
            id,
            serde_json::json!({
                "capabilities": capabilities,
                "serverInfo": {"name": "srm-lint", "version": env!("CARGO_PKG_VERSION")},
            }),
        )
        .map_err(|e| format!("initialize: {e}"))?;
    let mut server = Server {
        connection,
        encoding,
        linter: None,
        root,
        buffers: BTreeMap::new(),
    };
    server.load_linter();
    server.main_loop()
}

fn root_of(params: &InitializeParams) -> Option<PathBuf> {
    if let Some(folder) = params.workspace_folders.as_ref().and_then(|f| f.first()) {
        return folder.uri.to_file_path().ok();
    }
    #[allow(deprecated)]
    params.root_uri.as_ref().and_then(|u| u.to_file_path().ok())
}

impl Server {
    /// (Re)reads the configuration and policies of the workspace.
    fn load_linter(&mut self) {
        let options = LintOptions {
            paths: vec![self.root.clone()],
            cwd: Some(self.root.clone()),
            config: ConfigSource::Discover,
            ..LintOptions::default()
        };
        match Linter::new(&options) {
            Ok(linter) => self.linter = Some(linter),
            Err(error) => {
                self.log(&format!("srm-lint.toml: {error}"));
                self.linter = Linter::new(&LintOptions {
                    config: ConfigSource::Ignore,
                    ..options
                })
                .ok();
            }
        }
    }

    fn main_loop(&mut self) -> Result<bool, String> {
        loop {
            let next_due = self.buffers.values().filter_map(|b| b.due).min();
            let message = match next_due {
                Some(due) => {
                    let wait = due.saturating_duration_since(Instant::now());
                    match self.connection.receiver.recv_timeout(wait) {
                        Ok(message) => Some(message),
                        Err(crossbeam_channel::RecvTimeoutError::Timeout) => None,
                        Err(crossbeam_channel::RecvTimeoutError::Disconnected) => return Ok(false),
                    }
                }
                None => match self.connection.receiver.recv() {
                    Ok(message) => Some(message),
                    Err(_) => return Ok(false),
                },
            };
            match message {
                None => self.lint_due(),
                Some(Message::Request(request)) => {
                    match self.connection.handle_shutdown(&request) {
                        Ok(true) => return Ok(true),
                        Ok(false) => {}
                        Err(error) => return Err(error.to_string()),
                    }
                    let response = self.request(request);
                    self.send(Message::Response(response));
                }
                Some(Message::Notification(notification)) => {
                    if notification.method == "exit" {
                        return Ok(false);
                    }
                    self.notification(notification);
                }
                Some(Message::Response(_)) => {}
            }
        }
    }

    fn send(&self, message: Message) {
        // The client is gone when this fails; the loop ends at the next receive.
        let _ = self.connection.sender.send(message);
    }

    fn log(&self, message: &str) {
        eprintln!("srm-lint server: {message}");
        self.send(Message::Notification(Notification::new(
            "window/logMessage".into(),
            serde_json::json!({"type": 3, "message": message}),
        )));
    }

    fn notification(&mut self, notification: Notification) {
        let method = notification.method.clone();
        let outcome: Result<(), serde_json::Error> = match method.as_str() {
            "textDocument/didOpen" => {
                serde_json::from_value::<DidOpenTextDocumentParams>(notification.params).map(|p| {
                    self.buffers.insert(
                        p.text_document.uri,
                        Buffer {
                            version: p.text_document.version,
                            text: p.text_document.text,
                            due: Some(Instant::now()),
                            findings: Vec::new(),
                        },
                    );
                })
            }
            "textDocument/didChange" => serde_json::from_value::<DidChangeTextDocumentParams>(
                notification.params,
            )
            .map(|p| {
                let encoding = self.encoding;
                if let Some(buffer) = self.buffers.get_mut(&p.text_document.uri) {
                    for change in p.content_changes {
                        match change.range {
                            Some(range) => {
                                let start = convert::offset(&buffer.text, range.start, encoding);
                                let end =
                                    convert::offset(&buffer.text, range.end, encoding).max(start);
                                buffer.text.replace_range(start..end, &change.text);
                            }
                            None => buffer.text = change.text,
                        }
                    }
                    buffer.version = p.text_document.version;
                    buffer.due = Some(Instant::now() + DEBOUNCE);
                }
            }),
            "textDocument/didClose" => {
                serde_json::from_value::<DidCloseTextDocumentParams>(notification.params).map(|p| {
                    self.buffers.remove(&p.text_document.uri);
                    // The file on disk is what counts now; outside the workspace nobody will lint it again.
                    let inside = p
                        .text_document
                        .uri
                        .to_file_path()
                        .is_ok_and(|path| path.starts_with(&self.root));
                    if !inside {
                        self.publish(p.text_document.uri, Vec::new(), None);
                    }
                })
            }
            "workspace/didChangeWatchedFiles" | "workspace/didChangeConfiguration" => {
                self.load_linter();
                for buffer in self.buffers.values_mut() {
                    buffer.due = Some(Instant::now());
                }
                Ok(())
            }
            _ => Ok(()),
        };
        if let Err(error) = outcome {
            self.log(&format!("{method}: {error}"));
        }
    }

    /// Lints every buffer whose debounce has passed.
    fn lint_due(&mut self) {
        let now = Instant::now();
        let due: Vec<Url> = self
            .buffers
            .iter()
            .filter(|(_, b)| b.due.is_some_and(|d| d <= now))
            .map(|(u, _)| u.clone())
            .collect();
        for uri in due {
            self.lint(&uri);
        }
    }

    fn lint(&mut self, uri: &Url) {
        let Some(buffer) = self.buffers.get_mut(uri) else {
            return;
        };
        buffer.due = None;
        let Ok(path) = uri.to_file_path() else {
            return;
        };
        let Some(linter) = &self.linter else {
            return;
        };
        let path = normalize(&path);
        let overlay: BTreeMap<PathBuf, Arc<str>> = self
            .buffers
            .iter()
            .filter_map(|(u, b)| {
                Some((
                    normalize(&u.to_file_path().ok()?),
                    Arc::from(b.text.as_str()),
                ))
            })
            .collect();
        // A Terraform file is one of its module's files: lint the folder; a manifest alone.
        let target = if is_terraform(&path) {
            path.parent()
                .map_or_else(|| path.clone(), Path::to_path_buf)
        } else {
            path.clone()
        };
        let report = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            linter.lint_paths(&[target], &overlay)
        }));
        let Ok(report) = report else {
            self.log(&format!("linting {} failed unexpectedly", path.display()));
            return;
        };
        let root = self.root.clone();
        let is_this = |file: &str| normalize(&root.join(file)) == path;
        let findings: Vec<Finding> = report
            .findings
            .iter()
            .filter(|f| is_this(&f.file))
            .cloned()
            .collect();
        let Some(buffer) = self.buffers.get(uri) else {
            return;
        };
        let version = buffer.version;
        let text = buffer.text.clone();
        let mut diagnostics: Vec<Diagnostic> =
            findings.iter().map(|f| self.diagnostic(f, &text)).collect();
        diagnostics.extend(errors(&report, &is_this, &text, self.encoding));
        if let Some(buffer) = self.buffers.get_mut(uri) {
            buffer.findings = findings;
        }
        self.publish(uri.clone(), diagnostics, Some(version));
    }

    fn publish(&self, uri: Url, diagnostics: Vec<Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        self.send(Message::Notification(Notification::new(
            "textDocument/publishDiagnostics".into(),
            params,
        )));
    }

    fn diagnostic(&self, finding: &Finding, text: &str) -> Diagnostic {
        let areas: Vec<&str> = finding.areas.iter().map(|a| a.as_str()).collect();
        let related: Vec<DiagnosticRelatedInformation> = finding
            .trace
            .iter()
            .filter_map(|step| {
                let uri = Url::from_file_path(self.root.join(&step.file)).ok()?;
                Some(DiagnosticRelatedInformation {
                    location: Location {
                        uri,
                        range: convert::range(&step.source.text, &step.span, self.encoding),
                    },
                    message: step.message.clone(),
                })
            })
            .collect();
        Diagnostic {
            range: convert::range(text, &finding.span, self.encoding),
            severity: Some(match finding.severity {
                Severity::Critical | Severity::High => DiagnosticSeverity::ERROR,
                Severity::Medium => DiagnosticSeverity::WARNING,
                Severity::Low => DiagnosticSeverity::INFORMATION,
                Severity::Info => DiagnosticSeverity::HINT,
            }),
            code: Some(NumberOrString::String(finding.policy_id.clone())),
            code_description: Url::parse(&format!(
                "{}#{}",
                crate::policy::DOCS_URL,
                finding.policy_id.to_ascii_lowercase()
            ))
            .ok()
            .map(|href| lsp_types::CodeDescription { href }),
            source: Some("srm-lint".into()),
            message: format!("{} ({})", finding.message, areas.join(", ")),
            related_information: (!related.is_empty()).then_some(related),
            tags: None,
            data: None,
        }
    }

    fn request(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            "textDocument/codeAction" => serde_json::from_value::<CodeActionParams>(request.params)
                .map_err(|e| e.to_string())
                .map(|p| serde_json::to_value(self.code_actions(&p)).unwrap_or_default()),
            "textDocument/hover" => serde_json::from_value::<HoverParams>(request.params)
                .map_err(|e| e.to_string())
                .map(|p| serde_json::to_value(self.hover(&p)).unwrap_or_default()),
            _ => {
                return Response::new_err(
                    id,
                    ErrorCode::MethodNotFound as i32,
                    format!("srm-lint does not handle {}", request.method),
                );
            }
        };
        match result {
            Ok(value) => Response::new_ok(id, value),
            Err(message) => invalid(id, message),
        }
    }

    /// Quick fixes (safe first, unsafe marked), "fix all safe problems", "ignore on this line".
    fn code_actions(&self, params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
        let uri = &params.text_document.uri;
        let Some(buffer) = self.buffers.get(uri) else {
            return Vec::new();
        };
        let text = &buffer.text;
        let wanted = |kind: &CodeActionKind| {
            params
                .context
                .only
                .as_ref()
                .is_none_or(|only| only.iter().any(|o| kind.as_str().starts_with(o.as_str())))
        };
        let mut actions = Vec::new();
        let mut fixes: Vec<(FixSafety, CodeAction)> = Vec::new();
        let mut safe_edits: Vec<TextEdit> = Vec::new();
        for finding in &buffer.findings {
            let range = convert::range(text, &finding.span, self.encoding);
            let touched = range.start <= params.range.end && params.range.start <= range.end;
            if let Some(fix) = finding
                .fix
                .as_ref()
                .filter(|f| f.applicable && !f.edits.is_empty())
            {
                let edits: Vec<TextEdit> = fix
                    .edits
                    .iter()
                    .map(|e| TextEdit {
                        range: convert::range(text, &e.range, self.encoding),
                        new_text: e.new_text.clone(),
                    })
                    .collect();
                if fix.safety == FixSafety::Safe
                    && !fix.edits.iter().any(|e| {
                        safe_edits.iter().any(|t| {
                            let r = convert::range(text, &e.range, self.encoding);
                            r.start <= t.range.end && t.range.start <= r.end
                        })
                    })
                {
                    safe_edits.extend(edits.clone());
                }
                if touched {
                    let unsafe_note = match fix.safety {
                        FixSafety::Safe => "",
                        FixSafety::Unsafe => {
                            " (unsafe: may break a workload or replace the resource)"
                        }
                    };
                    fixes.push((
                        fix.safety,
                        CodeAction {
                            title: format!("Fix {}{unsafe_note}", finding.policy_id),
                            kind: Some(CodeActionKind::QUICKFIX),
                            diagnostics: Some(vec![self.diagnostic(finding, text)]),
                            edit: Some(workspace_edit(uri, edits)),
                            is_preferred: Some(fix.safety == FixSafety::Safe),
                            ..CodeAction::default()
                        },
                    ));
                }
            }
            if touched {
                actions.push(CodeActionOrCommand::CodeAction(
                    self.ignore_action(uri, finding, text),
                ));
            }
        }
        fixes.sort_by_key(|(safety, _)| *safety);
        let mut out: Vec<CodeActionOrCommand> = Vec::new();
        if wanted(&CodeActionKind::QUICKFIX) {
            out.extend(
                fixes
                    .into_iter()
                    .map(|(_, a)| CodeActionOrCommand::CodeAction(a)),
            );
            out.extend(actions);
        }
        let fix_all = CodeActionKind::from("source.fixAll.srm-lint");
        if !safe_edits.is_empty() && wanted(&fix_all) {
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: "Fix all safe srm-lint problems in this file".into(),
                kind: Some(fix_all),
                edit: Some(workspace_edit(uri, safe_edits)),
                ..CodeAction::default()
            }));
        }
        out
    }

    /// `# srm-lint:ignore ID reason="..."` on the line above the finding, indented like it.
    fn ignore_action(&self, uri: &Url, finding: &Finding, text: &str) -> CodeAction {
        let line_start = text[..finding.span.start.min(text.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let line = &text[line_start..];
        let indent: String = line
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        let position = convert::position(text, line_start, self.encoding);
        CodeAction {
            title: format!("Ignore {} on this line", finding.policy_id),
            kind: Some(CodeActionKind::QUICKFIX),
            edit: Some(workspace_edit(
                uri,
                vec![TextEdit {
                    range: Range::new(position, position),
                    new_text: format!(
                        "{indent}# srm-lint:ignore {} reason=\"TODO: why this is acceptable\"\n",
                        finding.policy_id
                    ),
                }],
            )),
            ..CodeAction::default()
        }
    }

    /// The policy's documentation (what `srm-lint explain` shows) for the finding under the cursor.
    fn hover(&self, params: &HoverParams) -> Option<Hover> {
        let uri = &params.text_document_position_params.text_document.uri;
        let position = params.text_document_position_params.position;
        let buffer = self.buffers.get(uri)?;
        let linter = self.linter.as_ref()?;
        let mut parts = Vec::new();
        let mut hit: Option<Range> = None;
        for finding in &buffer.findings {
            let range = convert::range(&buffer.text, &finding.span, self.encoding);
            if range.start <= position && position <= range.end {
                if let Some(policy) = linter
                    .policies()
                    .iter()
                    .find(|p| p.id() == finding.policy_id)
                {
                    parts.push(format!(
                        "### {}\n\n{}\n[Policy documentation]({})",
                        policy.id(),
                        catalogue::details(policy),
                        policy.docs_url()
                    ));
                }
                hit.get_or_insert(range);
            }
        }
        if parts.is_empty() {
            return None;
        }
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: parts.join("\n\n---\n\n"),
            }),
            range: hit,
        })
    }
}

fn workspace_edit(uri: &Url, edits: Vec<TextEdit>) -> WorkspaceEdit {
    let mut changes = std::collections::HashMap::new();
    changes.insert(uri.clone(), edits);
    WorkspaceEdit {
        changes: Some(changes),
        ..WorkspaceEdit::default()
    }
}

fn invalid(id: RequestId, message: String) -> Response {
    Response::new_err(id, ErrorCode::InvalidParams as i32, message)
}

fn is_terraform(path: &Path) -> bool {
    let name = path.to_string_lossy();
    name.ends_with(".tf") || name.ends_with(".tf.json") || name.ends_with(".tfvars")
}

/// Parse and read errors of the file as diagnostics at their line.
fn errors(
    report: &Report,
    is_this: &dyn Fn(&str) -> bool,
    text: &str,
    encoding: Encoding,
) -> Vec<Diagnostic> {
    report
        .errors
        .iter()
        .filter(|e| is_this(&e.file))
        .map(|e| {
            let line = e.line.unwrap_or(1).saturating_sub(1) as u32;
            let character = e.column.unwrap_or(1).saturating_sub(1) as u32;
            let start = Position::new(line, character);
            let end = convert::line_end(text, line as usize, encoding);
            Diagnostic {
                range: Range::new(start, end.max(start)),
                severity: Some(DiagnosticSeverity::ERROR),
                source: Some("srm-lint".into()),
                message: e.message.clone(),
                ..Diagnostic::default()
            }
        })
        .collect()
}
