//! The `srm-lint` binary: a thin shell over the library.

fn main() -> std::process::ExitCode {
    srm_lint::cli::main()
}
