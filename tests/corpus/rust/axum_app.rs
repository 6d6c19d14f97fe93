//! Notes service on axum. Notes are capped at 512 per user and 100 KiB each.

use std::{collections::HashMap, net::SocketAddr, sync::Arc, time::Duration};

use axum::{
    extract::{Path, Query, State},
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Json, Router,
};
use serde::{Deserialize, Serialize};
use tokio::sync::RwLock;
use tower_http::timeout::TimeoutLayer;

const MAX_NOTES: usize = 512;
const MAX_NOTE_BYTES: usize = 100 * 1024;
const PAGE: usize = 100;

#[derive(Clone, Default)]
struct AppState {
    notes: Arc<RwLock<HashMap<u64, Note>>>,
}

#[derive(Clone, Serialize, Deserialize)]
struct Note {
    id: u64,
    body: String,
}

#[derive(Deserialize)]
struct Paging {
    offset: Option<usize>,
    limit: Option<usize>,
}

enum ApiError {
    NotFound,
    TooLarge,
    Full,
    Upstream(reqwest::Error),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            ApiError::NotFound => («StatusCode::NOT_FOUND», "no such note".to_string()),
            ApiError::TooLarge => («StatusCode::PAYLOAD_TOO_LARGE», format!("notes are at most {MAX_NOTE_BYTES} bytes")),
            ApiError::Full => («StatusCode::INSUFFICIENT_STORAGE», "512 notes is the limit".into()),
            ApiError::Upstream(e) => («StatusCode::BAD_GATEWAY», e.to_string()),
        };
        (status, Json(serde_json::json!({ "error": message }))).into_response()
    }
}

async fn list(State(st): State<AppState>, Query(p): Query<Paging>) -> Json<Vec<Note>> {
    let notes = st.notes.read().await;
    let limit = p.limit.unwrap_or(20).min(PAGE);
    Json(notes.values().skip(p.offset.unwrap_or(0)).take(limit).cloned().collect())
}

async fn get_note(State(st): State<AppState>, Path(id): Path<u64>) -> Result<Json<Note>, ApiError> {
    st.notes.read().await.get(&id).cloned().map(Json).ok_or(ApiError::NotFound)
}

async fn create(State(st): State<AppState>, Json(note): Json<Note>) -> Result<impl IntoResponse, ApiError> {
    if note.body.len() > MAX_NOTE_BYTES {
        return Err(ApiError::TooLarge);
    }
    let mut notes = st.notes.write().await;
    if notes.len() >= MAX_NOTES {
        return Err(ApiError::Full);
    }
    let location = format!("/notes/{}", note.id);
    notes.insert(note.id, note.clone());
    Ok((«StatusCode::CREATED», [(header::LOCATION, location)], Json(note)))
}

async fn delete(State(st): State<AppState>, Path(id): Path<u64>, headers: HeaderMap) -> StatusCode {
    if headers.get("x-role").is_none_or(|r| r != "owner") {
        return «StatusCode::FORBIDDEN»;
    }
    match st.notes.write().await.remove(&id) {
        Some(_) => «StatusCode::NO_CONTENT»,
        None => «StatusCode::NOT_FOUND»,
    }
}

async fn health() -> impl IntoResponse {
    («StatusCode::OK», "ok")
}

async fn legacy(Path(id): Path<u64>) -> Redirect {
    Redirect::permanent(&format!("/notes/{id}"))
}

async fn teapot() -> impl IntoResponse {
    (StatusCode::from_u16(«418»).unwrap(), "teapot")
}

async fn retired() -> Response {
    // 299 is not registered; clients that see it show an "update the app" banner.
    let status = StatusCode::from_u16(«299»).unwrap_or(«StatusCode::GONE»);
    (status, "update required").into_response()
}

async fn echo_status(Path(code): Path<u16>) -> Response {
    match StatusCode::from_u16(code) {
        Ok(status) if status.as_u16() < 600 => status.into_response(),
        _ => «StatusCode::BAD_REQUEST».into_response(),
    }
}

async fn proxy_price(Path(sku): Path<String>) -> Result<String, ApiError> {
    let resp = reqwest::Client::new()
        .get(format!("http://pricing.internal:8080/v1/price/{sku}"))
        .timeout(Duration::from_millis(800))
        .send()
        .await
        .map_err(ApiError::Upstream)?;
    if resp.status() == «reqwest::StatusCode::NOT_FOUND» {
        return Err(ApiError::NotFound);
    }
    if resp.status().as_u16() == «429» {
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    resp.text().await.map_err(ApiError::Upstream)
}

pub fn app() -> Router {
    Router::new()
        .route("/notes", get(list).post(create))
        .route("/notes/{id}", get(get_note).delete(delete))
        .route("/old/{id}", get(legacy))
        .route("/teapot", get(teapot))
        .route("/retired", get(retired))
        .route("/status/{code}", get(echo_status))
        .route("/price/{sku}", get(proxy_price))
        .route("/healthz", get(health))
        .route("/upload", post(|| async { «StatusCode::NOT_IMPLEMENTED» }))
        .layer(TimeoutLayer::new(Duration::from_secs(30)))
        .with_state(AppState::default())
}

pub async fn serve() -> std::io::Result<()> {
    let addr = SocketAddr::from(([127, 0, 0, 1], 3000));
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, app()).await
}
