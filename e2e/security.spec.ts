import { test, expect } from './fixtures.js';

test.describe('the browser shell refuses strangers', () => {
  test('a request without the token gets 401', async ({ shell, request }) => {
    const page = await request.get(`${shell.origin}/`);
    expect(page.status()).toBe(401);
    const api = await request.post(`${shell.origin}/api/articles:list`, { data: {} });
    expect(api.status()).toBe(401);
  });

  test('a request with a foreign Host header gets 403', async ({ shell, request }) => {
    const reply = await request.get(`${shell.url}`, { headers: { Host: 'rebound.example' } });
    expect(reply.status()).toBe(403);
  });
});
