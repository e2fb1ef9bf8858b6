//! Commands a person can run on their own computer to test the settings from their own
//! network (which may block ports the proxy can reach, or the other way round).

use super::{Generator, chosen_smtp, quote};
use crate::provider::Security;
use crate::settings::Settings;

pub(crate) fn openssl(settings: &Settings, _: Generator<'_>) -> String {
    let mut out = String::from(
        "# Talk to the server over TLS yourself. openssl shows the certificate (and, with\n\
         # STARTTLS, has already read the greeting); when it waits for input, type\n\
         #   EHLO test\n\
         # and look for \"AUTH\" in the reply; then type QUIT.\n",
    );
    if settings.smtp.iter().all(|c| c.security == Security::Plain) {
        let smtp = chosen_smtp(settings);
        out.push_str(&format!(
            "# {} lists no encrypted server, so there is no TLS to test; `nc -C {} {}` shows the greeting.\n",
            settings.provider_name,
            quote::shell(&smtp.host),
            smtp.port
        ));
    }
    for smtp in settings.smtp.iter().filter(|c| c.security != Security::Plain) {
        let target = format!("{}:{}", smtp.host, smtp.port);
        let starttls = if smtp.security == Security::StartTls { " -starttls smtp" } else { "" };
        out.push_str(&format!(
            "openssl s_client -connect {}{starttls} -servername {} -crlf -quiet\n",
            quote::shell(&target),
            quote::shell(&smtp.host)
        ));
    }
    out
}

pub(crate) fn swaks(settings: &Settings, _: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let tls = match smtp.security {
        Security::ImplicitTls => " --tls-on-connect",
        Security::StartTls => " --tls",
        Security::Plain => "",
    };
    let address = quote::shell(&settings.address_or_example());
    let server = format!("--server {} --port {}{tls}", quote::shell(&smtp.host), smtp.port);
    format!(
        "# Check the connection and the login without sending anything (swaks asks for the password):\n\
         swaks {server} --auth LOGIN --auth-user {user} --quit-after AUTH\n\
         # Send one test message to yourself:\n\
         swaks {server} --auth LOGIN --auth-user {user} --from {address} --to {address}\n",
        user = quote::shell(&smtp.username),
    )
}

pub(crate) fn powershell(settings: &Settings, _: Generator<'_>) -> String {
    let mut out = String::from("# Is the port reachable from this computer? Look for \"TcpTestSucceeded : True\".\n");
    let mut ports: Vec<(String, u16)> = settings.smtp.iter().map(|c| (c.host.clone(), c.port)).collect();
    ports.dedup();
    for (host, port) in ports {
        out.push_str(&format!("Test-NetConnection -ComputerName {} -Port {port}\n", quote::powershell(&host)));
    }
    out
}

pub(crate) fn netcat(settings: &Settings, _: Generator<'_>) -> String {
    let mut out = String::from(
        "# Is the port open from this computer? (\"succeeded\" / \"open\" means yes; a long wait\n\
         # with no answer means a firewall drops it.)\n",
    );
    for smtp in &settings.smtp {
        out.push_str(&format!("nc -vz -w 5 {} {}\n", quote::shell(&smtp.host), smtp.port));
    }
    if let Some(starttls) = settings.smtp.iter().find(|c| c.security == Security::StartTls) {
        out.push_str(&format!(
            "# On a STARTTLS port the server greets in plain text (\"220 ...\"); type QUIT to leave:\n\
             nc -C {} {}\n",
            quote::shell(&starttls.host),
            starttls.port
        ));
    }
    out
}
