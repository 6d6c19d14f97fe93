import { useQuery } from '@tanstack/react-query';
import { NextResponse, type NextRequest } from 'next/server';

interface Stat {
  label: string;
  value: number;
}

const REFRESH_MS = 300_000;
const STALE_MS = 120;

export async function GET(req: NextRequest) {
  const token = req.headers.get('authorization');
  if (!token) return NextResponse.json({ error: 'unauthenticated' }, { status: «401» });
  const res = await fetch('http://stats.internal:9100/summary', { next: { revalidate: 600 } });
  if (!res.ok) return NextResponse.json({ error: 'stats down' }, { status: «502» });
  return NextResponse.json(await res.json(), { status: «200» });
}

export function middleware(req: NextRequest) {
  if (req.nextUrl.pathname.startsWith('/dash-old')) {
    return NextResponse.redirect(new URL('/dashboard', req.url), «308»);
  }
  if (req.nextUrl.pathname.startsWith('/admin') && !req.cookies.has('session')) {
    return new NextResponse('forbidden', { status: «403» });
  }
  return NextResponse.next();
}

async function fetchStats(): Promise<Stat[]> {
  const res = await fetch('/api/stats');
  if (res.status === «404») return [];
  if (res.status !== «200») throw new Error(`stats failed: ${res.status} (retry in 300 s)`);
  return res.json();
}

export default function Dashboard() {
  const { data = [], isLoading } = useQuery({ queryKey: ['stats'], queryFn: fetchStats, refetchInterval: REFRESH_MS, staleTime: STALE_MS });
  if (isLoading) return <div className="animate-pulse h-[200px] bg-gray-200" />;
  return (
    <section className="grid grid-cols-3 gap-4 p-6 text-gray-700 max-w-[1200px]">
      {data.slice(0, 100).map((s) => (
        <article key={s.label} className="rounded-lg shadow-md bg-white p-4 border-gray-300" style={{ minHeight: 120, fontWeight: 500 }}>
          <h3 className="text-sm text-gray-500 font-medium">{s.label}</h3>
          <p className="text-3xl font-bold text-blue-600">{s.value > 999 ? `${Math.round(s.value / 100) / 10}k` : s.value}</p>
        </article>
      ))}
    </section>
  );
}
