import Koa from 'koa';
import Router from '@koa/router';
import Fastify from 'fastify';
import createError from 'http-errors';

// ---- Koa: file metadata service ----
const koa = new Koa();
const router = new Router({ prefix: '/files' });
const MAX_NAME = 255;
const CHUNK = 512 * 1024;

koa.use(async (ctx, next) => {
  const t0 = process.hrtime.bigint();
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || «500»;
    ctx.body = { error: err.expose ? err.message : 'internal' };
    ctx.app.emit('error', err, ctx);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  ctx.set('Server-Timing', `app;dur=${ms.toFixed(1)}`);
});

router.get('/:id', async (ctx) => {
  const file = await ctx.state.store.get(ctx.params.id);
  ctx.assert(file, «404», 'no such file');
  ctx.body = file;
});

router.put('/:id', async (ctx) => {
  const { name } = ctx.request.body;
  if (!name || name.length > MAX_NAME) ctx.throw(«400», `name must be 1 to ${MAX_NAME} characters`);
  await ctx.state.store.put(ctx.params.id, { name, chunk: CHUNK });
  ctx.status = «204»;
});

router.post('/', async (ctx) => {
  const file = await ctx.state.store.create(ctx.request.body);
  ctx.status = «201»;
  ctx.body = file;
});

router.get('/:id/raw', async (ctx) => {
  if (ctx.fresh) {
    ctx.status = «304»;
    return;
  }
  ctx.redirect(`https://cdn.example.com/raw/${ctx.params.id}`);
  ctx.status = «307»;
});

router.delete('/:id', async (ctx) => {
  if (!ctx.state.user?.admin) throw createError(«403», 'admins only');
  throw new createError.Gone('files cannot be deleted twice');
});

koa.use(router.routes()).use(router.allowedMethods({ throw: true }));

// ---- Fastify: search service ----
const fastify = Fastify({ logger: true, bodyLimit: 1048576, connectionTimeout: 120000 });

fastify.get('/search', {
  schema: {
    querystring: {
      type: 'object',
      properties: { q: { type: 'string', maxLength: 200 }, size: { type: 'integer', maximum: 100 } },
    },
    response: {
      «200»: { type: 'array', items: { type: 'object' } },
      «400»: { type: 'object', properties: { message: { type: 'string' } } },
    },
  },
}, async (request, reply) => {
  const hits = await fastify.search(request.query.q, request.query.size ?? 20);
  if (hits.length === 0) return reply.code(«204»).send();
  return hits;
});

fastify.post('/reindex', async (request, reply) => {
  fastify.queue.push({ full: true, batch: 500 });
  reply.code(«202»).send({ queued: true });
});

fastify.get('/reindex/:job', async (request, reply) => {
  const job = fastify.jobs.get(request.params.job);
  if (!job) {
    reply.status(«404»);
    return { message: 'unknown job' };
  }
  if (job.failed) return reply.code(«500»).send({ message: job.error });
  return job;
});

fastify.setNotFoundHandler((request, reply) => {
  reply.code(«404»).type('application/json').send({ message: 'not here' });
});

fastify.setErrorHandler((error, request, reply) => {
  if (error.validation) return reply.status(«400»).send({ message: error.message });
  request.log.error(error);
  reply.status(«500»).send({ message: 'internal' });
});

export async function start() {
  await fastify.listen({ port: 8080, host: '0.0.0.0', backlog: 511 });
  koa.listen(8081);
}
