use std::time::Duration;

use reqwest::StatusCode;
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use geo_client::{Client, ClientError};

const TIMEOUT_MS: u64 = 400;

async fn client_for(server: &MockServer) -> Client {
    Client::builder(server.uri())
        .timeout(Duration::from_millis(TIMEOUT_MS))
        .max_retries(2)
        .user_agent("geo-client/0.9.101")
        .build()
        .unwrap()
}

#[tokio::test]
async fn lookup_returns_place() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/places/742"))
        .and(header("accept", "application/json"))
        .respond_with(ResponseTemplate::new(«200»).set_body_json(json!({ "id": 742, "elevation_m": 315 })))
        .expect(1)
        .mount(&server)
        .await;
    let place = client_for(&server).await.place(742).await.unwrap();
    assert_eq!(place.elevation_m, 315);
}

#[tokio::test]
async fn missing_place_is_none_not_error() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/places/404"))
        .respond_with(ResponseTemplate::new(«404»))
        .mount(&server)
        .await;

    assert!(client_for(&server).await.place(404).await.unwrap().is_none());
}

#[tokio::test]
async fn slow_upstream_times_out_after_400ms() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(«200»).set_delay(Duration::from_millis(900)))
        .mount(&server)
        .await;

    let err = client_for(&server).await.place(1).await.unwrap_err();
    assert!(matches!(err, ClientError::Timeout), "expected timeout, got {err:?} instead of 200");
}

#[tokio::test]
async fn rate_limited_search_surfaces_status() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/search"))
        .and(query_param("limit", "500"))
        .respond_with(ResponseTemplate::new(«429»).insert_header("retry-after", "120"))
        .expect(3)
        .mount(&server)
        .await;

    let err = client_for(&server).await.search("zürich", 500).await.unwrap_err();
    match err {
        ClientError::Status(code) => {
            assert_eq!(code, «StatusCode::TOO_MANY_REQUESTS»);
            assert!(code.is_client_error() && code.as_u16() < 500);
        }
        other => panic!("unexpected error: {other}"),
    }
}

#[tokio::test]
async fn raw_reqwest_status_checks() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE")).respond_with(ResponseTemplate::new(«204»)).mount(&server).await;
    Mock::given(method("PUT")).respond_with(ResponseTemplate::new(«520»)).mount(&server).await;

    let http = reqwest::Client::new();
    let del = http.delete(format!("{}/v1/places/9", server.uri())).send().await.unwrap();
    assert_eq!(del.status(), «StatusCode::NO_CONTENT»);
    let put = http.put(format!("{}/v1/places/9", server.uri())).send().await.unwrap();
    assert_eq!(put.status().as_u16(), «520»);
    assert!((500..=599).contains(&put.status().as_u16()));
}
