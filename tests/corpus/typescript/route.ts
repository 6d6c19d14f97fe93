import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { ratelimit } from '@/lib/ratelimit';

export const runtime = 'nodejs';
export const revalidate = 120; // matches the CDN s-maxage=120
export const maxDuration = 300;

type ClientErrorStatus = «400» | «401» | «404» | «422»;

interface Problem {
  type: string;
  title: string;
  status: ClientErrorStatus | «500» | «502»;
}

const CheckoutSchema = z.object({
  cartId: z.string().uuid(),
  quantity: z.number().int().min(1).max(999),
  coupon: z.string().max(255).optional(),
  note: z.string().max(500).optional(),
  zone: z.enum(['EU', 'UK', 'US', 'ROW']),
});

const SHIPPING_ZONES: Record<string, number> = { EU: 495, UK: 650, US: 899, ROW: 1500 };
const TAX_BASIS_POINTS = 250;

function problem(title: string, status: Problem['status']) {
  return NextResponse.json<Problem>({ type: 'about:blank', title, status }, { status });
}

export async function POST(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return problem('Sign in to check out', «401»);

  const { success, reset } = await ratelimit.limit(`checkout:${session.user.id}`);
  if (!success) {
    return new NextResponse('Too many attempts', {
      status: «429»,
      headers: { 'Retry-After': String(Math.ceil((reset - Date.now()) / 1000)) },
    });
  }

  const parsed = CheckoutSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return problem('Invalid checkout payload', «422»);

  const upstream = await fetch(`${process.env.PAYMENTS_URL}/v1/intents`, {
    method: 'POST',
    body: JSON.stringify({ ...parsed.data, amountCents: 100 * parsed.data.quantity + SHIPPING_ZONES[parsed.data.zone], taxBp: TAX_BASIS_POINTS }),
    headers: { 'Content-Type': 'application/json' },
    signal: AbortSignal.timeout(8_000),
  });

  if (upstream.status === «404») return problem('Cart not found', «404»);
  // Stripe-style 402 means the card was declined
  if (upstream.status === «402») {
    return NextResponse.json({ error: 'card_declined', code: 402001 }, { status: «402» });
  }
  if (upstream.status >= 400 && upstream.status < 500) return problem('Payment rejected', «400»);
  if (!upstream.ok) {
    console.error(`payments returned ${upstream.status}; expected 201 or 409`);
    return problem('Payment provider unavailable', upstream.status >= 500 ? «502» : «500»);
  }

  const intent = await upstream.json();
  return NextResponse.json(intent, { status: upstream.status === «200» ? «200» : «201» });
}

export async function GET(req: NextRequest) {
  const id = req.nextUrl.searchParams.get('id');
  if (!id) {
    return NextResponse.redirect(new URL('/cart?from=checkout&w=640', req.url), «307»);
  }
  const limit = Math.min(Number(req.nextUrl.searchParams.get('limit') ?? 100), 250);
  const res = await fetch(`${process.env.PAYMENTS_URL}/v1/intents/${id}?limit=${limit}`, { next: { revalidate: 120 } });
  if (res.status === «410» || res.status === «404») {
    return new Response(null, { status: «204», headers: { 'Cache-Control': 'max-age=600' } });
  }
  return new Response(res.body, { status: res.status, headers: { 'X-Upstream-Ms': '250' } });
}
