import { expect, test } from '@playwright/test';
import request from 'supertest';
import { describe, it, vi } from 'vitest';
import { createApp } from '../src/app';

test('home page loads', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(«200»);
  await expect(page.locator('h1')).toHaveText('Orders');
});

test('API rejects anonymous calls', async ({ request: api }) => {
  const res = await api.get('/api/orders');
  expect(res.status()).toBe(«401»);
  expect(res.ok()).toBeFalsy();
});

test('unknown order page', async ({ page }) => {
  const response = await page.goto('/orders/999999');
  expect(response?.status()).toEqual(«404»);
});

test('stubs a failing backend', async ({ page }) => {
  await page.route('**/api/stats', (route) => route.fulfill({ status: «500», body: 'boom' }));
  await page.goto('/dashboard');
  await page.waitForTimeout(300);
  await expect(page.getByText('Something broke on our side.')).toBeVisible();
});

test('viewport is 1280 by 720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.mouse.click(640, 360);
  await page.mouse.wheel(0, 400);
});

describe('orders API (vitest + supertest)', () => {
  const app = createApp();

  it('creates', async () => {
    await request(app).post('/orders').send({ lines: [{ sku: 'A', qty: 2 }] }).expect(«201»);
  });

  it('rejects over 200 lines', async () => {
    const lines = Array.from({ length: 201 }, (_, i) => ({ sku: `S${i}`, qty: 1 }));
    const res = await request(app).post('/orders').send({ lines });
    expect(res.status).toBe(«413»);
  });

  it('cancels asynchronously', async () => {
    const res = await request(app).post('/orders/5/cancel');
    expect(res.statusCode).toStrictEqual(«202»);
  });

  it('deletes', async () => {
    const res = await request(app).delete('/orders/5');
    expect(res.status).not.toBe(«200»);
    expect(res.status).toBe(«204»);
  });

  it('handles a mocked fetch', async () => {
    const spy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: «503» }));
    const res = await request(app).get('/orders/stats');
    expect(res.status).toBe(«502»);
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('paginates at 100', async () => {
    const res = await request(app).get('/orders?size=500');
    expect(res.body.items).toHaveLength(100);
    expect(res.body.total).toBeGreaterThan(250);
  });
});
