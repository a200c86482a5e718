//! The `srm-lint` binary: a thin shell over the library.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    srm_lint::main()
}
