//! Input: finding files, reading them as text, and parsing Terraform and Kubernetes into the documents policies read.

pub mod discover;
pub mod documents;
pub mod kubernetes;
pub mod read;
pub mod terraform;

use crate::model::ParseError;
use crate::yaml::{self, YamlDocument};

/// Reads YAML or JSON text (`base`: its byte offset in the file) the way
/// Kubernetes does; the one place where a YAML error becomes a parse error of a file.
pub fn parse_yaml(text: &str, base: usize) -> Result<Vec<YamlDocument>, ParseError> {
    yaml::parse_documents(text).map_err(|e| ParseError {
        message: e.message,
        offset: Some(base + e.offset),
    })
}
