//! Reading the provider files from disk: for `build.rs`, the ISPDB importer and drift check
//! in `xtask`, and the crate's own tests, each of which includes this file by path beside
//! [`schema`](super::schema). The library itself never includes it, so `shared` reads no
//! files at run time.

use std::path::{Path, PathBuf};

use super::schema::{OVERLAY_DIR, OverlayFile, Problems, ProviderSet, parse_provider};

/// Reads every `*.toml` below `dir` (recursively), sorted by path: files under
/// `overlays/` as [`OverlayFile`]s, every other as a [`ProviderFile`].
pub fn load_dir(dir: &Path) -> Result<ProviderSet, Problems> {
    let mut paths = Vec::new();
    // Provider files live in the subdirectories (curated/, services/, ispdb/, overlays/); a
    // file beside them (compare-resolutions.toml) is about the data, not a provider.
    let subdirs = std::fs::read_dir(dir)
        .and_then(|entries| entries.map(|e| e.map(|e| e.path())).collect::<std::io::Result<Vec<PathBuf>>>())
        .map_err(|e| Problems(vec![format!("{}: {e}", dir.display())]))?;
    for subdir in subdirs.iter().filter(|p| p.is_dir()) {
        collect_toml(subdir, &mut paths).map_err(|e| Problems(vec![format!("{}: {e}", subdir.display())]))?;
    }
    paths.sort();
    let mut set = ProviderSet::default();
    let mut problems = Vec::new();
    let overlay_dir = dir.join(OVERLAY_DIR);
    for path in paths {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                problems.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        let parsed = if path.starts_with(&overlay_dir) {
            toml::from_str::<OverlayFile>(&text)
                .map(|o| set.overlays.push((path.clone(), o)))
                .map_err(|e| e.to_string())
        } else {
            parse_provider(&text).map(|f| set.files.push((path.clone(), f)))
        };
        if let Err(e) = parsed {
            problems.push(format!("{}: {e}", path.display()));
        }
    }
    if problems.is_empty() { Ok(set) } else { Err(Problems(problems)) }
}

fn collect_toml(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_toml(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
    Ok(())
}
