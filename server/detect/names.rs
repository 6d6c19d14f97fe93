//! What names say: which identifiers hold a response status, which receivers are responses, and
//! which named constants (`http.StatusNotFound`, `HttpStatus.NOT_FOUND`, `:not_found`) denote
//! which code. Constant names are matched against the registry's reason phrases, so a library's
//! spelling of a code needs no table of its own.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::registry::Registry;

/// Lowercase, without `_`, `-`, `$` and `@`: `status_code`, `statusCode`, `$StatusCode` → `statuscode`.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '_' | '-' | '$' | '@' | '!' | '?'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words that make a `…status` name about something other than an HTTP response.
const NOT_HTTP: &[&str] = &[
    "exit",
    "proc",
    "wait",
    "thread",
    "job",
    "task",
    "build",
    "order",
    "payment",
    "health",
    "git",
    "workflow",
    "batch",
    "pipeline",
    "deploy",
    "signal",
    "return",
    "errno",
    "socket",
    "pod",
    "account",
    "user",
    "subscription",
    "invoice",
    "review",
    "ticket",
];

/// Whether a normalized name is about something other than HTTP (`exitstatus`, `orderstatus`).
pub fn is_excluded(normalized: &str) -> bool {
    // The words are matched inside a name whose word breaks are gone, so first drop the words
    // that contain them innocently: `statuserrors` has "user", `unprocessable` has "proc".
    const INNOCENT: [&str; 3] = ["status", "unprocessable", "processing"];
    if !INNOCENT.iter().any(|w| normalized.contains(w)) {
        return NOT_HTTP.iter().any(|w| normalized.contains(w));
    }
    let mut rest = normalized.to_string();
    for innocent in INNOCENT {
        rest = rest.replace(innocent, " ");
    }
    NOT_HTTP.iter().any(|w| rest.contains(w))
}

/// Whether a function named `name` takes a status, by its name: `stub_status`, `expect_status`,
/// `json_error`, `writeJSON`, `deny`. Used for a project's own helpers.
pub fn is_status_helper_name(name: &str) -> bool {
    let n = normalize(name);
    if is_excluded(&n) || n.len() > 40 {
        return false;
    }
    n.contains("status")
        || ["deny", "reject", "refuse"].contains(&n.as_str())
        // RFC 9457 problem-details helpers: `problem(title, 404)`.
        || n.starts_with("problem")
        || (n.contains("json") || n.contains("error") || n.contains("problem"))
            && [
                "send", "write", "respond", "reply", "render", "json", "http", "abort", "fail",
                "halt",
            ]
            .iter()
            .any(|p| n.starts_with(p))
}

/// Whether a definition's name marks it as a status: `HTTP_TOO_MANY`, `GW_HTTP_OK`,
/// `StatusRateLimit`, `kHttpGone`.
pub fn is_status_definition_name(name: &str) -> bool {
    let n = normalize(name);
    if is_excluded(&n) {
        return false;
    }
    if is_quantity(&n) {
        return false;
    }
    let upper_segments =
        name.split('_').any(|seg| seg == "HTTP" || seg == "STATUS") || name.starts_with("SC_");
    upper_segments
        || ["status", "http", "khttp", "kstatus"]
            .iter()
            .any(|p| n.starts_with(p))
}

/// Whether a normalized name counts or measures something: `retrydelaysms`, `httpclientpool`.
pub fn is_quantity(n: &str) -> bool {
    const QUANTITIES: &[&str] = &[
        "pool", "size", "timeout", "port", "max", "min", "limit", "count", "retries", "len",
        "version", "delay", "ttl", "cache", "buffer", "thread", "worker", "conn", "interval",
        "bytes", "millis", "seconds", "ms",
    ];
    QUANTITIES.iter().any(|q| n.contains(q))
}

/// Whether an identifier or a string mentions HTTP: `net/http`, `HttpClient`, `"https://…"`,
/// libcurl's `curl_easy_perform`.
pub fn mentions_http(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .windows(4)
        .any(|w| w.eq_ignore_ascii_case(b"http") || w.eq_ignore_ascii_case(b"curl"))
        || words(text).any(|w| HTTP_LIBRARIES.iter().any(|l| w.eq_ignore_ascii_case(l)))
}

