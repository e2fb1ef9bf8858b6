// Shared set-up for the end-to-end tests: real Chromium (Debian's), a page with its console
// errors collected, screenshots at three widths in light and dark, and axe-core checks.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const BASE_URL = process.env.BASE_URL;
export const MAIL_HOST = process.env.MAIL_HOST;
if (!BASE_URL) {
  throw new Error('BASE_URL is not set: run these tests with `cargo xtask test --only e2e`, which starts the testbed');
}

/** The widths every view is photographed at: a small phone, a tablet, a desktop. */
export const WIDTHS = [320, 768, 1280];

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

/** The whole page's address field (not the static paint's, nor the card module's). */
export const APP_FIELD = '.mailsetup:not(.static-paint):not(.card-only) input#address';

/**
 * Waits until the whole page is on the page: not index.html's static first paint, nor the
 * card's module that comes before the whole page's.
 */
export async function appReady(page) {
  await page.waitForSelector(APP_FIELD);
}

/** Opens a page that records console errors and uncaught exceptions. */
export async function openPage(browser, { url = BASE_URL, viewport = { width: 1280, height: 900 }, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, colorScheme });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await appReady(page);
  return { page, context, errors };
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  const dir = process.env.MAILSETUP_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
}

/**
 * Photographs the current view at 320, 768 and 1280 px, light and dark, as
 * `<name>-<width>-<scheme>.png`; leaves the page at its original size and scheme.
 */
export async function screenshots(page, name) {
  const original = page.viewportSize();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
      await page.waitForTimeout(50);
      await screenshot(page, `${name}-${width}-${scheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(original);
}

/** Whether anything on the page is wider than the viewport (it would scroll sideways). */
export async function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => {
        const box = e.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && getComputedStyle(e).position !== 'absolute';
      })
      .filter((e) => !e.closest('.table-wrap, pre, details:not([open])'));
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5).map((e) => e.outerHTML.slice(0, 120)) };
  });
}

/**
 * Runs axe-core (WCAG 2.2 A and AA) on the page in light and in dark mode and returns the
 * serious and critical violations, described.
 */
export async function axeViolations(page) {
  const found = [];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    for (const v of results.violations) {
      if (v.impact === 'serious' || v.impact === 'critical') {
        found.push(`${scheme}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
