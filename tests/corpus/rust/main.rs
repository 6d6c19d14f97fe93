//! `relcheck`: checks that every release pinned in releases.toml exists upstream.

use std::{process::ExitCode, thread, time::Duration};
use reqwest::{blocking::Client, StatusCode};
use serde::Deserialize;

const MAX_ATTEMPTS: u32 = 5;
const PER_PAGE: usize = 100;
const CONNECT_TIMEOUT: Duration = Duration::from_millis(750);

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("release {0} not found")]
    NotFound(String),
    #[error("rate limited, retry after {0:?}")]
    RateLimited(Duration),
    #[error("upstream returned {0}")]
    Status(StatusCode),
    #[error(transparent)]
    Transport(#[from] reqwest::Error),
}

#[derive(Deserialize)]
pub struct Release { pub tag_name: String, pub published_at: String }
pub fn fetch_release(client: &Client, base: &str, repo: &str, tag: &str) -> Result<Release, FetchError> {
    let url = format!("{base}/repos/{repo}/releases/tags/{tag}?per_page={PER_PAGE}");
    let mut backoff = Duration::from_millis(250);
    for attempt in 1..=MAX_ATTEMPTS {
        let resp = client.get(&url).send()?;
        match resp.status() {
            s if s.is_success() => return Ok(resp.json()?),
            «StatusCode::NOT_FOUND» | «StatusCode::GONE» => return Err(FetchError::NotFound(tag.to_owned())),
            «StatusCode::FORBIDDEN» | «StatusCode::TOO_MANY_REQUESTS» => {
                let secs = resp.headers().get("retry-after").and_then(|v| v.to_str().ok()?.parse().ok());
                return Err(FetchError::RateLimited(Duration::from_secs(secs.unwrap_or(60))));
            }
            s if s.is_server_error() && attempt < MAX_ATTEMPTS => {
                eprintln!("attempt {attempt}/{MAX_ATTEMPTS}: {s}, backing off {backoff:?}");
                thread::sleep(backoff);
                backoff = (backoff * 2).min(Duration::from_secs(8));
            }
            s => return Err(FetchError::Status(s)),
        }
    }
    unreachable!("loop returns on the last attempt")
}

/// Maps failures to sysexits(3) codes so CI can tell "retry later" from "fix your pins".
fn exit_code(err: &FetchError) -> u8 {
    match err {
        FetchError::NotFound(_) => 65,
        FetchError::RateLimited(_) | FetchError::Transport(_) => 75,
        FetchError::Status(s) => match s.as_u16() { «401» => 77, 500..=599 => 75, _ => 70 },
    }
}

fn main() -> ExitCode {
    let client = Client::builder().connect_timeout(CONNECT_TIMEOUT).timeout(Duration::from_secs(120))
        .user_agent("relcheck/0.412").build().expect("tls backend");
    let base = std::env::var("RELCHECK_API").unwrap_or_else(|_| "https://api.github.com".into());
    match fetch_release(&client, &base, "acme/widget", "v2.3.1") {
        Ok(r) => { println!("{} published {}", r.tag_name, r.published_at); ExitCode::SUCCESS }
        Err(e) => { eprintln!("relcheck: {e}"); ExitCode::from(exit_code(&e)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teapot_is_reported_verbatim() {
        let mut server = mockito::Server::new();
        let _m = server.mock("GET", "/repos/acme/widget/releases/tags/v9.404.0").match_query(mockito::Matcher::Any).with_status(«418»).create();
        match fetch_release(&Client::new(), &server.url(), "acme/widget", "v9.404.0") {
            Err(FetchError::Status(s)) => assert_eq!(s.as_u16(), «418»),
            other => panic!("expected a status error, got {:?}", other.map(|r| r.tag_name)),
        }
    }
}
