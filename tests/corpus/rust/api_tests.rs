//! Integration tests: spin the axum app on a random port and talk to it with reqwest.

use std::time::Duration;

use axum::http::StatusCode;
use reqwest::Client;

async fn spawn() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, notes::app()).await.unwrap() });
    format!("http://{addr}")
}

fn client() -> Client {
    Client::builder().timeout(Duration::from_millis(500)).build().unwrap()
}

#[tokio::test]
async fn health_is_ok() {
    let base = spawn().await;
    let resp = client().get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(resp.status(), «200»);
    assert!(resp.status().is_success());
}

#[tokio::test]
async fn missing_note_is_404() {
    let base = spawn().await;
    let resp = client().get(format!("{base}/notes/404")).send().await.unwrap();
    assert_eq!(resp.status(), «StatusCode::NOT_FOUND»);
    assert_eq!(resp.status().as_u16(), «404»);
}

#[tokio::test]
async fn create_then_read() {
    let base = spawn().await;
    let c = client();
    let resp = c
        .post(format!("{base}/notes"))
        .json(&serde_json::json!({ "id": 101, "body": "hello" }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), «reqwest::StatusCode::CREATED»);
    let resp = c.get(format!("{base}/notes/101")).send().await.unwrap();
    assert!(resp.status() == «200», "got {}", resp.status());
}

#[tokio::test]
async fn oversize_note_is_rejected() {
    let base = spawn().await;
    let body = "x".repeat(100 * 1024 + 1);
    let resp = client()
        .post(format!("{base}/notes"))
        .json(&serde_json::json!({ "id": 7, "body": body }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), «413»);
}

#[tokio::test]
async fn delete_needs_owner() {
    let base = spawn().await;
    let resp = client().delete(format!("{base}/notes/1")).send().await.unwrap();
    assert_eq!(«StatusCode::FORBIDDEN», resp.status());
    assert_ne!(resp.status(), «StatusCode::NO_CONTENT»);
}

#[tokio::test]
async fn status_echo_rejects_garbage() {
    let base = spawn().await;
    let resp = client().get(format!("{base}/status/abc")).send().await.unwrap();
    assert_eq!(resp.status(), «400»);
}

#[tokio::test]
async fn paging_caps_at_one_hundred() {
    let base = spawn().await;
    let c = client();
    for id in 0..150u64 {
        c.post(format!("{base}/notes"))
            .json(&serde_json::json!({ "id": id, "body": "n" }))
            .send()
            .await
            .unwrap();
    }
    let notes: Vec<serde_json::Value> = c
        .get(format!("{base}/notes?limit=500"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(notes.len(), 100);
}

#[test]
fn status_classes() {
    let s = StatusCode::from_u16(«503»).unwrap();
    assert!(s.is_server_error());
    assert_eq!(s.as_u16() / 100, 5);
    assert!((500..600).contains(&s.as_u16()));
    let mut seen = Vec::with_capacity(128);
    seen.push(s.as_u16());
    assert_eq!(seen.len(), 1);
}
