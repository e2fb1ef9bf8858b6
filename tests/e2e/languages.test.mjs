// The page in English, German, French and Spanish: chosen by ?lang=, by the browser's
// languages and by the switch; <html lang> follows; guides and test advice are translated;
// no axe violations and nothing wider than a phone in any language; the last language asked
// for wins over slower answers, and a missing or broken file leaves the page in English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  BASE_URL, appReady, axeViolations, launch, openPage, screenshot, sidewaysOverflow,
} from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** What each language says in a few fixed places, to tell them apart. */
const LANGUAGES = {
  en: { tagline: /^Working outgoing-mail/, user: 'User name', step: /^Open the ≡ menu/, switch: 'Language' },
  de: { tagline: /^Funktionierende Einstellungen/, user: 'Benutzername', step: /^Öffnen Sie das Menü ≡/, switch: 'Sprache' },
  fr: { tagline: /^Des réglages d'envoi/, user: 'Identifiant', step: /^Ouvrez le menu ≡/, switch: 'Langue' },
  es: { tagline: /^Configuración de correo saliente/, user: 'Usuario', step: /^Abra el menú ≡/, switch: 'Idioma' },
};

/** A picture of one part of the page, to read its words. */
async function sectionShot(page, selector, name) {
  const dir = process.env.MAILSETUP_SCREENSHOTS;
  if (dir) await page.locator(selector).first().screenshot({ path: path.join(dir, `${name}.png`) });
}

const langIs = (page, lang) => page.waitForFunction((l) => document.documentElement.lang === l, lang);

test('every language: chosen by ?lang=, <html lang>, the card, the guide steps, no axe violations, nothing sideways at 320 px', async () => {
  for (const [lang, says] of Object.entries(LANGUAGES)) {
    // Posteo in Thunderbird: a guide with steps to follow by hand (Gmail's is its sign-in).
    const url = `${BASE_URL}/?lang=${lang}&address=someone%40posteo.de&tab=thunderbird`;
    const { page, context, errors } = await openPage(browser, { url, viewport: { width: 320, height: 640 } });
    await langIs(page, lang);
    await page.waitForSelector('.answer .smtp-host');
    // The link's tab scrolls the guides into view, once the whole page is on the screen.
    await page.waitForFunction(() => {
      const top = document.getElementById('guides')?.getBoundingClientRect().top;
      return top !== undefined && top >= -1 && top < innerHeight;
    }, null, { timeout: 10_000 });
    assert.match(await page.textContent('.tagline'), says.tagline, lang);
    assert.equal(await page.getAttribute('nav.languages', 'aria-label'), says.switch, lang);
    assert.equal(await page.textContent(`nav.languages a[aria-current="true"] .lang-name`), { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' }[lang]);
    const labels = await page.locator('.answer-fields dt').allTextContents();
    assert.ok(labels.includes(says.user), `${lang}: ${labels}`);
    assert.match(await page.locator('#guide-panel .steps li p').first().textContent(), says.step, lang);
    // The values to type stay exactly as they are in every language.
    assert.equal(await page.textContent('.answer .smtp-host'), 'posteo.de');
    const overflow = await sidewaysOverflow(page);
    assert.ok(overflow.scrollWidth <= overflow.width, `${lang} scrolls sideways at 320 px: ${JSON.stringify(overflow)}`);
    assert.deepEqual(await axeViolations(page), [], `${lang} at 320 px`);
    await page.evaluate(() => scrollTo(0, 0));
    await screenshot(page, `lang-${lang}-320`);
    // The first screen: the header with the switch (the link's tab scrolled to the guides).
    await page.evaluate(() => scrollTo(0, 0));
    await screenshot(page, `lang-${lang}-320-top`, { fullPage: false });
    // Every seed provider in this language: the Test button on the first screen, the
    // person's view within five.
    const seeds = {
      'someone@posteo.de': 'posteo.de', 'someone@gmail.com': 'smtp.gmail.com', 'someone@yahoo.com': 'smtp.mail.yahoo.com',
      'someone@outlook.com': 'smtp-mail.outlook.com', 'someone@icloud.com': 'smtp.mail.me.com', 'someone@zoho.eu': 'smtp.zoho.eu',
    };
    for (const [address, host] of Object.entries(seeds)) {
      await page.fill('input#address', address);
      await page.waitForFunction((h) => document.querySelector('.answer .smtp-host')?.textContent === h, host);
      await page.waitForSelector('.answer button.probe-start');
      await page.evaluate(() => scrollTo(0, 0));
      const test = await page.locator('.answer button.probe-start').boundingBox();
      const height = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      console.log(`measure: ${address} in ${lang} at 320x640: Test button bottom at y=${Math.round(test.y + test.height)}, page ${(height / 640).toFixed(1)} screens`);
      assert.ok(test.y + test.height <= 640, `${address} in ${lang}: the Test button ends at ${test.y + test.height}`);
      assert.ok(height <= 5 * 640, `${address} in ${lang}: ${height} px, over five screens`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(await axeViolations(page), [], `${lang} at 1280 px`);
    await screenshot(page, `lang-${lang}-1280`);
    await page.evaluate(() => scrollTo(0, 0));
    await screenshot(page, `lang-${lang}-1280-top`, { fullPage: false });
    assert.deepEqual(errors, [], lang);
    await context.close();
  }
});

test('the browser\'s languages choose when the link does not; the switch changes language without a reload and puts it in the link', async () => {
  const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(`${BASE_URL}/?address=someone%40outlook.com`);
  await appReady(page);
  await langIs(page, 'fr');
  assert.match(await page.textContent('.tagline'), LANGUAGES.fr.tagline);
  assert.match(await page.title(), /Réglages SMTP de Outlook\.com/);
  await page.evaluate(() => { window.stillHere = true; });
  await page.click('nav.languages a[lang="es"]');
  await langIs(page, 'es');
  assert.match(await page.textContent('.tagline'), LANGUAGES.es.tagline);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'es');
  assert.equal(await page.evaluate(() => window.stillHere), true, 'no reload');
  // The link keeps the language: a reload (or a shared link) opens in Spanish.
  await page.reload();
  await appReady(page);
  await langIs(page, 'es');
  assert.equal(await page.inputValue('#address'), 'someone@outlook.com');
  // Back to English, which is compiled in.
  await page.click('nav.languages a[lang="en"]');
  await langIs(page, 'en');
  assert.match(await page.textContent('.tagline'), LANGUAGES.en.tagline);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the test\'s results and advice in German, with German dates', async () => {
  const url = `${BASE_URL}/?lang=de&address=someone%40mailsetup.test`;
  const { page, context, errors } = await openPage(browser, { url });
  await langIs(page, 'de');
  await page.waitForSelector('.answer button.probe-start');
  assert.match(await page.textContent('.answer .proof'), /Verbindet sich mit smtp\.mailsetup\.test auf den Ports 465 und 587/);
  await page.click('.answer button.probe-start');
  await page.waitForSelector('.answer .proof.works, .answer .proof.fails', { timeout: 30000 });
  // A whole sentence after a colon keeps its capital in German (and its nouns always do).
  assert.match(
    await page.textContent('.probe .summary'),
    /^Nehmen Sie smtp\.mailsetup\.test Port 465\. Port 587 klappt dort auch\. mail\.mailsetup\.test: Das Zertifikat gilt nicht für mail\.mailsetup\.test\./,
  );
  assert.deepEqual(
    await page.locator('.matrix thead th').allTextContents(),
    ['Port', 'Erreichbar', 'Verschlüsselt', 'Zertifikat', 'Anmeldung verschlüsselt'],
  );
  await page.click('.probe-details > summary');
  const mismatch = page.locator('.port-details[data-host="mail.mailsetup.test"][data-port="465"] [data-code="certificate_name_mismatch"]');
  assert.match(await mismatch.textContent(), /Das Zertifikat gilt nicht für mail\.mailsetup\.test Es nennt smtp\.mailsetup\.test\./);
  const until = await page.locator('.port-details[data-host="smtp.mailsetup.test"][data-port="465"] .cert-until').textContent();
  assert.match(until, /^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4} \(noch \d+ Tage?\)$/, until);
  assert.match(await page.locator('.port-details .headline').first().textContent(), /^Port 465 klappt/);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'lang-de-probe-1280');
  await sectionShot(page, 'section.probe', 'lang-de-probe-section-1280');
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await sidewaysOverflow(page);
  assert.ok(overflow.scrollWidth <= overflow.width, `German results scroll sideways at 320 px: ${JSON.stringify(overflow)}`);
  assert.deepEqual(await axeViolations(page), [], 'German results at 320 px');
  await screenshot(page, 'lang-de-probe-320');
  await sectionShot(page, 'section.probe', 'lang-de-probe-section-320');
  assert.deepEqual(errors, []);
  await context.close();
});

/** A page that records errors, with routes set up before it loads. */
async function routedPage({ locale = 'en-US', routes = {} } = {}) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  for (const [pattern, handler] of Object.entries(routes)) await context.route(pattern, handler);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  return { context, page, errors };
}

const slowly = (ms) => async (route) => {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await route.continue();
};

test('the last language asked for wins: a slow file for an earlier pick, and config.json arriving after a pick, change nothing', async () => {
  // German's file takes 1.5 s; French is picked right after German.
  const { context, page, errors } = await routedPage({ routes: { '**/i18n/de.ftl': slowly(1500) } });
  await page.goto(`${BASE_URL}/?address=someone%40gmail.com`);
  await appReady(page);
  await page.click('nav.languages a[lang="de"]');
  await page.click('nav.languages a[lang="fr"]');
  await langIs(page, 'fr');
  await page.waitForResponse('**/i18n/de.ftl');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr', 'German arrived late and was dropped');
  assert.match(await page.textContent('.tagline'), LANGUAGES.fr.tagline);
  assert.equal(await page.textContent('nav.languages a[aria-current="true"] .lang-name'), 'Français');
  await context.close();

  // A German browser, config.json takes 1.5 s, and the visitor picks Spanish meanwhile.
  const late = await routedPage({ locale: 'de-DE', routes: { '**/config.json': slowly(1500) } });
  await late.page.goto(`${BASE_URL}/?address=someone%40gmail.com`);
  await appReady(late.page);
  await late.page.click('nav.languages a[lang="es"]');
  await langIs(late.page, 'es');
  await late.page.waitForResponse('**/config.json');
  await late.page.waitForTimeout(500);
  assert.equal(await late.page.evaluate(() => document.documentElement.lang), 'es', 'the browser\'s German did not override the pick');
  // A click with Control opens the link in a new tab, as links do; this page stays Spanish.
  const [tab] = await Promise.all([
    late.context.waitForEvent('page'),
    late.page.click('nav.languages a[lang="de"]', { modifiers: ['Control'] }),
  ]);
  await tab.waitForURL(/[?&]lang=de(&|#|$)/);
  await late.page.waitForTimeout(300);
  assert.equal(await late.page.evaluate(() => document.documentElement.lang), 'es');
  assert.deepEqual([...errors, ...late.errors], []);
  await late.context.close();
});

test('a missing or broken language file leaves the page in English, readable, with no error', async () => {
  const { context, page, errors } = await routedPage({
    routes: {
      '**/i18n/fr.ftl': (route) => route.fulfill({ status: 404, body: 'not found' }),
      '**/i18n/es.ftl': (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'header-tagline = {\nbroken' }),
    },
  });
  const missing = page.waitForResponse('**/i18n/fr.ftl');
  await page.goto(`${BASE_URL}/?lang=fr&address=someone%40gmail.com`);
  await appReady(page);
  await missing;
  await page.waitForSelector('.answer .smtp-host');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await page.textContent('.tagline'), LANGUAGES.en.tagline);
  assert.equal(await page.textContent('nav.languages a[aria-current="true"] .lang-name'), 'English', 'the switch says what the page speaks');
  const broken = page.waitForResponse('**/i18n/es.ftl');
  await page.click('nav.languages a[lang="es"]');
  await broken;
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await page.textContent('.tagline'), LANGUAGES.en.tagline);
  assert.equal(await page.textContent('.answer .smtp-host'), 'smtp.gmail.com');
  // Chromium itself logs the 404 as an error; the page adds only a warning, never a panic.
  const missingFile = /^Failed to load resource: the server responded with a status of 404/;
  assert.deepEqual(errors.filter((e) => !missingFile.test(e)), [], 'a failed file is a warning in the console, never an error or a panic');
  await context.close();
});

test('a test that could not check says so once, in German, and shows the lookup that failed', async () => {
  // The proxy cannot look up smtp.gmail.com (its DNS): that is no verdict on Gmail's settings.
  const refuse = (route) => route.fulfill({
    status: 422,
    contentType: 'application/json',
    body: JSON.stringify({ code: 'resolve_failed', message: 'smtp.gmail.com does not resolve' }),
  });
  const { context, page, errors } = await routedPage({ routes: { '**/api/probe': refuse } });
  await page.goto(`${BASE_URL}/?lang=de&address=someone%40gmail.com`);
  await appReady(page);
  await langIs(page, 'de');
  await page.click('.answer button.probe-start');
  await page.waitForSelector('.answer .proof.unchecked');
  const proof = await page.textContent('.answer .proof.unchecked');
  assert.match(proof, /Nicht geprüft: Der Prüf-Proxy konnte smtp\.gmail\.com gerade nicht nachschlagen\. Von hier aus ließ sich nichts prüfen/);
  assert.doesNotMatch(proof, /funktioniert keine|None of these/);
  const shown = await page.evaluate(() => ['.answer', '.probe'].map((s) => document.querySelector(s)?.innerText ?? '').join('\n'));
  assert.equal(shown.split('Von hier aus ließ sich nichts prüfen').length - 1, 1, 'said once');
  await page.click('.probe-details > summary');
  assert.match(await page.locator('.port-details .step.failed').first().textContent(), /Adresse nachschlagen/);
  await sectionShot(page, '.answer', 'not-checked-de-card');
  await sectionShot(page, '.probe', 'not-checked-de-probe');
  assert.deepEqual(errors.filter((e) => !e.includes('422')), []);
  await context.close();
});

test('the German page has no English sentence outside code and host names, in every room', async () => {
  const { context, page, errors } = await routedPage({ locale: 'de-DE' });
  const views = [
    'address=someone%40gmail.com&tab=thunderbird', 'address=someone%40gmail.com&tab=other',
    'address=someone%40posteo.de&tab=ios', 'address=someone%40gmail.com&room=developers',
    'address=someone%40mailsetup.test&room=owner',
  ];
  for (const tab of views) {
    await page.goto(`${BASE_URL}/?lang=de&${tab}`);
    await appReady(page);
    await langIs(page, 'de');
    await page.waitForSelector('.answer .smtp-host');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    // Every visible text node outside code, transcripts and the language switch's names.
    const text = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || element.closest('code, pre, kbd, script, style, nav.languages, [aria-hidden="true"]')) continue;
        if (!element.checkVisibility()) continue;
        parts.push(node.textContent);
      }
      return parts.join(' ');
    });
    const english = text.match(/\b(the|your|you|and|with|this|that|is|are|not|for|from|only|first)\b/gi) ?? [];
    assert.deepEqual(english, [], `${tab}: English words on the German page: ${english.join(', ')}\n${text}`);
    // Nothing marked English but the switch's own "English" and code.
    const marked = await page.evaluate(() => [...document.querySelectorAll('body [lang="en"]')]
      .filter((e) => !e.closest('nav.languages, code, pre')).map((e) => e.outerHTML.slice(0, 120)));
    assert.deepEqual(marked, [], `${tab}: marked English`);
    if (tab.endsWith('tab=thunderbird')) await sectionShot(page, '.provider', 'gmail-de-provider-notes');
  }
  assert.deepEqual(errors, []);
  await context.close();
});
