//! Plain-text config files: msmtp, mutt/NeoMutt, git send-email, a Postfix relay host.

use super::quote;
use super::{Generator, chosen_smtp, made_by};
use crate::provider::{AuthMethod, Security};
use crate::settings::Settings;

/// A note for OAuth2-only providers, in the comment syntax of each format.
fn oauth_note(settings: &Settings, comment: &str) -> String {
    if settings.oauth2_only() {
        format!(
            "{comment} {} accepts only OAuth2: a password will not work. Use a token helper that\n\
             {comment} fetches an OAuth2 access token for this account.\n",
            settings.provider_name
        )
    } else {
        String::new()
    }
}

fn password_note(settings: &Settings, comment: &str) -> String {
    let uses_app_password = settings.best_smtp().is_some_and(|c| c.auth.contains(&AuthMethod::AppPassword));
    if uses_app_password {
        format!(
            "{comment} Use an app password generated in your account's security settings, not your normal password.\n"
        )
    } else {
        String::new()
    }
}

pub(crate) fn msmtp(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let account = settings.provider_id.unwrap_or("mail");
    let from = settings.address_or_example();
    let tls = smtp.security != Security::Plain;
    let auth = if settings.oauth2_only() { "oauthbearer" } else { "on" };
    format!(
        "# {made_by}\n\
         # Save as ~/.msmtprc (chmod 600) or ~/.config/msmtp/config.\n\
         {oauth}{password}\
         defaults\n\
         auth {auth}\n\
         tls {tls}\n\
         tls_trust_file system\n\
         logfile ~/.msmtp.log\n\
         \n\
         account {account}\n\
         host {host}\n\
         port {port}\n\
         tls_starttls {starttls}\n\
         from {from}\n\
         user {user}\n\
         # Read the password from your keyring instead of storing it here, for example:\n\
         passwordeval \"secret-tool lookup service smtp host {host}\"\n\
         \n\
         account default : {account}\n",
        made_by = made_by(settings, by),
        oauth = oauth_note(settings, "#"),
        password = password_note(settings, "#"),
        tls = if tls { "on" } else { "off" },
        host = smtp.host,
        port = smtp.port,
        starttls = if smtp.security == Security::StartTls { "on" } else { "off" },
        from = quote::backslash_quoted(&from),
        user = quote::backslash_quoted(&smtp.username),
    )
}

pub(crate) fn mutt(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let scheme = if smtp.security == Security::ImplicitTls { "smtps" } else { "smtp" };
    let url = format!("{scheme}://{}@{}:{}/", quote::url_component(&smtp.username), smtp.host, smtp.port);
    let authenticators = if settings.oauth2_only() { "oauthbearer:xoauth2" } else { "plain:login" };
    format!(
        "# {made_by}\n\
         {oauth}{password}\
         set from = {from}\n\
         set smtp_url = {url}\n\
         set smtp_authenticators = {authenticators}\n\
         set ssl_force_tls = {force_tls}\n\
         set ssl_starttls = {starttls}\n\
         # Keep the password out of this file, for example:\n\
         # set smtp_pass = \"`secret-tool lookup service smtp host {host}`\"\n",
        made_by = made_by(settings, by),
        oauth = oauth_note(settings, "#"),
        password = password_note(settings, "#"),
        from = quote::no_expansion(&settings.address_or_example()),
        url = quote::no_expansion(&url),
        authenticators = quote::no_expansion(authenticators),
        starttls = if smtp.security == Security::StartTls { "yes" } else { "no" },
        force_tls = if smtp.security == Security::Plain { "no" } else { "yes" },
        host = smtp.host,
    )
}

pub(crate) fn git_send_email(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let encryption = match smtp.security {
        Security::ImplicitTls => "ssl",
        Security::StartTls => "tls",
        Security::Plain => "none",
    };
    format!(
        "# {made_by}\n\
         # Add to ~/.gitconfig, or run the matching `git config --global sendemail.<key> <value>`.\n\
         {oauth}{password}\
         [sendemail]\n\
         \tsmtpServer = {host}\n\
         \tsmtpServerPort = {port}\n\
         \tsmtpEncryption = {encryption}\n\
         \tsmtpUser = {user}\n\
         \tfrom = {from}\n",
        made_by = made_by(settings, by),
        oauth = oauth_note(settings, "#"),
        password = password_note(settings, "#"),
        host = smtp.host,
        port = smtp.port,
        user = quote::backslash_quoted(&smtp.username),
        from = quote::backslash_quoted(&settings.address_or_example()),
    )
}

pub(crate) fn postfix_relay(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let relay = format!("[{}]:{}", smtp.host, smtp.port);
    let wrapper = if smtp.security == Security::ImplicitTls { "yes" } else { "no" };
    // sasl_passwd takes the rest of the line as the value, spaces included.
    let user = &smtp.username;
    let tls_level = if smtp.security == Security::Plain { "may" } else { "encrypt" };
    format!(
        "# {made_by}\n\
         # Relay all outgoing mail of this server through {provider}.\n\
         {oauth}{password}\
         # --- add to /etc/postfix/main.cf ---\n\
         relayhost = {relay}\n\
         smtp_tls_wrappermode = {wrapper}\n\
         smtp_tls_security_level = {tls_level}\n\
         smtp_sasl_auth_enable = yes\n\
         smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n\
         smtp_sasl_security_options = noanonymous\n\
         smtp_sasl_tls_security_options = noanonymous\n\
         smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt\n\
         \n\
         # --- /etc/postfix/sasl_passwd (then: chmod 600 /etc/postfix/sasl_passwd &&\n\
         #     postmap /etc/postfix/sasl_passwd && systemctl reload postfix) ---\n\
         {relay} {user}:YOUR-PASSWORD\n",
        made_by = made_by(settings, by),
        provider = settings.provider_name,
        oauth = oauth_note(settings, "#"),
        password = password_note(settings, "#"),
    )
}
