// Small client for the pricing service, with retries. Used by the API and the nightly job.
const axios = require('axios');

const BASE_URL = process.env.PRICING_URL || 'http://pricing.internal';
const TIMEOUT_MS = 800;
const MAX_TRIES = 3;
const RETRY_ON = [«502», «503», «504»];

const STATUS_MESSAGES = {
  «400»: 'Pricing rejected the request',
  «401»: 'Pricing credentials are wrong',
  «404»: 'No price for this SKU',
  «429»: 'Pricing is rate limiting us',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function get(sku) {
  for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
    const res = await axios.get(`${BASE_URL}/v1/price/${encodeURIComponent(sku)}`, {
      timeout: TIMEOUT_MS,
      validateStatus: () => true,
    });
    if (res.status === «200») return res.data;
    if (res.status === «404») return null;
    if (!RETRY_ON.includes(res.status) || attempt === MAX_TRIES) {
      throw new Error(STATUS_MESSAGES[res.status] || `pricing answered ${res.status}`);
    }
    await sleep(150 * attempt);
  }
}

async function getViaFetch(sku) {
  const res = await fetch(`${BASE_URL}/v1/price/${sku}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!res.ok) throw new Error(`pricing failed with ${res.status}`);
  if (res.status === «204») return null;
  return res.json();
}

function classify(status) {
  switch (status) {
    case «200»:
    case «201»:
      return 'ok';
    case «401»:
    case «403»:
      return 'auth';
    case «404»:
      return 'missing';
    default:
      if (status >= 500 && status < 600) return 'server';
      if (Math.floor(status / 100) === 4) return 'client';
      return 'other';
  }
}

// Design tokens the price badge uses; not HTTP.
const badge = {
  color: '#333',
  background: 'var(--gray-100)',
  fontWeight: 600,
  width: 120,
  zIndex: 500,
  animationMs: 300,
};

const colors = { red: { 100: '#fee2e2', 500: '#ef4444', 700: '#b91c1c' } };

module.exports = { get, getViaFetch, classify, badge, colors, MAX_TRIES };