/// Words that name an HTTP client or server library without saying "http".
const HTTP_LIBRARIES: &[&str] = &[
    "fetch",
    "axios",
    "requests",
    "express",
    "fastify",
    "koa",
    "flask",
    "django",
    "fastapi",
    "starlette",
    "tornado",
    "reqwest",
    "axum",
    "actix",
    "hyper",
    "retrofit",
    "ktor",
    "vapor",
    "alamofire",
    "urlsession",
    "faraday",
    "sinatra",
    "rack",
    "guzzle",
    "laravel",
    "symfony",
    "phoenix",
];

/// Protocols whose replies are three-digit codes too (SMTP 250, FTP 226, SIP 486, RTSP 454).
const OTHER_PROTOCOLS: &[&str] = &["smtp", "esmtp", "lmtp", "sip", "ftp", "rtsp", "nntp"];

/// Whether an identifier has a word naming one of those protocols: `smtpOK`, `SIP`,
/// `onSipResponse`, `ftp_client`; not `gossip` or `sipHash`-like words inside others.
pub fn names_other_protocol(ident: &str) -> bool {
    // Every one of those names has a `p`: most identifiers are rejected without splitting.
    ident.bytes().any(|b| b | 0x20 == b'p')
        && words(ident).any(|w| OTHER_PROTOCOLS.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// The words of an identifier: split at `_`, `-`, digits and lower-to-upper case changes
/// (`onSipResponse` → on, Sip, Response; `SMTPServer` → SMTPServer stays one word).
fn words(ident: &str) -> impl Iterator<Item = &str> {
    let bytes = ident.as_bytes();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let b = bytes[i];
            // Only ASCII bytes split, so every cut is on a char boundary.
            if b.is_ascii() && !b.is_ascii_alphabetic() {
                let word = ident.get(start..i).unwrap_or("");
                i += 1;
                start = i;
                if !word.is_empty() {
                    return Some(word);
                }
                continue;
            }
            if i > start && b.is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase() {
                let word = ident.get(start..i).unwrap_or("");
                start = i;
                i += 1;
                return Some(word);
            }
            i += 1;
        }
        if start < bytes.len() {
            let word = ident.get(start..).unwrap_or("");
            start = bytes.len();
            return Some(word);
        }
        None
    })
}

/// Whether a variable, field, key or getter named `name` holds an HTTP status:
/// `status`, `status_code`, `statusCode`, `getStatus()`, `http_code`, `wantStatus`…
pub fn is_status_name(name: &str) -> bool {
    is_status_normalized(&normalize(name))
}

pub fn is_status_normalized(n: &str) -> bool {
    let n = n.strip_prefix("get").filter(|r| !r.is_empty()).unwrap_or(n);
    if NOT_HTTP.iter().any(|w| n.contains(w)) {
        return false;
    }
    const ENDINGS: &[&str] = &[
        "status",
        "statuscode",
        "statuscodevalue",
        "statusvalue",
        "httpcode",
        "responsecode",
        "redirectcode",
    ];
    ENDINGS.iter().any(|e| n.ends_with(e))
        || matches!(
            n,
            "expectedcode" | "wantcode" | "wantedcode" | "expectcode" | "respcode" | "resultint"
        )
}

/// Keys of a schema that hold one of its values (`example: 404` under a `status` property),
/// unlike its bounds (`minimum: 100`).
pub fn is_schema_value_key(key: &str) -> bool {
    matches!(key, "example" | "default" | "const")
}

/// Keys whose value is a list of statuses: `statusCodes`, `custom-http-errors`…
pub fn is_status_list_name(name: &str) -> bool {
    let n = normalize(name);
    !NOT_HTTP.iter().any(|w| n.contains(w))
        && (n.ends_with("statuscodes")
            || n.ends_with("statuses")
            || n.ends_with("httperrors")
            || n.ends_with("httpcodes")
        // Alamofire's `emptyResponseCodes: [204]`, `acceptableStatusCodes`.
        || n.ends_with("responsecodes"))
}

