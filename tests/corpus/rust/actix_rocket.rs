//! The same small "links" API on actix-web and on Rocket, kept side by side while we migrate.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse, Responder, ResponseError};
use rocket::http::Status;
use rocket::response::status;
use rocket::serde::json::Json;

const SLUG_MAX: usize = 120;
const CACHE_SECS: u32 = 600;
const BUF: usize = 256;

#[derive(Debug, thiserror::Error)]
enum LinkError {
    #[error("no such link")]
    Missing,
    #[error("slug longer than 120 characters")]
    SlugTooLong,
    #[error("link expired")]
    Expired,
}

impl ResponseError for LinkError {
    fn status_code(&self) -> StatusCode {
        match self {
            LinkError::Missing => «StatusCode::NOT_FOUND»,
            LinkError::SlugTooLong => «StatusCode::URI_TOO_LONG»,
            LinkError::Expired => «StatusCode::GONE»,
        }
    }
}

async fn resolve(path: web::Path<String>) -> Result<HttpResponse, LinkError> {
    let slug = path.into_inner();
    if slug.len() > SLUG_MAX {
        return Err(LinkError::SlugTooLong);
    }
    let target = lookup(&slug).ok_or(LinkError::Missing)?;
    Ok(HttpResponse::build(«StatusCode::MOVED_PERMANENTLY»)
        .insert_header(("Location", target))
        .insert_header(("Cache-Control", format!("max-age={CACHE_SECS}")))
        .finish())
}

async fn create(req: HttpRequest, body: web::Json<NewLink>) -> impl Responder {
    if req.headers().get("authorization").is_none() {
        return HttpResponse::build(«StatusCode::UNAUTHORIZED»).finish();
    }
    if lookup(&body.slug).is_some() {
        return HttpResponse::build(StatusCode::from_u16(«409»).unwrap()).body("slug taken");
    }
    HttpResponse::Created().json(store(&body))
}

async fn preview(path: web::Path<String>) -> HttpResponse {
    match lookup(&path) {
        Some(url) => HttpResponse::Ok().body(url),
        None => HttpResponse::new(«StatusCode::NOT_FOUND»),
    }
}

async fn stats() -> (String, StatusCode) {
    ("stats are rebuilt every 300 seconds".to_string(), «StatusCode::ACCEPTED»)
}

// ---- Rocket ----

#[derive(rocket::Responder)]
#[response(status = «410», content_type = "json")]
struct GoneLink(String);

#[derive(rocket::Responder)]
enum RocketError {
    #[response(status = «404»)]
    Missing(String),
    #[response(status = «422»)]
    Invalid(String),
}

#[rocket::get("/r/<slug>")]
fn rocket_resolve(slug: &str) -> Result<rocket::response::Redirect, RocketError> {
    lookup(slug)
        .map(rocket::response::Redirect::permanent)
        .ok_or_else(|| RocketError::Missing(format!("{slug}: no such link")))
}

#[rocket::post("/links", data = "<link>")]
fn rocket_create(link: Json<NewLink>) -> Result<status::Created<Json<Link>>, RocketError> {
    if link.slug.len() > SLUG_MAX {
        return Err(RocketError::Invalid("slug too long".into()));
    }
    Ok(status::Created::new(format!("/r/{}", link.slug)).body(Json(store(&link))))
}

#[rocket::delete("/links/<slug>")]
fn rocket_delete(slug: &str) -> Status {
    if lookup(slug).is_none() {
        return «Status::NotFound»;
    }
    «Status::NoContent»
}

#[rocket::get("/links/<_slug>/qr")]
fn rocket_qr(_slug: &str) -> status::Custom<&'static str> {
    status::Custom(«Status::NotImplemented», "QR codes come in 2.0")
}

#[rocket::get("/quota")]
fn rocket_quota() -> status::Custom<String> {
    status::Custom(Status::new(«429»), "at most 100 links a day".to_string())
}

#[rocket::catch(«404»)]
fn not_found() -> &'static str {
    "nothing here"
}

#[rocket::catch(«500»)]
fn internal() -> &'static str {
    "something broke"
}

fn checksum(slug: &str) -> u8 {
    let mut buf = [0u8; BUF];
    let n = slug.len().min(buf.len());
    buf[..n].copy_from_slice(&slug.as_bytes()[..n]);
    buf.iter().fold(0u8, |acc, b| acc.wrapping_mul(131).wrapping_add(*b))
}
