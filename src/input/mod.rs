//! Input: finding files, reading them as text, and parsing Terraform and Kubernetes into the documents policies read.

pub mod discover;
pub mod documents;
pub mod kubernetes;
pub mod read;
pub mod terraform;
