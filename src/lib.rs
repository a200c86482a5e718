//! srm-lint: a fast, offline policy-as-code linter for Terraform and Kubernetes, organised around the shared-responsibility model.
//!
//! The pipeline: [`discover`] finds files, [`parse`] turns them into input
//! documents with a [`source_map`], [`engine`] evaluates the [`policy`] set,
//! [`scan`] runs it all in parallel and [`report`] renders the result.

pub mod cli;
pub mod config;
pub mod discover;
pub mod engine;
pub mod parse;
pub mod policy;
pub mod report;
pub mod scan;
pub mod source_map;
pub mod suppress;