/// Whether `name` (a receiver) is an HTTP response or a test recorder of one: `res`, `resp`,
/// `response`, `reply`, `rr`, `w`, `apiResponse`…
pub fn is_response_name(name: &str) -> bool {
    let n = normalize(name);
    matches!(
        n.as_str(),
        "res" | "resp" | "rsp" | "reply" | "rr" | "rec" | "recorder" | "w" | "rw" | "r"
    ) || n.ends_with("response")
        || n.ends_with("resp")
        || n.ends_with("res") && n.len() <= 8 && n != "cores"
}

/// Whether `name` is a web framework's request context: gin/echo/Hono `c`, Koa `ctx`.
pub fn is_context_name(name: &str) -> bool {
    matches!(name, "c" | "ctx" | "context" | "gc" | "ec")
}

/// Accessors that read a status's number: `status.value`, `status().as_u16()`, `code.to_i`.
pub fn is_value_accessor(name: &str) -> bool {
    matches!(
        name,
        "value"
            | "as_u16"
            | "intValue"
            | "code"
            | "Code"
            | "rawValue"
            | "toInt"
            | "to_i"
            | "getValue"
            | "value_of"
            | "as_str"
    )
}

/// The codes that names and phrases denote, built from the registry once.
struct Index {
    /// Normalized names of registered codes (current and former reason phrases, and the
    /// spellings libraries use) → code.
    names: HashMap<String, u32>,
    /// Normalized reason phrases, unofficial ones included → code: for tables of codes.
    phrases: HashMap<String, u32>,
}

/// Spellings libraries use that no reason phrase gives.
const LIBRARY_NAMES: &[(&str, u32)] = &[
    ("teapot", 418),
    ("imateapot", 418),
    ("iamateapot", 418),
    ("nonauthoritativeinfo", 203),
    ("movedtemporarily", 302),
    ("requesturitoolarge", 414),
    ("requestedrangenotsatisfiable", 416),
    ("requestheaderfieldstoolarge", 431),
    ("unavailableforlegalreasons", 451),
    ("networkauthenticationrequired", 511),
    ("switchproxy", 306),
    ("unused", 306),
    ("enhanceyourcalm", 420),
    ("methodfailure", 420),
    ("insufficientspaceonresource", 419),
    ("checkpoint", 103),
    ("toomanyrequests", 429),
    ("tooearly", 425),
    ("upgraderequired", 426),
    ("httpversionnotsupported", 505),
    ("versionnotsupported", 505),
    ("contenttoolarge", 413),
    ("misdirectedrequest", 421),
    ("loopdetected", 508),
    ("notextended", 510),
    ("variantalsonegotiates", 506),
    ("insufficientstorage", 507),
    ("alreadyreported", 208),
    ("imused", 226),
    ("multistatus", 207),
    ("permanentredirect", 308),
    ("temporaryredirect", 307),
    ("earlyhints", 103),
    ("unprocessablecontent", 422),
    ("permanentlyredirect", 308),
    ("requesttoolarge", 413),
    ("toomany", 429),
];

/// libevent's `evhttp` names (`http.h`) that no reason phrase gives.
const LIBEVENT: &[(&str, u32)] = &[
    ("HTTP_MOVEPERM", 301),
    ("HTTP_MOVETEMP", 302),
    ("HTTP_BADMETHOD", 405),
    ("HTTP_ENTITYTOOLARGE", 413),
    ("HTTP_EXPECTATIONFAILED", 417),
    ("HTTP_INTERNAL", 500),
    ("HTTP_SERVUNAVAIL", 503),
];

