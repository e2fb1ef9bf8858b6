// The page's benchmark for `cargo xtask bench` (not a test): in real Chromium, with the
// Performance API, how soon the page is readable and usable on a slow link, and how long
// each keystroke takes to show its answer, at normal speed and with the CPU slowed 4×.
// Writes a Markdown section to the file after `--out`. Needs BASE_URL (a served dist/).
import { writeFileSync } from 'node:fs';
import { launch } from './support.mjs';

const out = process.argv[process.argv.indexOf('--out') + 1];
const runs = Number(process.env.BENCH_RUNS ?? 5);
// The whole page's field; the card's module (the page's first) shows one before it.
const READY = '.mailsetup:not(.static-paint):not(.card-only) input#address';
const CARD = '.mailsetup:not(.static-paint) input#address';

const ADDRESSES = [
  'someone@gmail.com', 'someone@yahoo.com', 'someone@outlook.com', 'someone@icloud.com', 'someone@zoho.eu',
  'someone@gmx.net', 'someone@web.de', 'someone@fastmail.com', 'someone@proton.me', 'someone@aol.com',
  'someone@mail.ru', 'someone@yandex.ru', 'someone@posteo.de', 'someone@t-online.de', 'someone@qq.com',
  'someone@163.com', 'someone@comcast.net', 'someone@tuta.com', 'someone@example-unknown.org', 'someone@mailbox.org',
];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const fmt = (xs) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;

const browser = await launch();

/**
 * First contentful paint, the moment the card's field is there (the first module) and the
 * moment the whole page's is, on a throttled link.
 */
async function load() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency ("slow 4G"-like).
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
  await page.goto(process.env.BASE_URL, { waitUntil: 'commit' });
  const shown = (selector) => document.querySelector(selector)?.checkVisibility();
  await page.waitForFunction(shown, CARD, { polling: 'raf', timeout: 60000 });
  const card = await page.evaluate(() => performance.now());
  await page.waitForFunction(shown, READY, { polling: 'raf', timeout: 60000 });
  const usable = await page.evaluate(() => performance.now());
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await context.close();
  return { paint, card, usable };
}

/** Milliseconds from each input to the frame after the page reacted, for `inputs`. */
async function keystrokes(cpuSlowdown, act) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(process.env.BASE_URL);
  await page.waitForSelector(READY);
  // A person reads before typing: the keystrokes start once the page has gone idle after
  // loading (when it rehearses its first answer; see frontend/src/start.rs).
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve())));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.evaluate((selector) => {
    window.__latencies = [];
    document.querySelector(selector).addEventListener('input', () => {
      const start = performance.now();
      // The frame after the one that shows the answer has been painted.
      requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - start), 0));
    }, { capture: true });
  }, READY);
  await act(page);
  await page.waitForTimeout(1000);
  const latencies = await page.evaluate(() => window.__latencies);
  await context.close();
  return latencies;
}

const typing = async (page) => {
  for (const ch of 'someone@gmail.com') {
    await page.keyboard.type(ch);
    await page.waitForTimeout(60);
  }
};
const addresses = async (page) => {
  await page.click(READY);
  for (const address of ADDRESSES) {
    await page.fill(READY, address);
    await page.waitForTimeout(120);
  }
};

const loads = [];
for (let i = 0; i < runs; i++) loads.push(await load());
const rows = [];
for (const slowdown of [1, 4]) {
  const typed = [];
  const filled = [];
  for (let i = 0; i < Math.max(1, Math.floor(runs / 2)); i++) {
    typed.push(...await keystrokes(slowdown, async (page) => { await page.click(READY); await typing(page); }));
    filled.push(...await keystrokes(slowdown, addresses));
  }
  rows.push([slowdown, typed, filled]);
}
await browser.close();

let text = '## The page in Chromium\n\n';
text += `Headless Chromium, ${runs} loads; times in milliseconds, median (min–max).\n\n`;
text += '| What | Time |\n|---|---|\n';
text += `| First contentful paint, 1.6 Mbit/s and 150 ms latency | ${fmt(loads.map((l) => l.paint))} |\n`;
text += `| The card answers (the first module's field is there), same link | ${fmt(loads.map((l) => l.card))} |\n`;
text += `| The whole page (the second module's field is there), same link | ${fmt(loads.map((l) => l.usable))} |\n`;
for (const [slowdown, typed, filled] of rows) {
  const cpu = slowdown === 1 ? 'normal CPU' : `CPU slowed ${slowdown}×`;
  text += `| Keystroke → rendered, typing "someone@gmail.com", ${cpu}: median / worst | ${median(typed).toFixed(1)} / ${Math.max(...typed).toFixed(1)} |\n`;
  text += `| Address → rendered, ${ADDRESSES.length} addresses across the data, ${cpu}: median / worst | ${median(filled).toFixed(1)} / ${Math.max(...filled).toFixed(1)} |\n`;
}
text += '\nTargets: header and field before the module arrives; worst keystroke ≤ 16 ms (normal CPU) and ≤ 50 ms (4× slower).\n\n';
writeFileSync(out, text);
