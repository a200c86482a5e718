//! Credentials by place: the catalogue of Terraform attributes and provider arguments that hold a credential (`policies/secrets/credentials.toml`), and the Kubernetes places (Secret data, credential-named environment variables and ConfigMap keys).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;
use serde_json::Value;

use super::mask::{entropy, is_reference};
use crate::model::{Document, Format, PathSegment, ResourceMode};

/// The reviewed catalogue, embedded in the binary.
const CATALOGUE_TEXT: &str = include_str!("../../policies/secrets/credentials.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    #[serde(default)]
    resource: Vec<ResourceEntry>,
    #[serde(default)]
    provider: Vec<ProviderEntry>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Cloud {
    Aws,
    Azure,
    Google,
    Kubernetes,
    Other,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResourceEntry {
    #[allow(dead_code)]
    provider: Cloud,
    types: Vec<String>,
    attributes: Vec<String>,
    /// Only resources whose attribute has this value (an `aws_ssm_parameter` of type `SecureString`).
    #[serde(default)]
    when: Option<Condition>,
    #[allow(dead_code)]
    why: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Condition {
    attribute: String,
    equals: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProviderEntry {
    name: String,
    attributes: Vec<String>,
    #[allow(dead_code)]
    why: String,
}

/// A catalogued attribute path, split at dots, and the condition on its resource.
type Entry = (Vec<String>, Option<Condition>);

/// The catalogue by resource type and by provider name: attribute paths split at dots.
#[derive(Debug, Default)]
pub(super) struct Catalogue {
    resources: BTreeMap<String, Vec<Entry>>,
    providers: BTreeMap<String, Vec<Vec<String>>>,
}

/// Reads and checks the catalogue text: every entry names types and attributes,
/// paths have no empty segment, `why` is a sentence.
fn parse_catalogue(text: &str) -> Result<Catalogue, String> {
    let file: CatalogueFile = toml::from_str(text).map_err(|e| e.to_string())?;
    let split = |path: &String| -> Result<Vec<String>, String> {
        let parts: Vec<String> = path.split('.').map(str::to_string).collect();
        if parts.iter().any(String::is_empty) {
            return Err(format!("attribute path `{path}` has an empty segment"));
        }
        Ok(parts)
    };
    let mut catalogue = Catalogue::default();
    for entry in &file.resource {
        if entry.types.is_empty() || entry.attributes.is_empty() || entry.why.trim().is_empty() {
            return Err(format!(
                "an entry for {:?} needs types, attributes and why",
                entry.types
            ));
        }
        for resource_type in &entry.types {
            let paths = catalogue
                .resources
                .entry(resource_type.clone())
                .or_default();
            for attribute in &entry.attributes {
                paths.push((split(attribute)?, entry.when.clone()));
            }
        }
    }
    for entry in &file.provider {
        if entry.attributes.is_empty() || entry.why.trim().is_empty() {
            return Err(format!("provider {} needs attributes and why", entry.name));
        }
        let paths = catalogue.providers.entry(entry.name.clone()).or_default();
        for attribute in &entry.attributes {
            paths.push(split(attribute)?);
        }
    }
    Ok(catalogue)
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| {
    // The embedded file is checked by the tests; were it broken, no attribute would be
    // catalogued rather than the run failing.
    parse_catalogue(CATALOGUE_TEXT).unwrap_or_default()
});

/// A credential found by its place, before it is located in the text.
#[derive(Debug, Clone)]
pub(super) struct Credential {
    pub detector: &'static str,
    pub name: &'static str,
    /// Index into the document's resources; `None` for a provider block.
    pub resource: Option<usize>,
    pub owner: String,
    pub path: Vec<PathSegment>,
    /// How messages name the place, when the path alone does not say it well.
    pub label: Option<String>,
    pub value: String,
    /// For a variable's default: the resource (index) and attribute that read the variable.
    pub read_by: Option<(usize, Vec<PathSegment>)>,
}

/// Every catalogued attribute (Terraform) or credential place (Kubernetes) of
/// `document` holding a literal value.
pub(super) fn find(document: &Document) -> Vec<Credential> {
    let mut found = Vec::new();
    match document.format {
        Format::Terraform => terraform(document, &CATALOGUE, &mut found),
        Format::Kubernetes => kubernetes(document, &mut found),
    }
    found
}

fn terraform(document: &Document, catalogue: &Catalogue, found: &mut Vec<Credential>) {
    for (index, resource) in document.resources.iter().enumerate() {
        if resource.mode != Some(ResourceMode::Managed) && resource.mode.is_some() {
            continue;
        }
        let mut variables = Vec::new();
        environment_variables(&resource.values, &mut Vec::new(), &mut variables);
        for (path, name, value) in variables {
            found.push(Credential {
                detector: "env-credential",
                name: "credential in an environment variable",
                resource: Some(index),
                owner: resource.address.clone(),
                // A list entry's path ends in `value`: say which variable it is.
                label: matches!(path.last(), Some(PathSegment::Key(k)) if k == "value")
                    .then(|| format!("{} ({name})", crate::model::dotted(&path))),
                path,
                value,
                read_by: None,
            });
        }
        let Some(paths) = catalogue.resources.get(&resource.resource_type) else {
            continue;
        };
        for (pattern, condition) in paths {
            if let Some(condition) = condition {
                let actual = resource
                    .values
                    .get(&condition.attribute)
                    .and_then(Value::as_str);
                if actual != Some(condition.equals.as_str()) {
                    continue;
                }
            }
            for (path, value) in matching(&resource.values, pattern) {
                if resource.origin.is_none() {
                    overridden_defaults(document, index, &path, value, pattern, found);
                }
                if let Some(value) = literal(value).filter(|v| holds_secret(pattern, v)) {
                    found.push(Credential {
                        detector: "credential-attribute",
                        name: "credential",
                        resource: Some(index),
                        owner: resource.address.clone(),
                        path,
                        label: None,
                        value,
                        read_by: None,
                    });
                }
            }
        }
    }
    let providers = document.extra.get("providers").and_then(Value::as_array);
    for provider in providers.into_iter().flatten() {
        let Some(name) = provider.get("name").and_then(Value::as_str) else {
            continue;
        };
        let Some(paths) = catalogue.providers.get(name) else {
            continue;
        };
        let values = provider.get("values").unwrap_or(&Value::Null);
        for pattern in paths {
            for (path, value) in matching(values, pattern) {
                if let Some(value) = literal(value).filter(|v| holds_secret(pattern, v)) {
                    found.push(Credential {
                        detector: "provider-credential",
                        name: "provider credential",
                        resource: None,
                        owner: format!("provider.{name}"),
                        path,
                        label: None,
                        value,
                        read_by: None,
                    });
                }
            }
        }
    }
}

/// The literal defaults of the root variables a credential attribute reads, when
/// another value (tfvars, `--var`) replaces them: the default is a credential
/// written in the code all the same.
fn overridden_defaults(
    document: &Document,
    index: usize,
    path: &[PathSegment],
    value: &Value,
    pattern: &[String],
    found: &mut Vec<Credential>,
) {
    let resource = &document.resources[index];
    let variables = document.extra.get("variables");
    let references = (1..=path.len())
        .filter_map(|length| {
            resource
                .references
                .get(&crate::model::dotted(&path[..length]))
        })
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(|address| address.strip_prefix("var."));
    for variable in references {
        let default = variables
            .and_then(|v| v.get(variable))
            .and_then(|declaration| declaration.get("default"));
        let Some(default) = default.and_then(literal) else {
            continue;
        };
        if Some(default.as_str()) == value.as_str() || !holds_secret(pattern, &default) {
            continue;
        }
        found.push(Credential {
            detector: "credential-attribute",
            name: "credential",
            resource: None,
            owner: format!("variable.{variable}"),
            path: vec![PathSegment::Key("default".into())],
            label: None,
            value: default,
            read_by: Some((index, path.to_vec())),
        });
    }
}

/// Keys under which Terraform resources give a workload its environment as a map
/// (Lambda `environment.variables`, App Service `app_settings`, Cloud Run `env_vars`...).
const ENVIRONMENT_MAPS: &[&str] = &[
    "variables",
    "environment_variables",
    "app_settings",
    "env_vars",
    "environment",
    "secure_environment_variables",
];

/// Credential-named environment variables with literal values anywhere in a
/// resource: `env`/`environment` lists of `{name, value}` (Kubernetes provider
/// containers, ECS `container_definitions`, also when written as a JSON string)
/// and environment maps. `(path, variable name, value)`.
fn environment_variables(
    value: &Value,
    path: &mut Vec<PathSegment>,
    out: &mut Vec<(Vec<PathSegment>, String, String)>,
) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                path.push(PathSegment::Key(key.clone()));
                match item {
                    Value::Array(entries) if key == "env" || key == "environment" => {
                        for (index, entry) in entries.iter().enumerate() {
                            let name = entry.get("name").and_then(Value::as_str);
                            let literal_value = entry.get("value").and_then(literal);
                            if let (Some(name), Some(literal_value)) = (name, literal_value) {
                                if credential_name(name, &literal_value) {
                                    let mut at = path.clone();
                                    at.push(PathSegment::Index(index));
                                    at.push(PathSegment::Key("value".into()));
                                    out.push((at, name.to_string(), literal_value));
                                }
                            } else {
                                path.push(PathSegment::Index(index));
                                environment_variables(entry, path, out);
                                path.pop();
                            }
                        }
                    }
                    Value::Object(variables) if ENVIRONMENT_MAPS.contains(&key.as_str()) => {
                        for (name, variable) in variables {
                            match literal(variable) {
                                Some(literal_value) if credential_name(name, &literal_value) => {
                                    let mut at = path.clone();
                                    at.push(PathSegment::Key(name.clone()));
                                    out.push((at, name.clone(), literal_value));
                                }
                                _ => {
                                    path.push(PathSegment::Key(name.clone()));
                                    environment_variables(variable, path, out);
                                    path.pop();
                                }
                            }
                        }
                    }
                    // ECS task definitions are JSON text (a heredoc, a file's content).
                    Value::String(text) if key == "container_definitions" => {
                        if let Ok(parsed) = serde_json::from_str::<Value>(text) {
                            environment_variables(&parsed, path, out);
                        }
                    }
                    _ => environment_variables(item, path, out),
                }
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push(PathSegment::Index(index));
                environment_variables(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// Connection strings hold a secret only when they embed a password or key
/// (`Integrated Security=True` has none); a provider's `credentials` may be a
/// file's path rather than the key itself.
fn holds_secret(pattern: &[String], value: &str) -> bool {
    static EMBEDDED: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?:^|;)\s*(?:password|pwd|accountkey|sharedaccesskey|account key)\s*=\s*[^;\s]",
        )
        .ok()
    });
    let last = pattern.last().map_or("", String::as_str);
    if last.contains("connection_string") {
        return EMBEDDED.as_ref().is_some_and(|r| r.is_match(value));
    }
    if last == "credentials" {
        return value.trim_start().starts_with('{');
    }
    true
}

/// The values at a catalogue path (`*` matches every list element and map key), with their paths.
fn matching<'v>(value: &'v Value, pattern: &[String]) -> Vec<(Vec<PathSegment>, &'v Value)> {
    let mut out = Vec::new();
    walk(value, pattern, &mut Vec::new(), &mut out);
    out
}

