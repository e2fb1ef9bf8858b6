//! Invariants of ARCHITECTURE.md that a test can check by reading the source:
//!
//! - no import circles between the top-level modules of `shared` (the `email-settings`
//!   library), `shared/app`, `probe-proxy` and `frontend` (a module's tests may reach
//!   anywhere);
//! - which crate may depend on which: the library on no other crate of the workspace,
//!   `shared/app` on the library alone, the front end and the proxy on those two (never on
//!   each other);
//! - `shared` and `shared/app` do no I/O (no `std::fs`, `std::net` sockets,
//!   `std::process`, clocks or randomness outside build scripts and tests).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `code` with the contents of its string literals blanked (generated snippets quote code
/// that does I/O; a literal is text, not a call).
fn without_strings(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in code.chars() {
        match (in_string, escaped, c) {
            (true, false, '\\') => escaped = true,
            (true, false, '"') => {
                in_string = false;
                out.push(c);
            }
            (true, _, _) => escaped = false,
            (false, _, '"') => {
                in_string = true;
                out.push(c);
            }
            (false, _, _) => out.push(c),
        }
    }
    out
}

/// A file's code without comments and without its `#[cfg(test)]` module (by this
/// project's convention the last item of a file), or nothing for a tests-only file.
fn code_of(path: &Path) -> String {
    if path.file_name().is_some_and(|n| n == "tests.rs") {
        return String::new();
    }
    let text = std::fs::read_to_string(path).unwrap();
    let mut code = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed == "#[cfg(test)]" && lines.peek().is_some_and(|next| next.trim_start().starts_with("mod ")) {
            break;
        }
        if !trimmed.starts_with("//") {
            code.push_str(line);
            code.push('\n');
        }
    }
    code
}

/// The top-level module a file of `src` belongs to (`None` for the crate root).
fn top_module(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).unwrap();
    let first = relative.components().next()?.as_os_str().to_string_lossy().into_owned();
    let name = first.trim_end_matches(".rs").to_owned();
    (!matches!(name.as_str(), "lib" | "main")).then_some(name)
}

/// Which top-level modules each top-level module of the crate at `src` uses (`crate::x`,
/// `use crate::{x, y}`).
fn module_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let modules: BTreeSet<String> = files.iter().filter_map(|f| top_module(src, f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(from) = top_module(src, file) else { continue };
        let code = code_of(file);
        let mut used = BTreeSet::new();
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                used.extend(group.split(',').map(|item| item.trim().split("::").next().unwrap_or("").to_owned()));
            } else {
                used.insert(rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("").to_owned());
            }
        }
        let edges = graph.entry(from.clone()).or_default();
        edges.extend(used.into_iter().filter(|m| modules.contains(m) && *m != from));
    }
    graph
}

/// Every circle in `graph`, each as the path that closes it.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        found: &mut Vec<Vec<String>>,
    ) {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut circle = path[start..].to_vec();
            circle.push(node.to_owned());
            found.push(circle);
            return;
        }
        if done.contains(node) {
            return;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, path, done, found);
        }
        path.pop();
        done.insert(node.to_owned());
    }
    let (mut done, mut found) = (BTreeSet::new(), Vec::new());
    for node in graph.keys() {
        visit(node, graph, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

/// Which of the front end's `logic` modules each uses (`super::x`, `crate::logic::x`): the
/// page's decisions, the part of the front end with many modules.
fn logic_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = root().join("frontend/src/logic");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().filter_map(|f| top_module(&src, f)).filter(|m| m != "mod").collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(from) = top_module(&src, file).filter(|m| m != "mod") else { continue };
        let code = code_of(file);
        let mut used = BTreeSet::new();
        for prefix in ["crate::logic::", "super::"] {
            for (at, _) in code.match_indices(prefix) {
                let rest = &code[at + prefix.len()..];
                if let Some(group) = rest.strip_prefix('{') {
                    let group = &group[..group.find('}').unwrap_or(group.len())];
                    used.extend(group.split(',').map(|item| item.trim().split("::").next().unwrap_or("").to_owned()));
                } else {
                    used.insert(
                        rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("").to_owned(),
                    );
                }
            }
        }
        let edges = graph.entry(from.clone()).or_default();
        edges.extend(used.into_iter().filter(|m| modules.contains(m) && *m != from));
    }
    graph
}

#[test]
fn no_crate_has_import_circles_between_its_modules() {
    let graphs = ["shared", "shared/app", "probe-proxy", "frontend"]
        .map(|krate| (krate.to_owned(), module_graph(&root().join(krate).join("src"))))
        .into_iter()
        .chain([("frontend's logic".to_owned(), logic_graph())]);
    for (krate, graph) in graphs {
        assert!(graph.len() >= 5, "{krate}: the scan found its modules ({graph:?})");
        let found = circles(&graph);
        let shown: Vec<String> = found.iter().map(|c| c.join(" → ")).collect();
        assert!(found.is_empty(), "{krate} has import circles:\n{}", shown.join("\n"));
    }
}

#[test]
fn the_circle_finder_finds_circles() {
    let graph: BTreeMap<String, BTreeSet<String>> =
        [("app", &["middleware"][..]), ("middleware", &["state"][..]), ("state", &["app"][..]), ("leaf", &[][..])]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.iter().map(|s| s.to_string()).collect()))
            .collect();
    assert_eq!(circles(&graph), [["app", "middleware", "state", "app"]]);
}

/// The workspace crates a crate's manifest depends on (normal dependencies).
fn workspace_dependencies(krate: &str) -> BTreeSet<String> {
    let manifest = std::fs::read_to_string(root().join(krate).join("Cargo.toml")).unwrap();
    let mut section = String::new();
    let mut found = BTreeSet::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            section = line.to_owned();
            continue;
        }
        let normal =
            section == "[dependencies]" || section.starts_with("[target.") && section.ends_with(".dependencies]");
        let name = line.split(['=', ' ', '.']).next().unwrap_or("");
        let ours = ["email-settings", "mailsetup-shared", "probe-proxy", "mailsetup-frontend", "mailsetup-tests"];
        if normal && ours.contains(&name) {
            found.insert(name.to_owned());
        }
    }
    found
}

#[test]
fn crates_depend_only_as_the_architecture_says() {
    let set = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(workspace_dependencies("shared"), set(&[]), "the library depends on no other crate");
    assert_eq!(workspace_dependencies("shared/app"), set(&["email-settings"]), "the app's core on the library alone");
    assert_eq!(workspace_dependencies("frontend"), set(&["email-settings", "mailsetup-shared"]));
    assert_eq!(workspace_dependencies("probe-proxy"), set(&["email-settings", "mailsetup-shared"]));
}

#[test]
fn shared_does_no_io() {
    let src = root().join("shared/src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    rust_files(&root().join("shared/app/src"), &mut files);
    let forbidden = [
        "std::fs",
        "std::net::TcpStream",
        "std::net::UdpSocket",
        "std::net::TcpListener",
        "std::process",
        "SystemTime::now",
        "Instant::now",
        "std::env::var",
        "thread_rng",
    ];
    for file in files {
        if file.ends_with("provider/schema_files.rs") {
            // Included by build.rs, xtask and the tests, never by the library.
            let lib = std::fs::read_to_string(src.join("provider/mod.rs")).unwrap();
            assert!(
                lib.contains("#[cfg(test)]\n#[allow(unreachable_pub)]"),
                "the library leaves schema_files.rs to its tests"
            );
            continue;
        }
        let code = without_strings(&code_of(&file));
        for word in forbidden {
            assert!(!code.contains(word), "{} uses {word}: shared does no I/O", file.display());
        }
    }
}
