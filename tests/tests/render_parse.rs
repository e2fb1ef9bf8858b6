//! The text outputs, read back by the real tools that will read them: git parses the git
//! config, Python parses the Python and Django snippets, Node checks the JavaScript, bash
//! reads the shell commands and the Laravel `.env`. Every provider is rendered with an
//! address full of quoting hazards, so a quoting mistake shows up as a parse failure or a
//! wrong value.

use std::path::{Path, PathBuf};
use std::process::Command;

use email_settings::address::Query;
use email_settings::provider::{self, Security};
use email_settings::render::{Format, render};
use email_settings::settings::{self, Settings, resolve};

/// An address whose local part holds `'`, `$`, a backtick, `+` and `&`.
fn risky_settings() -> Vec<Settings> {
    provider::all()
        .iter()
        .filter_map(|p| {
            p.domains.iter().chain(p.regions.iter().flat_map(|r| r.domains.iter())).find(|d| !d.starts_with("*."))
        })
        .map(|domain| resolve(&Query::parse(&format!("o'hara+$x`y&z@{domain}")).unwrap()))
        // Providers without SMTP render nothing; the sending services render for any address.
        .filter(Settings::offers_smtp)
        .chain(provider::services().filter_map(|service| {
            settings::for_service(&Query::parse("o'hara+$x`y&z@shop.example").unwrap(), service.id, None)
        }))
        .collect()
}

fn chosen(settings: &Settings) -> &email_settings::settings::Candidate {
    settings.smtp.iter().find(|c| c.security != Security::Plain).unwrap_or(&settings.smtp[0])
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn output(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mailsetup-render-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn git_reads_the_send_email_config() {
    let dir = temp_dir("git");
    for (i, settings) in risky_settings().iter().enumerate() {
        let file =
            write(&dir, &format!("{i}.gitconfig"), &render(Format::GitSendEmail, settings).expect("offers SMTP").text);
        let get = |key: &str| {
            output(Command::new("git").args(["config", "--file"]).arg(&file).args(["--get", key])).trim().to_owned()
        };
        let smtp = chosen(settings);
        assert_eq!(get("sendemail.smtpServer"), smtp.host);
        assert_eq!(get("sendemail.smtpServerPort"), smtp.port.to_string());
        assert_eq!(get("sendemail.smtpUser"), smtp.username);
        let expected = match smtp.security {
            Security::ImplicitTls => "ssl",
            Security::StartTls => "tls",
            Security::Plain => "none",
        };
        assert_eq!(get("sendemail.smtpEncryption"), expected);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// One Python process parses every snippet and reports the values it finds.
#[test]
fn python_parses_the_python_and_django_snippets() {
    let dir = temp_dir("python");
    let all = risky_settings();
    for (i, settings) in all.iter().enumerate() {
        write(&dir, &format!("snippet_{i}.py"), &render(Format::Python, settings).expect("offers SMTP").text);
        write(&dir, &format!("django_{i}.py"), &render(Format::Django, settings).expect("offers SMTP").text);
    }
    let script = r#"
import ast, json, sys, pathlib
out = {}
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.py")):
    tree = ast.parse(path.read_text(), str(path))
    values = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Constant):
            values[node.targets[0].id] = node.value.value
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("SMTP_SSL", "SMTP"):
            values["call"] = [node.func.attr, node.args[0].value, node.args[1].value]
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "login":
            values["login"] = node.args[0].value
    out[path.stem] = values
print(json.dumps(out))
"#;
    let json = output(Command::new("python3").arg("-c").arg(script).arg(&dir));
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    for (i, settings) in all.iter().enumerate() {
        let smtp = chosen(settings);
        let snippet = &parsed[format!("snippet_{i}")];
        let class = if smtp.security == Security::ImplicitTls { "SMTP_SSL" } else { "SMTP" };
        assert_eq!(snippet["call"], serde_json::json!([class, smtp.host, smtp.port]), "{snippet}");
        assert_eq!(snippet["login"], smtp.username);
        let django = &parsed[format!("django_{i}")];
        assert_eq!(django["EMAIL_HOST"], smtp.host);
        assert_eq!(django["EMAIL_PORT"], smtp.port);
        assert_eq!(django["EMAIL_USE_SSL"], smtp.security == Security::ImplicitTls);
        assert_eq!(django["EMAIL_USE_TLS"], smtp.security == Security::StartTls);
        assert_eq!(django["EMAIL_HOST_USER"], smtp.username);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn node_accepts_the_nodemailer_snippet() {
    let dir = temp_dir("node");
    // Node's syntax check is per file; the five seed providers cover every branch.
    for address in
        ["o'hara+$x`y&z@gmail.com", "a@yahoo.com", "a@outlook.com", "a@icloud.com", "a@zoho.eu", "a@inbox.lv"]
    {
        let settings = resolve(&Query::parse(address).unwrap());
        let file = write(&dir, "send-mail.mjs", &render(Format::Nodemailer, &settings).expect("offers SMTP").text);
        output(Command::new("node").arg("--check").arg(&file));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bash_reads_the_commands_and_the_laravel_env() {
    let dir = temp_dir("bash");
    for (i, settings) in risky_settings().iter().enumerate() {
        for format in [Format::Openssl, Format::Swaks, Format::Netcat] {
            let file =
                write(&dir, &format!("{i}-{}.sh", format.id()), &render(format, settings).expect("offers SMTP").text);
            output(Command::new("bash").arg("-n").arg(&file));
        }
        // phpdotenv (Laravel's reader) and bash agree on single-quoted values; the page
        // single-quotes every value without a `'` (the other case is unit-tested in quote.rs,
        // as bash and phpdotenv read such values differently).
        let settings = &resolve(&Query::parse(&format!("ann+$x`y&z@{}", settings.domain().ascii())).unwrap());
        let env = write(&dir, &format!("{i}.env"), &render(Format::Laravel, settings).expect("offers SMTP").text);
        let values = output(
            Command::new("bash")
                .arg("-c")
                .arg("set -a; . \"$1\"; printf '%s\\n' \"$MAIL_HOST\" \"$MAIL_PORT\" \"$MAIL_USERNAME\" \"$MAIL_SCHEME\"")
                .arg("bash")
                .arg(&env),
        );
        let smtp = chosen(settings);
        let scheme = if smtp.security == Security::ImplicitTls { "smtps" } else { "smtp" };
        let expected = format!("{}\n{}\n{}\n{scheme}\n", smtp.host, smtp.port, smtp.username);
        assert_eq!(values, expected);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
