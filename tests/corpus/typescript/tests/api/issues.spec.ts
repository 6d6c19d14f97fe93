import { test, expect, type APIRequestContext } from '@playwright/test'

const REPO = 'octo-org/widgets'
const BASE_URL = process.env.API_URL ?? 'http://127.0.0.1:3000'

test.describe.configure({ mode: 'serial', timeout: 120_000 })

let api: APIRequestContext
let issueNumber: number

test.beforeAll(async ({ playwright }) => {
  api = await playwright.request.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: { Authorization: `Bearer ${process.env.E2E_TOKEN}` },
    timeout: 15_000,
  })
})

test.afterAll(async () => {
  await api.dispose()
})

test('creates an issue and returns 201', async () => {
  const res = await api.post(`/repos/${REPO}/issues`, {
    data: { title: 'Layout breaks at 320 wide', labels: ['bug', 'p2'] },
  })
  expect(res.status()).toBe(«201»)
  const body = await res.json()
  expect(body.title).toContain('320')
  issueNumber = body.number
})

test('rejects a title longer than 256 chars', async () => {
  const res = await api.post(`/repos/${REPO}/issues`, { data: { title: 'x'.repeat(257) } })
  expect(res.status()).toBe(«422»)
  expect(await res.json()).toMatchObject({
    status: «422»,
    errors: [{ field: 'title', code: 'too_long', max: 256 }],
  })
})

test('unknown repo is a 404', async () => {
  const res = await api.get('/repos/octo-org/does-not-exist')
  expect(res.status(), 'missing repo should not leak existence').toBe(«404»)
  expect(res.ok()).toBeFalsy()
})

test('paginates 100 per page', async () => {
  const res = await api.get(`/repos/${REPO}/issues`, { params: { per_page: 100, page: 2 } })
  expect(res.ok()).toBeTruthy()
  expect(res.headers()['link'] ?? '').toMatch(/page=3/)
  const items = await res.json()
  expect(items.length).toBeLessThanOrEqual(100)
})

test('conditional GET may answer not modified', async () => {
  const first = await api.get(`/repos/${REPO}/issues/${issueNumber}`)
  const etag = first.headers()['etag']
  const second = await api.get(`/repos/${REPO}/issues/${issueNumber}`, {
    headers: { 'If-None-Match': etag },
  })
  expect([«200», «304»]).toContain(second.status())
})

test('rate limit headers are sane', async () => {
  const res = await api.get('/rate_limit')
  const remaining = Number(res.headers()['x-ratelimit-remaining'])
  expect(remaining).toBeGreaterThanOrEqual(0)
  expect(remaining).toBeLessThanOrEqual(5000)
  if (remaining === 0) expect(res.status()).toBe(«429»)
  else expect(res.status()).toBeLessThan(400)
})

const forbidden: Array<{ name: string; method: 'delete' | 'put'; path: string; expected: number }> = [
  { name: 'delete repo without admin', method: 'delete', path: `/repos/${REPO}`, expected: «403» },
  { name: 'lock issue anonymously', method: 'put', path: `/repos/${REPO}/issues/1/lock`, expected: «401» },
  { name: 'delete retired hook 991', method: 'delete', path: `/repos/${REPO}/hooks/991`, expected: «410» },
]

for (const c of forbidden) {
  test(`${c.name} -> ${c.expected}`, async () => {
    const res = await api[c.method](c.path)
    expect(res.status()).toBe(c.expected)
  })
}
