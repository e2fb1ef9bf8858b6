//! Outlook's Autodiscover, the parts a live server needs besides the response itself (which
//! `render` writes): reading the POX request that `POST /autodiscover/autodiscover.xml`
//! carries, and the JSON answer of `GET /autodiscover/autodiscover.json` ("Autodiscover
//! v2"), which for a mail account only points Outlook at the POX endpoint.
//!
//! A request it cannot answer gets an Autodiscover error response ([`error_response`]), the
//! form Outlook reads, rather than some other body.
//!
//! The request is read with quick-xml's pull parser: no entity is expanded beyond XML's
//! five, no DTD is followed, and the body is capped before it gets here
//! ([`MAX_REQUEST_BYTES`]).

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::{Reader, Writer};

/// Largest request body read. Outlook's request is about 350 bytes.
pub const MAX_REQUEST_BYTES: usize = 2 * 1024;

/// The response schema Outlook asks for, the one [`crate::render`] writes.
pub const OUTLOOK_RESPONSE_SCHEMA: &str =
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

/// The only `Protocol` of the JSON form that a mail account (IMAP/POP3 and SMTP) has: "the
/// POX Autodiscover endpoint is here".
pub const V2_PROTOCOL: &str = "AutodiscoverV1";

/// What an Autodiscover request asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutodiscoverRequest {
    /// The `EMailAddress` as sent (parse it with [`crate::address::Query::parse`]).
    pub email_address: String,
}

/// Why a request body is not an Autodiscover request this server can answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// The body is longer than [`MAX_REQUEST_BYTES`].
    #[error("the request body is larger than {} bytes", MAX_REQUEST_BYTES)]
    TooLarge,
    /// The body is not well-formed XML, or uses what this reader refuses: a document type
    /// declaration, or an entity other than XML's five and character references. The text
    /// says what, without echoing the client's entity names.
    #[error("the request is not well-formed XML: {0}")]
    NotXml(String),
    /// The root element is not an `Autodiscover` element with content (any namespace prefix),
    /// or the body is empty or has text or a second element outside the root.
    #[error("the request is not an Autodiscover request (expected <Autodiscover><Request>...)")]
    NotAutodiscover,
    /// No `Autodiscover/Request/EMailAddress` element, or one holding only white space.
    #[error("the request has no <EMailAddress>")]
    NoAddress,
    /// More than one `EMailAddress` element in the request.
    #[error("the request has more than one <EMailAddress>")]
    TwoAddresses,
    /// The `AcceptableResponseSchema` is not Outlook's ([`OUTLOOK_RESPONSE_SCHEMA`]), e.g. the
    /// Exchange ActiveSync (`mobilesync`) one; answered with [`ErrorCode::SchemaNotAvailable`].
    #[error(
        "the request asks for a response schema this server does not write; it answers only Outlook's ({OUTLOOK_RESPONSE_SCHEMA}), not Exchange ActiveSync's"
    )]
    UnsupportedSchema,
}

impl RequestError {
    /// The `ErrorCode` an Autodiscover error response gives for this.
    pub fn error_code(&self) -> ErrorCode {
        match self {
            RequestError::UnsupportedSchema => ErrorCode::SchemaNotAvailable,
            _ => ErrorCode::InvalidRequest,
        }
    }
}

/// The `ErrorCode` of an Autodiscover error response: the ones this server says, of those
/// [MS-OXDSCLI] lists (500, 501, 600, 601, 602, 603;
/// <https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxdscli/713ef4f4-83b2-4375-9d64-60c97ee5b166>).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorCode {
    /// 500: the server cannot say how to configure this address (not a domain it serves).
    AddressNotFound = 500,
    /// 600: the request is not a well-formed Autodiscover request.
    InvalidRequest = 600,
    /// 601: no settings in the response schema asked for.
    SchemaNotAvailable = 601,
}

