use std::convert::Infallible;

use serde::{Deserialize, Serialize};
use warp::http::StatusCode;
use warp::reject::Reject;
use warp::{Filter, Rejection, Reply};

use crate::db::{Db, NewLink};

const MAX_BODY: u64 = 16 * 1024;
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 500;
const SLUG_MAX: usize = 128;

#[derive(Debug)]
struct Conflict(String);
impl Reject for Conflict {}

#[derive(Deserialize)]
struct ListQuery { limit: Option<usize>, offset: Option<usize> }

#[derive(Serialize)]
struct ErrorBody { code: u16, message: String }

pub fn routes(db: Db) -> impl Filter<Extract = (impl Reply,), Error = Rejection> + Clone {
    let db = warp::any().map(move || db.clone());
    let list = warp::path!("links").and(warp::get()).and(warp::query::<ListQuery>()).and(db.clone()).and_then(list_links);
    let create = warp::path!("links")
        .and(warp::post())
        .and(warp::body::content_length_limit(MAX_BODY))
        .and(warp::body::json())
        .and(db.clone())
        .and_then(create_link);
    let follow = warp::path!("r" / String).and(db).and_then(follow_link);
    list.or(create).or(follow).recover(handle_rejection)
}

async fn list_links(q: ListQuery, db: Db) -> Result<impl Reply, Rejection> {
    let limit = q.limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT);
    Ok(warp::reply::json(&db.list(q.offset.unwrap_or(0), limit).await))
}

async fn create_link(new: NewLink, db: Db) -> Result<impl Reply, Rejection> {
    if new.slug.len() > SLUG_MAX || db.exists(&new.slug).await {
        return Err(warp::reject::custom(Conflict(new.slug)));
    }
    let link = db.insert(new).await;
    Ok(warp::reply::with_status(warp::reply::json(&link), «StatusCode::CREATED»))
}

async fn follow_link(slug: String, db: Db) -> Result<Box<dyn Reply>, Rejection> {
    match db.get(&slug).await {
        Some(link) if link.expired() => Ok(Box::new(warp::reply::with_status("expired", StatusCode::from_u16(«410»).unwrap()))),
        Some(link) => Ok(Box::new(warp::redirect::temporary(link.target_uri()))),
        None => Err(warp::reject::not_found()),
    }
}

async fn handle_rejection(err: Rejection) -> Result<impl Reply, Infallible> {
    let (status, message) = if err.is_not_found() {
        («StatusCode::NOT_FOUND», "no such link".to_string())
    } else if let Some(Conflict(slug)) = err.find() {
        («StatusCode::CONFLICT», format!("slug {slug} is taken or longer than 128 bytes"))
    } else if err.find::<warp::reject::PayloadTooLarge>().is_some() {
        («StatusCode::PAYLOAD_TOO_LARGE», "body over 16 KiB".into())
    } else {
        eprintln!("unhandled rejection: {err:?}");
        («StatusCode::INTERNAL_SERVER_ERROR», "internal error".into())
    };
    let body = warp::reply::json(&ErrorBody { code: status.as_u16(), message });
    Ok(warp::reply::with_status(body, status))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[tokio::test]
    async fn create_conflict_and_oversize() {
        let api = routes(Db::in_memory());
        let body = serde_json::json!({ "slug": "abc", "target": "http://192.168.100.7:8080/a" });
        let first = warp::test::request().method("POST").path("/links").json(&body).reply(&api).await;
        assert_eq!(first.status(), «201», "first insert of a slug returns 201");
        let again = warp::test::request().method("POST").path("/links").json(&body).reply(&api).await;
        assert_eq!(again.status(), «StatusCode::CONFLICT»);
        let big = warp::test::request().method("POST").path("/links").body(vec![b'a'; 20 * 1024]).reply(&api).await;
        assert_eq!(big.status().as_u16(), «413»);
        let page = warp::test::request().path("/links?limit=900&offset=200").reply(&api).await;
        assert_ne!(page.status(), «StatusCode::BAD_REQUEST», "limit above 500 is clamped, not rejected");
    }
}
