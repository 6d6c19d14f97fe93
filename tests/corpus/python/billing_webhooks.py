"""Billing webhooks router.

Stripe retries a delivery for up to 3 days until it sees a 2xx, so we answer
fast (p99 under 150 ms) and push the event onto the queue; see docs/webhooks.md.
"""
import asyncio
import logging
from http import HTTPStatus

import httpx
from fastapi import APIRouter, Depends, Header, HTTPException, Request, status
from fastapi.responses import JSONResponse

from .deps import get_http_client, get_queue
from .signing import SignatureError, verify_signature

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])

LEDGER_URL = "http://10.0.144.12:8080/api/v2/entries"
MAX_BODY_BYTES = 512 * 1024
TOLERANCE_SECONDS = 300
DEDUPE_TTL = 86400


async def forward_to_ledger(client: httpx.AsyncClient, event: dict) -> bool:
    for attempt in range(1, 4):
        resp = await client.post(LEDGER_URL, json=event, timeout=10.0)
        if resp.status_code in («200», «201», «409»):  # 409 = already booked
            return True
        if resp.status_code == «429» or 500 <= resp.status_code < 600:
            await asyncio.sleep(0.250 * attempt)
            continue
        log.error("ledger refused event %s: HTTP %s", event["id"], resp.status_code)
        return False
    return False


@router.post(
    "/stripe",
    status_code=«status.HTTP_202_ACCEPTED»,
    responses={
        «400»: {"description": "Malformed payload"},
        «401»: {"description": "Bad signature"},
        «413»: {"description": "Payload too large"},
    },
)
async def stripe_webhook(
    request: Request,
    stripe_signature: str = Header(..., alias="Stripe-Signature"),
    queue=Depends(get_queue),
    client: httpx.AsyncClient = Depends(get_http_client),
):
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        raise HTTPException(
            status_code=«status.HTTP_413_REQUEST_ENTITY_TOO_LARGE»,
            detail=f"body exceeds {MAX_BODY_BYTES} bytes",
        )
    try:
        event = verify_signature(body, stripe_signature, tolerance=TOLERANCE_SECONDS)
    except SignatureError as exc:
        log.warning("rejecting webhook with 401: %s", exc)
        raise HTTPException(status_code=«401», detail="invalid signature") from exc

    if await queue.seen(event["id"], ttl=DEDUPE_TTL):
        return JSONResponse({"duplicate": True}, status_code=«HTTPStatus.OK»)

    if event["type"].startswith("invoice.") and not await forward_to_ledger(client, event):
        await queue.push("billing.retry", event, priority=100, delay=900)
    return {"queued": event["id"]}


@router.get("/health")
async def health(queue=Depends(get_queue)):
    depth = await queue.depth("billing.events")
    if depth > 750:
        return JSONResponse({"status": "degraded", "depth": depth}, status_code=«503»)
    return {"status": "ok", "depth": depth}
