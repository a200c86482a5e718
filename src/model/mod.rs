//! The model: the data every stage shares (source files and spans, documents, the responsibility vocabulary, findings and the report); it imports nothing else of the crate.

mod date;
mod document;
mod fix;
mod limits;
mod paths;
mod report;
mod responsibility;
mod secret;
mod source;
mod taxonomy;

pub use date::{parse_date, today};
pub use document::{
    Argument, CallSite, Document, Format, ModuleOrigin, Origins, ParseError, Resource,
    ResourceMode, SECRET_INPUT_TYPE, variables_of,
};
pub use fix::{Fix, TextEdit, apply_edits};
pub use limits::Limits;
pub use paths::{display_path, normalize, write_atomically};
pub use report::{
    Check, ExitStatus, Finding, Report, Skipped, Summary, Suppression, SuppressionKind, ToolError,
    TraceStep, Warning, location,
};
pub use responsibility::{
    AreaCoverage, Duty, DutyRow, FrameworkCoverage, Matrix, ModelUse, Owner, ResponsibilitySummary,
    ServiceModel, Tally,
};
pub use secret::{SHOWN, SHOWN_FROM, Secret, SecretCategory, SecretStep, masked_form};
pub use source::{LineIndex, PathSegment, Resolved, SourceFile, SpanChildren, SpanTree, dotted};
pub use taxonomy::{Area, FixSafety, Responsibility, Severity};