/// An Autodiscover error response (`<Autodiscover><Response><Error>`, the response schema's
/// own namespace): `code`, `message` for people and, as `DebugData`, this server's stable
/// error code. No `Time` or `Id` (both optional): the crate has no clock. Control
/// characters, which XML 1.0 cannot carry, are replaced.
pub fn error_response(code: ErrorCode, message: &str, debug_data: &str) -> String {
    let clean = |text: &str| text.chars().map(|c| if c.is_control() { '\u{fffd}' } else { c }).collect::<String>();
    let (message, debug_data) = (clean(message), clean(debug_data));
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let result = writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None))).and_then(|()| {
        writer.create_element("Autodiscover").with_attribute(("xmlns", RESPONSE_NAMESPACE)).write_inner_content(
            |w| {
                w.create_element("Response").write_inner_content(|w| {
                    w.create_element("Error").write_inner_content(|w| {
                        let number = (code as u16).to_string();
                        w.create_element("ErrorCode").write_text_content(BytesText::new(&number))?;
                        w.create_element("Message").write_text_content(BytesText::new(&message))?;
                        w.create_element("DebugData").write_text_content(BytesText::new(&debug_data))?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
                Ok(())
            },
        )?;
        Ok(())
    });
    debug_assert!(result.is_ok(), "writing to a Vec cannot fail");
    // The writer only ever receives valid UTF-8 strings.
    String::from_utf8(writer.into_inner()).unwrap_or_default()
}

/// The namespace of the `Autodiscover` element of every response.
pub const RESPONSE_NAMESPACE: &str = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";

/// Reads an Autodiscover POX request: `<Autodiscover><Request><EMailAddress>` (element names
/// matched without their namespace prefix, as Outlook and other clients differ), and
/// `<AcceptableResponseSchema>`, which must be Outlook's when present.
pub fn parse_request(body: &[u8]) -> Result<AutodiscoverRequest, RequestError> {
    if body.len() > MAX_REQUEST_BYTES {
        return Err(RequestError::TooLarge);
    }
    let mut reader = Reader::from_reader(body);
    let mut path: Vec<Vec<u8>> = Vec::new();
    let mut address: Option<String> = None;
    let mut schema: Option<String> = None;
    let mut seen_root = false;
    let mut buffer = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buffer).map_err(|e| RequestError::NotXml(e.to_string()))?;
        match event {
            Event::Start(start) => {
                let name = start.local_name().as_ref().to_vec();
                if path.is_empty() {
                    if seen_root || name != b"Autodiscover" {
                        return Err(RequestError::NotAutodiscover);
                    }
                    seen_root = true;
                }
                path.push(name);
                // Two addresses are not read as one: the pieces of each would be joined.
                if is_address(&path) && address.replace(String::new()).is_some() {
                    return Err(RequestError::TwoAddresses);
                }
            }
            Event::End(_) => {
                path.pop();
            }
            Event::Empty(_) if path.is_empty() => return Err(RequestError::NotAutodiscover),
            Event::Text(text) => {
                let value = text.decode().map_err(|e| RequestError::NotXml(e.to_string()))?;
                if path.is_empty() && !value.trim().is_empty() {
                    return Err(RequestError::NotAutodiscover);
                }
                append(&path, &value, &mut address, &mut schema);
            }
            Event::CData(data) => {
                let value = data.decode().map_err(|e| RequestError::NotXml(e.to_string()))?;
                append(&path, &value, &mut address, &mut schema);
            }
            Event::GeneralRef(reference) => {
                // `&amp;` and character references arrive on their own; only XML's five
                // entities and character references exist here, any other is an error.
                let name = reference.decode().map_err(|e| RequestError::NotXml(e.to_string()))?;
                let resolved = match quick_xml::escape::resolve_xml_entity(&name) {
                    Some(text) => text.to_owned(),
                    None => match reference.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        // The name is the client's text: not echoed.
                        _ => return Err(RequestError::NotXml("an entity other than XML's own".to_owned())),
                    },
                };
                append(&path, &resolved, &mut address, &mut schema);
            }
            Event::DocType(_) => {
                return Err(RequestError::NotXml("a document type declaration is not accepted".into()));
            }
            Event::Eof => break,
            _ => {}
        }
        buffer.clear();
    }
    if !seen_root {
        return Err(RequestError::NotAutodiscover);
    }
    if !path.is_empty() {
        return Err(RequestError::NotXml("the document ends inside an element".to_owned()));
    }
    if schema.as_deref().is_some_and(|s| s.trim() != OUTLOOK_RESPONSE_SCHEMA) {
        return Err(RequestError::UnsupportedSchema);
    }
    match address.as_deref().map(str::trim) {
        Some(email_address) if !email_address.is_empty() => {
            Ok(AutodiscoverRequest { email_address: email_address.to_owned() })
        }
        _ => Err(RequestError::NoAddress),
    }
}

fn is_address(path: &[Vec<u8>]) -> bool {
    matches!(path, [root, request, field] if root == b"Autodiscover" && request == b"Request" && field == b"EMailAddress")
}

