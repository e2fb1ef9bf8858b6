// The page in English, German, French and Spanish: chosen by ?lang=, by the browser's
// languages and by the switch; <html lang> follows; guides and test advice are translated;
// no axe violations and nothing wider than a phone in any language.
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
  fr: { tagline: /^Des réglages d'envoi/, user: "Nom d'utilisateur", step: /^Ouvrez le menu ≡/, switch: 'Langue' },
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
    const url = `${BASE_URL}/?lang=${lang}&address=someone%40gmail.com&tab=thunderbird`;
    const { page, context, errors } = await openPage(browser, { url, viewport: { width: 320, height: 640 } });
    await langIs(page, lang);
    await page.waitForSelector('.answer .smtp-host');
    assert.match(await page.textContent('.tagline'), says.tagline, lang);
    assert.equal(await page.getAttribute('nav.languages', 'aria-label'), says.switch, lang);
    assert.equal(await page.textContent(`nav.languages a[aria-current="true"] .lang-name`), { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' }[lang]);
    const labels = await page.locator('.answer-fields dt').allTextContents();
    assert.ok(labels.includes(says.user), `${lang}: ${labels}`);
    assert.match(await page.locator('#guide-panel .steps li p').first().textContent(), says.step, lang);
    // The values to type stay exactly as they are in every language.
    assert.equal(await page.textContent('.answer .smtp-host'), 'smtp.gmail.com');
    const overflow = await sidewaysOverflow(page);
    assert.ok(overflow.scrollWidth <= overflow.width, `${lang} scrolls sideways at 320 px: ${JSON.stringify(overflow)}`);
    assert.deepEqual(await axeViolations(page), [], `${lang} at 320 px`);
    await screenshot(page, `lang-${lang}-320`);
    await screenshot(page, `lang-${lang}-320-top`, { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(await axeViolations(page), [], `${lang} at 1280 px`);
    await screenshot(page, `lang-${lang}-1280`);
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
  assert.match(
    await page.textContent('.probe .summary'),
    /^Nehmen Sie smtp\.mailsetup\.test Port 465\. Port 587 klappt dort auch\. mail\.mailsetup\.test: das Zertifikat ist nicht für mail\.mailsetup\.test\./,
  );
  assert.deepEqual(
    await page.locator('.matrix thead th').allTextContents(),
    ['Port', 'Erreichbar', 'Verschlüsselt', 'Zertifikat', 'Anmeldung nach Verschlüsselung'],
  );
  await page.click('.probe-details > summary');
  const mismatch = page.locator('.port-details[data-host="mail.mailsetup.test"][data-port="465"] [data-code="certificate_name_mismatch"]');
  assert.match(await mismatch.textContent(), /Das Zertifikat ist nicht für mail\.mailsetup\.test Es nennt smtp\.mailsetup\.test\./);
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
