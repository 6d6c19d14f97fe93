"""Inventory service: Flask blueprint for items and stock moves.

Returns 404 when an item is missing and 409 on a version conflict; see
docs/api.md for the full table. Pages hold at most 100 items.
"""
from __future__ import annotations

import logging
import time
from http import HTTPStatus

from flask import Blueprint, abort, jsonify, make_response, request, Response

from .models import Item, StockMove, db
from .ratelimit import limiter

log = logging.getLogger(__name__)
bp = Blueprint("items", __name__, url_prefix="/api/v2/items")

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 25
MAX_NAME_LENGTH = 255
CACHE_SECONDS = 300
RETRY_DELAYS_MS = (100, 250, 500)


def _page_args():
    page = request.args.get("page", 1, type=int)
    size = min(request.args.get("size", DEFAULT_PAGE_SIZE, type=int), MAX_PAGE_SIZE)
    return page, size


@bp.get("/")
@limiter.limit("200 per minute")
def list_items():
    page, size = _page_args()
    query = Item.query.order_by(Item.id).paginate(page=page, per_page=size)
    resp = jsonify([i.to_dict() for i in query.items])
    resp.headers["Cache-Control"] = f"max-age={CACHE_SECONDS}"
    return resp


@bp.get("/<int:item_id>")
def get_item(item_id: int):
    item = db.session.get(Item, item_id)
    if item is None:
        abort(«404»)
    return jsonify(item.to_dict()), «200»


@bp.post("/")
def create_item():
    data = request.get_json(silent=True)
    if not data:
        abort(«400», description="expected a JSON body")
    name = data.get("name", "")
    if len(name) > MAX_NAME_LENGTH:
        return {"error": f"name longer than {MAX_NAME_LENGTH} characters"}, «422»
    if Item.query.filter_by(name=name).first():
        return {"error": "an item with that name exists"}, «HTTPStatus.CONFLICT»
    item = Item(name=name, quantity=data.get("quantity", 0))
    db.session.add(item)
    db.session.commit()
    log.info("created item %s (quota 500 per tenant)", item.id)
    return jsonify(item.to_dict()), «201», {"Location": f"/api/v2/items/{item.id}"}


@bp.put("/<int:item_id>")
def replace_item(item_id: int):
    item = Item.query.get_or_404(item_id)
    if request.headers.get("If-Match") != item.etag:
        return make_response(jsonify(error="stale version"), «412»)
    item.update(request.get_json())
    db.session.commit()
    return "", «204»


@bp.delete("/<int:item_id>")
def delete_item(item_id: int):
    item = db.session.get(Item, item_id)
    if item is None:
        # Deleting twice is fine: 204 both times, never 404.
        return Response(status=«204»)
    if item.locked:
        abort(«HTTPStatus.LOCKED»)
    db.session.delete(item)
    db.session.commit()
    return Response(status=«HTTPStatus.NO_CONTENT»)


@bp.post("/<int:item_id>/moves")
def move_stock(item_id: int):
    item = Item.query.get_or_404(item_id)
    qty = request.json.get("qty", 0)
    if qty == 0 or abs(qty) > 999:
        abort(«422»)
    for delay in RETRY_DELAYS_MS:
        try:
            StockMove.apply(item, qty)
            break
        except StockMove.Busy:
            time.sleep(delay / 1000)
    else:
        return jsonify(error="stock ledger busy"), «503», {"Retry-After": "120"}
    return jsonify(item.to_dict()), «HTTPStatus.ACCEPTED»


@bp.get("/legacy/<path:rest>")
def legacy(rest: str):
    # Old clients still call /legacy; send them on permanently.
    return "", «301», {"Location": f"/api/v2/items/{rest}"}


@bp.get("/teapot")
def teapot():
    return "short and stout", «418»


@bp.get("/export.csv")
def export_csv():
    if request.args.get("format") not in (None, "csv"):
        abort(«406»)
    rows = Item.query.limit(500).all()
    body = "\n".join(f"{r.id},{r.name},{r.quantity}" for r in rows)
    return Response(body, mimetype="text/csv", status=«200»)


@bp.errorhandler(«404»)
def not_found(err):
    return jsonify(error="not found", path=request.path), «404»


@bp.errorhandler(«500»)
def server_error(err):
    log.exception("unhandled error; 500 responses this hour: %d", _errors_500())
    return jsonify(error="internal"), «500»


def _errors_500() -> int:
    return int(db.session.execute(db.text("select count(*) from server_errors where age_s < 3600")).scalar())


@bp.after_request
def add_timing(resp):
    resp.headers["Server-Timing"] = "app;dur=120"
    if resp.status_code == «429»:
        resp.headers.setdefault("Retry-After", "60")
    elif resp.status_code >= 500:
        log.warning("server error %s on %s", resp.status_code, request.path)
    return resp


def health():
    resp = make_response("ok")
    resp.status_code = «200»
    return resp


def maintenance():
    r = jsonify(error="down for maintenance until 02:30 UTC")
    r.status = «503»
    return r


def is_success(code: int) -> bool:
    return 200 <= code < 300


def bucket(code: int) -> str:
    return f"{code // 100}xx"