fn walk<'v>(
    value: &'v Value,
    pattern: &[String],
    path: &mut Vec<PathSegment>,
    out: &mut Vec<(Vec<PathSegment>, &'v Value)>,
) {
    let Some((first, rest)) = pattern.split_first() else {
        out.push((path.clone(), value));
        return;
    };
    match (value, first.as_str()) {
        (Value::Array(items), "*") => {
            for (index, item) in items.iter().enumerate() {
                path.push(PathSegment::Index(index));
                walk(item, rest, path, out);
                path.pop();
            }
        }
        (Value::Object(map), "*") => {
            for (key, item) in map {
                path.push(PathSegment::Key(key.clone()));
                walk(item, rest, path, out);
                path.pop();
            }
        }
        (Value::Object(map), key) => {
            if let Some(item) = map.get(key) {
                path.push(PathSegment::Key(key.to_string()));
                walk(item, rest, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// A value written literally: a string that is not an unresolved expression
/// (`${...}`) nor a reference to a secret, or a number.
fn literal(value: &Value) -> Option<String> {
    match value {
        Value::String(text) if !is_reference(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// Names of environment variables and ConfigMap keys that hold a credential, but
/// not those that only point to one (`DB_PASSWORD_FILE`, `TOKEN_PATH`, `SECRET_NAME`).
static CREDENTIAL_NAME: LazyLock<(Regex, Regex, Regex)> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant patterns, proven by the tests
    (
        Regex::new(r"(?i)(passw(or)?d|pwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credentials?)").expect("pattern"),
        Regex::new(r"(?i)[_.-](file|path|dir|name|ref|url|uri|endpoint|host|ttl|expiry|expires|length|enabled|type|id|user|username|arn)$").expect("pattern"),
        Regex::new(r"(?i)[_.-]key$").expect("pattern"),
    )
});

/// Whether a key or variable name says it holds a credential (`*_KEY` only with a random-looking value).
pub(super) fn credential_name(name: &str, value: &str) -> bool {
    let (named, pointer, key) = &*CREDENTIAL_NAME;
    if pointer.is_match(name) {
        return false;
    }
    named.is_match(name) || (key.is_match(name) && value.len() >= 16 && entropy(value) >= 3.5)
}

/// Where each workload kind keeps its pod spec.
fn pod_spec_path(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "Pod" => &["spec"],
        "Deployment"
        | "StatefulSet"
        | "DaemonSet"
        | "ReplicaSet"
        | "ReplicationController"
        | "Job" => &["spec", "template", "spec"],
        "CronJob" => &["spec", "jobTemplate", "spec", "template", "spec"],
        _ => return None,
    })
}

fn kubernetes(document: &Document, found: &mut Vec<Credential>) {
    for (index, resource) in document.resources.iter().enumerate() {
        let values = &resource.values;
        let mut push = |detector: &'static str,
                        name: &'static str,
                        path: Vec<PathSegment>,
                        label: Option<String>,
                        value: String| {
            found.push(Credential {
                detector,
                name,
                resource: Some(index),
                owner: resource.address.clone(),
                path,
                label,
                value,
                read_by: None,
            });
        };
        match resource.resource_type.as_str() {
            "Secret" => {
                let kind = values
                    .get("type")
                    .and_then(Value::as_str)
                    .unwrap_or("Opaque");
                if kind == "kubernetes.io/service-account-token" {
                    continue;
                }
                for field in ["data", "stringData"] {
                    let Some(entries) = values.get(field).and_then(Value::as_object) else {
                        continue;
                    };
                    for (key, value) in entries {
                        if let Some(value) = literal(value) {
                            push(
                                "kubernetes-secret-data",
                                "Secret data",
                                vec![
                                    PathSegment::Key(field.into()),
                                    PathSegment::Key(key.clone()),
                                ],
                                None,
                                value,
                            );
                        }
                    }
                }
            }
            "ConfigMap" => {
                let Some(entries) = values.get("data").and_then(Value::as_object) else {
                    continue;
                };
                for (key, value) in entries {
                    if let Some(value) = literal(value).filter(|v| credential_name(key, v)) {
                        push(
                            "configmap-credential",
                            "credential in a ConfigMap",
                            vec![
                                PathSegment::Key("data".into()),
                                PathSegment::Key(key.clone()),
                            ],
                            None,
                            value,
                        );
                    }
                }
            }
            kind => {
                let Some(spec_path) = pod_spec_path(kind) else {
                    continue;
                };
                let mut spec = values;
                for key in spec_path {
                    spec = spec.get(*key).unwrap_or(&Value::Null);
                }
                for list in ["initContainers", "containers", "ephemeralContainers"] {
                    let containers = spec.get(list).and_then(Value::as_array);
                    for (number, container) in containers.into_iter().flatten().enumerate() {
                        let env = container.get("env").and_then(Value::as_array);
                        for (position, entry) in env.into_iter().flatten().enumerate() {
                            let Some(name) = entry.get("name").and_then(Value::as_str) else {
                                continue;
                            };
                            let Some(value) = entry.get("value").and_then(literal) else {
                                continue;
                            };
                            if !credential_name(name, &value) {
                                continue;
                            }
                            let mut path: Vec<PathSegment> = spec_path
                                .iter()
                                .map(|k| PathSegment::Key((*k).to_string()))
                                .collect();
                            path.extend([
                                PathSegment::Key(list.into()),
                                PathSegment::Index(number),
                                PathSegment::Key("env".into()),
                                PathSegment::Index(position),
                                PathSegment::Key("value".into()),
                            ]);
                            let role = match list {
                                "initContainers" => "init container",
                                "ephemeralContainers" => "ephemeral container",
                                _ => "container",
                            };
                            let container_name = container
                                .get("name")
                                .and_then(Value::as_str)
                                .map_or_else(|| format!("#{number}"), |n| format!("{n:?}"));
                            push(
                                "env-credential",
                                "credential in an environment variable",
                                path,
                                Some(format!("env {name} of {role} {container_name}")),
                                value,
                            );
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_catalogue_reads_and_covers_every_cloud() {
        let catalogue =
            parse_catalogue(CATALOGUE_TEXT).expect("policies/secrets/credentials.toml reads");
        for resource_type in [
            "aws_db_instance",
            "azurerm_mssql_server",
            "azurerm_linux_virtual_machine",
            "google_sql_user",
        ] {
            assert!(
                catalogue.resources.contains_key(resource_type),
                "{resource_type}"
            );
        }
        for provider in ["aws", "azurerm", "google", "kubernetes", "github"] {
            assert!(catalogue.providers.contains_key(provider), "{provider}");
        }
    }

    #[test]
    fn unknown_keys_and_empty_paths_are_rejected() {
        assert!(parse_catalogue("[[resource]]\nprovider = \"aws\"\ntypes = [\"a\"]\nattributes = [\"b\"]\nwhy = \"c\"\nowner = \"me\"\n").is_err());
        assert!(parse_catalogue("[[resource]]\nprovider = \"aws\"\ntypes = [\"a\"]\nattributes = [\"b..c\"]\nwhy = \"c\"\n").is_err());
        assert!(!holds_secret(
            &["connection_string".into()],
            "Server=db;Integrated Security=True"
        ));
        assert!(holds_secret(
            &["connection_string".into()],
            "Server=db;User Id=app;Password=Zq7-rT9w2Lx"
        ));
        assert!(!holds_secret(&["credentials".into()], "account.json"));
        assert!(parse_catalogue("[[resource]]\nprovider = \"mars\"\ntypes = [\"a\"]\nattributes = [\"b\"]\nwhy = \"c\"\n").is_err());
    }

    #[test]
    fn wildcards_reach_nested_blocks_and_map_values() {
        let values = serde_json::json!({"os_profile": [{"admin_password": "x"}, {"admin_password": "y"}], "data": {"a": "1", "b": "2"}});
        let pattern = |p: &str| p.split('.').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(
            matching(&values, &pattern("os_profile.*.admin_password")).len(),
            2
        );
        assert_eq!(matching(&values, &pattern("data.*")).len(), 2);
        assert!(matching(&values, &pattern("missing.*")).is_empty());
    }

    #[test]
    fn environment_variables_are_found_in_lists_maps_and_container_definitions() {
        let values = serde_json::json!({
            "spec": [{"container": [{"env": [
                {"name": "LOG_LEVEL", "value": "info"},
                {"name": "DB_PASSWORD", "value": "Zq7-rT9w2Lx"},
                {"name": "API_TOKEN", "value": "${var.token}"},
            ]}]}],
            "environment": [{"variables": {"STRIPE_SECRET": "s3cr3t-value", "REGION": "eu-west-1"}}],
            "container_definitions": "[{\"name\": \"app\", \"environment\": [{\"name\": \"GITHUB_TOKEN\", \"value\": \"t0k3n-value\"}]}]",
        });
        let mut found = Vec::new();
        environment_variables(&values, &mut Vec::new(), &mut found);
        let mut found: Vec<(String, &str)> = found
            .iter()
            .map(|(path, name, _)| (crate::model::dotted(path), name.as_str()))
            .collect();
        found.sort();
        assert_eq!(
            found,
            [
                (
                    "container_definitions.0.environment.0.value".to_string(),
                    "GITHUB_TOKEN"
                ),
                (
                    "environment.0.variables.STRIPE_SECRET".to_string(),
                    "STRIPE_SECRET"
                ),
                ("spec.0.container.0.env.1.value".to_string(), "DB_PASSWORD"),
            ]
        );
    }

    #[test]
    fn credential_names_leave_out_pointers_and_ordinary_keys() {
        for name in [
            "DB_PASSWORD",
            "api-key",
            "GITHUB_TOKEN",
            "client_secret",
            "PGPASSWORD",
        ] {
            assert!(credential_name(name, "hunter22"), "{name}");
        }
        for name in [
            "DB_PASSWORD_FILE",
            "TOKEN_PATH",
            "SECRET_NAME",
            "CACHE_KEY",
            "LOG_LEVEL",
        ] {
            assert!(!credential_name(name, "hunter22"), "{name}");
        }
        assert!(credential_name("SIGNING_KEY", "Zx8qP2mK9vR4tL7wN3sB6yH1"));
    }
}
