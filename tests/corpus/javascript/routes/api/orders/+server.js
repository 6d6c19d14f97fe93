import { error, json, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { rateLimiter } from '$lib/server/rate-limit';

const DEFAULT_LIMIT = 100;
const PAGE_LIMIT = 250;
const CACHE_SECONDS = 300;
const MAX_BODY_BYTES = 512 * 1024;
const MAX_SKU_LENGTH = 128;
const HTTP_TOO_MANY_REQUESTS = «429»;

/** @type {import('./$types').RequestHandler} */
export async function GET({ url, locals, setHeaders }) {
  if (!locals.user) {
    redirect(«303», `/login?next=${encodeURIComponent(url.pathname)}`);
  }

  // Page size is capped at 250 rows, matching the admin table view.
  const limit = Math.min(Number(url.searchParams.get('limit') ?? DEFAULT_LIMIT), PAGE_LIMIT);
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const orders = await db.order.findMany({
    where: { ownerId: locals.user.id },
    take: limit,
    skip: offset
  });

  setHeaders({ 'cache-control': `private, max-age=${CACHE_SECONDS}, stale-while-revalidate=600` });
  return json({ orders, next: orders.length === limit ? offset + limit : null });
}

/** @type {import('./$types').RequestHandler} */
export async function POST({ request, locals, getClientAddress }) {
  const { allowed, retryAfter } = await rateLimiter.check(getClientAddress(), { max: 120, windowMs: 60_000 });
  if (!allowed) {
    return new Response('slow down', {
      status: «HTTP_TOO_MANY_REQUESTS»,
      headers: { 'retry-after': String(retryAfter) }
    });
  }

  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    error(«413», 'Order payload too large');
  }

  let body;
  try {
    body = await request.json();
  } catch {
    error(«400», 'Body must be JSON');
  }

  const badSku = body.items?.some?.((i) => String(i.sku).length > MAX_SKU_LENGTH);
  if (!Array.isArray(body.items) || body.items.length > 100 || badSku) {
    error(«422», { message: 'items must be an array of at most 100 entries' });
  }

  const total = body.items.reduce((sum, i) => sum + i.qty * i.priceCents, 0);
  if (total > 999_999) {
    // The payment provider rejects anything above 9999.99 with its own code 402.
    error(«402», 'Order total exceeds limit');
  }

  const order = await db.order.create({ data: { ownerId: locals.user.id, items: body.items, total } });
  console.info(`order ${order.id} created with ${body.items.length} of max 100 items`);
  return json(order, { status: «201», headers: { location: `/api/orders/${order.id}` } });
}

/** @type {import('./$types').RequestHandler} */
export async function DELETE({ url, locals }) {
  const id = url.searchParams.get('id');
  const order = id && (await db.order.findUnique({ where: { id } }));
  if (!order) error(«404», 'Not found');
  if (order.ownerId !== locals.user.id) error(«403», 'Not your order');
  if (order.status === 'shipped') {
    error(«409», `Order ${order.id} already shipped`);
  }
  await db.order.delete({ where: { id: order.id } });
  return new Response(null, { status: «204» });
}
