//! Budgets: how much work one file, one document or the whole run may cost, so hostile input cannot exhaust the machine.
//!
//! Past a budget a value becomes unknown (never judged) with a warning at its
//! line, or a file or document gets an error at its line; the other files are
//! always linted. The command line raises them with `--limit NAME=VALUE`.

use std::time::Duration;

/// The budgets of one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// How long one group of policies may run on one document (the engine adds 1 ms per resource).
    pub policy_time: Duration,
    /// How long the whole run may take; documents not started by then are reported, not linted.
    pub deadline: Duration,
    /// Values a Terraform module instance's evaluation may build (elements, plus string bytes / 64).
    pub eval_values: u64,
    /// Bytes of one string built by evaluation (templates, `format`, `join`, ...).
    pub string_bytes: usize,
    /// Elements of one list or map built by evaluation (`range`, `setproduct`, `for`, ...).
    pub collection_elements: usize,
    /// Instances one `count` or `for_each` may expand to.
    pub instances: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            policy_time: Duration::from_secs(10),
            deadline: Duration::from_secs(600),
            eval_values: 4_000_000,
            string_bytes: 1024 * 1024,
            collection_elements: 100_000,
            instances: 10_000,
        }
    }
}

/// The names `--limit NAME=VALUE` accepts, with what each bounds.
const LIMIT_NAMES: [(&str, &str); 6] = [
    (
        "policy-time",
        "seconds one group of policies may run on one document",
    ),
    ("deadline", "seconds the whole run may take"),
    (
        "eval-values",
        "values one Terraform module's evaluation may build",
    ),
    (
        "string-bytes",
        "bytes of one string built by Terraform evaluation",
    ),
    (
        "collection-elements",
        "elements of one list or map built by Terraform evaluation",
    ),
    ("instances", "instances of one count or for_each"),
];

impl Limits {
    /// Sets one budget from `NAME=VALUE` (seconds for times, a count otherwise).
    pub fn set(&mut self, assignment: &str) -> Result<(), String> {
        let known = || {
            LIMIT_NAMES
                .iter()
                .map(|(name, _)| *name)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (name, value) = assignment
            .split_once('=')
            .ok_or_else(|| format!("`{assignment}` is not NAME=VALUE (names: {})", known()))?;
        let number: u64 = value
            .trim()
            .trim_end_matches('s')
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| format!("`{value}` is not a positive whole number"))?;
        let count = usize::try_from(number).unwrap_or(usize::MAX);
        match name.trim() {
            "policy-time" => self.policy_time = Duration::from_secs(number),
            "deadline" => self.deadline = Duration::from_secs(number),
            "eval-values" => self.eval_values = number,
            "string-bytes" => self.string_bytes = count,
            "collection-elements" => self.collection_elements = count,
            "instances" => self.instances = count,
            other => return Err(format!("unknown limit `{other}` (names: {})", known())),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_set_by_name() {
        let mut limits = Limits::default();
        limits.set("policy-time=30s").expect("valid");
        limits.set("instances = 20000").expect("valid");
        assert_eq!(limits.policy_time, Duration::from_secs(30));
        assert_eq!(limits.instances, 20_000);
        assert!(limits.set("bogus=1").unwrap_err().contains("policy-time"));
        assert!(limits.set("deadline=0").is_err());
        assert!(limits.set("deadline").is_err());
    }
}
