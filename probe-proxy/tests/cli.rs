//! The command line: `lookup`, `render` and `probe` as a person runs them.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_probe-proxy")).args(args).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn lookup_prints_the_settings_best_first() {
    let output = run(&["lookup", "someone@gmail.com"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.starts_with("someone@gmail.com: Gmail (by its domain gmail.com)"), "{text}");
    let first = text.find("smtp.gmail.com  port 465").unwrap();
    let second = text.find("smtp.gmail.com  port 587").unwrap();
    assert!(first < second, "465 before 587");
    let json = run(&["lookup", "someone@icloud.com", "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["smtp"][0]["host"], "smtp.mail.me.com");
    assert_eq!(value["imap"][0]["username"], "someone");
}

#[test]
fn render_prints_one_output() {
    let output = run(&["render", "someone@yahoo.com", "--format", "thunderbird"]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("<hostname>smtp.mail.yahoo.com</hostname>"));
    let region = run(&["render", "someone@zoho.com", "--format", "msmtp", "--region", "eu"]);
    assert!(stdout(&region).contains("host smtp.zoho.eu"), "{}", stdout(&region));
}

#[test]
fn errors_go_to_stderr_with_a_non_zero_exit() {
    for (args, message) in [
        (&["lookup", "someone@"][..], "The domain after the @ is missing"),
        (&["render", "someone@gmail.com", "--format", "nope"][..], "invalid value 'nope' for '--format <FORMAT>'"),
        (&["lookup", "someone@zoho.com", "--region", "mars"][..], "no region \"mars\""),
        (&["probe", "127.0.0.1"][..], "127.0.0.1 is an address this proxy does not connect to"),
        (&["probe", "[::1]"][..], "does not connect to"),
        (&["probe", "localhost"][..], "localhost resolves only to addresses this proxy does not connect to"),
        (&["probe", "smtp.example.com", "--port", "22"][..], "port 22 is not one this proxy probes"),
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stdout(&output).is_empty(), "{args:?}");
        assert!(stderr(&output).contains(message), "{args:?}: {}", stderr(&output));
    }
}

#[test]
fn lookup_and_render_through_a_sending_service() {
    let output = run(&["lookup", "app@shop.example", "--service", "sendgrid"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("smtp.sendgrid.net  port 465  SSL/TLS  user apikey"), "{text}");
    let ses =
        run(&["render", "app@shop.example", "--service", "amazon-ses", "--region", "eu-west-1", "--format", "msmtp"]);
    assert!(stdout(&ses).contains("host email-smtp.eu-west-1.amazonaws.com"), "{}", stdout(&ses));
    for (args, message) in [
        (&["lookup", "app@shop.example", "--service", "nope"][..], "no sending service \"nope\""),
        (
            &["lookup", "app@shop.example", "--service", "mailgun", "--region", "mars"][..],
            "no region \"mars\" for mailgun",
        ),
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains(message), "{args:?}: {}", stderr(&output));
    }
}

#[test]
fn a_provider_without_smtp_is_said_plainly_and_renders_nothing() {
    let output = run(&["lookup", "someone@tuta.com"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("status: No access for mail programs"), "{text}");
    assert!(text.contains("offers no SMTP or IMAP"), "{text}");
    assert!(!text.contains("Outgoing mail (SMTP)"), "{text}");
    let render = run(&["render", "someone@hey.com", "--format", "thunderbird"]);
    assert_eq!(render.status.code(), Some(2));
    assert!(stdout(&render).is_empty());
    assert!(stderr(&render).contains("offers no SMTP"), "{}", stderr(&render));
}

#[test]
fn probe_says_its_verdict_in_the_language_asked_for() {
    // A port nothing listens on: bound, then closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port().to_string();
    let args = |lang: &'static str| {
        let port = port.as_str();
        vec!["probe", "127.0.0.1", "--allow-private-targets", "--allow-ports", port, "--port", port, "--lang", lang]
    };
    let german = run(&args("de"));
    assert_eq!(german.status.code(), Some(1), "{}", stderr(&german));
    let text = stdout(&german);
    assert!(text.contains(&format!("Auf Port {port} nimmt niemand Verbindungen an")), "{text}");
    let headline = format!("=> Port {port} ist nicht nutzbar: Auf Port {port} nimmt niemand Verbindungen an.");
    assert!(text.contains(&headline), "{text}");
    let english = stdout(&run(&args("en")));
    assert!(english.contains(&format!("Nothing accepts connections on port {port}")), "{english}");
    let unknown = run(&args("tlh"));
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("use en, de, fr, es"), "{}", stderr(&unknown));
}

fn mailsetup(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mailsetup")).args(args).output().unwrap()
}

#[test]
fn the_mailsetup_command_is_the_same_commands_under_the_name_people_type() {
    let lookup = mailsetup(&["lookup", "someone@gmail.com"]);
    assert!(lookup.status.success());
    assert_eq!(stdout(&lookup), stdout(&run(&["lookup", "someone@gmail.com"])), "the same answer as probe-proxy's");
    let render = mailsetup(&["render", "someone@yahoo.com", "--format", "thunderbird"]);
    assert!(stdout(&render).contains("<hostname>smtp.mail.yahoo.com</hostname>"));
    // Its messages carry its own name.
    let error = mailsetup(&["lookup", "someone@"]);
    assert_eq!(error.status.code(), Some(2));
    assert!(stderr(&error).starts_with("mailsetup: "), "{}", stderr(&error));
    let tuta = mailsetup(&["render", "someone@tuta.com", "--format", "thunderbird"]);
    assert!(stderr(&tuta).starts_with("mailsetup: "), "{}", stderr(&tuta));
    let help = stdout(&mailsetup(&["--help"]));
    for command in ["lookup", "render", "probe", "serve", "completions", "man"] {
        assert!(help.contains(&format!("\n  {command} ")), "{command} in\n{help}");
    }
}

#[test]
fn mailsetup_writes_its_shell_completions_and_manual_page() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let output = mailsetup(&["completions", shell]);
        assert!(output.status.success(), "{shell}");
        let script = stdout(&output);
        assert!(script.contains("mailsetup") && script.contains("lookup") && script.contains("region"), "{shell}");
    }
    if std::process::Command::new("bash").arg("--version").output().is_ok() {
        // bash reads the script without complaint.
        let script = stdout(&mailsetup(&["completions", "bash"]));
        let checked = Command::new("bash").args(["-n", "-c", &script]).output().unwrap();
        assert!(checked.status.success(), "{}", stderr(&checked));
    }
    let man = stdout(&mailsetup(&["man"]));
    assert!(man.starts_with(".ie") || man.starts_with(".TH"), "roff: {}", &man[..man.len().min(80)]);
    assert!(man.contains(".TH mailsetup") && man.contains("lookup") && man.contains("completions"), "{man}");
    assert!(!mailsetup(&["completions", "tcsh"]).status.success(), "a shell clap does not write for");
    // A reader that stops early is not a crash.
    let mut head = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args(["completions", "fish"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(head.stdout.take());
    let ended = head.wait_with_output().unwrap();
    assert!(!stderr(&ended).contains("panicked"), "{}", stderr(&ended));
}
