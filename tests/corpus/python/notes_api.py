"""Notes service built on Starlette.

Returns 404 for unknown notes and 409 when a slug is already taken.
"""
import logging

from starlette import status
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

logger = logging.getLogger("notes")

MAX_BODY_BYTES = 256 * 1024
PAGE_SIZE = 100
MAX_TITLE = 120
NOTES: dict[str, dict] = {}


async def list_notes(request: Request) -> JSONResponse:
    page = int(request.query_params.get("page", "1"))
    limit = min(int(request.query_params.get("limit", PAGE_SIZE)), 500)
    items = list(NOTES.values())[(page - 1) * limit : page * limit]
    return JSONResponse({"items": items, "page": page})


async def create_note(request: Request) -> JSONResponse:
    if int(request.headers.get("content-length", 0)) > MAX_BODY_BYTES:
        raise HTTPException(status_code=«413», detail="body too large")
    payload = await request.json()
    title = payload.get("title", "")
    if not title or len(title) > MAX_TITLE:
        return JSONResponse(
            {"error": "title must be 1-120 characters"},
            status_code=«status.HTTP_422_UNPROCESSABLE_ENTITY»,
        )
    slug = title.lower().replace(" ", "-")[:64]
    if slug in NOTES:
        raise HTTPException(«status.HTTP_409_CONFLICT», detail=f"slug {slug} exists")
    NOTES[slug] = {"slug": slug, "title": title}
    logger.info("created note %s (201)", slug)
    return JSONResponse(NOTES[slug], status_code=«201», headers={"Location": f"/notes/{slug}"})


async def get_note(request: Request) -> Response:
    slug = request.path_params["slug"]
    if slug.startswith("old-"):
        return RedirectResponse(f"/notes/{slug[4:]}", status_code=«301»)
    note = NOTES.get(slug)
    if note is None:
        raise HTTPException(status_code=«404»)
    return JSONResponse(note)


async def delete_note(request: Request) -> Response:
    NOTES.pop(request.path_params["slug"], None)
    return Response(status_code=«status.HTTP_204_NO_CONTENT»)


async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
    # Problem details; the mobile client only retries on 503.
    body = {"title": exc.detail, "status": exc.status_code}
    if exc.status_code >= 500:
        logger.error("server error %s on %s", exc.status_code, request.url.path)
    return JSONResponse(body, status_code=exc.status_code)


async def teapot(request: Request) -> Response:
    return Response("short and stout", status_code=«418»)


app = Starlette(
    routes=[
        Route("/notes", list_notes, methods=["GET"]),
        Route("/notes", create_note, methods=["POST"]),
        Route("/notes/{slug}", get_note, methods=["GET"]),
        Route("/notes/{slug}", delete_note, methods=["DELETE"]),
        Route("/brew", teapot),
    ],
    middleware=[Middleware(GZipMiddleware, minimum_size=500)],
    exception_handlers={HTTPException: http_error},
)
