//! What a mail client's account wizard does with this crate: an address in, the settings for
//! reading and sending mail out, and what to ask the person for. For a domain the data does
//! not know, the wizard reads the autoconfig document it fetched from the domain (fetching
//! is the wizard's job: this crate does no I/O).
//!
//! ```text
//! cargo run -p email-settings --example account_wizard -- ann@gmail.com
//! cargo run -p email-settings --example account_wizard -- ann@example.org --autoconfig config-v1.1.xml
//! ```

use std::process::ExitCode;

use email_settings::address::Query;
use email_settings::autoconfig::{AutoconfigServer, read_autoconfig};
use email_settings::client::Client;
use email_settings::provider::Protocol;
use email_settings::settings::{Candidate, Settings, resolve};
use email_settings::way_in::{WayIn, way_in};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (address, autoconfig) = match args.as_slice() {
        [address] => (address, None),
        [address, flag, path] if flag == "--autoconfig" => (address, Some(path)),
        _ => {
            eprintln!("usage: account_wizard ADDRESS [--autoconfig FILE]");
            return ExitCode::from(2);
        }
    };
    let query = match Query::parse(address) {
        Ok(query) => query,
        Err(error) => {
            eprintln!("account_wizard: {address:?} is not an address: {error}");
            return ExitCode::FAILURE;
        }
    };
    let settings = resolve(&query);
    println!("Account: {} ({})", settings.address_or_example(), settings.provider_name);

    let known = !settings.smtp.iter().all(|c| c.guessed);
    match (known, autoconfig) {
        // The provider data knows better than a file the wizard found: use the data.
        (true, _) | (false, None) => print_settings(&settings),
        (false, Some(path)) => {
            let xml = match std::fs::read_to_string(path) {
                Ok(xml) => xml,
                Err(error) => {
                    eprintln!("account_wizard: cannot read {path}: {error}");
                    return ExitCode::FAILURE;
                }
            };
            match read_autoconfig(&xml) {
                Ok(found) => {
                    println!("From the domain's autoconfig file:");
                    for server in found.incoming.iter().chain(&found.outgoing) {
                        print_found(server, &settings);
                    }
                }
                Err(error) => {
                    // A broken file is no reason to stop: the guesses still stand.
                    println!("The domain's autoconfig file could not be read ({error}); the usual names:");
                    print_settings(&settings);
                }
            }
        }
    }

    // The wizard is a program without a provider's sign-in button of its own.
    let ask = match way_in(&settings, Client::Generic) {
        WayIn::Password | WayIn::SignIn { .. } => "the account's password".to_owned(),
        WayIn::AppPassword => {
            format!("an app password, created in the {} account's security settings", settings.provider_name)
        }
        WayIn::EnableFirst => {
            format!("the password, once access for mail programs is on in {}'s settings", settings.provider_name)
        }
        WayIn::Bridge => format!("the password {}'s bridge shows, with the bridge running", settings.provider_name),
        WayIn::ApiKey => "an API key or SMTP credential from the service".to_owned(),
        WayIn::NotHere(_) => format!("nothing: this program cannot sign in to {}", settings.provider_name),
        WayIn::NoAccess => format!("nothing: {} has no access for mail programs", settings.provider_name),
    };
    println!("Ask for: {ask}");
    ExitCode::SUCCESS
}

fn print_settings(settings: &Settings) {
    match settings.incoming_to_set_up() {
        Some(incoming) => print_candidate("Incoming", incoming),
        None => println!("Incoming: none offered"),
    }
    match settings.smtp_to_set_up() {
        Some(smtp) => print_candidate("Outgoing", smtp),
        None => println!("Outgoing: none offered"),
    }
}

fn print_candidate(direction: &str, c: &Candidate) {
    let guess = if c.guessed { " (a guess: test it)" } else { "" };
    println!(
        "{direction}: {} {}:{} {}, user name {}{guess}",
        protocol_name(c.protocol),
        c.host,
        c.port,
        c.security.label(),
        c.username
    );
}

fn print_found(server: &AutoconfigServer, settings: &Settings) {
    let direction = if server.protocol == Protocol::Smtp { "Outgoing" } else { "Incoming" };
    let local = settings.local_part_or_example();
    let domain = settings.domain().ascii();
    let user = server.username.as_ref().map_or_else(|| format!("{local}@{domain}"), |form| form.fill(local, domain));
    println!(
        "{direction}: {} {}:{} {}, user name {user}",
        protocol_name(server.protocol),
        server.host,
        server.port,
        server.security.label()
    );
}

fn protocol_name(protocol: Protocol) -> &'static str {
    match protocol {
        Protocol::Smtp => "SMTP",
        Protocol::Imap => "IMAP",
        Protocol::Pop3 => "POP3",
    }
}
