// embed.js on a help portal served from another origin (127.0.0.2): the
// <mailsetup-widget> element makes the frame, passes domain and lang through, grows with the
// page's height messages, ignores height messages from any other frame or origin, and lets
// the frame's Copy buttons use the clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { APP_FIELD, BASE_URL, launch, screenshot } from './support.mjs';

const PORTAL_URL = process.env.PORTAL_URL;
let browser;
let portal;

/** The portal: a help page with the widget, and two frames that try to resize it. */
const PAGES = {
  '/': `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Hilfe</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<script src="${BASE_URL}/embed.js" defer></script></head>
<body style="margin:0;font-family:sans-serif"><h1 style="margin:8px">Hilfe: E-Mail einrichten</h1>
<mailsetup-widget domain="gmail.com" lang="de" accent="#0b5fff"></mailsetup-widget>
<p id="below">Unter dem Widget.</p>
<iframe id="hostile" src="/hostile" title="hostile" style="width:10px;height:10px;border:0"></iframe>
<iframe id="lookalike" src="${BASE_URL}/?embed=1&domain=outlook.com" title="lookalike" style="width:300px;height:10px;border:0"></iframe>
</body></html>`,
  // Another origin's frame that claims the widget's page is 5 px tall.
  '/hostile': `<!doctype html><html lang="en"><head><title>x</title><link rel="icon" href="data:,"></head><body><script>
addEventListener('message', (e) => {
  if (e.data === 'attack') parent.postMessage({ type: 'mailsetup:height', height: 5 }, '*');
});
</script></body></html>`,
};

before(async () => {
  assert.ok(PORTAL_URL, 'PORTAL_URL comes from the testbed');
  const { hostname, port } = new URL(PORTAL_URL);
  portal = createServer((request, response) => {
    const body = PAGES[new URL(request.url, PORTAL_URL).pathname];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise((resolve) => portal.listen(Number(port), hostname, resolve));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => portal?.close(resolve));
});

/**
 * The portal as a person sees it, top to bottom: a plain screenshot with the viewport as tall
 * as the page. (Chromium's full-page capture, which renders beyond the viewport, leaves a
 * frame from another origin blank or cut off, though a person scrolling sees it whole.)
 */
async function portalShot(page, name) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  await page.setViewportSize({ width: viewport.width, height });
  await page.waitForTimeout(300);
  await screenshot(page, name, { fullPage: false });
  await page.setViewportSize(viewport);
}

const frameHeight = (page) => page.evaluate(() => document.querySelector('mailsetup-widget').shadowRoot.querySelector('iframe').getBoundingClientRect().height);

test('embed.js on another origin: the widget frames the page in its language and grows to its height; other frames\' messages are ignored', async () => {
  for (const width of [1280, 320]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(`${PORTAL_URL}/`);
    const src = await page.evaluate(async () => {
      await customElements.whenDefined('mailsetup-widget');
      return document.querySelector('mailsetup-widget').shadowRoot.querySelector('iframe').src;
    });
    const params = new URL(src).searchParams;
    assert.equal(new URL(src).origin, new URL(BASE_URL).origin, 'the page beside embed.js');
    assert.deepEqual(
      [params.get('embed'), params.get('domain'), params.get('lang'), params.get('accent')],
      ['1', 'gmail.com', 'de', '#0b5fff'],
    );
    const frame = page.frameLocator('mailsetup-widget iframe');
    // The whole page, not only the card: the height it reports is the one that stays.
    await frame.locator(APP_FIELD).waitFor();
    await frame.locator('.answer .provider-name').waitFor();
    await frame.locator('html[lang="de"]').waitFor();
    assert.equal(await frame.locator('.answer-fields dt').nth(3).textContent(), 'Benutzername');
    assert.equal(await page.getAttribute('mailsetup-widget', 'lang'), 'de');
    // The frame grows to the page's own height (from 600 px).
    const inner = page.frames().find((f) => f.url().startsWith(src.split('?')[0]) && f.url().includes('gmail.com'));
    const pageHeight = () => inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await page.waitForFunction(async () => {
      const iframe = document.querySelector('mailsetup-widget').shadowRoot.querySelector('iframe');
      return iframe.style.height !== '' && iframe.style.height !== '600px';
    });
    await page.waitForTimeout(300);
    const grown = await frameHeight(page);
    assert.equal(grown, await pageHeight(), 'the frame is as tall as the page in it');
    // The page in the frame is laid out for the frame's width: nothing wider, nothing hidden.
    const fits = await inner.evaluate(() => ({ inner: innerWidth, scroll: document.documentElement.scrollWidth }));
    assert.ok(fits.scroll <= fits.inner, `the framed page scrolls sideways at ${width} px: ${JSON.stringify(fits)}`);
    console.log(`measure: widget height for Gmail in German at ${width} px: ${grown}`);
    // Opening a guide's steps makes the page taller: the frame follows.
    await frame.locator('.answer .first-steps summary').click();
    await page.waitForFunction((before) => document.querySelector('mailsetup-widget').shadowRoot.querySelector('iframe').getBoundingClientRect().height > before, grown);
    const after = await frameHeight(page);
    assert.equal(after, await pageHeight());
    // Height messages from elsewhere change nothing: a frame from the portal's origin, the
    // portal page itself, and a second copy of the page (right origin, wrong frame).
    await page.evaluate(() => {
      document.getElementById('hostile').contentWindow.postMessage('attack', '*');
      window.postMessage({ type: 'mailsetup:height', height: 7 }, '*');
    });
    const lookalike = page.frames().find((f) => f.url().includes('domain=outlook.com'));
    await lookalike.waitForSelector('.answer .provider-name');
    await lookalike.evaluate(() => parent.postMessage({ type: 'mailsetup:height', height: 9 }, '*'));
    await page.waitForTimeout(500);
    assert.equal(await frameHeight(page), after, 'other frames\' messages are ignored');
    // The Copy buttons work in the frame: embed.js allows it the clipboard.
    const copy = frame.locator('.answer button.copy').first();
    await copy.click();
    await frame.locator('.answer button.copy', { hasText: /^Kopiert$/ }).first().waitFor({ timeout: 5000 });
    await portalShot(page, `embed-widget-${width}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
