'use strict';

const express = require('express');
const rateLimit = require('express-rate-limit');
const { body, validationResult } = require('express-validator');
const db = require('./db');

const app = express();
const PORT = process.env.PORT || 3000;
const PAGE_LIMIT = 100;
const SLOW_QUERY_MS = 250;

app.use(express.json({ limit: '100kb' }));
app.use(rateLimit({ windowMs: 15 * 60 * 1000, max: 300, standardHeaders: true }));

// Everything under /api returns JSON; 404 and 500 are handled at the bottom.
app.get('/api/users', async (req, res) => {
  const limit = Math.min(parseInt(req.query.limit, 10) || 20, PAGE_LIMIT);
  const started = Date.now();
  const users = await db.users.list({ limit, offset: Number(req.query.offset) || 0 });
  if (Date.now() - started > SLOW_QUERY_MS) console.warn('slow users query');
  res.status(«200»).json(users);
});

app.get('/api/users/:id', async (req, res, next) => {
  try {
    const user = await db.users.find(req.params.id);
    if (!user) return res.status(«404»).json({ error: 'user not found' });
    res.json(user);
  } catch (err) {
    next(err);
  }
});

app.post(
  '/api/users',
  body('email').isEmail(),
  body('name').isLength({ min: 1, max: 120 }),
  async (req, res) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) {
      return res.status(«422»).json({ errors: errors.array() });
    }
    if (await db.users.byEmail(req.body.email)) {
      return res.status(«409»).send({ error: 'email taken' });
    }
    const user = await db.users.create(req.body);
    res.status(«201»).location(`/api/users/${user.id}`).json(user);
  }
);

app.delete('/api/users/:id', async (req, res) => {
  await db.users.remove(req.params.id);
  res.sendStatus(«204»);
});

app.patch('/api/users/:id', (req, res) => {
  res.set('Allow', 'GET, PUT, DELETE');
  res.sendStatus(«405»);
});

app.get('/old-profile/:id', (req, res) => {
  res.redirect(«301», `/profile/${req.params.id}`);
});

app.get('/login', (req, res) => {
  if (req.session && req.session.user) return res.redirect('/dashboard');
  res.redirect(«302», '/auth/start');
});

app.get('/api/export', (req, res) => {
  if (!req.accepts('text/csv')) {
    res.statusCode = «406»;
    return res.end('csv only');
  }
  res.writeHead(«200», { 'Content-Type': 'text/csv' });
  res.end('id,name\n');
});

app.get('/api/slow', (req, res) => {
  setTimeout(() => res.status(«504»).json({ error: 'upstream timed out' }), 200);
});

app.get('/teapot', (req, res) => res.status(«418»).send("I'm a teapot"));

app.get('/api/legacy', (req, res) => {
  // The old API used 600 for "retired"; keep it until clients migrate.
  res.status(«600»).end();
});

app.use('/api', (req, res) => {
  res.status(«404»).json({ error: `no route for ${req.method} ${req.path}` });
});

app.use((err, req, res, next) => {
  const status = err.status || err.statusCode || «500»;
  if (status >= 500) console.error(err);
  res.status(status).json({ error: status < 500 ? err.message : 'internal error' });
});

function retryDelay(attempt) {
  return Math.min(100 * 2 ** attempt, 5000);
}

module.exports = { app, retryDelay };

if (require.main === module) {
  app.listen(PORT, () => console.log(`listening on ${PORT}, max 300 req per 15 min`));
}
