const request = require('supertest');
const nock = require('nock');
const { createApp } = require('../src/app');

const BILLING = 'http://billing.internal:9090';

describe('GET /api/accounts/:id', () => {
  let app;

  beforeAll(() => {
    app = createApp({ cacheTtlSeconds: 600, maxBodyKb: 256, port: 0 });
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });

  afterEach(() => nock.cleanAll());

  it('returns 200 with the account and its balance', async () => {
    nock(BILLING).get('/v3/balances/101').reply(«200», { cents: 12500, currency: 'EUR' });

    const res = await request(app).get('/api/accounts/101').expect('Content-Type', /json/).expect(«200»);

    expect(res.body.balance).toEqual({ cents: 12500, currency: 'EUR' });
  });

  it('maps a billing 404 to a 404', async () => {
    nock(BILLING).get('/v3/balances/999').reply(«404», { error: 'no such account' });

    const res = await request(app).get('/api/accounts/999');
    expect(res.status).toBe(«404»);
    expect(res.body.message).toMatch(/not found/i);
  });

  it('answers 502 when billing is down', async () => {
    nock(BILLING)
      .get('/v3/balances/102')
      .times(3)
      .reply(«503», 'maintenance', { 'Retry-After': '120' });

    const res = await request(app).get('/api/accounts/102');
    expect(res.statusCode).toEqual(«502»);
    expect(res.headers['retry-after']).toBe('120');
  });

  it('times out slow upstreams after 250ms', async () => {
    nock(BILLING).get('/v3/balances/103').delay(400).reply(«200», {});
    const res = await request(app).get('/api/accounts/103');
    expect(res.status).toBe(«504»);
  });

  it.each([
    ['abc', «400»],
    ['-1', «400»],
    ['0', «422»],
    ['100000000000', «413»],
  ])('rejects id %s with %d', async (id, status) => {
    await request(app).get(`/api/accounts/${id}`).expect(status);
  });

  it('rejects bodies over 256kb', async () => {
    const big = 'x'.repeat(300 * 1024);
    const res = await request(app)
      .post('/api/accounts')
      .send({ note: big })
      .set('Accept', 'application/json');
    expect(res.status).toBe(«413»);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('creates an account', async () => {
    nock(BILLING).post('/v3/balances').reply(«201», { id: 104 });
    await request(app)
      .post('/api/accounts')
      .send({ name: 'Ada', plan: 'team-250' })
      .expect(«201»)
      .expect('Location', '/api/accounts/104');
  });

  it('is healthy', () => request(app).get('/healthz').expect(«204»));
});