/// Adds a piece of text to the field the element path names (text and references come in
/// pieces).
fn append(path: &[Vec<u8>], piece: &str, address: &mut Option<String>, schema: &mut Option<String>) {
    let at: Vec<&[u8]> = path.iter().map(Vec::as_slice).collect();
    let field = match at.as_slice() {
        [b"Autodiscover", b"Request", b"EMailAddress"] => address,
        [b"Autodiscover", b"Request", b"AcceptableResponseSchema"] => schema,
        _ => return,
    };
    field.get_or_insert_with(String::new).push_str(piece);
}

/// The JSON answer of Autodiscover v2 (`{"Protocol": ..., "Url": ...}`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
pub struct V2Answer {
    /// The protocol the URL is for; [`V2_PROTOCOL`] in every answer this crate makes.
    pub protocol: String,
    /// The POX endpoint, `https://autodiscover.<domain>/autodiscover/autodiscover.xml`.
    pub url: String,
}

/// Why the JSON form has no answer for a `Protocol`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "Protocol {shown} is not offered: this server gives IMAP/POP3 and SMTP settings, so the only Protocol it answers is {V2_PROTOCOL} (no Exchange ActiveSync, EWS or REST)"
)]
pub struct UnsupportedProtocol {
    /// The protocol asked for, quoted when it is a plain word, otherwise described.
    shown: String,
}

/// Where Outlook asks for `domain`'s Autodiscover file.
pub fn autodiscover_url(domain: &str) -> String {
    format!("https://autodiscover.{domain}/autodiscover/autodiscover.xml")
}

