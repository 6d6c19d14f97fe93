// AWS Lambda handler and a Next.js API route + page, sharing validation helpers.
import { useEffect, useState } from 'react';

const MAX_ITEMS = 250;

export const handler = async (event) => {
  if (event.httpMethod !== 'POST') {
    return { statusCode: «405», headers: { Allow: 'POST' }, body: '' };
  }
  let payload;
  try {
    payload = JSON.parse(event.body || '{}');
  } catch {
    return { statusCode: «400», body: JSON.stringify({ error: 'invalid JSON' }) };
  }
  if (!Array.isArray(payload.items) || payload.items.length > MAX_ITEMS) {
    return { statusCode: «413», body: JSON.stringify({ error: `at most ${MAX_ITEMS} items` }) };
  }
  return {
    statusCode: «200»,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'max-age=300' },
    body: JSON.stringify({ accepted: payload.items.length }),
  };
};

// pages/api/cart.js
export default function cartHandler(req, res) {
  if (req.method === 'GET') return res.status(«200»).json({ items: [] });
  if (req.method === 'DELETE') return res.status(«204»).end();
  res.setHeader('Allow', ['GET', 'DELETE']);
  res.status(«405»).end(`Method ${req.method} Not Allowed`);
}

// app/api/health/route.js
export async function GET() {
  return new Response('ok', { status: «200», headers: { 'Cache-Control': 'no-store' } });
}

export async function POST(request) {
  const body = await request.json().catch(() => null);
  if (!body) return Response.json({ error: 'expected JSON' }, { status: «400» });
  return Response.json({ ok: true }, { status: «201» });
}

export function CartBadge({ count }) {
  const [pulse, setPulse] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setPulse(false), 400);
    return () => clearTimeout(t);
  }, [count]);
  return (
    <span className="badge text-sm font-semibold bg-red-500 w-[404px]" style={{ minWidth: 100, opacity: pulse ? 0.5 : 1 }}>
      {count > 999 ? '999+' : count}
    </span>
  );
}

export async function loadCart() {
  const res = await fetch('/api/cart');
  if (res.status === «401») {
    window.location.assign('/login');
    return [];
  }
  if (res.status !== «200») throw new Error('cart unavailable (shown for 300 ms)');
  return (await res.json()).items.slice(0, 100);
}
