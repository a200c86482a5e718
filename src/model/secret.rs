//! Secrets found in a document's files: what was found, where, and how it may be shown (masked), for policies to report and printers never to reveal.

use std::ops::Range;

use serde_json::{Value, json};

/// The families of secrets, one policy each per format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SecretCategory {
    /// A literal value where a credential belongs: a catalogued attribute, a
    /// Kubernetes Secret's data, a credential-named environment variable or ConfigMap key.
    Credential,
    /// Cloud access keys: AWS, Azure, Google Cloud.
    CloudKey,
    /// A private key (PEM block).
    PrivateKey,
    /// A token of a service with a published format: GitHub, Slack, Stripe, JWTs...
    ServiceToken,
}

impl SecretCategory {
    /// The name policies match on (`input.secrets[_].category`).
    pub fn as_str(self) -> &'static str {
        match self {
            SecretCategory::Credential => "credential",
            SecretCategory::CloudKey => "cloud-key",
            SecretCategory::PrivateKey => "private-key",
            SecretCategory::ServiceToken => "service-token",
        }
    }
}

/// One place of a secret's way, other than where it is written: the attribute
/// that reads a variable whose default or tfvars value is the literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretStep {
    /// Index into the document's `files`.
    pub file: usize,
    pub span: Range<usize>,
    pub message: String,
}

/// A secret written in one of a document's files.
#[derive(Debug, Clone)]
pub struct Secret {
    /// The detector's id (`github-token`, `credential-attribute`...).
    pub detector: &'static str,
    /// What the detector finds, for messages (`GitHub token`).
    pub name: &'static str,
    pub category: SecretCategory,
    /// Index into the document's `files` of the file the value is written in.
    pub file: usize,
    /// The bytes of the value in that file (what is masked).
    pub span: Range<usize>,
    /// The resource address (`aws_db_instance.db`, `Deployment/apps/web`) or, outside
    /// resources, the block (`variable.token`, `provider.aws`, `locals`).
    pub owner: String,
    /// The attribute path inside the owner, dotted (`password`, `data.DB_PASSWORD`); may be empty.
    pub attribute: String,
    /// The path as policies return it, for resources.
    pub path: Vec<Value>,
    /// How messages name the place inside the owner (`env DB_PASSWORD of container app`, `password`).
    pub label: String,
    /// How the value may be shown: its first characters and `…`, or `hidden`.
    pub masked: String,
    /// The value itself, only to mask it wherever else it appears; never printed.
    pub value: String,
    /// For a literal reached through a variable: the attribute that reads it.
    pub trace: Vec<SecretStep>,
    /// Which of the secrets with the same owner, attribute and detector this is (for fingerprints).
    pub ordinal: usize,
}

impl Secret {
    /// The entry of `input.secrets` (see policies/CONTRIBUTING.md): no value, only its masked form.
    pub fn to_input(&self, id: usize, file: &str) -> Value {
        json!({
            "id": id,
            "detector": self.detector,
            "name": self.name,
            "category": self.category.as_str(),
            "owner": self.owner,
            "attribute": self.attribute,
            "label": self.label,
            "path": self.path,
            "file": file,
            "masked": self.masked,
        })
    }
}

/// Values shorter than this are shown as `hidden`: their first characters would be too much of them.
pub const SHOWN_FROM: usize = 12;
/// How many characters of a longer value are shown.
pub const SHOWN: usize = 4;

/// The form a secret takes in messages: `ghp_…`, or `hidden` for a short value.
pub fn masked_form(value: &str) -> String {
    if value.chars().count() < SHOWN_FROM {
        return "hidden".to_string();
    }
    let shown: String = value.chars().take(SHOWN).collect();
    format!("{shown}…")
}

impl super::Document {
    /// `text` (a policy's message) with every secret value of the document
    /// replaced by its masked form: a policy may quote a value it read. One
    /// search for all values (`secret_pattern`), however many secrets there are.
    pub fn hide_secrets(&self, text: &str) -> String {
        match &self.secret_pattern {
            Some(pattern) => pattern
                .replace_all(text, |found: &regex::Captures<'_>| masked_form(&found[0]))
                .into_owned(),
            None => text.to_string(),
        }
    }
}
