//! Why a request of the page's failed, as facts: the page says each in its own language
//! ([`RequestFailure::say`]) and never shows the proxy's English sentence or an error's
//! Debug text.

use mailsetup_shared::wire::ApiErrorCode;

use crate::logic::i18n::Tr;

/// Why a request to the probe proxy (or the page's own files, or DNS-over-HTTPS) failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestFailure {
    /// The page has no probe proxy configured.
    NoProxy,
    /// The service could not be reached (network, DNS, CORS).
    Unreachable,
    /// It answered with this HTTP status and no error of its own.
    Status(u16),
    /// The proxy refused, saying why.
    Refused(ApiErrorCode),
    /// Its answer could not be read.
    BadAnswer,
    /// The proxy ended a test's event stream before the test finished.
    Ended,
}

/// For the browser's console (developers); the page says it with [`RequestFailure::say`].
impl std::fmt::Display for RequestFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RequestFailure::Status(status) => write!(f, "HTTP {status}"),
            RequestFailure::Refused(code) => write!(f, "refused: {code}"),
            other => f.write_str(&other.message_id()),
        }
    }
}

impl RequestFailure {
    /// The message id that says it.
    pub fn message_id(self) -> String {
        match self {
            RequestFailure::NoProxy => "request-no-proxy".to_owned(),
            RequestFailure::Unreachable => "request-unreachable".to_owned(),
            RequestFailure::Status(_) => "request-status".to_owned(),
            RequestFailure::BadAnswer => "request-bad-answer".to_owned(),
            RequestFailure::Ended => "request-ended".to_owned(),
            RequestFailure::Refused(code) => format!("refusal-{}", code.id().replace('_', "-")),
        }
    }

    /// In the page's language.
    pub fn say(self, tr: &Tr) -> String {
        match self {
            RequestFailure::Status(status) => tr.format("request-status", &[("status", status.into())]),
            other => tr.t(&other.message_id()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::i18n::Lang;

    #[test]
    fn every_failure_and_every_refusal_is_said_in_every_language() {
        let mut all = vec![
            RequestFailure::NoProxy,
            RequestFailure::Unreachable,
            RequestFailure::Status(502),
            RequestFailure::BadAnswer,
            RequestFailure::Ended,
            RequestFailure::Refused(ApiErrorCode::Other),
        ];
        all.extend(ApiErrorCode::ALL.into_iter().map(RequestFailure::Refused));
        for lang in [Lang::En, Lang::De, Lang::Fr, Lang::Es] {
            let tr = Tr::new(lang, crate::logic::i18n::tests::ftl(lang)).unwrap();
            for failure in &all {
                let said = failure.say(&tr);
                assert!(!said.starts_with("refusal-") && !said.starts_with("request-"), "{lang:?} {failure:?}");
            }
        }
        let de = Tr::new(Lang::De, crate::logic::i18n::tests::ftl(Lang::De)).unwrap();
        assert_eq!(RequestFailure::Status(502).say(&de), "Der Prüf-Proxy antwortete mit einem Fehler (HTTP 502).");
        assert_eq!(
            RequestFailure::Refused(ApiErrorCode::Busy).say(&de),
            "Der Prüf-Proxy ist ausgelastet. Versuchen Sie es in ein paar Sekunden noch einmal."
        );
    }
}
