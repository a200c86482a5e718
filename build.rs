//! Embeds the built-in policies (every non-test `.rego` file under `policies/`) into the binary, each with its METADATA already read as JSON.

// The same YAML reader as at run time, so the embedded METADATA is exactly what
// parsing the comment block would give; only the (fast) JSON is read at start-up.
#[path = "src/policy/metadata_text.rs"]
mod metadata_text;
#[allow(dead_code)]
#[path = "src/model/source.rs"]
mod source;
#[allow(dead_code)]
#[path = "src/yaml.rs"]
mod yaml;
// Where the YAML reader expects the span types (`crate::model`): it needs only them.
mod model {
    pub(crate) use super::source::{SpanChildren, SpanTree};
}

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rego")
            && !path.to_string_lossy().ends_with("_test.rego")
        {
            out.push(path);
        }
    }
}

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let policies = root.join("policies");
    println!("cargo:rerun-if-changed=policies");
    let mut files = Vec::new();
    collect(&policies, &mut files);
    files.sort();
    let mut code = String::from(
        "/// Built-in policies: (path relative to policies/, source, METADATA as JSON when it reads).\npub static EMBEDDED_POLICIES: &[(&str, &str, Option<&str>)] = &[\n",
    );
    for file in &files {
        let relative = file
            .strip_prefix(&policies)
            .expect("collected under policies/")
            .to_string_lossy()
            .replace('\\', "/");
        // Every directory must be watched for new files, not only the top folder.
        if let Some(parent) = file.parent() {
            println!("cargo:rerun-if-changed={}", parent.display());
        }
        println!("cargo:rerun-if-changed={}", file.display());
        // Libraries have no METADATA; a policy whose METADATA does not read gets
        // `None` and is parsed at run time, which reports the problem.
        let text = fs::read_to_string(file).expect("read policy");
        let metadata = if relative.starts_with("lib/") {
            None
        } else {
            metadata_text::metadata_value(&text)
                .ok()
                .map(|value| value.to_string())
        };
        writeln!(
            code,
            "    ({relative:?}, include_str!({:?}), {metadata:?}),",
            file.display().to_string()
        )
        .expect("write to string");
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("embedded_policies.rs");
    fs::write(out, code).expect("write embedded_policies.rs");
}
