//! Code snippets that send one test message with the chosen settings. Each reads the
//! password from the `SMTP_PASSWORD` environment variable and sends to the sender's own
//! address, so trying one out bothers nobody.

use super::{Generator, chosen_smtp, made_by, quote};
use crate::client::Client;
use crate::provider::Security;
use crate::settings::Settings;
use crate::way_in::{WayIn, way_in};

const SUBJECT: &str = "Test from mailsetup";
const BODY: &str = "If you can read this, sending works.";

/// A comment line telling what to put in `SMTP_PASSWORD`: what the way in of a script (an
/// "other program") asks for.
fn password_hint(settings: &Settings) -> &'static str {
    match way_in(settings, Client::Generic) {
        WayIn::ApiKey => "SMTP_PASSWORD holds the service's API key or SMTP credential, not an account password",
        WayIn::AppPassword => "SMTP_PASSWORD holds an app password (from the account's security settings)",
        WayIn::Bridge => "SMTP_PASSWORD holds the password the bridge on this computer shows",
        WayIn::NotHere(_) | WayIn::NoAccess | WayIn::SignIn { .. } => {
            "SMTP_PASSWORD must hold an OAuth2 access token: this provider accepts no passwords"
        }
        WayIn::Password | WayIn::EnableFirst => "SMTP_PASSWORD holds the account password",
    }
}

pub(crate) fn python(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let address = quote::double_quoted(&settings.address_or_example());
    let connect = match smtp.security {
        Security::Plain => format!(
            "# WARNING: this server offers no encryption: the password travels readable.\n\
             with smtplib.SMTP({}, {}) as smtp:\n",
            quote::double_quoted(&smtp.host),
            smtp.port
        ),
        Security::ImplicitTls => {
            format!(
                "with smtplib.SMTP_SSL({}, {}, context=context) as smtp:\n",
                quote::double_quoted(&smtp.host),
                smtp.port
            )
        }
        _ => format!(
            "with smtplib.SMTP({}, {}) as smtp:\n    smtp.starttls(context=context)\n",
            quote::double_quoted(&smtp.host),
            smtp.port
        ),
    };
    format!(
        "# {made_by}\n\
         # {hint}.\n\
         import os\n\
         import smtplib\n\
         import ssl\n\
         from email.message import EmailMessage\n\
         \n\
         message = EmailMessage()\n\
         message[\"From\"] = {address}\n\
         message[\"To\"] = {address}\n\
         message[\"Subject\"] = {subject}\n\
         message.set_content({body})\n\
         \n\
         context = ssl.create_default_context()\n\
         {connect}\
         \x20   smtp.login({user}, os.environ[\"SMTP_PASSWORD\"])\n\
         \x20   smtp.send_message(message)\n",
        made_by = made_by(settings, by),
        hint = password_hint(settings),
        subject = quote::double_quoted(SUBJECT),
        body = quote::double_quoted(BODY),
        user = quote::double_quoted(&smtp.username),
    )
}

pub(crate) fn nodemailer(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let address = quote::double_quoted(&settings.address_or_example());
    let implicit = smtp.security == Security::ImplicitTls;
    format!(
        "// {made_by}\n\
         // {hint}. Run with: npm install nodemailer && node send-mail.mjs\n\
         import nodemailer from \"nodemailer\";\n\
         \n\
         const transporter = nodemailer.createTransport({{\n\
         \x20 host: {host},\n\
         \x20 port: {port},\n\
         \x20 secure: {implicit}, // true: TLS from the first byte (465); false: upgrade with STARTTLS\n\
         \x20 requireTLS: {require_tls},\n\
         \x20 auth: {{ user: {user}, pass: process.env.SMTP_PASSWORD }},\n\
         }});\n\
         \n\
         await transporter.sendMail({{\n\
         \x20 from: {address},\n\
         \x20 to: {address},\n\
         \x20 subject: {subject},\n\
         \x20 text: {body},\n\
         }});\n\
         console.log(\"sent\");\n",
        made_by = made_by(settings, by),
        hint = password_hint(settings),
        host = quote::double_quoted(&smtp.host),
        port = smtp.port,
        require_tls = smtp.security == Security::StartTls,
        user = quote::double_quoted(&smtp.username),
        subject = quote::double_quoted(SUBJECT),
        body = quote::double_quoted(BODY),
    )
}

