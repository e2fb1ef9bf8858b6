//! `cargo xtask import-ispdb DIR`: converts Thunderbird's ISPDB (clientConfig v1.1 XML,
//! MPL-2.0) into mailsetup provider files, `shared/providers/ispdb/<file stem>.toml`.
//!
//! The import is repeatable: the output depends only on the input files and `--as-of`.
//! It repairs known data bugs (an unclosed `%EMAILADDRESS`, a domain listed twice, upper
//! case host names) and writes `IMPORT-REPORT.md` listing every repair and everything it
//! could not map (Exchange/EWS/Graph servers, unknown values). The XML files and the
//! licence are copied to `tests/fixtures/ispdb/` for the test that compares every domain's
//! rendered configuration with ISPDB's own.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use quick_xml::events::Event;

use crate::schema::{
    AuthMethod, DataSource, HintEntry, HintKind, LinkEntry, ProviderFile, ProviderKind, Security, ServerEntry, Status,
    is_valid_domain_pattern, is_valid_hostname,
};

/// A parsed XML element: just what the import needs.
#[derive(Debug, Default, Clone)]
struct Element {
    name: String,
    attributes: BTreeMap<String, String>,
    children: Vec<Element>,
    text: String,
}

impl Element {
    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    fn first(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    fn text_of(&self, name: &str) -> Option<String> {
        self.first(name).map(|e| e.text.trim().to_owned()).filter(|t| !t.is_empty())
    }

    /// Depth-first search for elements with this name.
    fn descendants<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        for child in &self.children {
            if child.name == name {
                out.push(child);
            }
            child.descendants(name, out);
        }
    }
}

