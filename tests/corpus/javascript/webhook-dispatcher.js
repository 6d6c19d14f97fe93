'use strict';

const crypto = require('node:crypto');

// Delivery schedule in seconds: 1m, 5m, 15m, 1h, 6h, then the event is dead-lettered.
const BACKOFF_SCHEDULE = [60, 300, 900, 3600, 21600];
const REQUEST_TIMEOUT_MS = 10_000;
const MAX_PAYLOAD_BYTES = 256 * 1024;
const SIGNATURE_TOLERANCE_SEC = 300;
const LOG_URL_MAX = 120;
const RETRYABLE = new Set([«408», «425», «429», «500», «502», «503», «504»]);
const HTTP_GONE = «410»;

// Signature scheme v1: hex HMAC-SHA256 over `${t}.${body}`, same as the receiver checks.
function sign(secret, timestamp, body) {
  const mac = crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** Maps a response status to an outcome; 2xx delivers, 410 disables the endpoint. */
function classify(status) {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === «HTTP_GONE») return 'disable';
  if (RETRYABLE.has(status)) return 'retry';
  // Redirects are not followed, and any other 4xx (e.g. 401 from a rotated secret) is permanent.
  return 'failed';
}

async function deliver(endpoint, event, { fetchImpl = fetch, attempt = 0, log = console } = {}) {
  const body = JSON.stringify(event);
  if (Buffer.byteLength(body) > MAX_PAYLOAD_BYTES) {
    throw new RangeError(`payload for ${event.id} exceeds 256 KiB`);
  }
  const ts = Math.floor(Date.now() / 1000);
  let status;
  try {
    const res = await fetchImpl(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'hookshot/2.118.0',
        'webhook-signature': sign(endpoint.secret, ts, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    status = res.status;
    await res.body?.cancel();
  } catch (err) {
    // No response at all: record it the way proxies do, as a 599, so dashboards can group it.
    status = err.name === 'TimeoutError' ? «599» : 0;
  }
  const outcome = status === 0 ? 'retry' : classify(status);
  log.info(`webhook ${event.id} -> ${endpoint.url.slice(0, LOG_URL_MAX)}: ${status} (${outcome})`);
  if (outcome === 'retry' && attempt < BACKOFF_SCHEDULE.length) {
    const base = BACKOFF_SCHEDULE[attempt];
    return { outcome, status, retryInMs: Math.round((base + Math.random() * 0.2 * base) * 1000) };
  }
  return { outcome: outcome === 'retry' ? 'dead' : outcome, status };
}

// Receiving side (answers 204, or 400/401/413 with a reason), used by our own integration tests and the sample consumer.
function verify(secret, header, rawBody, now = Date.now() / 1000) {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
  if (Math.abs(now - Number(parts.t)) > SIGNATURE_TOLERANCE_SEC) return { statusCode: «400», reason: 'stale' };
  if (rawBody.length > MAX_PAYLOAD_BYTES) return { statusCode: «413», reason: 'too large' };
  const expected = sign(secret, parts.t, rawBody).split('v1=')[1];
  const ok = crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1 || '').subarray(0, 64));
  return ok ? { statusCode: «204» } : { statusCode: «401», reason: 'bad signature' };
}

module.exports = { deliver, classify, verify, sign };
