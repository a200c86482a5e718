//! What a policy judged in a document: the resources of its input types that it passed, and those it could not decide (`applies` and `unknown`).

use std::collections::BTreeSet;

use crate::model::{Document, Resource, ResourceMode};
use crate::policy::Policy;

/// `(passed, not_judged)` for one policy on one document.
///
/// The resources judged are those of the policy's input types, narrowed to its
/// `applies` set when it has one. Of these, a resource with a finding (in
/// `reported`) is neither passed nor undecided: it failed, or its findings are
/// suppressed, which the report counts from the findings themselves. A
/// resource in the policy's `unknown` set is not judged (even outside
/// `applies`: the policy may not know whether it applies); every other one passed.
/// The `secret` pseudo type has no resources: secrets are only counted when found.
pub fn judge(
    policy: &Policy,
    document: &Document,
    reported: &BTreeSet<&str>,
    applies: Option<&regorus::Value>,
    unknown: Option<&regorus::Value>,
) -> Result<(usize, usize), String> {
    let applies = applies.map(|v| addresses(v, "applies")).transpose()?;
    let unknown = unknown
        .map(|v| addresses(v, "unknown"))
        .transpose()?
        .unwrap_or_default();
    let types = &policy.metadata.custom.input.types;
    let mut passed = 0;
    let mut not_judged = 0;
    for resource in &document.resources {
        if !types.iter().any(|t| is_of_type(resource, t)) {
            continue;
        }
        let address = resource.address.as_str();
        if reported.contains(address) {
            continue;
        }
        // Unknown wins over `applies`: a policy that cannot tell whether it
        // applies (an unresolved `internal`) has not judged the resource either.
        if unknown.contains(address) {
            not_judged += 1;
        } else if applies.as_ref().is_none_or(|a| a.contains(address)) {
            passed += 1;
        }
    }
    Ok((passed, not_judged))
}

/// Whether `resource` is listed under `input_type` in the input document (`data.` for data sources).
fn is_of_type(resource: &Resource, input_type: &str) -> bool {
    match resource.mode {
        Some(ResourceMode::Data) => input_type
            .strip_prefix("data.")
            .is_some_and(|t| t == resource.resource_type),
        _ => input_type == resource.resource_type,
    }
}

/// The addresses of an `applies` set (strings) or an `unknown` set (objects with `resource`).
fn addresses(value: &regorus::Value, rule: &str) -> Result<BTreeSet<String>, String> {
    let items: Vec<&regorus::Value> = match value {
        regorus::Value::Set(items) => items.iter().collect(),
        regorus::Value::Array(items) => items.iter().collect(),
        regorus::Value::Null | regorus::Value::Undefined => Vec::new(),
        _ => return Err(format!("`{rule}` must be a set")),
    };
    let mut addresses = BTreeSet::new();
    for item in items {
        let address = match item {
            regorus::Value::String(address) => Some(address.to_string()),
            regorus::Value::Object(fields) => match fields.get(&regorus::Value::from("resource")) {
                Some(regorus::Value::String(address)) => Some(address.to_string()),
                _ => None,
            },
            _ => None,
        };
        match address {
            Some(address) => {
                addresses.insert(address);
            }
            None if rule == "applies" => {
                return Err("`applies` must be a set of resource addresses".into());
            }
            None => {
                return Err(
                    "`unknown` must be a set of objects with a `resource` address (and a `path`)"
                        .into(),
                );
            }
        }
    }
    Ok(addresses)
}
