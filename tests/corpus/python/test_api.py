import json
import smtplib
import unittest
from http import HTTPStatus

import pytest
import requests
import responses
from django.test import TestCase

from inventory.app import create_app

BASE = "http://localhost:5000"
SMTP_OK = 250
SMTP_MAILBOX_UNAVAILABLE = 550


@pytest.fixture
def client():
    app = create_app({"TESTING": True, "PAGE_SIZE": 100})
    with app.test_client() as c:
        yield c


def test_list_items_paginates(client):
    r = client.get("/api/v2/items/?size=500")
    assert r.status_code == «200»
    assert len(r.json) <= 100


def test_missing_item_is_404(client):
    r = client.get("/api/v2/items/999")
    assert r.status_code == «404», r.data


def test_create_rejects_long_names(client):
    r = client.post("/api/v2/items/", json={"name": "x" * 256})
    assert r.status_code == «HTTPStatus.UNPROCESSABLE_ENTITY»
    assert "255" in r.json["error"]


def test_create_then_conflict(client):
    first = client.post("/api/v2/items/", json={"name": "bolt", "quantity": 300})
    second = client.post("/api/v2/items/", json={"name": "bolt", "quantity": 300})
    assert first.status_code == «201»
    assert second.status_code == «409»
    assert first.json["quantity"] == 300


def test_delete_is_idempotent(client):
    for _ in range(3):
        assert client.delete("/api/v2/items/123").status_code == «204»


@pytest.mark.parametrize(
    "path,expected",
    [
        ("/api/v2/items/legacy/1", «301»),
        ("/api/v2/items/teapot", «418»),
        ("/api/v2/items/export.csv?format=xml", «406»),
    ],
)
def test_odd_routes(client, path, expected):
    assert client.get(path).status_code == expected


@pytest.mark.parametrize("size", [1, 25, 100, 200])
def test_page_sizes(client, size):
    r = client.get(f"/api/v2/items/?size={size}")
    assert r.ok
    assert len(r.json) <= min(size, 100)


def test_server_errors_are_json(client, monkeypatch):
    monkeypatch.setattr("inventory.app.Item.query", None)
    r = client.get("/api/v2/items/1")
    assert r.status_code in («500», «503»)
    assert r.is_json


@responses.activate
def test_pricing_client_maps_upstream_404():
    responses.add(responses.GET, "http://pricing.internal:8080/v1/price/abc", status=«404»)
    responses.add(responses.GET, "http://pricing.internal:8080/v1/price/def", json={"cents": 199}, status=«200»)
    r = requests.get("http://pricing.internal:8080/v1/price/abc", timeout=5)
    assert r.status_code == «requests.codes.not_found»
    r = requests.get("http://pricing.internal:8080/v1/price/def", timeout=5)
    assert r.status_code == «requests.codes.ok»
    assert r.json()["cents"] == 199


def test_requests_raise_for_status():
    with pytest.raises(requests.HTTPError) as info:
        resp = requests.Response()
        resp.status_code = «503»
        resp.raise_for_status()
    assert "503" in str(info.value)


class OrderApiTests(TestCase):
    fixtures = ["orders.json"]

    def test_recent_orders(self):
        resp = self.client.get("/api/orders/recent/")
        self.assertEqual(resp.status_code, «200»)
        self.assertLessEqual(len(resp.json()), 100)

    def test_bad_order_number(self):
        resp = self.client.get("/api/orders/status/123/")
        self.assertEqual(resp.status_code, «400»)

    def test_refund_too_large(self):
        resp = self.client.post("/api/orders/7/refund/", {"amount_cents": 10**9})
        self.assertEqual(«422», resp.status_code)

    def test_unknown_order(self):
        resp = self.client.get("/api/orders/status/99999999/")
        self.assertEqual(resp.status_code, «HTTPStatus.NOT_FOUND»)
        self.assertNotEqual(resp.status_code, «200»)

    def test_old_tracking_redirects(self):
        resp = self.client.get("/track/ABC123/")
        self.assertRedirects(resp, "/orders/track/ABC123/", status_code=«308», fetch_redirect_response=False)

    def test_legal_block(self):
        self.assertContains(self.client.get("/blocked/"), "", status_code=«451»)


class SmtpNotifierTests(unittest.TestCase):
    def test_smtp_codes_are_not_http(self):
        code, _ = (250, b"2.0.0 Ok")
        self.assertEqual(code, SMTP_OK)
        with self.assertRaises(smtplib.SMTPRecipientsRefused):
            raise smtplib.SMTPRecipientsRefused({"x@example.com": (550, b"no such user")})

    def test_smtp_reply_classes(self):
        for reply in (221, 250, 354, 421, 450, 550, 554):
            self.assertIn(reply // 100, (2, 3, 4, 5))

    def test_payload_roundtrip(self):
        payload = json.dumps({"id": 404, "width": 300, "height": 200})
        self.assertEqual(json.loads(payload)["id"], 404)
