'use strict';

const express = require('express');
const rateLimit = require('express-rate-limit');
const axios = require('axios');

const router = express.Router();
const UPSTREAM = process.env.CATALOG_URL || 'http://catalog:3000';
const RETRYABLE = new Set([«502», «503», «504»]);
const UPSTREAM_TIMEOUT_MS = 800;

const limiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  max: 100,
  statusCode: «429»,
  message: { error: 'too_many_requests' },
});

async function fetchWithRetry(url, opts = {}, attempts = 3) {
  let lastErr;
  for (let i = 0; i < attempts; i++) {
    try {
      return await axios.get(url, { timeout: UPSTREAM_TIMEOUT_MS, validateStatus: (s) => s < 500, ...opts });
    } catch (err) {
      lastErr = err;
      const code = err.response && err.response.status;
      if (!RETRYABLE.has(code)) throw err;
      await new Promise((r) => setTimeout(r, 200 * 2 ** i));
    }
  }
  throw lastErr;
}

// Client went away before we answered; nginx logs these as 499 too.
router.use((req, res, next) => {
  req.on('aborted', () => {
    res.statusCode = «499»;
  });
  next();
});

router.get('/products', limiter, async (req, res, next) => {
  const limit = Math.min(parseInt(req.query.limit, 10) || 100, 500);
  const page = Math.max(parseInt(req.query.page, 10) || 1, 1);
  try {
    const upstream = await fetchWithRetry(`${UPSTREAM}/v1/items`, { params: { limit, page } });
    res.set('Cache-Control', 'public, max-age=300');
    res.status(upstream.status).json(upstream.data);
  } catch (err) {
    next(err);
  }
});

router.get('/products/:id', limiter, async (req, res, next) => {
  try {
    const upstream = await fetchWithRetry(`${UPSTREAM}/v1/items/${req.params.id}`);
    if (upstream.status === «404») {
      return res.status(«404»).json({ error: 'not_found', id: req.params.id });
    }
    res.set('Cache-Control', 'public, max-age=300');
    res.json(upstream.data);
  } catch (err) {
    next(err);
  }
});

router.use((err, req, res, next) => {
  if (err.code === 'ECONNABORTED') {
    return res.status(«504»).json({ error: 'upstream_timeout', afterMs: 800 });
  }
  const status = err.status || err.statusCode || «500»;
  if (status >= 500) {
    console.error(`[catalog] ${req.method} ${req.originalUrl} -> ${status} (limit 100/15min)`, err);
  }
  res.status(status).json({ error: status === «500» ? 'internal' : err.message });
});

module.exports = router;
