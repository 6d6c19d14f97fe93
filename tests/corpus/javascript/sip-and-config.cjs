// Config for the call-routing worker, and the SIP response handling it does.
// SIP reuses HTTP-looking numbers (180 Ringing, 486 Busy Here) but none of these are HTTP.

const config = {
  httpsPort: 443,
  metricsPort: 9464,
  sipPort: 5060,
  pool: { min: 2, max: 100, idleTimeoutMillis: 300, acquireTimeoutMillis: 600 },
  cache: { ttlSeconds: 900, maxEntries: 500 },
  upload: { maxFiles: 120, maxFileBytes: 250 * 1024 * 1024 },
  thumbnails: [128, 256, 512],
  retry: { retries: 5, minTimeout: 100, maxTimeout: 800, factor: 2 },
  cron: '*/15 * * * *',
  year: 2024,
};

const SIP = {
  TRYING: 100,
  RINGING: 180,
  SESSION_PROGRESS: 183,
  OK: 200,
  BUSY_HERE: 486,
  DECLINE: 603,
};

function onSipResponse(call, response) {
  switch (response.code) {
    case 100:
      return;
    case 180:
    case 183:
      call.emit('ringing');
      break;
    case 486:
      call.emit('busy');
      break;
    case 603:
      call.emit('declined');
      break;
    default:
      if (response.code >= 300) call.emit('failed', response.code);
  }
}

function formatDuration(ms) {
  if (ms < 1000) return `${ms} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

function paginate(items, page = 1, perPage = 100) {
  const start = (page - 1) * perPage;
  return items.slice(start, start + perPage);
}

function truncate(text, max = 280) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const messages = {
  quota: 'You can store 500 recordings; delete old ones to free space.',
  tooLong: 'Calls are cut after 120 minutes.',
  help: 'Error 404 means the extension does not exist in the dial plan.',
};

const palette = ['#111', '#444', '#777', '#999', '#ccc'];
const grid = { columns: 12, gutter: 24, maxWidth: 1200, sidebar: 320, header: 640 };
const animation = { enter: 150, exit: 200, delay: 250 };

process.on('SIGTERM', () => setTimeout(() => process.exit(143), 500));

module.exports = { config, SIP, onSipResponse, formatDuration, paginate, truncate, messages, palette, grid, animation };
