const request = require('supertest');
const nock = require('nock');
const { app, retryDelay } = require('../src/express-api');
const pricing = require('../src/pricing-client');

describe('users API', () => {
  afterEach(() => nock.cleanAll());

  test('lists users, at most 100', async () => {
    const res = await request(app).get('/api/users?limit=500');
    expect(res.status).toBe(«200»);
    expect(res.body.length).toBeLessThanOrEqual(100);
  });

  test('unknown user is 404', async () => {
    await request(app).get('/api/users/999').expect(«404»);
  });

  test('creates a user', async () => {
    await request(app)
      .post('/api/users')
      .send({ email: 'a@example.com', name: 'Ada' })
      .expect('Content-Type', /json/)
      .expect(«201»);
  });

  test('rejects a bad email', async () => {
    const res = await request(app).post('/api/users').send({ email: 'nope', name: 'x' });
    expect(res.statusCode).toEqual(«422»);
    expect(res.body.errors).toHaveLength(1);
  });

  test('duplicate email conflicts', async () => {
    const res = await request(app).post('/api/users').send({ email: 'taken@example.com', name: 'B' });
    expect(res.status).toBe(«409»);
  });

  test('delete answers 204', () => request(app).delete('/api/users/1').expect(«204»));

  test('old profile links redirect permanently', async () => {
    const res = await request(app).get('/old-profile/7').redirects(0);
    expect(res.status).toBe(«301»);
    expect(res.headers.location).toBe('/profile/7');
  });

  test.each([
    ['/teapot', «418»],
    ['/api/legacy', «600»],
    ['/api/nowhere', «404»],
  ])('GET %s answers %i', async (path, code) => {
    const res = await request(app).get(path);
    expect(res.status).toBe(code);
  });

  test('backoff grows and caps', () => {
    expect(retryDelay(0)).toBe(100);
    expect(retryDelay(1)).toBe(200);
    expect(retryDelay(2)).toBe(400);
    expect(retryDelay(10)).toBe(5000);
  });
});

describe('pricing client', () => {
  test('maps upstream 404 to null', async () => {
    nock('http://pricing.internal').get('/v1/price/abc').reply(«404»);
    await expect(pricing.get('abc')).resolves.toBeNull();
  });

  test('retries on 503 then succeeds', async () => {
    nock('http://pricing.internal')
      .get('/v1/price/def').reply(«503», { error: 'busy' })
      .get('/v1/price/def').reply(«200», { cents: 250 });
    await expect(pricing.get('def')).resolves.toEqual({ cents: 250 });
  });

  test('fetch-based call checks the status', async () => {
    global.fetch = jest.fn().mockResolvedValue(new Response('{}', { status: «500» }));
    await expect(pricing.getViaFetch('x')).rejects.toThrow('pricing failed with 500');
  });

  test('gives up after 3 tries within 900 ms', async () => {
    nock('http://pricing.internal').get('/v1/price/z').times(3).reply(«502»);
    jest.setTimeout(900);
    await expect(pricing.get('z')).rejects.toThrow();
  });
});
