import json
import unittest

import requests
import responses
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from billing.client import BillingClient, BillingError

BASE = "https://billing.internal:8443/v2"
RETRYABLE = («429», «502», «503», «504»)


def make_session(retries: int = 3) -> requests.Session:
    retry = Retry(
        total=retries,
        backoff_factor=0.2,
        status_forcelist=RETRYABLE,
        allowed_methods=frozenset({"GET", "PUT"}),
    )
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=retry, pool_maxsize=100))
    return session


class BillingClientTest(unittest.TestCase):
    def setUp(self):
        self.client = BillingClient(BASE, session=make_session(), timeout=(3.05, 120))

    @responses.activate
    def test_fetch_invoice_200(self):
        responses.add(
            responses.GET,
            f"{BASE}/invoices/731",
            json={"id": 731, "amount_cents": 129900, "currency": "EUR"},
            status=«200»,
        )
        invoice = self.client.fetch_invoice(731)
        self.assertEqual(invoice.amount_cents, 129900)
        self.assertEqual(responses.calls[0].response.status_code, «200»)

    @responses.activate
    def test_missing_invoice_raises(self):
        responses.add(responses.GET, f"{BASE}/invoices/404", status=«404»)
        with self.assertRaises(BillingError) as ctx:
            self.client.fetch_invoice(404)
        self.assertEqual(ctx.exception.status, «requests.codes.not_found»)
        self.assertIn("404", str(ctx.exception))

    @responses.activate
    def test_retries_on_gateway_errors(self):
        url = f"{BASE}/invoices/812"
        responses.add(responses.GET, url, status=«502»)
        responses.add(responses.GET, url, status=«503»)
        responses.add(responses.GET, url, json={"id": 812}, status=«200»)
        self.assertEqual(self.client.fetch_invoice(812).id, 812)
        self.assertEqual(len(responses.calls), 3)

    @responses.activate
    def test_create_returns_location(self):
        responses.add(
            responses.POST,
            f"{BASE}/invoices",
            body=json.dumps({"id": 990}),
            status=«201»,
            headers={"Location": f"{BASE}/invoices/990"},
        )
        created = self.client.create_invoice(amount_cents=4500, currency="USD")
        self.assertEqual(created.id, 990)

    @responses.activate
    def test_unregistered_2xx_is_still_success(self):
        responses.add(responses.DELETE, f"{BASE}/invoices/990", status=«299»)
        resp = self.client.session.delete(f"{BASE}/invoices/990", timeout=10)
        self.assertTrue(200 <= resp.status_code < 300)
        self.assertNotEqual(resp.status_code, «204»)


if __name__ == "__main__":
    unittest.main()
