//! DNS-over-HTTPS MX answers (the JSON format of Google's and Cloudflare's resolvers), for
//! recognising hosted providers without a proxy, when a person opts in.

use mailsetup_shared::json::{self, FromJson, Json, JsonError, field};

/// The URL asking `endpoint` for the MX records of `domain`.
pub fn mx_query_url(endpoint: &str, domain: &str) -> String {
    let separator = if endpoint.contains('?') { '&' } else { '?' };
    format!("{endpoint}{separator}name={}&type=MX", super::url_params::encode(domain))
}

struct Answer {
    kind: u16,
    data: String,
}

impl FromJson for Answer {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        Ok(Answer { kind: field(value, "type")?, data: field(value, "data")? })
    }
}

struct Response {
    status: u32,
    answer: Vec<Answer>,
}

impl FromJson for Response {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        Ok(Response { status: field(value, "Status")?, answer: field(value, "Answer")? })
    }
}

/// MX hosts from a DoH JSON answer, best preference first.
pub fn parse_mx_answer(text: &str) -> Result<Vec<String>, String> {
    let response: Response = json::from_str(text).map_err(|e| format!("not a DNS JSON answer: {e}"))?;
    if response.status != 0 {
        return Err(format!("the DNS answer has status {}", response.status));
    }
    let mut records: Vec<(u16, String)> = response
        .answer
        .iter()
        .filter(|a| a.kind == 15)
        .filter_map(|a| {
            let (preference, host) = a.data.split_once(' ')?;
            Some((preference.parse().ok()?, host.trim_end_matches('.').to_ascii_lowercase()))
        })
        .collect();
    records.sort();
    Ok(records.into_iter().map(|(_, host)| host).take(10).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_mx_answers() {
        let json = r#"{"Status":0,"Answer":[
            {"name":"example.org.","type":15,"TTL":300,"data":"20 alt1.aspmx.l.google.com."},
            {"name":"example.org.","type":15,"TTL":300,"data":"10 aspmx.l.google.com."},
            {"name":"example.org.","type":5,"TTL":300,"data":"other.example."}]}"#;
        assert_eq!(parse_mx_answer(json).unwrap(), ["aspmx.l.google.com", "alt1.aspmx.l.google.com"]);
        assert_eq!(parse_mx_answer(r#"{"Status":3}"#).unwrap_err(), "the DNS answer has status 3");
        assert!(parse_mx_answer("<html>").is_err());
        assert_eq!(
            mx_query_url("https://cloudflare-dns.com/dns-query", "münchen.de"),
            "https://cloudflare-dns.com/dns-query?name=m%C3%BCnchen.de&type=MX"
        );
    }
}