/// `java.net.HttpURLConnection`'s abbreviated names, which no reason phrase gives.
const HTTP_URL_CONNECTION: &[(&str, u32)] = &[
    ("HTTP_NOT_AUTHORITATIVE", 203),
    ("HTTP_RESET", 205),
    ("HTTP_PARTIAL", 206),
    ("HTTP_MULT_CHOICE", 300),
    ("HTTP_MOVED_PERM", 301),
    ("HTTP_MOVED_TEMP", 302),
    ("HTTP_BAD_METHOD", 405),
    ("HTTP_PROXY_AUTH", 407),
    ("HTTP_CLIENT_TIMEOUT", 408),
    ("HTTP_PRECON_FAILED", 412),
    ("HTTP_ENTITY_TOO_LARGE", 413),
    ("HTTP_REQ_TOO_LONG", 414),
    ("HTTP_UNSUPPORTED_TYPE", 415),
    ("HTTP_SERVER_ERROR", 500),
    ("HTTP_INTERNAL_ERROR", 500),
    ("HTTP_UNAVAILABLE", 503),
    ("HTTP_VERSION", 505),
];

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let registry = Registry::get();
        let mut names = HashMap::new();
        let mut phrases = HashMap::new();
        for (name, code) in LIBRARY_NAMES {
            names.insert((*name).to_string(), *code);
        }
        for entry in registry.registered() {
            let code = u32::from(entry.code);
            for reason in std::iter::once(&entry.reason).chain(&entry.former_reasons) {
                let key = normalize_phrase(reason);
                if key.is_empty() || key == "unused" {
                    continue;
                }
                names.entry(key.clone()).or_insert(code);
                phrases.entry(key).or_insert(code);
            }
        }
        for u in registry.unofficial() {
            if let Some(reason) = &u.reason {
                phrases
                    .entry(normalize_phrase(reason))
                    .or_insert(u32::from(u.code));
            }
        }
        Index { names, phrases }
    })
}

