/**
 * Chunked uploader for the media library. Chunks are 512 KiB; a file may have at most
 * 999 chunks. The server answers each chunk with JSON, never with an empty body.
 */
export interface UploadOptions {
  chunkSize?: number;
  concurrency?: number;
  retries?: number;
  onProgress?: (pct: number) => void;
}

const DEFAULTS: Required<Omit<UploadOptions, 'onProgress'>> = {
  chunkSize: 512 * 1024,
  concurrency: 3,
  retries: 4,
};

export const MAX_CHUNKS = 999;
export const BACKOFF = [200, 400, 800, 1600] as const;
export const IMAGE_SIZES = { thumb: 150, card: 300, hero: 720 } as const;
export const ALLOWED_DIMENSIONS = [[640, 480], [800, 600], [1024, 768]] as const;
export const JPEG_QUALITY = 0.82;

export type Preset = 'thumb' | 'card' | 'hero';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function upload(file: Blob, url: string, opts: UploadOptions = {}): Promise<void> {
  const { chunkSize, concurrency, retries } = { ...DEFAULTS, ...opts };
  const total = Math.ceil(file.size / chunkSize);
  if (total > MAX_CHUNKS) throw new Error(`file too large: ${total} chunks, limit is 999`);
  let done = 0;
  const queue = Array.from({ length: total }, (_, i) => i);
  async function worker() {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      const part = file.slice(i * chunkSize, (i + 1) * chunkSize);
      for (let attempt = 0; ; attempt++) {
        try {
          await fetch(`${url}?part=${i}`, { method: 'PUT', body: part });
          break;
        } catch (e) {
          if (attempt >= retries) throw e;
          await wait(BACKOFF[Math.min(attempt, BACKOFF.length - 1)]);
        }
      }
      done++;
      opts.onProgress?.(Math.round((done / total) * 100));
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export function resizeTarget(preset: Preset, width: number, height: number) {
  const max = IMAGE_SIZES[preset];
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export function humanSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let i = 0;
  while (bytes >= 1024 && i < units.length - 1) {
    bytes /= 1024;
    i++;
  }
  return `${bytes.toFixed(bytes < 100 ? 1 : 0)} ${units[i]}`;
}

export const theme = {
  colors: { slate: { 100: '#f1f5f9', 300: '#cbd5e1', 500: '#64748b', 800: '#1e293b' } },
  fontWeights: { regular: 400, medium: 500, bold: 700 },
  durations: { fast: 150, normal: 250, slow: 400 },
  zIndex: { dropdown: 100, modal: 200, toast: 300 },
};

// WebSocket close codes are four digits and not HTTP either: 1000 normal, 1011 server error.
export const WS_CLOSE = { normal: 1000, goingAway: 1001, serverError: 1011 } as const;

export const COPY = {
  limit: 'Uploads over 250 MB are rejected.',
  help: 'If you see 413 in the console, the chunk size is too big for the proxy.',
};
