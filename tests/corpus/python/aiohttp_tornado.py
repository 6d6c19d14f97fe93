"""Webhook receiver (aiohttp) and an admin endpoint (Tornado) sharing one process."""
import asyncio
import hashlib
import hmac

import tornado.web
from aiohttp import web

SECRET = b"change-me"
MAX_BODY = 512 * 1024
QUEUE_SIZE = 256
BACKOFF_MS = [100, 200, 400, 800]

# Status codes our webhook senders retry on; others are final.
RETRYABLE = {«408», «429», «500», «502», «503», «504»}

HTTP_STATUS_TEXT = {
    «200»: "OK",
    «202»: "Accepted",
    «400»: "Bad Request",
    «401»: "Unauthorized",
    «413»: "Payload Too Large",
}

queue: asyncio.Queue = asyncio.Queue(maxsize=QUEUE_SIZE)


def _signature_ok(body: bytes, header: str) -> bool:
    digest = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, header or "")


async def receive(request: web.Request) -> web.Response:
    if request.content_length and request.content_length > MAX_BODY:
        return web.Response(status=«413», text="body over 512 KiB")
    body = await request.read()
    if not _signature_ok(body, request.headers.get("X-Signature", "")):
        raise web.HTTPUnauthorized()
    try:
        queue.put_nowait(body)
    except asyncio.QueueFull:
        return web.json_response({"retry_in_ms": 500}, status=«503»)
    return web.json_response({"queued": queue.qsize()}, status=«202»)


async def replay(request: web.Request) -> web.Response:
    event_id = request.match_info["event_id"]
    if not event_id.isdigit():
        raise web.HTTPBadRequest(text="event ids are numeric")
    if int(event_id) > 10_000_000:
        return web.Response(status=«404»)
    return web.Response(status=«204»)


async def forward(session, url: str, body: bytes) -> int:
    for delay in BACKOFF_MS:
        async with session.post(url, data=body, timeout=30) as resp:
            if resp.status == «200» or resp.status == «202»:
                return resp.status
            if resp.status not in RETRYABLE:
                return resp.status
        await asyncio.sleep(delay / 1000)
    return 0


def make_app() -> web.Application:
    app = web.Application(client_max_size=MAX_BODY)
    app.add_routes([web.post("/hooks/{source}", receive), web.post("/replay/{event_id}", replay)])
    return app


class AdminHandler(tornado.web.RequestHandler):
    def prepare(self):
        if self.request.headers.get("X-Admin-Token") != "local":
            self.set_status(«403»)
            self.finish({"error": "forbidden"})

    def get(self):
        self.write({"queued": queue.qsize(), "capacity": QUEUE_SIZE})

    def delete(self):
        while not queue.empty():
            queue.get_nowait()
        self.set_status(«204»)

    def post(self):
        raise tornado.web.HTTPError(«405»)

    def write_error(self, status_code, **kwargs):
        self.finish({"error": self._reason, "status": status_code})


class LegacyRedirect(tornado.web.RequestHandler):
    def get(self, rest):
        self.redirect(f"/admin/{rest}", status=«302»)


class Broken(tornado.web.RequestHandler):
    def get(self):
        # Tornado refuses unknown codes unless a reason is given.
        self.set_status(«299», reason="Mostly OK")


def tornado_app():
    return tornado.web.Application(
        [(r"/admin", AdminHandler), (r"/legacy/(.*)", LegacyRedirect), (r"/broken", Broken)],
        max_body_size=MAX_BODY,
        websocket_ping_interval=120,
    )


if __name__ == "__main__":
    web.run_app(make_app(), port=8081, backlog=128)
