//! Insta filters shared by the snapshot tests: what changes between checkouts and releases.

/// The current insta settings plus filters: the checkout's absolute path becomes `[ROOT]`,
/// the crate version `[VERSION]`, and an escape character (the start of a colour code) a
/// visible `␛`. Use as `let _filters = redact::settings().bind_to_scope();`.
pub fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(&regex::escape(env!("CARGO_MANIFEST_DIR")), "[ROOT]");
    settings.add_filter(&regex::escape(env!("CARGO_PKG_VERSION")), "[VERSION]");
    settings.add_filter("\u{1b}", "␛");
    settings
}
