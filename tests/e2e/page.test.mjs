// The page served by `probe-proxy serve`, in real Chromium, probing a real Postfix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, openPage, screenshot } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function lookUp(page, address) {
  await page.fill('input#address', address);
  await page.waitForSelector('.provider-name');
}

test('the seed providers show the right SMTP host, port and security', async () => {
  const { page, context, errors } = await openPage(browser);
  const expected = [
    ['someone@gmail.com', 'Gmail', 'smtp.gmail.com', '465', 'SSL/TLS'],
    ['someone@yahoo.com', 'Yahoo Mail', 'smtp.mail.yahoo.com', '465', 'SSL/TLS'],
    ['someone@outlook.com', 'Outlook.com', 'smtp-mail.outlook.com', '587', 'STARTTLS'],
    ['someone@icloud.com', 'iCloud', 'smtp.mail.me.com', '587', 'STARTTLS'],
    ['someone@zoho.eu', 'Zoho', 'smtp.zoho.eu', '465', 'SSL/TLS'],
  ];
  for (const [address, name, host, port, security] of expected) {
    await lookUp(page, address);
    assert.match(await page.textContent('.provider-name'), new RegExp(name), address);
    assert.equal(await page.textContent('.smtp-host'), host, address);
    assert.equal(await page.textContent('.smtp-port'), port, address);
    assert.equal(await page.textContent('.smtp-security'), security, address);
  }
  await lookUp(page, 'someone@gmail.com');
  await screenshot(page, 'desktop-gmail');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Thunderbird XML and the .mobileconfig download and parse', async () => {
  const { page, context, errors } = await openPage(browser);
  await lookUp(page, 'someone@icloud.com');
  const parse = async (format) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`button.download[data-format="${format}"]`),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    // The browser's own XML parser reads the file back.
    return page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      const text = (selector) => doc.querySelector(selector)?.textContent;
      const plistValue = (key) => {
        const keys = [...doc.querySelectorAll('key')];
        const found = keys.find((k) => k.textContent === key);
        return found?.nextElementSibling?.textContent;
      };
      return {
        root: doc.documentElement.nodeName,
        host: text('outgoingServer hostname'),
        port: text('outgoingServer port'),
        socket: text('outgoingServer socketType'),
        plistHost: plistValue('OutgoingMailServerHostName'),
        plistPort: plistValue('OutgoingMailServerPortNumber'),
        plistType: plistValue('PayloadType'),
      };
    }, text);
  };
  const thunderbird = await parse('thunderbird');
  assert.deepEqual(
    [thunderbird.root, thunderbird.host, thunderbird.port, thunderbird.socket],
    ['clientConfig', 'smtp.mail.me.com', '587', 'STARTTLS'],
    JSON.stringify(thunderbird),
  );
  const profile = await parse('mobileconfig');
  assert.deepEqual(
    [profile.root, profile.plistHost, profile.plistPort, profile.plistType],
    ['plist', 'smtp.mail.me.com', '587', 'com.apple.mail.managed'],
    JSON.stringify(profile),
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('a live probe of the test Postfix shows progress and a green verdict for 465 and 587', async () => {
  const { page, context, errors } = await openPage(browser);
  // mailsetup.test is unknown, so the page guesses smtp.mailsetup.test: the testbed's Postfix.
  await lookUp(page, 'someone@mailsetup.test');
  assert.equal(await page.textContent('.smtp-host'), 'smtp.mailsetup.test');
  await page.waitForSelector('button.probe-start');
  assert.match(await page.textContent('.probe .where'), /from this computer/);
  await page.click('button.probe-start');
  // Progress arrives step by step, before the verdicts.
  await page.waitForSelector('.port .step.ok');
  await page.waitForSelector('.port[data-port="465"] .verdict.ready', { timeout: 20000 });
  await page.waitForSelector('.port[data-port="587"] .verdict.ready', { timeout: 20000 });
  const steps587 = await page.locator('.port[data-port="587"] .step.ok').allTextContents();
  assert.equal(steps587.length, 7, steps587.join(' | '));
  assert.match(steps587.join(' '), /STARTTLS.*TLS handshake.*EHLO inside TLS/);
  assert.equal(await page.textContent('.port[data-port="587"] .auth-before'), 'none');
  assert.equal(await page.textContent('.port[data-port="587"] .auth-after'), 'PLAIN LOGIN');
  assert.match(await page.textContent('.port[data-port="465"] .tls-version'), /TLS 1\.3/);
  assert.match(await page.textContent('.probe .total'), /All ports tested at once in \d+ ms/);
  const live = await page.textContent('.probe [aria-live]');
  assert.match(live, /Test finished/);
  await screenshot(page, 'desktop-probe');
  await page.locator('.probe').scrollIntoViewIfNeeded();
  await screenshot(page, 'readme', { fullPage: false });
  await page.setViewportSize({ width: 320, height: 800 });
  await screenshot(page, 'phone-probe');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an invalid address shows its message', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.fill('input#address', 'someone@');
  await page.waitForSelector('#address-error');
  assert.equal(await page.textContent('#address-error'), 'The domain after the @ is missing, e.g. someone@example.com.');
  await page.fill('input#address', 'a..b@example.com');
  assert.equal(await page.textContent('#address-error'), 'The part before the @ cannot have two dots in a row.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('deep links restore the address and the open guide', async () => {
  const { page, context, errors } = await openPage(browser, { url: `${BASE_URL}/?address=ann%40icloud.com&tab=ios` });
  await page.waitForSelector('.provider-name');
  assert.equal(await page.inputValue('input#address'), 'ann@icloud.com');
  assert.equal(await page.textContent('[role=tab][aria-selected=true]'), 'iPhone / iPad');
  await page.click('#tab-thunderbird');
  await page.waitForFunction(() => location.search.includes('tab=thunderbird'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('embed mode renders the compact view and reports its height', async () => {
  const { page, context, errors } = await openPage(browser, { url: `${BASE_URL}/?embed=1&domain=gmail.com` });
  await page.waitForSelector('.provider-name');
  assert.equal(await page.locator('.site-header').count(), 0);
  assert.equal(await page.locator('.explainer').count(), 0);
  assert.equal(await page.getAttribute('#address', 'placeholder'), 'you@gmail.com');
  // Inside an iframe, the page posts its height to the parent.
  const height = await page.evaluate(async (src) => {
    document.body.innerHTML = '';
    const frame = document.createElement('iframe');
    const got = new Promise((resolve) => addEventListener('message', (e) => {
      if (e.data && e.data.type === 'mailsetup:height') resolve(e.data.height);
    }));
    frame.src = src;
    document.body.appendChild(frame);
    return got;
  }, `${BASE_URL}/?embed=1&domain=gmail.com`);
  assert.ok(height > 200, `height ${height}`);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${BASE_URL}/?embed=1&domain=gmail.com`);
  await page.waitForSelector('.provider-name');
  await screenshot(page, 'phone-embed');
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
