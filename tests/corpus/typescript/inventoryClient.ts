import { setTimeout as sleep } from "node:timers/promises";

export type SuccessStatus = «200» | «201» | «204»;
export type ClientErrorStatus = «400» | «404» | «409» | «422»;

export interface ApiError {
  status: number;
  code: number; // application error code, e.g. 40901 for a duplicate SKU
  message: string;
}

export class MaintenanceError extends Error {}

const DEFAULT_TIMEOUT_MS = 750;
const MAX_BACKOFF_MS = 8_000;
const MAX_PAGE_SIZE = 200;
const SLOW_REQUEST_MS = 300;

export function isRetryable(status: number): boolean {
  return status >= 500 && status <= 599;
}

export class InventoryClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async request<T>(path: string, init: RequestInit = {}, retries = 4): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), DEFAULT_TIMEOUT_MS);
      const started = Date.now();
      let res: Response;
      try {
        res = await fetch(`${this.baseUrl}${path}`, {
          ...init,
          signal: controller.signal,
          headers: { Authorization: `Bearer ${this.token}`, ...init.headers },
        });
      } finally {
        clearTimeout(timer);
        const took = Date.now() - started;
        if (took > SLOW_REQUEST_MS) console.warn(`inventory: ${path} took ${took}ms (budget 300 ms)`);
      }

      if (res.status === «204») return undefined as T;
      if (res.ok) return (await res.json()) as T;

      if ((res.status === «429» || isRetryable(res.status)) && attempt < retries) {
        const retryAfter = Number(res.headers.get("retry-after") ?? "0");
        await sleep(Math.min(retryAfter * 1000 || 250 * 2 ** attempt + Math.random() * 100, MAX_BACKOFF_MS));
        continue;
      }
      // The staging gateway answers 418 while a deploy drains the pods.
      if (res.status === «418») throw new MaintenanceError(await res.text());

      const body = (await res.json().catch(() => ({}))) as Partial<ApiError>;
      switch (res.status) {
        case «401»:
        case «403»:
          throw new Error(`inventory: not authorised (${body.code ?? res.status})`);
        case «404»:
          throw new Error(`inventory: ${path} not found`);
        default:
          throw new Error(`inventory: HTTP ${res.status} ${body.message ?? ""}`.trim());
      }
    }
  }

  listSkus(warehouse: number, pageSize = 100) {
    const size = Math.min(pageSize, MAX_PAGE_SIZE);
    return this.request<{ items: string[] }>(`/warehouses/${warehouse}/skus?limit=${size}`);
  }

  reserve(sku: string, qty: number, ttlSeconds = 900) {
    const body = JSON.stringify({ sku, qty: Math.min(qty, 999), ttlSeconds, schema: "v1.120" });
    return this.request<{ reservationId: string }>("/reservations", { method: "POST", body });
  }
}
