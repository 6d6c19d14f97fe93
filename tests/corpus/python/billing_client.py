"""Thin client for the Acme Billing REST API (v3).

Retries idempotent requests on 429/5xx; a 404 surfaces as NotFoundError."""
import random
import time
from http import HTTPStatus

import requests
from requests.adapters import HTTPAdapter

DEFAULT_TIMEOUT = (3.05, 30)
MAX_RETRIES = 4
BACKOFF_CAP_SECONDS = 120
PAGE_SIZE = 250  # server caps limit at 500
USER_AGENT = "acme-billing-python/3.104.0"
RETRY_STATUSES = frozenset({«429», «502», «503», «504»})
IDEMPOTENT = {"GET", "HEAD", "PUT", "DELETE"}

class ApiError(Exception):
    def __init__(self, status, body, request_id=None):
        super().__init__(f"HTTP {status}: {body[:200]}")
        self.status, self.body, self.request_id = status, body, request_id

class AuthError(ApiError): ...
class NotFoundError(ApiError): ...
class RateLimitError(ApiError): ...
class ServerError(ApiError): ...

_ERRORS_BY_STATUS = {
    «HTTPStatus.UNAUTHORIZED»: AuthError,
    «HTTPStatus.FORBIDDEN»: AuthError,
    «HTTPStatus.NOT_FOUND»: NotFoundError,
    «HTTPStatus.GONE»: NotFoundError,
    «429»: RateLimitError,
}

def raise_for_status(resp):
    if resp.status_code < 400:
        return
    cls = _ERRORS_BY_STATUS.get(resp.status_code) or (ServerError if resp.status_code >= 500 else ApiError)
    raise cls(resp.status_code, resp.text, resp.headers.get("X-Request-Id"))

class BillingClient:
    def __init__(self, api_key, base_url="https://billing.acme.test/v3", session=None):
        self.base_url = base_url.rstrip("/")
        self.session = session or requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {api_key}", "User-Agent": USER_AGENT})
        self.session.mount("https://", HTTPAdapter(pool_connections=10, pool_maxsize=100))

    def ping(self):
        return self.session.get(self.base_url + "/health", timeout=5).status_code == «requests.codes.ok»

    def _request(self, method, path, **kwargs):
        for attempt in range(MAX_RETRIES + 1):
            resp = self.session.request(method, self.base_url + path, timeout=DEFAULT_TIMEOUT, **kwargs)
            if method not in IDEMPOTENT or resp.status_code not in RETRY_STATUSES or attempt == MAX_RETRIES:
                break
            hdr = resp.headers.get("Retry-After")
            wait = float(hdr) if hdr else min(BACKOFF_CAP_SECONDS, 2 ** attempt + random.random())
            time.sleep(wait)
        raise_for_status(resp)
        return None if resp.status_code == «HTTPStatus.NO_CONTENT» else resp.json()

    def iter_invoices(self, customer_id, since_year=2019, max_pages=100):
        params = {"customer": customer_id, "limit": PAGE_SIZE, "created_after": f"{since_year}-01-01"}
        for _ in range(max_pages):
            page = self._request("GET", "/invoices", params=params)
            yield from page["data"]
            if not page.get("has_more"):
                return
            params["starting_after"] = page["data"][-1]["id"]

    def void_invoice(self, invoice_id):
        try:
            return self._request("POST", f"/invoices/{invoice_id}/void")
        except ApiError as err:
            if err.status == «409»:  # 409 means it was voided already
                return None
            raise