pub(crate) fn phpmailer(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let address = quote::php(&settings.address_or_example());
    let secure = match smtp.security {
        Security::ImplicitTls => "PHPMailer::ENCRYPTION_SMTPS",
        Security::StartTls => "PHPMailer::ENCRYPTION_STARTTLS",
        // No encryption offered: the password travels readable.
        Security::Plain => "''; $mail->SMTPAutoTLS = false",
    };
    format!(
        "<?php\n\
         // {made_by}\n\
         // {hint}. Install with: composer require phpmailer/phpmailer\n\
         use PHPMailer\\PHPMailer\\PHPMailer;\n\
         \n\
         require 'vendor/autoload.php';\n\
         \n\
         $mail = new PHPMailer(true);\n\
         $mail->isSMTP();\n\
         $mail->Host = {host};\n\
         $mail->Port = {port};\n\
         $mail->SMTPSecure = {secure};\n\
         $mail->SMTPAuth = true;\n\
         $mail->Username = {user};\n\
         $mail->Password = getenv('SMTP_PASSWORD');\n\
         $mail->setFrom({address});\n\
         $mail->addAddress({address});\n\
         $mail->Subject = {subject};\n\
         $mail->Body = {body};\n\
         $mail->send();\n\
         echo \"sent\\n\";\n",
        made_by = made_by(settings, by),
        hint = password_hint(settings),
        host = quote::php(&smtp.host),
        port = smtp.port,
        user = quote::php(&smtp.username),
        subject = quote::php(SUBJECT),
        body = quote::php(BODY),
    )
}

pub(crate) fn lettre(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let address = quote::rust(&settings.address_or_example());
    let host = quote::rust(&smtp.host);
    let builder = match smtp.security {
        // `relay` is implicit TLS on 465; `starttls_relay` upgrades a plain connection.
        Security::ImplicitTls => format!("relay({host})?"),
        Security::StartTls => format!("starttls_relay({host})?"),
        // No encryption offered: lettre rightly calls sending a password this way dangerous.
        Security::Plain => format!("builder_dangerous({host})"),
    };
    format!(
        "// {made_by}\n\
         // {hint}.\n\
         // Cargo.toml: lettre = \"0.11\"\n\
         use lettre::transport::smtp::authentication::Credentials;\n\
         use lettre::{{Message, SmtpTransport, Transport}};\n\
         \n\
         fn main() -> Result<(), Box<dyn std::error::Error>> {{\n\
         \x20   let email = Message::builder()\n\
         \x20       .from({address}.parse()?)\n\
         \x20       .to({address}.parse()?)\n\
         \x20       .subject({subject})\n\
         \x20       .body(String::from({body}))?;\n\
         \x20   let password = std::env::var(\"SMTP_PASSWORD\")?;\n\
         \x20   let mailer = SmtpTransport::{builder}\n\
         \x20       .port({port})\n\
         \x20       .credentials(Credentials::new({user}.to_owned(), password))\n\
         \x20       .build();\n\
         \x20   mailer.send(&email)?;\n\
         \x20   println!(\"sent\");\n\
         \x20   Ok(())\n\
         }}\n",
        made_by = made_by(settings, by),
        hint = password_hint(settings),
        port = smtp.port,
        user = quote::rust(&smtp.username),
        subject = quote::rust(SUBJECT),
        body = quote::rust(BODY),
    )
}

pub(crate) fn go(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let address = quote::double_quoted(&settings.address_or_example());
    let host = quote::double_quoted(&smtp.host);
    let send = match smtp.security {
        Security::ImplicitTls => format!(
            "\t// Port {port} speaks TLS from the first byte: dial TLS, then talk SMTP inside it.\n\
             \tconn, err := tls.Dial(\"tcp\", fmt.Sprintf(\"%s:%d\", host, {port}), &tls.Config{{ServerName: host}})\n\
             \tif err != nil {{\n\t\tlog.Fatal(err)\n\t}}\n\
             \tclient, err := smtp.NewClient(conn, host)\n\
             \tif err != nil {{\n\t\tlog.Fatal(err)\n\t}}\n\
             \tdefer client.Quit()\n\
             \tif err := client.Auth(auth); err != nil {{\n\t\tlog.Fatal(err)\n\t}}\n\
             \tif err := client.Mail(from); err != nil {{\n\t\tlog.Fatal(err)\n\t}}\n\
             \tif err := client.Rcpt(from); err != nil {{\n\t\tlog.Fatal(err)\n\t}}\n\
             \tw, err := client.Data()\n\
             \tif err != nil {{\n\t\tlog.Fatal(err)\n\t}}\n\
             \tif _, err := w.Write(message); err != nil {{\n\t\tlog.Fatal(err)\n\t}}\n\
             \tif err := w.Close(); err != nil {{\n\t\tlog.Fatal(err)\n\t}}\n",
            port = smtp.port
        ),
        Security::Plain => format!(
            "\t// This server offers no encryption, and net/smtp refuses to send a password\n\
             \t// unencrypted (except to localhost): it fails here, which protects the password.\n\
             \tif err := smtp.SendMail(fmt.Sprintf(\"%s:%d\", host, {port}), auth, from, []string{{from}}, message); err != nil {{\n\
             \t\tlog.Fatal(err)\n\t}}\n",
            port = smtp.port
        ),
        Security::StartTls => format!(
            "\t// SendMail upgrades the connection with STARTTLS before authenticating.\n\
             \tif err := smtp.SendMail(fmt.Sprintf(\"%s:%d\", host, {port}), auth, from, []string{{from}}, message); err != nil {{\n\
             \t\tlog.Fatal(err)\n\t}}\n",
            port = smtp.port
        ),
    };
    let tls_import = if smtp.security == Security::ImplicitTls { "\t\"crypto/tls\"\n" } else { "" };
    format!(
        "// {made_by}\n\
         // {hint}.\n\
         package main\n\
         \n\
         import (\n\
         {tls_import}\
         \t\"fmt\"\n\
         \t\"log\"\n\
         \t\"net/smtp\"\n\
         \t\"os\"\n\
         )\n\
         \n\
         func main() {{\n\
         \thost := {host}\n\
         \tfrom := {address}\n\
         \tauth := smtp.PlainAuth(\"\", {user}, os.Getenv(\"SMTP_PASSWORD\"), host)\n\
         \tmessage := []byte(\"From: \" + from + \"\\r\\nTo: \" + from + \"\\r\\nSubject: {subject}\\r\\n\\r\\n{body}\\r\\n\")\n\
         {send}\
         \tfmt.Println(\"sent\")\n\
         }}\n",
        made_by = made_by(settings, by),
        hint = password_hint(settings),
        user = quote::double_quoted(&smtp.username),
        subject = SUBJECT,
        body = BODY,
    )
}