/// Letters and digits only, lowercased: "Request-URI Too Long" → "requesturitoolong".
pub fn normalize_phrase(phrase: &str) -> String {
    phrase
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The code a reason phrase in a table names: `"Not Found"` → 404.
pub fn code_of_phrase(phrase: &str) -> Option<u32> {
    if phrase.len() > 64 {
        return None;
    }
    index().phrases.get(&normalize_phrase(phrase)).copied()
}

/// The code a bare reason-like name denotes: `NOT_FOUND`, `NotFound`, `not_found`,
/// `StatusTeapot`, `SC_NOT_FOUND`, `HTTP_404_NOT_FOUND`, `Status404NotFound`, `k404NotFound`.
pub fn code_of_name(name: &str) -> Option<u32> {
    if name.len() > 64 {
        return None;
    }
    let n = normalize(name);
    let mut rest = n.as_str();
    for prefix in ["mhdhttp", "ngxhttp", "httpstatus", "http", "status", "sc"] {
        if let Some(r) = rest.strip_prefix(prefix)
            && !r.is_empty()
        {
            rest = r;
            break;
        }
    }
    if let Some(r) = rest.strip_prefix('k')
        && r.starts_with(|c: char| c.is_ascii_digit())
    {
        rest = r;
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 3 {
        let code = rest[..3].parse().ok()?;
        let tail = &rest[3..];
        // `HTTP_404` alone, or with a phrase that agrees.
        return match index().names.get(tail) {
            _ if tail.is_empty() => Some(code),
            Some(_) => Some(code),
            None => None,
        };
    }
    if digits > 0 {
        return None;
    }
    // cpp-httplib's `TooManyRequests_429`: a phrase, then the code.
    let trailing = rest.bytes().rev().take_while(u8::is_ascii_digit).count();
    if trailing == 3 {
        let (phrase, code) = rest.split_at(rest.len() - 3);
        return match index().names.get(phrase) {
            Some(_) => code.parse().ok(),
            None => None,
        };
    }
    if let Some(code) = index().names.get(rest) {
        return Some(*code);
    }
    // A project's own prefix before the library's: `GW_HTTP_OK`, `APP_STATUS_NOT_FOUND`.
    let upper = name.to_ascii_uppercase();
    for marker in ["_HTTP_", "_STATUS_"] {
        if let Some(at) = upper.find(marker)
            && at > 0
        {
            return code_of_name(&name[at + marker.len()..]);
        }
    }
    None
}

/// How a qualifier introduces a status constant.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// Any reason-like name: `HttpStatus.NOT_FOUND`.
    Name,
    /// The name must start with this prefix: `http.StatusNotFound`, `Response::HTTP_NOT_FOUND`.
    Prefix(&'static str),
}

/// Qualifiers of status constants, by their last segment.
const QUALIFIERS: &[(&str, Needs)] = &[
    ("http", Needs::Prefix("Status")),
    ("fasthttp", Needs::Prefix("Status")),
    ("fiber", Needs::Prefix("Status")),
    ("iris", Needs::Prefix("Status")),
    ("HTTPStatus", Needs::Name),
    ("HttpStatus", Needs::Name),
    ("HttpStatuses", Needs::Name),
    ("StatusCode", Needs::Name),
    ("StatusCodes", Needs::Name),
    ("HttpStatusCode", Needs::Name),
    ("HttpStatusCodes", Needs::Name),
    ("HTTPStatusCode", Needs::Name),
    ("HttpResponseStatus", Needs::Name),
    ("HTTPResponseStatus", Needs::Name),
    ("HttpCodes", Needs::Name),
    ("HTTP_STATUS", Needs::Name),
    ("HTTP_STATUS_CODES", Needs::Name),
    ("STATUS_CODES", Needs::Name),
    ("HttpServletResponse", Needs::Prefix("SC_")),
    ("HttpURLConnection", Needs::Prefix("HTTP_")),
    // Poco's `HTTPResponse::HTTP_NOT_FOUND`.
    ("HTTPResponse", Needs::Prefix("HTTP_")),
    ("HTTPServerResponse", Needs::Prefix("HTTP_")),
    ("Response", Needs::Prefix("HTTP_")),
    ("status", Needs::Prefix("HTTP_")),
    ("ngx", Needs::Prefix("HTTP_")),
    ("drogon", Needs::Prefix("k")),
];

/// The code denoted by `qualifier.name` (or `qualifier::name`), if it is a status constant.
/// `before` is the segment in front of the qualifier (`Response` in `Response.Status.OK`).
pub fn code_of_constant(before: Option<&str>, qualifier: &str, name: &str) -> Option<u32> {
    // A class's own constants: PHP's `self::HTTP_PAYMENT_REQUIRED`, `static::`, `this.`.
    if matches!(qualifier, "self" | "static" | "this" | "Self") {
        return code_of_prefixed_constant(name);
    }
    if qualifier == "HttpURLConnection"
        && let Some((_, code)) = HTTP_URL_CONNECTION.iter().find(|(n, _)| *n == name)
    {
        return Some(*code);
    }
    let needs = match (before, qualifier) {
        // JAX-RS `Response.Status.NOT_FOUND`, Boost.Beast `http::status::not_found`.
        (Some("Response"), "Status")
        | (Some("http" | "crow"), "status")
        | (Some("requests" | "httpx"), "codes") => Needs::Name,
        _ => QUALIFIERS
            .iter()
            .find(|(q, _)| *q == qualifier)
            .map(|(_, needs)| *needs)?,
    };
    if let Needs::Prefix(prefix) = needs {
        let rest = name.strip_prefix(prefix)?;
        if !rest.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
            return None;
        }
    }
    code_of_name(name)
}

/// Unqualified constants that carry their library's prefix: `MHD_HTTP_NOT_FOUND`,
/// `NGX_HTTP_NOT_FOUND`, `HTTP_STATUS_NOT_FOUND` (WinHTTP), `k404NotFound` (Drogon).
pub fn code_of_prefixed_constant(name: &str) -> Option<u32> {
    if let Some((_, code)) = LIBEVENT.iter().find(|(n, _)| *n == name) {
        return Some(*code);
    }
    // (`SC_` as the servlet API spells it, statically imported or copied into a class.)
    let prefixed = ["MHD_HTTP_", "NGX_HTTP_", "HTTP_STATUS_", "HTTP_", "SC_"]
        .iter()
        .any(|p| name.starts_with(p) && name.len() > p.len());
    let drogon = name.starts_with('k')
        && name.len() > 4
        && name.as_bytes()[1..4].iter().all(u8::is_ascii_digit);
    if prefixed || drogon {
        code_of_name(name)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_protocols_by_whole_word() {
        for ident in [
            "smtpOK",
            "SIP",
            "onSipResponse",
            "ftp_client",
            "SMTP_READY",
            "sipPort",
        ] {
            assert!(names_other_protocol(ident), "{ident}");
        }
        for ident in ["gossip", "Ftpd", "status", "tipSize", "httpsPort", ""] {
            assert!(!names_other_protocol(ident), "{ident}");
        }
        assert_eq!(
            words("onSipResponse").collect::<Vec<_>>(),
            ["on", "Sip", "Response"]
        );
        assert_eq!(
            words("SMTP_READY2x").collect::<Vec<_>>(),
            ["SMTP", "READY", "x"]
        );
    }

    #[test]
    fn status_names() {
        for name in [
            "status",
            "status_code",
            "statusCode",
            "StatusCode",
            "getStatus",
            "getStatusCode",
            "getResponseCode",
            "http_code",
            "HTTP_STATUS",
            "wantStatus",
            "expected_status",
            "getStatusCodeValue",
            "redirectCode",
        ] {
            assert!(is_status_name(name), "{name}");
        }
        assert!(!is_excluded(&normalize("STATUS_ERRORS")));
        assert!(!is_excluded(&normalize("HTTP_UNPROCESSABLE")));
        assert!(is_excluded(&normalize("user_status")));
        for name in [
            "exit_status",
            "code",
            "width",
            "order_status",
            "timeout",
            "statusText",
        ] {
            assert!(!is_status_name(name), "{name}");
        }
    }

    #[test]
    fn constant_names_follow_reason_phrases() {
        let cases = [
            (Some("net"), "http", "StatusNotFound", Some(404)),
            (None, "http", "StatusTeapot", Some(418)),
            (None, "http", "StatusRequestEntityTooLarge", Some(413)),
            (None, "http", "StatusText", None),
            (None, "HTTPStatus", "UNPROCESSABLE_ENTITY", Some(422)),
            (None, "StatusCode", "NOT_FOUND", Some(404)),
            (None, "StatusCode", "from_u16", None),
            (None, "status", "HTTP_201_CREATED", Some(201)),
            (None, "status", "HTTP_404", Some(404)),
            (None, "status", "active", None),
            (None, "HttpServletResponse", "SC_NOT_FOUND", Some(404)),
            (None, "StatusCodes", "Status404NotFound", Some(404)),
            (None, "HttpStatusCode", "NotFound", Some(404)),
            (None, "Response", "HTTP_NOT_FOUND", Some(404)),
            (None, "Response", "ok", None),
            (Some("Response"), "Status", "NOT_FOUND", Some(404)),
            (None, "Status", "NOT_FOUND", None),
            (None, "ngx", "HTTP_GONE", Some(410)),
            (None, "HttpStatus", "I_AM_A_TEAPOT", Some(418)),
            (None, "HttpStatus", "notFound", Some(404)),
        ];
        for (before, q, name, want) in cases {
            assert_eq!(code_of_constant(before, q, name), want, "{q}.{name}");
        }
        assert_eq!(code_of_prefixed_constant("MHD_HTTP_NOT_FOUND"), Some(404));
        assert_eq!(code_of_prefixed_constant("k404NotFound"), Some(404));
        assert_eq!(code_of_prefixed_constant("kMaxSize"), None);
    }

    #[test]
    fn phrases_in_tables() {
        assert_eq!(code_of_phrase("Not Found"), Some(404));
        assert_eq!(code_of_phrase("Request-URI Too Long"), Some(414));
        assert_eq!(code_of_phrase("Client Closed Request"), Some(499));
        assert_eq!(code_of_phrase("500 items"), None);
    }
}
