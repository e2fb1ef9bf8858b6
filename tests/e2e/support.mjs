// Shared set-up for the end-to-end tests: real Chromium (Debian's), a page with its console
// errors collected, and screenshots written where the xtask asks.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const BASE_URL = process.env.BASE_URL;
export const MAIL_HOST = process.env.MAIL_HOST;
if (!BASE_URL) {
  throw new Error('BASE_URL is not set: run these tests with `cargo xtask test`, which starts the testbed');
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Opens a page that records console errors and uncaught exceptions. */
export async function openPage(browser, { url = BASE_URL, viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForSelector('input#address');
  return { page, context, errors };
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  const dir = process.env.MAILSETUP_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
}
