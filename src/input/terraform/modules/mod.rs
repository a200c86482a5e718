//! Terraform module calls: local modules (and copies made by `terraform init`) instantiated with the caller's arguments.
//!
//! A `module "x" { source = "./modules/x" ... }` block is evaluated the way
//! Terraform would: the child directory is evaluated with the arguments (in the
//! caller's scope, unknown stays unknown), `count`/`for_each` give instances
//! (`module.x[0]`, `module.x["k"]`), the child's resources join the caller's
//! document as `module.x.aws_s3_bucket.this`, and its outputs answer
//! `module.x.NAME`. Each directory is parsed once per run ([`Loader`]), and an
//! instantiation with the same arguments is evaluated once ([`Loader`] again),
//! so a module called from many places costs one evaluation per distinct call.
//!
//! Registry and git sources are never downloaded: when `.terraform/modules/modules.json`
//! of the root names a local copy, that copy is used; otherwise the call is a note.
//!
//! `calls` evaluates one module's `module` blocks (arguments, instances,
//! outputs); `loader` finds, caches and merges the modules they call.

mod calls;
mod loader;

pub use calls::{CallOutcome, Calls, Host, ModuleBlock, Target};
pub use loader::{DirReader, Instance, LoadedDir, Loader, module_sources};
