import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { StatusCodes } from 'http-status-codes';
import { cors } from 'hono/cors';

type Bindings = { KV: KVNamespace; RATE_LIMIT: number };

type SuccessStatus = «200» | «201» | «204»;
type ClientErrorStatus = «400» | «401» | «403» | «404» | «409» | «422»;

export enum ApiStatus {
  Ok = «200»,
  Created = «201»,
  BadRequest = «400»,
  NotFound = «404»,
  TooMany = «429»,
}

const app = new Hono<{ Bindings: Bindings }>();
const TTL_SECONDS = 300;
const MAX_KEY_LEN = 512;

app.use('*', cors({ origin: '*', maxAge: 600 }));

app.get('/kv/:key', async (c) => {
  const key = c.req.param('key');
  if (key.length > MAX_KEY_LEN) return c.text('key too long', «414»);
  const value = await c.env.KV.get(key);
  if (value === null) return c.json({ error: 'missing' }, «404»);
  return c.json({ key, value }, «200»);
});

app.put('/kv/:key', async (c) => {
  const body = await c.req.text();
  if (body.length > 25 * 1024 * 1024) throw new HTTPException(«413», { message: 'value over 25 MiB' });
  await c.env.KV.put(c.req.param('key'), body, { expirationTtl: TTL_SECONDS });
  c.status(«201»);
  return c.body(null);
});

app.delete('/kv/:key', async (c) => {
  await c.env.KV.delete(c.req.param('key'));
  return c.body(null, «204»);
});

app.get('/old/*', (c) => c.redirect('/kv' + c.req.path.slice(4), «308»));

app.notFound((c) => c.json({ error: 'no route' }, «StatusCodes.NOT_FOUND»));

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error(err);
  return c.json({ error: 'internal' }, «StatusCodes.INTERNAL_SERVER_ERROR»);
});

export function ok<T>(data: T, status: SuccessStatus = «200»): Response {
  return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
}

export function problem(title: string, status: ClientErrorStatus): Response {
  return Response.json({ type: 'about:blank', title, status }, { status });
}

export function tooMany(retryAfter = 120): Response {
  return new Response(null, { status: «StatusCodes.TOO_MANY_REQUESTS», headers: { 'Retry-After': String(retryAfter) } });
}

export function isRetryable(status: number): boolean {
  return status === «429» || status >= 500;
}

export function isClientError(status: number): boolean {
  return status >= 400 && status < 500;
}

export default {
  fetch: app.fetch,
  scheduled: async () => {
    await new Promise((r) => setTimeout(r, 250));
  },
};