pub(crate) fn mailkit(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let address = quote::double_quoted(&settings.address_or_example());
    let option = match smtp.security {
        Security::ImplicitTls => "SecureSocketOptions.SslOnConnect",
        Security::StartTls => "SecureSocketOptions.StartTls",
        Security::Plain => "SecureSocketOptions.None",
    };
    format!(
        "// {made_by}\n\
         // {hint}. Install with: dotnet add package MailKit\n\
         using MailKit.Net.Smtp;\n\
         using MailKit.Security;\n\
         using MimeKit;\n\
         \n\
         var message = new MimeMessage();\n\
         message.From.Add(MailboxAddress.Parse({address}));\n\
         message.To.Add(MailboxAddress.Parse({address}));\n\
         message.Subject = {subject};\n\
         message.Body = new TextPart(\"plain\") {{ Text = {body} }};\n\
         \n\
         using var client = new SmtpClient();\n\
         await client.ConnectAsync({host}, {port}, {option});\n\
         await client.AuthenticateAsync({user}, Environment.GetEnvironmentVariable(\"SMTP_PASSWORD\"));\n\
         await client.SendAsync(message);\n\
         await client.DisconnectAsync(true);\n\
         Console.WriteLine(\"sent\");\n",
        made_by = made_by(settings, by),
        hint = password_hint(settings),
        host = quote::double_quoted(&smtp.host),
        port = smtp.port,
        user = quote::double_quoted(&smtp.username),
        subject = quote::double_quoted(SUBJECT),
        body = quote::double_quoted(BODY),
    )
}

pub(crate) fn django(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let (ssl, tls) = match smtp.security {
        Security::ImplicitTls => ("True", "False"),
        Security::StartTls => ("False", "True"),
        Security::Plain => ("False", "False"),
    };
    format!(
        "# {made_by}\n\
         # {hint}.\n\
         import os\n\
         \n\
         EMAIL_BACKEND = \"django.core.mail.backends.smtp.EmailBackend\"\n\
         EMAIL_HOST = {host}\n\
         EMAIL_PORT = {port}\n\
         EMAIL_USE_SSL = {ssl}  # TLS from the first byte (port 465)\n\
         EMAIL_USE_TLS = {tls}  # STARTTLS (port 587); never both\n\
         EMAIL_HOST_USER = {user}\n\
         EMAIL_HOST_PASSWORD = os.environ[\"SMTP_PASSWORD\"]\n\
         DEFAULT_FROM_EMAIL = {address}\n",
        made_by = made_by(settings, by),
        hint = password_hint(settings),
        host = quote::double_quoted(&smtp.host),
        port = smtp.port,
        user = quote::double_quoted(&smtp.username),
        address = quote::double_quoted(&settings.address_or_example()),
    )
}

pub(crate) fn laravel(settings: &Settings, by: Generator<'_>) -> String {
    let smtp = chosen_smtp(settings);
    let (scheme, encryption) = match smtp.security {
        Security::ImplicitTls => ("smtps", "ssl"),
        Security::StartTls => ("smtp", "tls"),
        Security::Plain => ("smtp", "null"),
    };
    format!(
        "# {made_by}\n\
         # {hint}; put it in MAIL_PASSWORD.\n\
         MAIL_MAILER=smtp\n\
         MAIL_SCHEME={scheme}\n\
         MAIL_HOST={host}\n\
         MAIL_PORT={port}\n\
         MAIL_USERNAME={user}\n\
         MAIL_PASSWORD=\n\
         # Laravel 10 and older read MAIL_ENCRYPTION instead of MAIL_SCHEME:\n\
         MAIL_ENCRYPTION={encryption}\n\
         MAIL_FROM_ADDRESS={address}\n\
         MAIL_FROM_NAME=\"${{APP_NAME}}\"\n",
        made_by = made_by(settings, by),
        hint = password_hint(settings),
        host = smtp.host,
        port = smtp.port,
        user = quote::dotenv(&smtp.username),
        address = quote::dotenv(&settings.address_or_example()),
    )
}
