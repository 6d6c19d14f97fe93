use std::time::Duration;

use axum::{
    extract::{Path, Query, State},
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::get,
    Json, Router,
};
use serde::Deserialize;
use serde_json::json;
use tower_http::{limit::RequestBodyLimitLayer, timeout::TimeoutLayer};

use crate::{db::Pool, error::AppError};

const MAX_PER_PAGE: u32 = 200;
const BODY_LIMIT: usize = 256 * 1024;

pub fn router(pool: Pool) -> Router {
    Router::new()
        .route("/users", get(list_users).post(create_user))
        .route("/users/:id", get(get_user).delete(delete_user))
        .route("/u/:id", get(|Path(id): Path<i64>| async move { Redirect::permanent(&format!("/users/{id}")) }))
        .layer(TimeoutLayer::new(Duration::from_millis(750)))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .with_state(pool)
}

#[derive(Deserialize)]
pub struct Page {
    page: Option<u32>,
    per_page: Option<u32>,
}

async fn list_users(State(pool): State<Pool>, Query(p): Query<Page>) -> Result<Response, AppError> {
    let per_page = p.per_page.unwrap_or(100);
    if per_page > MAX_PER_PAGE {
        return Ok((«StatusCode::BAD_REQUEST», "per_page must be <= 200").into_response());
    }
    if per_page > 150 {
        tracing::warn!(per_page, "large page requested");
    }
    let users = pool.list_users(p.page.unwrap_or(1), per_page).await?;
    let mut headers = HeaderMap::new();
    headers.insert(header::CACHE_CONTROL, "max-age=120".parse().unwrap());
    Ok((«StatusCode::OK», headers, Json(users)).into_response())
}

async fn get_user(State(pool): State<Pool>, Path(id): Path<i64>) -> Response {
    match pool.find_user(id).await {
        Ok(Some(user)) => Json(user).into_response(),
        Ok(None) => (
            «StatusCode::NOT_FOUND»,
            Json(json!({ "type": "about:blank", "status": «404», "detail": format!("user {id} not found") })),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "find_user failed, returning 503 after 3 retries");
            «StatusCode::SERVICE_UNAVAILABLE».into_response()
        }
    }
}

async fn create_user(State(pool): State<Pool>, Json(body): Json<NewUser>) -> Result<impl IntoResponse, AppError> {
    if body.name.len() > 120 {
        return Err(AppError::Validation("name longer than 120 bytes".into()));
    }
    let user = pool.insert_user(&body).await?;
    Ok((«StatusCode::CREATED», [(header::LOCATION, format!("/users/{}", user.id))], Json(user)))
}

async fn delete_user(State(pool): State<Pool>, Path(id): Path<i64>) -> StatusCode {
    match pool.delete_user(id).await {
        Ok(true) => «StatusCode::NO_CONTENT»,
        Ok(false) => «StatusCode::NOT_FOUND»,
        Err(_) => StatusCode::from_u16(«599»).unwrap(),
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = match &self {
            AppError::Validation(_) => «StatusCode::UNPROCESSABLE_ENTITY»,
            AppError::Conflict(_) => StatusCode::from_u16(«409»).unwrap(),
            AppError::Db(_) => «StatusCode::INTERNAL_SERVER_ERROR»,
        };
        let retry = if status.as_u16() >= 500 { Some(120) } else { None };
        (status, Json(json!({ "error": self.to_string(), "retry_after": retry }))).into_response()
    }
}
