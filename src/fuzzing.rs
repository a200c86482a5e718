//! Entry points for the fuzz targets in `fuzz/` (not part of the supported API): each runs one reader on arbitrary text.
//!
//! A reader may refuse its input; it must never panic, hang or exhaust
//! memory. The targets call these functions with every input the fuzzer makes.

use crate::input::kubernetes;
use crate::input::terraform::{ModuleBuilder, VariableInputs, Variables, plan};
use crate::model::Limits;

/// Parses a `.tf` text and evaluates it as a module on its own (variables, locals, resources).
pub fn terraform(text: &str) {
    let mut builder = ModuleBuilder::default();
    // Small budgets keep each fuzz case fast; the code paths are the same.
    builder.limits = Limits {
        eval_values: 200_000,
        string_bytes: 64 * 1024,
        collection_elements: 10_000,
        instances: 1_000,
        ..Limits::default()
    };
    if builder.add_hcl(text, 0, 0).is_ok() {
        let inputs = VariableInputs::default();
        let _ = builder.evaluate(".", &Variables::Root(&inputs), None);
    }
}

/// Reads a YAML or JSON text as Kubernetes manifests.
pub fn manifests(text: &str) {
    let _ = kubernetes::parse_manifests(text, 0);
}

/// Reads a Terraform plan JSON text.
pub fn terraform_plan(text: &str) {
    if plan::looks_like_plan(text) {
        let _ = plan::parse_plan(text, 0);
    }
}

/// Reads a policy's `# METADATA` block.
pub fn metadata(text: &str) {
    let _ = crate::policy::metadata::parse_metadata(text, false);
}

/// Reads an inline suppression comment (`srm-lint:ignore ID reason="..." expires=...`).
pub fn suppression(text: &str) {
    let _ = crate::suppress::parse_directive(text);
}