/// The answer for `protocol` (compared without case, as Outlook's own servers do): for
/// `AutodiscoverV1`, the URL of the POX endpoint of `domain` (the one in the provider kit).
pub fn v2_answer(protocol: &str, domain: &str) -> Result<V2Answer, UnsupportedProtocol> {
    if protocol.eq_ignore_ascii_case(V2_PROTOCOL) {
        return Ok(V2Answer { protocol: V2_PROTOCOL.to_owned(), url: autodiscover_url(domain) });
    }
    let plain = !protocol.is_empty() && protocol.len() <= 40 && protocol.bytes().all(|b| b.is_ascii_alphanumeric());
    let shown = if plain { format!("`{protocol}`") } else { "as given".to_owned() };
    Err(UnsupportedProtocol { shown })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(address: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>{address}</EMailAddress>
    <AcceptableResponseSchema>{OUTLOOK_RESPONSE_SCHEMA}</AcceptableResponseSchema>
  </Request>
</Autodiscover>"#
        )
    }

    #[test]
    fn reads_outlooks_request() {
        let check = |body: &str, expected: Result<&str, RequestError>| {
            let got = parse_request(body.as_bytes()).map(|r| r.email_address);
            assert_eq!(got.as_deref().map_err(Clone::clone), expected, "{body}");
        };
        check(&request("ann@owner.example"), Ok("ann@owner.example"));
        check(&request(" o&apos;hara&amp;co@owner.example "), Ok("o'hara&co@owner.example"));
        check(&request("ann&#64;owner.example"), Ok("ann@owner.example"));
        check(&request("<![CDATA[ann@owner.example]]>"), Ok("ann@owner.example"));
        check(&request("ann<![CDATA[@owner]]>.example"), Ok("ann@owner.example"));
        check(&request("ann@</EMailAddress><EMailAddress>owner.example"), Err(RequestError::TwoAddresses));
        let prefixed = "<a:Autodiscover xmlns:a=\"urn:x\"><a:Request><a:EMailAddress>b@c.example</a:EMailAddress></a:Request></a:Autodiscover>";
        check(prefixed, Ok("b@c.example"));
        check(&request("ann@owner.example").replace("<Request>", "<Request><Extra>x</Extra>"), Ok("ann@owner.example"));
        check(&request(""), Err(RequestError::NoAddress));
        check("<Autodiscover><Request/></Autodiscover>", Err(RequestError::NoAddress));
        check(
            "<Other><Request><EMailAddress>a@b.c</EMailAddress></Request></Other>",
            Err(RequestError::NotAutodiscover),
        );
        check("<Autodiscover/>", Err(RequestError::NotAutodiscover));
        check("just text", Err(RequestError::NotAutodiscover));
        check("", Err(RequestError::NotAutodiscover));
        let mobile = request("a@b.example").replace("outlook/responseschema/2006a", "mobilesync/responseschema/2006");
        check(&mobile, Err(RequestError::UnsupportedSchema));
    }

    #[test]
    fn malformed_and_hostile_requests_are_refused() {
        let not_xml = |body: &str| {
            let error = parse_request(body.as_bytes()).unwrap_err();
            assert!(matches!(error, RequestError::NotXml(_)), "{body}: {error:?}");
        };
        not_xml("<Autodiscover><Request><EMailAddress>a@b.c</Request></Autodiscover>");
        not_xml("<Autodiscover><Request><EMailAddress>a@b.c</EMailAddress></Request>");
        not_xml(
            "<!DOCTYPE a [<!ENTITY x \"aaaaaaaa\">]><Autodiscover><Request><EMailAddress>&x;</EMailAddress></Request></Autodiscover>",
        );
        not_xml("<Autodiscover><Request><EMailAddress>&x;</EMailAddress></Request></Autodiscover>");
        let hostile = "<Autodiscover><Request><EMailAddress>&\u{1b}[2J;</EMailAddress></Request></Autodiscover>";
        let message = parse_request(hostile.as_bytes()).unwrap_err().to_string();
        assert!(!message.contains('\u{1b}'), "the entity's name is not echoed: {message:?}");
        let large = request(&format!("{}@b.example", "a".repeat(MAX_REQUEST_BYTES)));
        assert_eq!(parse_request(large.as_bytes()), Err(RequestError::TooLarge));
        // Control characters are the address parser's business: they arrive as sent.
        let ansi = parse_request(request("a\u{1b}[31m@b.example").as_bytes()).unwrap();
        assert_eq!(ansi.email_address, "a\u{1b}[31m@b.example");
    }

    #[test]
    fn errors_are_autodiscover_error_responses() {
        let xml = error_response(ErrorCode::AddressNotFound, "no settings for <x> & \u{1b}[2J", "unknown_domain");
        let mut reader = Reader::from_str(&xml);
        let (mut path, mut texts) = (Vec::new(), Vec::<(String, String)>::new());
        let mut add = |path: &[String], piece: &str| match texts.last_mut() {
            Some((at, text)) if *at == path.join("/") => text.push_str(piece),
            _ => texts.push((path.join("/"), piece.to_owned())),
        };
        loop {
            match reader.read_event().unwrap() {
                Event::Start(start) => {
                    if path.is_empty() {
                        let xmlns = start.try_get_attribute("xmlns").unwrap().unwrap();
                        assert_eq!(xmlns.unescape_value().unwrap(), RESPONSE_NAMESPACE);
                    }
                    path.push(String::from_utf8(start.name().as_ref().to_vec()).unwrap());
                }
                Event::End(_) => {
                    path.pop();
                }
                Event::Text(text) if path.len() == 4 => add(&path, &text.decode().unwrap()),
                Event::GeneralRef(r) => {
                    add(&path, quick_xml::escape::resolve_xml_entity(&r.decode().unwrap()).unwrap())
                }
                Event::Eof => break,
                _ => {}
            }
        }
        let texts: Vec<(&str, &str)> = texts.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
        assert_eq!(
            texts,
            [
                ("Autodiscover/Response/Error/ErrorCode", "500"),
                ("Autodiscover/Response/Error/Message", "no settings for <x> & \u{fffd}[2J"),
                ("Autodiscover/Response/Error/DebugData", "unknown_domain"),
            ]
        );
        assert_eq!(RequestError::UnsupportedSchema.error_code(), ErrorCode::SchemaNotAvailable);
        assert_eq!(RequestError::NoAddress.error_code() as u16, 600);
    }

    #[test]
    fn the_json_form_points_at_the_pox_endpoint() {
        let answer = v2_answer("autodiscoverv1", "owner.example").unwrap();
        assert_eq!(answer.protocol, "AutodiscoverV1");
        assert_eq!(answer.url, "https://autodiscover.owner.example/autodiscover/autodiscover.xml");
        let refused = v2_answer("ActiveSync", "owner.example").unwrap_err().to_string();
        assert!(refused.starts_with("Protocol `ActiveSync` is not offered"), "{refused}");
        let hostile = v2_answer("Ews\n\u{1b}[2J", "owner.example").unwrap_err().to_string();
        assert!(hostile.starts_with("Protocol as given is not offered"), "{hostile}");
    }
}
