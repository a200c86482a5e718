//! Finding the external programs some tests drive (Chromium, Neovim) on the PATH.

use std::path::PathBuf;

/// The first `name` on the PATH.
pub fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}
