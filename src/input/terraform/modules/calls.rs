//! Module calls: one `module` block of the module being evaluated, instantiated
//! through a [`Host`] with the arguments evaluated in the caller's scope, once
//! per `count`/`for_each` instance; its outputs answer `module.NAME.OUTPUT`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use hcl_edit::Span;
use hcl_edit::structure::Block;
use hcl_edit::visit::Visit;
use serde_json::Value;

use super::Instance;
use crate::input::terraform::builder::instances;
use crate::input::terraform::convert::ReferenceCollector;
use crate::input::terraform::eval::{Evaluator, ModuleResolver, Scope};
use crate::input::terraform::{EvalProblem, is_module_meta_argument};
use crate::model::{Argument, variables_of};

/// A `module` block of the module being evaluated.
pub struct ModuleBlock<'a> {
    pub name: String,
    pub file: usize,
    /// The byte offset of the file's body (after a byte-order mark).
    pub base: usize,
    pub block: &'a Block,
}

/// What instantiating one `module` block gave.
pub struct CallOutcome {
    pub name: String,
    pub file: usize,
    pub header: Range<usize>,
    pub instances: Vec<CalledInstance>,
    /// An error (cycle, missing folder) or a note (remote source), at the block's header.
    pub problem: Option<EvalProblem>,
}

/// One instance of a module call: its key (`count`/`for_each`), its arguments and the evaluated child.
pub struct CalledInstance {
    pub key: Option<Value>,
    pub arguments: Arc<BTreeMap<String, Argument>>,
    pub instance: Arc<Instance>,
}

/// What a module call resolves to.
pub enum Target {
    Instance(Arc<Instance>),
    /// A registry or git source with no local copy: not evaluated.
    Remote,
}

/// Instantiates the module calls of one module (see [`Loader`]).
pub trait Host {
    fn instantiate(
        &self,
        name: &str,
        source: &str,
        arguments: &BTreeMap<String, Option<Value>>,
    ) -> Result<Target, String>;
}

/// The module calls of one module, instantiated when first referred to (`module.x.out`)
/// or, for those nobody refers to, at the end.
pub struct Calls<'a> {
    blocks: BTreeMap<String, ModuleBlock<'a>>,
    host: Option<&'a dyn Host>,
    local_vars: Arc<BTreeMap<String, Vec<String>>>,
    outcomes: RefCell<BTreeMap<String, CallOutcome>>,
}

impl<'a> Calls<'a> {
    pub fn new(
        blocks: Vec<ModuleBlock<'a>>,
        host: Option<&'a dyn Host>,
        local_vars: Arc<BTreeMap<String, Vec<String>>>,
    ) -> Self {
        Calls {
            blocks: blocks.into_iter().map(|b| (b.name.clone(), b)).collect(),
            host,
            local_vars,
            outcomes: RefCell::new(BTreeMap::new()),
        }
    }

    /// Instantiates the calls not yet referred to and returns every outcome, by name.
    pub fn finish(&self, evaluator: &Evaluator<'_>) -> Vec<CallOutcome> {
        if self.host.is_some() {
            for name in self.blocks.keys() {
                evaluator.module(name);
            }
        }
        std::mem::take(&mut *self.outcomes.borrow_mut())
            .into_values()
            .collect()
    }

    fn header(block: &ModuleBlock<'_>) -> Range<usize> {
        let start = block.block.ident.span().map_or(0, |s| s.start);
        let end = block
            .block
            .labels
            .last()
            .and_then(|l| l.span())
            .map_or(start, |s| s.end);
        start + block.base..end + block.base
    }
}

impl ModuleResolver for Calls<'_> {
    fn resolve(&self, name: &str, evaluator: &Evaluator<'_>) -> Option<Value> {
        let block = self.blocks.get(name)?;
        let host = self.host?;
        let header = Calls::header(block);
        let mut outcome = CallOutcome {
            name: name.to_string(),
            file: block.file,
            header: header.clone(),
            instances: Vec::new(),
            problem: None,
        };
        let problem = |message: String, note: bool| EvalProblem {
            file: block.file,
            offset: header.start,
            message,
            note,
        };
        let source = block
            .block
            .body
            .get_attribute("source")
            .and_then(|a| Evaluator::constant().eval(&a.value, &Scope::default()))
            .and_then(|v| v.as_str().map(str::to_string));
        let Some(source) = source else {
            outcome.problem = Some(problem(
                format!("module \"{name}\" has no literal `source`; it is not evaluated"),
                false,
            ));
            self.outcomes.borrow_mut().insert(name.to_string(), outcome);
            return None;
        };
        let body = &block.block.body;
        let expanded =
            body.get_attribute("count").is_some() || body.get_attribute("for_each").is_some();
        let mut failed = false;
        for (key, scope) in instances(evaluator, body) {
            let mut values = BTreeMap::new();
            let mut arguments = BTreeMap::new();
            for attribute in body.attributes() {
                let argument = attribute.key.value().as_str();
                if is_module_meta_argument(argument) {
                    continue;
                }
                values.insert(
                    argument.to_string(),
                    evaluator.eval(&attribute.value, &scope),
                );
                let mut collector = ReferenceCollector::default();
                collector.visit_expr(&attribute.value);
                let span = attribute.span().unwrap_or(0..0);
                arguments.insert(
                    argument.to_string(),
                    Argument {
                        span: span.start + block.base..span.end + block.base,
                        variables: variables_of(&collector.addresses, &self.local_vars),
                    },
                );
            }
            match host.instantiate(name, &source, &values) {
                Ok(Target::Instance(instance)) => outcome.instances.push(CalledInstance {
                    key,
                    arguments: Arc::new(arguments),
                    instance,
                }),
                Ok(Target::Remote) => {
                    outcome.problem = Some(problem(
                        format!(
                            "module \"{name}\" (source {source}) not evaluated: remote source; run terraform init to evaluate it"
                        ),
                        true,
                    ));
                    failed = true;
                    break;
                }
                Err(message) => {
                    outcome.problem = Some(problem(message, false));
                    failed = true;
                    break;
                }
            }
        }
        let value = if failed {
            None
        } else if !expanded {
            outcome
                .instances
                .first()
                .filter(|i| i.key.is_none())
                .map(|i| Value::Object(i.instance.outputs.clone()))
        } else if outcome.instances.iter().any(|i| i.key.is_none()) {
            // count or for_each is unknown: the instances, and so the outputs, are unknown.
            None
        } else if body.get_attribute("count").is_some() {
            Some(Value::Array(
                outcome
                    .instances
                    .iter()
                    .map(|i| Value::Object(i.instance.outputs.clone()))
                    .collect(),
            ))
        } else {
            Some(Value::Object(
                outcome
                    .instances
                    .iter()
                    .filter_map(|i| {
                        let key = i.key.as_ref()?.as_str()?.to_string();
                        Some((key, Value::Object(i.instance.outputs.clone())))
                    })
                    .collect(),
            ))
        };
        self.outcomes.borrow_mut().insert(name.to_string(), outcome);
        value
    }
}
