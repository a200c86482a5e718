//! The `# METADATA` comment block of a policy, as a JSON value (also compiled into `build.rs`, which embeds it pre-parsed).

use serde_json::Value;

use crate::yaml;

/// The YAML of the `# METADATA` comment block at the top of a policy, read as JSON.
pub fn metadata_value(rego: &str) -> Result<Value, String> {
    let mut lines = rego
        .lines()
        .map(str::trim_end)
        .skip_while(|l| l.trim().is_empty());
    if lines.next().map(str::trim) != Some("# METADATA") {
        return Err("the policy does not start with a `# METADATA` comment block".into());
    }
    let mut block = String::new();
    for line in lines {
        let Some(comment) = line.trim_start().strip_prefix('#') else {
            break;
        };
        block.push_str(comment.strip_prefix(' ').unwrap_or(comment));
        block.push('\n');
    }
    let mut documents = yaml::parse_documents(&block)
        .map_err(|e| format!("METADATA is not valid YAML: {}", e.message))?;
    if documents.is_empty() {
        return Err("METADATA is empty".into());
    }
    Ok(documents.swap_remove(0).value)
}
