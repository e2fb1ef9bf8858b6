// The page served by `probe-proxy serve`, in real Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, screenshot } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('typing a Gmail address shows Gmail and smtp.gmail.com, with no console errors', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.fill('input#address', 'someone@gmail.com');
  await page.waitForSelector('.provider-name');
  assert.equal(await page.textContent('.provider-name'), 'Gmail');
  const hosts = await page.locator('.smtp-server .host').allTextContents();
  assert.ok(hosts.includes('smtp.gmail.com'), `hosts: ${hosts}`);
  await screenshot(page, 'desktop-gmail');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the proxy serves the page with the right MIME types and cache headers', async () => {
  const { page, context } = await openPage(browser);
  const html = await page.request.get(`${BASE_URL}/`);
  assert.equal(html.headers()['content-type'], 'text/html');
  assert.equal(html.headers()['cache-control'], 'no-cache');
  const wasmUrl = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')));
  assert.ok(wasmUrl, 'the page loaded a .wasm file');
  const wasm = await page.request.get(wasmUrl, { headers: { 'accept-encoding': 'br' } });
  assert.equal(wasm.headers()['content-type'], 'application/wasm');
  assert.equal(wasm.headers()['content-encoding'], 'br');
  assert.match(wasm.headers()['cache-control'], /immutable/);
  const health = await (await page.request.get(`${BASE_URL}/api/health`)).json();
  assert.equal(health.status, 'ok');
  await context.close();
});