fn parse_xml(text: &str) -> Result<Element> {
    // Text is kept untrimmed here (an entity splits it into pieces whose spaces matter) and
    // trimmed where it is read.
    let mut reader = quick_xml::Reader::from_str(text);
    let mut stack = vec![Element::default()];
    loop {
        match reader.read_event()? {
            Event::Start(start) => stack.push(element_from(&start)?),
            Event::Empty(start) => {
                let element = element_from(&start)?;
                stack.last_mut().expect("root").children.push(element);
            }
            Event::End(_) => {
                let done = stack.pop().context("unbalanced XML")?;
                stack.last_mut().context("unbalanced XML")?.children.push(done);
            }
            Event::Text(t) => {
                let text = t.decode()?;
                let text = quick_xml::escape::unescape(&text)?;
                stack.last_mut().expect("root").text.push_str(&text);
            }
            Event::CData(c) => stack.last_mut().expect("root").text.push_str(&String::from_utf8_lossy(&c)),
            Event::GeneralRef(r) => {
                let name = String::from_utf8_lossy(&r).into_owned();
                let resolved = match name.as_str() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                };
                stack.last_mut().expect("root").text.push_str(resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    anyhow::ensure!(stack.len() == 1, "unbalanced XML");
    Ok(stack.pop().expect("root"))
}

fn element_from(start: &quick_xml::events::BytesStart<'_>) -> Result<Element> {
    let mut element =
        Element { name: String::from_utf8_lossy(start.local_name().as_ref()).into_owned(), ..Element::default() };
    for attribute in start.attributes() {
        let attribute = attribute?;
        let key = String::from_utf8_lossy(attribute.key.local_name().as_ref()).into_owned();
        let value = attribute.unescape_value()?.into_owned();
        element.attributes.insert(key, value);
    }
    Ok(element)
}

/// What the import changed or left out, for the report.
#[derive(Debug, Default)]
struct Report {
    repairs: Vec<String>,
    unmapped: Vec<String>,
}

/// Imports every `*.xml` in `source` into `out` (replacing its `.toml` files).
pub(crate) fn import(source: &Path, out: &Path, fixtures: &Path, as_of: &str) -> Result<()> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(source)
        .with_context(|| format!("reading {}", source.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("{} holds no ISPDB XML files", source.display());
    }
    let mut report = Report::default();
    let mut seen_domains: BTreeMap<String, String> = BTreeMap::new();
    let mut providers = Vec::new();
    for path in &files {
        let stem = path.file_stem().and_then(|s| s.to_str()).context("file name")?.to_owned();
        let text = std::fs::read_to_string(path)?;
        let root = parse_xml(&text).with_context(|| format!("parsing {}", path.display()))?;
        let provider = convert(&stem, &root, as_of, &mut seen_domains, &mut report)?;
        providers.push(provider);
    }

    std::fs::create_dir_all(out)?;
    for entry in std::fs::read_dir(out)?.flatten() {
        if entry.path().extension().is_some_and(|e| e == "toml") {
            std::fs::remove_file(entry.path())?;
        }
    }
    for provider in &providers {
        let body = toml::to_string(provider).context("serialising a provider")?;
        let text = format!(
            "# Imported from Thunderbird's ISPDB ({}.xml), MPL-2.0: see LICENSE in this directory.\n\
             # Generated by `cargo xtask import-ispdb`; edit the importer or add a curated file instead.\n\n{body}",
            provider.id
        );
        std::fs::write(out.join(format!("{}.toml", provider.id)), text)?;
    }
    std::fs::copy(source.join("LICENSE"), out.join("LICENSE")).context("copying the ISPDB LICENSE")?;

    let _ = std::fs::remove_dir_all(fixtures);
    std::fs::create_dir_all(fixtures)?;
    for path in &files {
        std::fs::copy(path, fixtures.join(path.file_name().expect("file name")))?;
    }
    std::fs::copy(source.join("LICENSE"), fixtures.join("LICENSE"))?;

    let domains: usize = providers.iter().map(|p| p.domains.len()).sum();
    let mut text = format!(
        "# ISPDB import report\n\nImported {} files with {domains} domains from Thunderbird's ISPDB \
         (as of {as_of}).\n\n## Repairs\n\n",
        providers.len()
    );
    for line in &report.repairs {
        let _ = writeln!(text, "- {line}");
    }
    text.push_str("\n## Not mapped\n\n");
    for line in &report.unmapped {
        let _ = writeln!(text, "- {line}");
    }
    std::fs::write(out.join("IMPORT-REPORT.md"), text)?;
    eprintln!(
        "imported {} providers with {domains} domains into {}; {} repairs, {} unmapped items (see IMPORT-REPORT.md)",
        providers.len(),
        out.display(),
        report.repairs.len(),
        report.unmapped.len()
    );
    Ok(())
}

fn convert(
    stem: &str,
    root: &Element,
    as_of: &str,
    seen_domains: &mut BTreeMap<String, String>,
    report: &mut Report,
) -> Result<ProviderFile> {
    let mut providers = Vec::new();
    root.descendants("emailProvider", &mut providers);
    let provider = providers.first().with_context(|| format!("{stem}.xml has no emailProvider"))?;
    if providers.len() > 1 {
        report.unmapped.push(format!("{stem}.xml: only the first of {} emailProvider elements", providers.len()));
    }
    let name = provider
        .text_of("displayName")
        .or_else(|| provider.text_of("displayShortName"))
        .unwrap_or_else(|| stem.to_owned());

    let mut domains = Vec::new();
    for domain in provider.all("domain") {
        let raw = domain.text.trim();
        let lower = raw.to_ascii_lowercase();
        if lower != raw {
            report.repairs.push(format!("{stem}.xml: domain `{raw}` lower-cased"));
        }
        if !is_valid_domain_pattern(&lower) {
            report.unmapped.push(format!("{stem}.xml: domain `{raw}` is not a valid domain"));
            continue;
        }
        if domains.contains(&lower) {
            report.repairs.push(format!("{stem}.xml: domain `{lower}` listed twice; kept once"));
            continue;
        }
        if let Some(first) = seen_domains.get(&lower) {
            report.repairs.push(format!("{stem}.xml: domain `{lower}` is also listed by {first}.xml; kept there only"));
            continue;
        }
        seen_domains.insert(lower.clone(), stem.to_owned());
        domains.push(lower);
    }

    let mut smtp = Vec::new();
    for server in provider.all("outgoingServer") {
        match server.attributes.get("type").map(String::as_str) {
            Some("smtp") => smtp.extend(server_entry(stem, "outgoing smtp", server, report)),
            other => report.unmapped.push(format!("{stem}.xml: outgoing server of type {other:?}")),
        }
    }
    let (mut imap, mut pop3) = (Vec::new(), Vec::new());
    for server in provider.all("incomingServer") {
        match server.attributes.get("type").map(String::as_str) {
            Some("imap") => imap.extend(server_entry(stem, "imap", server, report)),
            Some("pop3") => pop3.extend(server_entry(stem, "pop3", server, report)),
            Some(other) => {
                report.unmapped.push(format!("{stem}.xml: incoming server of type `{other}` (not IMAP/POP3)"))
            }
            None => report.unmapped.push(format!("{stem}.xml: incoming server without a type")),
        }
    }

    let mut hints = Vec::new();
    let mut enables = Vec::new();
    root.descendants("enable", &mut enables);
    let enable_link = enables.iter().find_map(|e| e.attributes.get("visiturl")).cloned();
    if !enables.is_empty() {
        hints.push(HintEntry {
            kind: HintKind::EnableImap,
            text: "Turn on access for mail programs (IMAP/POP) in the provider's web mail settings before \
                   setting up a mail program."
                .to_owned(),
            link: enable_link.filter(|l| l.starts_with("https://")),
        });
    }
    if smtp.iter().all(|s| s.security == Security::Plain) && !smtp.is_empty() {
        hints.push(HintEntry {
            kind: HintKind::Other,
            text: "The provider lists only unencrypted outgoing servers. Your password would travel readable; \
                   ask the provider for an encrypted option (port 465 or 587)."
                .to_owned(),
            link: None,
        });
    }
    let mut urls: Vec<&String> = provider
        .all("documentation")
        .filter_map(|d| d.attributes.get("url"))
        .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
        .collect();
    urls.dedup();
    let docs = urls
        .iter()
        .enumerate()
        .map(|(i, url)| {
            let title = if i == 0 { format!("{name}: help page") } else { format!("{name}: help page {}", i + 1) };
            LinkEntry { url: (*url).clone(), title }
        })
        .collect();
    let status = if hints.iter().any(|h| h.kind == HintKind::EnableImap) { Status::Preparation } else { Status::Ok };
    Ok(ProviderFile {
        id: stem.to_owned(),
        name,
        status,
        last_checked: as_of.to_owned(),
        source: DataSource::Ispdb,
        kind: ProviderKind::Mailbox,
        supersedes: Vec::new(),
        website: None,
        sign_in: None,
        domains,
        mx: Vec::new(),
        smtp,
        imap,
        pop3,
        regions: Vec::new(),
        hints,
        docs,
    })
}

fn server_entry(stem: &str, what: &str, server: &Element, report: &mut Report) -> Option<ServerEntry> {
    let Some(raw_host) = server.text_of("hostname") else {
        report.unmapped.push(format!("{stem}.xml: {what} server without a host name"));
        return None;
    };
    // Lower-case the name but keep the placeholder as ISPDB spells it.
    let host = raw_host.to_ascii_lowercase().replace("%emaildomain%", "%EMAILDOMAIN%");
    if host != raw_host {
        report.repairs.push(format!("{stem}.xml: {what} host `{raw_host}` lower-cased"));
    }
    if !is_valid_hostname(&host.replace("%EMAILDOMAIN%", "example.org")) {
        report.unmapped.push(format!("{stem}.xml: {what} host `{raw_host}` is not a valid host name"));
        return None;
    }
    let port = match server.text_of("port").and_then(|p| p.parse::<u16>().ok()) {
        Some(port) if port > 0 => port,
        _ => {
            report.unmapped.push(format!("{stem}.xml: {what} server {host} has no valid port"));
            return None;
        }
    };
    let socket_type = server.text_of("socketType");
    let Some(security) = socket_type.as_deref().and_then(Security::from_socket_type) else {
        report.unmapped.push(format!("{stem}.xml: {what} {host}:{port} socketType {socket_type:?}"));
        return None;
    };
    let username = match server.text_of("username").as_deref() {
        Some("%EMAILADDRESS%") => "address".to_owned(),
        Some("%EMAILLOCALPART%") => "local-part".to_owned(),
        Some("%EMAILADDRESS") => {
            report.repairs.push(format!("{stem}.xml: {what} username `%EMAILADDRESS` (unclosed) read as the address"));
            "address".to_owned()
        }
        Some(template) if crate::schema::is_valid_username_form(template) => template.to_owned(),
        Some(other) => {
            report
                .repairs
                .push(format!("{stem}.xml: {what} username `{other}` is not a known form; using the address"));
            "address".to_owned()
        }
        None => {
            report.repairs.push(format!("{stem}.xml: {what} {host} gives no username; using the address"));
            "address".to_owned()
        }
    };
    let mut auth = Vec::new();
    for method in server.all("authentication") {
        let mapped = AuthMethod::from_autoconfig(&method.text);
        if mapped.is_none() {
            report.unmapped.push(format!("{stem}.xml: {what} {host} authentication `{}`", method.text.trim()));
        }
        if let Some(mapped) = mapped.filter(|m| !auth.contains(m)) {
            auth.push(mapped);
        }
    }
    if auth.is_empty() {
        report.repairs.push(format!("{stem}.xml: {what} {host}:{port} lists no authentication; assumed a password"));
        auth.push(AuthMethod::Password);
    }
    Some(ServerEntry { host, port, security, username, auth })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_a_provider_and_repairs_known_bugs() {
        let xml = r#"<?xml version="1.0"?>
            <clientConfig version="1.1">
              <emailProvider id="example.com">
                <domain>example.com</domain>
                <domain>Example.NET</domain>
                <domain>example.com</domain>
                <displayName>Example &amp; Co</displayName>
                <incomingServer type="imap">
                  <hostname>imap.example.com</hostname><port>993</port><socketType>SSL</socketType>
                  <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
                </incomingServer>
                <incomingServer type="ews"><url>https://x.example.com/ews</url></incomingServer>
                <outgoingServer type="smtp">
                  <hostname>SMTP.%EMAILDOMAIN%</hostname><port>587</port><socketType>STARTTLS</socketType>
                  <username>%EMAILADDRESS</username>
                  <authentication>OAuth2</authentication><authentication>password-cleartext</authentication>
                </outgoingServer>
                <documentation url="https://help.example.com/mail"><descr>Help</descr></documentation>
              </emailProvider>
              <enable visiturl="https://mail.example.com/settings"><instruction>Enable IMAP</instruction></enable>
            </clientConfig>"#;
        let root = parse_xml(xml).unwrap();
        let mut report = Report::default();
        let mut seen = BTreeMap::new();
        let file = convert("example.com", &root, "2026-11", &mut seen, &mut report).unwrap();
        assert_eq!(file.name, "Example & Co");
        assert_eq!(file.domains, ["example.com", "example.net"]);
        assert_eq!(file.smtp.len(), 1);
        assert_eq!(file.smtp[0].host, "smtp.%EMAILDOMAIN%");
        assert_eq!(file.smtp[0].username, "address");
        assert_eq!(file.smtp[0].auth, [AuthMethod::OAuth2, AuthMethod::Password]);
        assert_eq!(file.imap[0].username, "local-part");
        assert_eq!(file.status, Status::Preparation);
        assert_eq!(file.hints[0].link.as_deref(), Some("https://mail.example.com/settings"));
        assert_eq!(file.docs[0].url, "https://help.example.com/mail");
        assert!(report.repairs.iter().any(|r| r.contains("unclosed")));
        assert!(report.repairs.iter().any(|r| r.contains("listed twice")));
        assert!(report.unmapped.iter().any(|r| r.contains("`ews`")));
        // A second file repeating a domain keeps it only in the first.
        let again = convert("other.com", &root, "2026-11", &mut seen, &mut report).unwrap();
        assert!(again.domains.is_empty());
    }

    #[test]
    fn a_re_import_keeps_the_overlays_and_they_still_apply() {
        let root = std::env::temp_dir().join(format!("mailsetup-ispdb-overlay-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let (source, providers) = (root.join("ispdb-xml"), root.join("providers"));
        std::fs::create_dir_all(&source).unwrap();
        std::fs::create_dir_all(providers.join("overlays")).unwrap();
        std::fs::write(source.join("LICENSE"), "MPL-2.0").unwrap();
        std::fs::write(
            source.join("example.com.xml"),
            r#"<clientConfig version="1.1"><emailProvider id="example.com"><domain>example.com</domain>
               <outgoingServer type="smtp"><hostname>smtp.example.com</hostname><port>465</port>
               <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
               <authentication>password-cleartext</authentication></outgoingServer>
               </emailProvider></clientConfig>"#,
        )
        .unwrap();
        let overlay = "overlays = \"example.com\"\nlast_checked = \"2026-12\"\nstatus = \"preparation\"\n\
                       auth = [\"app-password\"]\n[[hints]]\nkind = \"app-password\"\ntext = \"Make one.\"\n\
                       link = \"https://example.com/help\"\n";
        let overlay_path = providers.join("overlays/example.com.toml");
        std::fs::write(&overlay_path, overlay).unwrap();
        for _ in 0..2 {
            import(&source, &providers.join("ispdb"), &root.join("fixtures"), "2026-11").unwrap();
            assert_eq!(std::fs::read_to_string(&overlay_path).unwrap(), overlay, "the overlay survives");
            let set = crate::schema_files::load_dir(&providers).unwrap();
            set.validate().unwrap();
            let imported = &set.files.iter().find(|(_, f)| f.id == "example.com").unwrap().1;
            assert_eq!(imported.status, Status::Ok, "the import itself knows no better");
            let effective = set.effective();
            let corrected = effective.iter().find(|f| f.id == "example.com").unwrap();
            assert_eq!(corrected.status, Status::Preparation);
            assert_eq!(corrected.smtp[0].auth, [AuthMethod::AppPassword]);
            assert_eq!(corrected.last_checked, "2026-12");
        }
        let _ = std::fs::remove_dir_all(&root);
    }
}
