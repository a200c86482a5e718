//! The service models and the responsibility matrix (`policies/responsibility/service-models.toml`): read with a closed schema, embedded in the binary.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::model::{Duty, DutyRow, Matrix, Owner, SECRET_INPUT_TYPE, ServiceModel};

/// The reviewed data file, embedded in the binary.
const SERVICE_MODELS_TEXT: &str = include_str!("../../policies/responsibility/service-models.toml");

/// Where the file lives in the repository, for messages.
pub const SERVICE_MODELS_FILE: &str = "policies/responsibility/service-models.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    matrix: BTreeMap<Duty, BTreeMap<ServiceModel, Cell>>,
    types: BTreeMap<ServiceModel, Vec<String>>,
    defaults: Defaults,
    not_services: NotServices,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Defaults {
    /// The model of a Kubernetes kind the file does not name.
    kubernetes: ServiceModel,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NotServices {
    types: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cell {
    owner: Owner,
    why: String,
}

/// The matrix and the type → service model map.
#[derive(Debug, Clone)]
pub struct ServiceModels {
    pub matrix: Matrix,
    exact: BTreeMap<String, ServiceModel>,
    /// `(prefix, model)`, longest prefix first.
    prefixes: Vec<(String, ServiceModel)>,
    kubernetes: Option<ServiceModel>,
    /// Types (or `prefix*`) of providers that create nothing in a cloud.
    not_services: Vec<String>,
}

impl ServiceModels {
    /// The service model of a resource type (a Terraform type or a Kubernetes
    /// kind); `None` for data sources, the `secret` pseudo type, and types the
    /// file does not name.
    pub fn model_of(&self, resource_type: &str) -> Option<ServiceModel> {
        if !is_service(resource_type)
            || self
                .not_services
                .iter()
                .any(|entry| match entry.strip_suffix('*') {
                    Some(prefix) => resource_type.starts_with(prefix),
                    None => resource_type == entry,
                })
        {
            return None;
        }
        if let Some(model) = self.exact.get(resource_type) {
            return Some(*model);
        }
        self.prefixes
            .iter()
            .find(|(prefix, _)| resource_type.starts_with(prefix.as_str()))
            .map(|(_, model)| *model)
            // A Kubernetes kind is capitalised (`ServiceMonitor`); Terraform types never are.
            .or_else(|| {
                resource_type
                    .starts_with(|c: char| c.is_ascii_uppercase())
                    .then_some(self.kubernetes)
                    .flatten()
            })
    }
}

/// Whether a type stands for a service in use: data sources only read, and `secret` is not a resource.
pub fn is_service(resource_type: &str) -> bool {
    !resource_type.starts_with("data.") && resource_type != SECRET_INPUT_TYPE
}

/// The embedded file, read once. It is proven by the test suite, so a failure
/// here cannot happen in a released binary; if it did, the report would show
/// no service models rather than stop the run.
pub fn service_models() -> &'static ServiceModels {
    static MODELS: LazyLock<ServiceModels> = LazyLock::new(|| {
        parse(SERVICE_MODELS_TEXT).unwrap_or_else(|_| ServiceModels {
            matrix: Matrix { duties: Vec::new() },
            exact: BTreeMap::new(),
            prefixes: Vec::new(),
            kubernetes: None,
            not_services: Vec::new(),
        })
    });
    &MODELS
}

/// Reads and checks the file: every duty with every model, each type once.
pub fn parse(text: &str) -> Result<ServiceModels, String> {
    let file: File = toml::from_str(text).map_err(|e| format!("{SERVICE_MODELS_FILE}: {e}"))?;
    let mut duties = Vec::new();
    for duty in Duty::ALL {
        let Some(cells) = file.matrix.get(&duty) else {
            return Err(format!("{SERVICE_MODELS_FILE}: [matrix.{duty}] is missing"));
        };
        let mut row = DutyRow {
            duty,
            checkable: duty.area().is_some(),
            owner: BTreeMap::new(),
            why: BTreeMap::new(),
        };
        for model in ServiceModel::ALL {
            let Some(cell) = cells.get(&model) else {
                return Err(format!(
                    "{SERVICE_MODELS_FILE}: [matrix.{duty}] has no `{model}` cell"
                ));
            };
            if cell.why.trim().is_empty() {
                return Err(format!(
                    "{SERVICE_MODELS_FILE}: [matrix.{duty}] `{model}` has no `why`"
                ));
            }
            row.owner.insert(model, cell.owner);
            row.why.insert(model, cell.why.trim().to_string());
        }
        duties.push(row);
    }
    let mut exact = BTreeMap::new();
    let mut prefixes = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (model, entries) in &file.types {
        for entry in entries {
            if !seen.insert(entry.as_str()) {
                return Err(format!("{SERVICE_MODELS_FILE}: `{entry}` is listed twice"));
            }
            match entry.strip_suffix('*') {
                Some(prefix) if !prefix.is_empty() && !prefix.contains('*') => {
                    prefixes.push((prefix.to_string(), *model));
                }
                Some(_) => {
                    return Err(format!(
                        "{SERVICE_MODELS_FILE}: `{entry}`: a prefix is some text followed by one `*`"
                    ));
                }
                None if entry.contains('*') => {
                    return Err(format!(
                        "{SERVICE_MODELS_FILE}: `{entry}`: `*` may only end an entry"
                    ));
                }
                None => {
                    exact.insert(entry.clone(), *model);
                }
            }
        }
    }
    prefixes.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    Ok(ServiceModels {
        matrix: Matrix { duties },
        exact,
        prefixes,
        kubernetes: Some(file.defaults.kubernetes),
        not_services: file.not_services.types,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_file_reads() {
        let models = parse(SERVICE_MODELS_TEXT).expect("service-models.toml reads");
        assert_eq!(models.matrix.duties.len(), 13);
        assert_eq!(models.model_of("aws_instance"), Some(ServiceModel::Iaas));
        assert_eq!(models.model_of("aws_iam_role"), Some(ServiceModel::Saas));
        assert_eq!(
            models.model_of("aws_lambda_function"),
            Some(ServiceModel::Faas)
        );
        assert_eq!(models.model_of("Deployment"), Some(ServiceModel::Caas));
        assert_eq!(models.model_of("aws_db_instance"), Some(ServiceModel::Paas));
        assert_eq!(models.model_of("data.aws_iam_policy_document"), None);
        assert_eq!(models.model_of("secret"), None);
        assert_eq!(models.model_of("random_id"), None, "not a service");
        assert_eq!(models.model_of("null_resource"), None);
        assert_eq!(
            models.model_of("ServiceMonitor"),
            Some(ServiceModel::Caas),
            "a custom resource"
        );
        assert_eq!(
            models.model_of("aws_route_table_association"),
            Some(ServiceModel::Iaas)
        );
        assert_eq!(
            models.model_of("aws_route53_zone"),
            Some(ServiceModel::Paas),
            "the longer prefix"
        );
        assert_eq!(models.model_of("aws_unknown_thing"), None);
        // The model's fixed points: the provider always owns the physical layer, the customer its identities.
        for model in ServiceModel::ALL {
            assert_eq!(
                models.matrix.owner(Duty::PhysicalSecurity, model),
                Owner::Provider
            );
            assert_eq!(models.matrix.owner(Duty::Iam, model), Owner::Customer);
            assert_eq!(
                models.matrix.owner(Duty::DataSecurity, model),
                Owner::Customer
            );
        }
        assert_eq!(
            models.matrix.owner(Duty::GuestOs, ServiceModel::Iaas),
            Owner::Customer
        );
        assert_eq!(
            models.matrix.owner(Duty::GuestOs, ServiceModel::Paas),
            Owner::Provider
        );
    }

    /// Every type a built-in policy reads is a service with a model (data
    /// sources and the `secret` pseudo type aside): the report never meets a
    /// checked resource it cannot place in the model.
    #[test]
    fn every_type_a_policy_reads_has_a_service_model() {
        let models = parse(SERVICE_MODELS_TEXT).expect("reads");
        let set = crate::policy::PolicySet::load(None, &[]);
        assert!(set.policies.len() > 250);
        let mut missing = std::collections::BTreeSet::new();
        for policy in &set.policies {
            for resource_type in &policy.metadata.custom.input.types {
                if is_service(resource_type) && models.model_of(resource_type).is_none() {
                    missing.insert(format!("{resource_type} ({})", policy.id()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "types without a service model in {SERVICE_MODELS_FILE}: {missing:?}"
        );
    }

    #[test]
    fn an_exact_type_and_a_longer_prefix_win() {
        let matrix = SERVICE_MODELS_TEXT
            .split("\n[types]\n")
            .next()
            .unwrap_or_default();
        let tail = "\n[defaults]\nkubernetes = \"caas\"\n[not_services]\ntypes = []\n";
        let text = format!(
            "{matrix}\n[types]\npaas = [\"aws_*\", \"aws_lambda_layer\"]\nfaas = [\"aws_lambda_*\"]\nsaas = [\"aws_iam_*\"]\n{tail}"
        );
        let models = parse(&text).expect("reads");
        assert_eq!(
            models.model_of("aws_lambda_function"),
            Some(ServiceModel::Faas)
        );
        assert_eq!(
            models.model_of("aws_lambda_layer"),
            Some(ServiceModel::Paas)
        );
        assert_eq!(models.model_of("aws_iam_role"), Some(ServiceModel::Saas));
        assert_eq!(models.model_of("aws_s3_bucket"), Some(ServiceModel::Paas));
        assert_eq!(models.model_of("google_x"), None);
        let bad = format!("{matrix}\n[types]\npaas = [\"aws_*_x\"]\n{tail}");
        assert!(parse(&bad).is_err());
    }

    #[test]
    fn mistakes_are_rejected_with_the_reason() {
        let unknown_key =
            SERVICE_MODELS_TEXT.replacen("[matrix.iam]\n", "[matrix.iam]\nextra = 1\n", 1);
        assert!(parse(&unknown_key).is_err());
        let bad_owner = SERVICE_MODELS_TEXT.replacen("owner = \"customer\"", "owner = \"us\"", 1);
        assert!(parse(&bad_owner).is_err());
        let unknown_duty = SERVICE_MODELS_TEXT.replacen("[matrix.sla-review]", "[matrix.sla]", 1);
        assert!(parse(&unknown_duty).is_err());
        let twice = SERVICE_MODELS_TEXT.replacen(
            "\"aws_instance\",",
            "\"aws_instance\", \"aws_instance\",",
            1,
        );
        let error = parse(&twice).err().unwrap_or_default();
        assert!(error.contains("listed twice"), "{error}");
        let missing_cell = SERVICE_MODELS_TEXT.replacen(
            "saas = { owner = \"customer\", why = \"Identities, their permissions and their keys are the customer's in every model.\" }\n",
            "",
            1,
        );
        let error = parse(&missing_cell).err().unwrap_or_default();
        assert!(error.contains("no `saas` cell"), "{error}");
    }
}
