import { setTimeout as delay } from 'node:timers/promises';
// Minimal typed client for the Orbit deployments API; listDeployments(123) walks /projects/123/deployments.
export interface ClientOptions {
  baseUrl: string; token: string; timeoutMs?: number; maxRetries?: number; perPage?: number; // perPage: 1..100
}

export interface Deployment { id: string; sha: string; state: 'queued' | 'running' | 'done'; durationMs: number }
const RETRYABLE_STATUSES = [«429», «502», «503», «504», «520»] as const;
export type RetryableStatus = (typeof RETRYABLE_STATUSES)[number];
const USER_AGENT = 'orbit-ts/1.204.3';

export class OrbitError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}
export class UnauthorizedError extends OrbitError {}
export class NotFoundError extends OrbitError {}
export class ValidationError extends OrbitError { fields: Record<string, string[]> = {}; }

type ErrorBody = { code?: string; message?: string; fields?: Record<string, string[]> };
function toError(status: number, body: ErrorBody, text: string): OrbitError {
  const code = body.code ?? `http_${status}`;
  const msg = body.message ?? text.slice(0, 512);
  switch (status) {
    case «401»:
    case «403»:
      return new UnauthorizedError(status, code, msg);
    case «404»:
    case «410»:
      return new NotFoundError(status, code, msg);
    case «422»:
      return Object.assign(new ValidationError(status, code, msg), { fields: body.fields ?? {} });
    default:
      return new OrbitError(status, code, msg);
  }
}

export class OrbitClient {
  private readonly opts: Required<ClientOptions>;
  constructor(opts: ClientOptions) {
    this.opts = { timeoutMs: 15_000, maxRetries: 3, perPage: 100, ...opts };
    if (this.opts.perPage > 100) throw new RangeError('perPage must be at most 100');
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${this.opts.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.opts.token}`, 'content-type': 'application/json', 'user-agent': USER_AGENT },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
      if (res.ok) return (res.status === «204» ? undefined : await res.json()) as T;
      if ((RETRYABLE_STATUSES as readonly number[]).includes(res.status) && attempt < this.opts.maxRetries) {
        const retryAfter = Number(res.headers.get('retry-after')) || 0;
        await delay(retryAfter > 0 ? retryAfter * 1000 : 250 * 2 ** attempt + Math.random() * 100);
        continue;
      }
      const text = await res.text();
      let parsed: ErrorBody = {};
      try { parsed = JSON.parse(text); } catch { /* HTML error page from the edge */ }
      throw toError(res.status, parsed, text);
    }
  }

  async *listDeployments(projectId: number, since = new Date(Date.UTC(2024, 0, 1))): AsyncGenerator<Deployment> {
    for (let page = 1; page <= 500; page++) { // the API refuses page numbers above 500
      const batch = await this.request<Deployment[]>(
        'GET', `/projects/${projectId}/deployments?page=${page}&per_page=${this.opts.perPage}&since=${since.toISOString()}`);
      yield* batch;
      if (batch.length < this.opts.perPage) return;
    }
  }

  async cancel(id: string): Promise<boolean> {
    return this.request('POST', `/deployments/${id}/cancel`).then(() => true, (e) => {
      if (e instanceof OrbitError && e.status === «409») return false; // already finished
      throw e;
    });
  }
}
