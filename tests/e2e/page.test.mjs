// The page served by `probe-proxy serve`, in real Chromium, probing a real Postfix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  BASE_URL, appReady, axeViolations, launch, openPage, screenshot, screenshots, sidewaysOverflow,
} from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Types (or pastes) an address and waits for its answer card. */
async function lookUp(page, address) {
  await page.fill('input#address', address);
  await page.waitForSelector('.answer .smtp-host');
}

/** The height of the whole document, in CSS pixels. */
const documentHeight = (page) => page.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** Text written for programmers: `Word(`, `::`, web addresses of libraries. */
const DEBUG_TEXT = /\b[A-Z][A-Za-z]+\(|::|https?:\/\/|docs\.rs|github\.com/;

test('the empty page: examples, no axe violations', async () => {
  const { page, context, errors } = await openPage(browser);
  assert.ok(await page.locator('.intro .example').count() >= 5);
  assert.deepEqual(await axeViolations(page), []);
  await screenshots(page, 'empty');
  assert.deepEqual(errors, []);
  await context.close();
});

test('once idle after loading, the page rehearses an answer out of sight and leaves nothing behind', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Records every element put into or taken out of <main> (a MutationObserver sees an
  // element added and removed within one task, which no query can).
  await page.addInitScript(() => {
    window.__staged = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === 1) window.__staged.push(['added', node.getAttribute('inert') !== null, node.className]);
        for (const node of record.removedNodes) if (node.nodeType === 1) window.__staged.push(['removed', node.getAttribute('inert') !== null]);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(BASE_URL);
  await appReady(page);
  const title = await page.title();
  // One rehearsal by each module: the card's, then the whole page's.
  await page.waitForFunction(() => window.__staged.filter(([what, inert]) => what === 'removed' && inert).length >= 2, null, { timeout: 10000 });
  await page.waitForTimeout(500);
  const staged = await page.evaluate(() => window.__staged.filter(([, inert]) => inert));
  assert.deepEqual(staged, [
    ['added', true, 'rehearsal'],
    ['removed', true],
    ['added', true, 'rehearsal'],
    ['removed', true],
  ], 'one rehearsal a module, unseen, taken out again (what it renders: frontend/tests/app.rs)');
  assert.equal(await page.locator('input#address').count(), 1);
  assert.equal(await page.locator('.answer').count(), 0, 'the empty page shows no answer');
  assert.equal(await page.title(), title);
  assert.equal(new URL(page.url()).hash, '');
  await context.close();
});

test('the seed providers: answer card with server, port and Test button above the fold at 320 × 640', async () => {
  const { page, context, errors } = await openPage(browser, { viewport: { width: 320, height: 640 } });
  const expected = [
    ['someone@gmail.com', 'Gmail', 'smtp.gmail.com', '465', 'SSL/TLS'],
    ['someone@yahoo.com', 'Yahoo Mail', 'smtp.mail.yahoo.com', '465', 'SSL/TLS'],
    ['someone@outlook.com', 'Outlook.com', 'smtp-mail.outlook.com', '587', 'STARTTLS'],
    ['someone@icloud.com', 'iCloud', 'smtp.mail.me.com', '587', 'STARTTLS'],
    ['someone@zoho.eu', 'Zoho', 'smtp.zoho.eu', '465', 'SSL/TLS'],
    ['someone@posteo.de', 'Posteo', 'posteo.de', '465', 'SSL/TLS'],
  ];
  // The field stays where it is while the person types and the answer appears.
  const fieldAt = async () => (await page.locator('input#address').boundingBox()).y;
  const emptyAt = await fieldAt();
  for (const [address, name, host, port, security] of expected) {
    await lookUp(page, address);
    await page.waitForSelector('.answer button.probe-start');
    assert.equal(await fieldAt(), emptyAt, `${address}: the field moved when the answer came`);
    assert.match(await page.textContent('.answer .provider-name'), new RegExp(name), address);
    assert.equal(await page.textContent('.answer .smtp-host'), host, address);
    assert.equal(await page.textContent('.answer .smtp-port'), port, address);
    assert.equal(await page.textContent('.answer .smtp-security'), security, address);
    await screenshot(page, `phone-${name.split(' ')[0].toLowerCase()}`, { fullPage: false });
    const button = await page.locator('.answer button.probe-start').boundingBox();
    const portBox = await page.locator('.answer .smtp-port').boundingBox();
    const height = await documentHeight(page);
    console.log(`measure: ${address} at 320x640: port at y=${Math.round(portBox.y)}, Test button bottom at y=${Math.round(button.y + button.height)}, page ${Math.round(height)} px = ${(height / 640).toFixed(1)} screens`);
    assert.ok(button.y + button.height <= 640, `${address}: the Test button ends at ${button.y + button.height}`);
    // The person's view: the card, the guide, the test: within five phone screens.
    assert.ok(height <= 5 * 640, `${address}: the person's view is ${height} px, over five screens`);
    const overflow = await sidewaysOverflow(page);
    assert.ok(overflow.scrollWidth <= overflow.width, `${address} scrolls sideways: ${JSON.stringify(overflow)}`);
    // The server's name is never broken inside a label (at a hyphen or mid-word).
    const lines = await page.locator('.answer .smtp-host .nobr').evaluateAll((parts) => parts.map((p) => p.getClientRects().length));
    assert.ok(lines.every((n) => n === 1), `${address}: a label of the host name breaks: ${lines}`);
  }
  await lookUp(page, 'someone@gmail.com');
  // The first step, in numbered steps behind one line.
  // Gmail in Thunderbird (the first guide): its own sign-in, not an app password.
  assert.match(await page.textContent('.answer .first-step'), /Sign in with Google in Thunderbird/);
  assert.doesNotMatch(await page.textContent('.answer'), /app password/i);
  await page.click('.answer .first-steps summary');
  assert.equal(await page.locator('.answer .first-steps li').count(), 3);
  console.log(`measure: Gmail page height at 320 px: ${Math.round(await documentHeight(page))}`);
  assert.deepEqual(await axeViolations(page), [], 'at 320 px (the guide select, tables as cards)');
  await page.setViewportSize({ width: 1280, height: 900 });
  console.log(`measure: Gmail page height at 1280 px: ${Math.round(await documentHeight(page))}`);
  assert.deepEqual(await axeViolations(page), []);
  await screenshots(page, 'gmail');
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing is calm: no error or guesses until the pause, then "Did you mean gmail.com?"', async () => {
  const { page, context, errors } = await openPage(browser);
  const field = page.locator('input#address');
  const typed = 'someone@gmail.c';
  for (const key of typed) {
    await field.press(key === '@' ? '@' : key);
    assert.equal(await page.locator('#address-error').count(), 0, `an error while typing "${await field.inputValue()}"`);
    assert.equal(await page.locator('.answer').count(), 0, `an answer for "${await field.inputValue()}"`);
    assert.equal(await page.textContent('.mailsetup > [aria-live]'), '', 'the live region waits for the pause');
  }
  assert.equal(await field.inputValue(), typed);
  assert.ok(await page.locator('.keep-typing').isVisible(), 'a quiet "keep typing"');
  // A pause at a one-letter ending is still typing: no suggestion (`outlook.c` is not a typo
  // of `outlook.cl`), no error, no guesses.
  await page.waitForTimeout(1200);
  assert.equal(await page.locator('.suggestion').count(), 0, 'a suggestion for a one-letter ending');
  assert.equal(await page.locator('.answer, #address-error').count(), 0);
  await field.fill('someone@outlook.c');
  await page.waitForTimeout(1200);
  assert.equal(await page.locator('.suggestion').count(), 0, 'outlook.c: keep typing');
  // A plausible ending after the pause: the suggestion, and still no page of guesses.
  await field.fill('someone@gmail.co');
  await page.waitForSelector('.suggestion button.suggest');
  assert.equal(await page.textContent('.suggestion button.suggest'), 'someone@gmail.com');
  assert.equal(await page.locator('.answer').count(), 0);
  assert.equal(await page.textContent('.mailsetup > [aria-live]'), 'Did you mean someone@gmail.com?', 'said once, after the pause');
  await screenshots(page, 'typing-suggestion');
  await page.click('.suggestion button.suggest');
  assert.equal(await page.textContent('.answer .smtp-host'), 'smtp.gmail.com');
  await page.waitForFunction(() => document.querySelector('.mailsetup > [aria-live]').textContent.startsWith('Gmail: smtp.gmail.com'));
  // Typos of well-known domains, and a missing @.
  for (const [text, suggestion] of [['ann@gmial.com', 'ann@gmail.com'], ['ann@outlok.com', 'ann@outlook.com'], ['someone.gmail.com', 'someone@gmail.com']]) {
    await page.fill('input#address', text);
    await page.waitForSelector('.suggestion button.suggest');
    assert.equal(await page.textContent('.suggestion button.suggest'), suggestion, text);
    // The suggestion alone: no page of guesses for the typo under it.
    assert.equal(await page.locator('.answer').count(), 0, `${text}: guesses under the suggestion`);
  }
  // "No, … is right": the text stays, its guesses show, the keyboard stays in the field.
  await page.click('.suggestion button.suggest-keep');
  await page.waitForSelector('.answer .smtp-host');
  assert.equal(await field.inputValue(), 'someone.gmail.com');
  await page.waitForFunction(() => document.activeElement?.id === 'address', null, { timeout: 3000 });
  // Enter takes the suggestion, and the keyboard stays in the field.
  await page.fill('input#address', 'ann@gmial.com');
  await page.waitForSelector('.suggestion button.suggest');
  await page.press('input#address', 'Enter');
  await page.waitForFunction(() => document.querySelector('input#address').value === 'ann@gmail.com');
  assert.equal(await page.textContent('.answer .smtp-host'), 'smtp.gmail.com');
  await page.waitForFunction(() => document.activeElement?.id === 'address', null, { timeout: 3000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('an invalid address shows its message once the person leaves the field or presses Enter, never while typing', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.fill('input#address', 'someone@');
  assert.equal(await page.locator('#address-error').count(), 0, 'no error at once');
  // A pause is not the end of typing: a slow typist sees no error, only a quiet hint.
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('#address-error').count(), 0, 'no error after a pause');
  assert.equal(await page.getAttribute('input#address', 'aria-invalid'), 'false');
  assert.ok(await page.locator('.keep-typing').isVisible());
  await page.press('input#address', 'Enter');
  await page.waitForSelector('#address-error');
  assert.equal(await page.textContent('#address-error'), 'The domain after the @ is missing, e.g. someone@example.com.');
  await page.fill('input#address', 'a..b@example.com');
  await page.press('input#address', 'Tab');
  assert.equal(await page.textContent('#address-error'), 'The part before the @ cannot have two dots in a row.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown domain is tested over every guessed host: matrix, summary, a failed certificate cell', async () => {
  const { page, context, errors } = await openPage(browser);
  // mailsetup.test is unknown, so the page guesses smtp.mailsetup.test (the testbed's
  // Postfix), mail.mailsetup.test (the same server, whose certificate does not name it) and
  // mailsetup.test itself (where nothing listens).
  await lookUp(page, 'someone@mailsetup.test');
  assert.equal(await page.textContent('.answer .smtp-host'), 'smtp.mailsetup.test');
  await page.waitForSelector('.answer button.probe-start');
  assert.match(await page.textContent('.answer .proof'), /smtp\.mailsetup\.test on ports 465 and 587, and to mail\.mailsetup\.test/);
  assert.deepEqual(await axeViolations(page), []);
  await screenshots(page, 'unknown-domain');
  await page.click('.answer button.probe-start');
  await page.waitForSelector('.matrix .cell');
  await page.waitForSelector('.answer .proof.works, .answer .proof.fails', { timeout: 30000 });
  const cells = async (host, port) => page.locator(`.matrix tr[data-host="${host}"][data-port="${port}"] td`).allTextContents();
  for (const port of ['465', '587']) {
    const row = (await cells('smtp.mailsetup.test', port)).map((t) => t.replace(/^\S+\s/, ''));
    assert.deepEqual(row.slice(0, 1).concat(row.slice(2)), ['Yes', 'Valid', 'Yes: PLAIN, LOGIN'], `smtp ${port}: ${row}`);
    assert.match(row[1], /^TLS 1\.[23]$/);
    assert.equal(await page.locator(`.matrix tr[data-host="smtp.mailsetup.test"][data-port="${port}"] td.good`).count(), 4);
    const wrong = page.locator(`.matrix tr[data-host="mail.mailsetup.test"][data-port="${port}"] td.bad`);
    assert.match(await wrong.first().textContent(), /Wrong name/, `mail ${port}`);
    const refused = (await cells('mailsetup.test', port)).map((t) => t.replace(/^\S+\s/, ''));
    assert.deepEqual(refused, ['No', 'Not tested', 'Not tested', 'Not tested'], `bare domain ${port}`);
  }
  assert.equal(
    await page.textContent('.probe .summary'),
    'Use smtp.mailsetup.test port 465. Port 587 there also works. mail.mailsetup.test: the certificate is not for mail.mailsetup.test. mailsetup.test: nothing accepts connections on port 465.',
  );
  assert.deepEqual(await page.locator('.probe .fixes li').allTextContents(), [
    'For mail.mailsetup.test: set the server name to smtp.mailsetup.test, the name in its certificate. Use this instead',
  ]);
  assert.match(await page.textContent('.answer .proof.works'), /Works — smtp\.mailsetup\.test port 465 tested just now from this computer\. Port 587 also works\./);
  // The name mismatch fails the TLS step; everything is in words, none of it debug output.
  const failedStep = page.locator('.port-details[data-host="mail.mailsetup.test"][data-port="465"] .step.failed');
  assert.match(await failedStep.first().textContent(), /TLS handshake/);
  const report = await page.textContent('.probe');
  assert.doesNotMatch(report, DEBUG_TEXT, 'debug output or a library URL on the page');
  assert.equal(await page.textContent('.port-details[data-host="smtp.mailsetup.test"][data-port="587"] .auth-before'), 'none');
  await page.waitForFunction(() => document.querySelector('.mailsetup > [aria-live]').textContent.startsWith('Test finished. Use smtp.mailsetup.test'));
  assert.deepEqual(await axeViolations(page), []);
  await screenshots(page, 'probe-result');
  await page.click('.probe-details > summary');
  assert.deepEqual(await axeViolations(page), [], 'with the details open');
  await screenshots(page, 'probe-details');
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await sidewaysOverflow(page);
  assert.ok(overflow.scrollWidth <= overflow.width, `the results scroll sideways at 320 px: ${JSON.stringify(overflow)}`);
  assert.deepEqual(await axeViolations(page), [], 'the results at 320 px');
  // The README's picture (docs/screenshot.png): the card and the matrix, details closed.
  await page.click('.probe-details > summary');
  await page.setViewportSize({ width: 1280, height: 1120 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'readme', { fullPage: false });
  // One click takes the fix: the card shows that server, ready to be tested again.
  await page.click('.probe .fixes button.use-instead');
  await page.waitForSelector('.probe .matrix', { state: 'detached' });
  assert.equal(await page.textContent('.answer .smtp-host'), 'smtp.mailsetup.test');
  assert.equal(await page.textContent('.answer .smtp-port'), '465');
  assert.equal(await page.textContent('.answer .smtp-security'), 'SSL/TLS');
  assert.equal(await page.locator('.answer .proof.works').count(), 0, 'not proven until tested again');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Downloads the file of `format` (its button inside `scope`) and reads it back with the
 * browser's own XML parser. */
async function downloaded(page, format, scope = '') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`${scope} button.download[data-format="${format}"]`),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
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
}

test('the Thunderbird XML and the .mobileconfig download and parse, in the developers\' room', async () => {
  const { page, context, errors } = await openPage(browser);
  await lookUp(page, 'someone@icloud.com');
  assert.equal(await page.locator('.downloads').count(), 0, 'files are not in the person\'s view');
  await page.click('nav.rooms a[href*="room=developers"]');
  await page.waitForSelector('.downloads');
  const parse = (format) => downloaded(page, format, '.downloads');
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

test('guides: only those that apply, the program\'s own set-up first, a select on phones', async () => {
  const { page, context, errors } = await openPage(browser);
  await lookUp(page, 'someone@gmail.com');
  assert.equal(await page.locator('#tab-gmail-send-as').count(), 0, 'no "Send mail as" for a Gmail address');
  // A program with Google's button: its sign-in is the whole guide, no app password.
  assert.match(await page.textContent('#guide-panel .quick-way'), /opens Google’s sign-in page/);
  assert.equal(await page.locator('#guide-panel details.manual').count(), 0);
  assert.doesNotMatch(await page.textContent('#guide-panel'), /app password/i);
  await page.click('#tab-ios');
  assert.match(await page.textContent('#guide-panel .quick-way'), /Add Account → Google/);
  assert.match(await page.textContent('.answer .first-step'), /Sign in with Google in iPhone/);
  // "Any other program" has no button: the app password, in the card and the guide alike.
  await page.click('#tab-other');
  assert.match(await page.textContent('.answer .first-step'), /Create an app password first/);
  assert.match(await page.textContent('#guide-panel'), /app password/);
  // Proton: desktop programs only, with the Bridge's password.
  await lookUp(page, 'someone@proton.me');
  await page.waitForSelector('#tab-thunderbird');
  for (const phone of ['ios', 'android-gmail', 'thunderbird-android', 'gmail-send-as']) {
    assert.equal(await page.locator(`#tab-${phone}`).count(), 0, `no ${phone} guide for a bridge on a computer`);
  }
  assert.match(await page.textContent('.answer .smtp-login'), /Bridge shows/);
  assert.equal(await page.locator('button.download[data-format="mobileconfig"]').count(), 0, 'no phone profile');
  await screenshot(page, 'proton-desktop-only');
  // A sending service's own domain: its user name, an app's guide only, no mailbox files.
  await lookUp(page, 'sendgrid.net');
  await page.waitForSelector('.answer .smtp-user');
  assert.equal(await page.textContent('.answer .smtp-user'), 'apikey');
  assert.equal(await page.locator('[role=tab]').count(), 0, 'one guide, no choice');
  await screenshot(page, 'sendgrid-app-only');
  // Its files, in the developers' room: an app's, none that sets up a mailbox.
  await page.click('nav.rooms a[href*="room=developers"]');
  await page.waitForSelector('.downloads button.download');
  for (const format of ['thunderbird', 'mobileconfig', 'autodiscover']) {
    assert.equal(await page.locator(`button.download[data-format="${format}"]`).count(), 0, format);
  }
  await page.click('nav.rooms li:first-child a');
  await lookUp(page, 'someone@gmail.com');
  await page.setViewportSize({ width: 320, height: 640 });
  assert.ok(await page.locator('#guide-program').isVisible(), 'a select on a phone');
  assert.ok(!(await page.locator('.tabs').isVisible()), 'no tab row on a phone');
  await page.selectOption('#guide-program', 'thunderbird');
  await page.waitForFunction(() => location.search.includes('tab=thunderbird'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('three rooms: the person\'s view holds no expert material; developers and the domain\'s owner have rooms of their own, opened in place and by link', async () => {
  const { page, context, errors } = await openPage(browser, { viewport: { width: 320, height: 640 } });
  await lookUp(page, 'someone@gmail.com');
  await page.waitForSelector('nav.rooms');
  // Gmail's domain is Google's: no room for its owner.
  assert.deepEqual(await page.locator('nav.rooms a').allTextContents(), ['Set up', 'Developers']);
  // Whole links: each door opens its room in a new tab too, and none carries the address
  // anywhere but the fragment.
  const doors = await page.locator('nav.rooms a').evaluateAll((links) => links.map((a) => new URL(a.href)));
  assert.deepEqual(doors.map((u) => u.search), ['', '?room=developers']);
  assert.ok(doors.every((u) => u.hash === '#address=someone@gmail.com'), JSON.stringify(doors));
  for (const expert of ['.downloads', '.services', '.kit', '.embed-snippet', '.explainer', 'table.servers', '.command']) {
    assert.equal(await page.locator(expert).count(), 0, `${expert} in the person's view`);
  }
  assert.doesNotMatch(await page.textContent('.mailsetup'), /openssl|swaks|PowerShell|netcat|smtplib|Postfix|git send-email|scan this/i);
  // The developers' door opens their room in place: the link says so, the keyboard lands on its heading.
  await page.click('nav.rooms a[href*="room=developers"]');
  await page.waitForSelector('#room');
  await page.waitForFunction(() => location.search.includes('room=developers') && location.hash === '#address=someone@gmail.com');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'room');
  assert.equal(await page.textContent('#room'), 'For developers and admins');
  for (const part of ['table.servers', '.downloads', '.services', '.explainer']) {
    assert.ok(await page.locator(part).count() >= 1, `${part} in the developers' room`);
  }
  assert.equal(await page.locator('.guides').count(), 0, 'one room at a time');
  assert.ok(await page.locator('.answer .smtp-host').isVisible(), 'the answer stays above every room');
  assert.deepEqual(await axeViolations(page), [], 'the developers\' room at 320 px');
  await screenshots(page, 'room-developers');
  // A link opens a room; a room the answer lacks opens the person's.
  await page.goto(`${BASE_URL}/?room=owner#address=someone%40gmail.com`);
  await page.waitForSelector('.guides');
  assert.equal(await page.locator('.kit, #room').count(), 0);
  // A domain of one's own: the owner's room, with the kit, the live look-up and the embed.
  await page.goto('about:blank');
  await page.goto(`${BASE_URL}/?room=owner#address=someone%40mailsetup.test`);
  await page.waitForSelector('#room');
  assert.deepEqual(await page.locator('nav.rooms a').allTextContents(), ['Set up', 'Developers', 'Domain owner']);
  assert.equal(new URL(await page.locator('nav.rooms a').first().evaluate((a) => a.href)).search, '', 'the set-up door leaves the room');
  assert.equal(await page.textContent('#room'), 'For the owner of mailsetup.test');
  for (const part of ['.kit', '.discover', '.embed-snippet']) {
    assert.equal(await page.locator(part).count(), 1, `${part} in the owner's room`);
  }
  assert.equal(await page.locator('.guides, .downloads').count(), 0);
  assert.deepEqual(await axeViolations(page), [], 'the owner\'s room at 320 px');
  await screenshots(page, 'room-owner');
  // Back to the set-up: the keyboard lands on its heading.
  await page.click('nav.rooms li:first-child a');
  await page.waitForSelector('.guides');
  await page.waitForFunction(() => !location.search.includes('room='));
  await page.waitForFunction(() => document.activeElement?.id === 'guides-title');
  // A room the next answer lacks is left, in the link too: gmail.com has no owner's room.
  await page.click('nav.rooms a[href*="room=owner"]');
  await page.waitForSelector('#room');
  await lookUp(page, 'someone@gmail.com');
  await page.waitForFunction(() => !location.search.includes('room='));
  await lookUp(page, 'someone@mailsetup.test');
  assert.equal(await page.locator('#room').count(), 0, 'no jump back into the owner\'s room');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a sending service has a Test of its own in the developers\' room, never the answer\'s proof', async () => {
  const { page, context, errors } = await openPage(browser, { url: `${BASE_URL}/?room=developers#address=someone%40gmail.com` });
  await page.waitForSelector('.services select#service');
  await page.selectOption('select#service', 'sendgrid');
  await page.waitForSelector('.services button.service-test');
  assert.equal(await page.textContent('.services button.service-test'), 'Test these settings');
  await page.click('.services button.service-test');
  // The testbed answers for smtp.sendgrid.net with its own Postfix, whose certificate does
  // not name it: reached, encrypted, the wrong name.
  await page.waitForSelector('.services .probe .matrix tr[data-host="smtp.sendgrid.net"]');
  await page.waitForFunction(() => !document.querySelector('.services button.service-test').disabled, null, { timeout: 30000 });
  assert.match(await page.textContent('.services .probe .summary'), /smtp\.sendgrid\.net/);
  assert.match(await page.locator('.services .probe .matrix td.bad').first().textContent(), /Wrong name/);
  assert.equal(await page.locator('.services .probe button.use-instead').count(), 0, 'no answer to change from here');
  // The answer above is still untested: the service's result is not its proof.
  assert.equal(await page.locator('.answer .proof.works, .answer .proof.fails, .answer .proof.unchecked').count(), 0);
  assert.equal(await page.locator('.probe').count(), 1, 'one panel: the service\'s');
  assert.equal(await page.textContent('.services button.service-test'), 'Test again');
  // Another service: the result shown was not its own.
  await page.selectOption('select#service', 'postmark');
  await page.waitForSelector('.services .probe', { state: 'detached' });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the iPhone and Apple Mail guides hold the profile, say what "Not Signed" means, and a QR code on a computer', async () => {
  const { page, context, errors } = await openPage(browser, { url: `${BASE_URL}/?tab=ios#address=someone%40posteo.de` });
  await page.waitForSelector('#guide-panel .setup-file');
  const file = page.locator('#guide-panel .setup-file');
  assert.match(await file.textContent(), /“Profile Downloaded”/);
  assert.match(await file.textContent(), /iOS marks the profile “Not Signed” or “Unverified”.*names posteo\.de\./);
  // Typing it in by hand is the other way, open below it (a printed guide shows it).
  assert.equal(await page.textContent('#guide-panel details.manual > summary'), 'Or type it in by hand');
  assert.notEqual(await page.getAttribute('#guide-panel details.manual', 'open'), null);
  const profile = await downloaded(page, 'mobileconfig', '#guide-panel .setup-file');
  assert.deepEqual([profile.root, profile.plistHost, profile.plistPort], ['plist', 'posteo.de', '465'], JSON.stringify(profile));
  // On a computer without touch, a QR code takes the page to the phone.
  const qr = page.locator('#guide-panel .setup-file .phone-qr svg');
  assert.ok(await qr.isVisible());
  const box = await qr.boundingBox();
  assert.ok(box.width >= 170 && Math.abs(box.width - box.height) < 1, `a square of at least 170 px: ${JSON.stringify(box)}`);
  await screenshots(page, 'guide-ios-profile');
  await page.setViewportSize({ width: 320, height: 640 });
  assert.ok(!(await qr.isVisible()), 'no QR code on a phone');
  await page.setViewportSize({ width: 1280, height: 900 });
  // Apple Mail on the Mac: the same profile, installed there.
  await page.click('#tab-apple-mail');
  assert.match(await page.textContent('#guide-panel .setup-file'), /macOS marks the profile/);
  assert.equal(await page.locator('#guide-panel .setup-file .phone-qr').count(), 0, 'no phone to carry it to');
  // Thunderbird takes no file; the iPhone beside Google's own sign-in needs none.
  await page.click('#tab-thunderbird');
  assert.equal(await page.locator('.setup-file').count(), 0);
  await lookUp(page, 'someone@gmail.com');
  await page.click('#tab-ios');
  assert.equal(await page.locator('.setup-file').count(), 0, 'nothing to install beside the sign-in');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Report wrong data" carries the provider and what was shown, never the address', async () => {
  const { page, context, errors } = await openPage(browser, { url: `${BASE_URL}/#address=jane.doe%40posteo.de` });
  await page.waitForSelector('details.wrong-data');
  await page.click('details.wrong-data > summary');
  const report = await page.textContent('details.wrong-data pre');
  assert.match(report, /^What is wrong, and where did you find the right settings\?/);
  assert.match(report, /provider: posteo \(mailsetup, checked \d{4}-\d\d(-\d\d)?\)/);
  assert.match(report, /smtp: posteo\.de:465 SSL\/TLS, user: address/);
  assert.doesNotMatch(report, /jane|doe/);
  // Our own data and no target configured: the report is there to copy.
  assert.equal(await page.locator('details.wrong-data a.send-report').count(), 0);
  assert.match(await page.textContent('details.wrong-data'), /whoever runs this site/);
  // Data imported from Thunderbird's ISPDB: its own tracker, with the report filled in.
  await lookUp(page, 'jane.doe@a1.net');
  await page.click('details.wrong-data > summary');
  const href = await page.getAttribute('details.wrong-data a.send-report', 'href');
  assert.match(href, /^https:\/\/github\.com\/thunderbird\/autoconfig\/issues\/new\?title=Wrong%20data%3A%20/);
  assert.doesNotMatch(decodeURIComponent(href), /jane|doe/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('deep links restore the address and the open guide, scroll to it, and name the provider', async () => {
  const { page, context, errors } = await openPage(browser, { url: `${BASE_URL}/?address=ann%40icloud.com&tab=ios` });
  await page.waitForSelector('.answer .provider-name');
  assert.equal(await page.inputValue('input#address'), 'ann@icloud.com');
  // The link's earlier form is rewritten: the address moves to the fragment, which a browser
  // never sends to a server (a reload or a language switch keeps it on this computer).
  await page.waitForFunction(() => !location.search.includes('address') && location.hash.includes('address=ann@icloud.com'));
  for (const href of await page.locator('nav.languages a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    assert.ok(!href.split('#')[0].includes('address'), `a language link sends the address: ${href}`);
  }
  assert.equal(await page.textContent('[role=tab][aria-selected=true]'), 'iPhone / iPad');
  await page.waitForFunction(() => window.scrollY > 100);
  assert.match(await page.title(), /^iCloud/);
  await page.click('#tab-thunderbird');
  await page.waitForFunction(() => location.search.includes('tab=thunderbird'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('embed mode: compact, one program, its height reported', async () => {
  const url = `${BASE_URL}/?embed=1&domain=gmail.com`;
  const { page, context, errors } = await openPage(browser, { url });
  await page.waitForSelector('.answer .provider-name');
  assert.equal(await page.locator('.site-header').count(), 0);
  assert.equal(await page.locator('.explainer').count(), 0);
  assert.equal(await page.locator('h1:visible').count(), 1, 'one level-one heading');
  assert.equal(await page.getAttribute('#address', 'placeholder'), 'you@gmail.com');
  assert.equal(await page.locator('.answer .user-copy').count(), 0, 'no copy button for a placeholder');
  const height = await documentHeight(page);
  console.log(`measure: embed height for Gmail at 1280 px: ${Math.round(height)}`);
  assert.ok(height < 1000, `embed is ${height} px tall`);
  assert.deepEqual(await axeViolations(page), []);
  await screenshots(page, 'embed');
  // One program.
  await page.goto(`${url}&program=ios`);
  await page.waitForSelector('.answer .provider-name');
  assert.equal(await page.locator('[role=tab]').count(), 0);
  assert.match(await page.textContent('#guides-title'), /iPhone/);
  await screenshots(page, 'embed-ios');
  // Inside an iframe, the page posts the height of its document to the parent.
  const { reported, actual } = await page.evaluate(async (src) => {
    document.body.innerHTML = '';
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    const heights = [];
    addEventListener('message', (e) => {
      if (e.data && e.data.type === 'mailsetup:height') heights.push(e.data.height);
    });
    frame.src = src;
    document.body.appendChild(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const root = frame.contentDocument.documentElement;
    return { reported: heights.at(-1), actual: Math.ceil(root.getBoundingClientRect().height) };
  }, url);
  assert.ok(reported > 200, `reported ${reported}`);
  assert.equal(reported, actual, 'the reported height is the document\'s');
  assert.deepEqual(errors, []);
  await context.close();
});

test('index.html paints the header and the field before the WebAssembly arrives, and keeps what was typed', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 700 } });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(BASE_URL);
  await page.waitForSelector('.static-paint input#address');
  assert.equal(await page.textContent('h1'), 'mailsetup');
  assert.ok(await page.locator('.loading').isVisible());
  await screenshot(page, 'first-paint');
  await page.fill('input#address', 'someone@gmail.com');
  release();
  await appReady(page);
  await page.waitForSelector('.answer .smtp-host');
  assert.equal(await page.textContent('.answer .smtp-host'), 'smtp.gmail.com');
  await context.close();
});

test('the first paint speaks the link\'s or the browser\'s language, and the app takes over in it', async () => {
  for (const [url, locale, lang, label] of [
    [`${BASE_URL}/?lang=de`, 'en-US', 'de', 'Ihre E-Mail-Adresse oder Domain'],
    [BASE_URL, 'fr-FR', 'fr', 'Adresse e-mail ou domaine'],
    [`${BASE_URL}/?lang=es`, 'de-DE', 'es', 'Su dirección de correo o dominio'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale });
    const page = await context.newPage();
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(url);
    await page.waitForSelector('.static-paint input#address');
    assert.equal(await page.getAttribute('html', 'lang'), lang, url);
    assert.equal(await page.textContent('.static-paint label'), label, `${url} (${locale})`);
    assert.doesNotMatch(await page.textContent('.static-paint'), /Loading the settings|Working outgoing/, `${url}: English in the first paint`);
    await screenshot(page, `first-paint-${lang}`, { fullPage: false });
    // What the app speaks at the moment the first paint goes.
    await page.evaluate(() => {
      const main = document.getElementById('app');
      new MutationObserver((_, observer) => {
        if (!main.querySelector('.static-paint')) {
          window.tookOverIn = main.querySelector('.mailsetup:not([hidden] *)')?.getAttribute('lang') ?? main.querySelector('.mailsetup')?.getAttribute('lang');
          observer.disconnect();
        }
      }).observe(main, { childList: true, subtree: true });
    });
    release();
    await appReady(page);
    await page.waitForSelector('.static-paint', { state: 'detached' });
    // The app took over speaking the same language: no English in between.
    assert.equal(await page.evaluate(() => window.tookOverIn), lang, `${url}: the language at the hand-over`);
    assert.equal(await page.getAttribute('.mailsetup', 'lang'), lang, url);
    assert.equal(await page.textContent('.lookup label'), label, url);
    await context.close();
  }
});

test('typing across the start keeps every character, the caret and the focus', async () => {
  for (let run = 0; run < 3; run += 1) {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(BASE_URL);
    await page.click('.static-paint input#address');
    await page.keyboard.type('someone@gm', { delay: 20 });
    // The module arrives while the person keeps typing: the swap falls among the keystrokes.
    release();
    await page.keyboard.type('ail.com', { delay: 60 + run * 40 });
    await appReady(page);
    await page.waitForSelector('.answer .smtp-host');
    assert.equal(await page.inputValue('input#address'), 'someone@gmail.com', `run ${run}`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'address', `run ${run}: the focus stays in the field`);
    assert.equal(await page.locator('input#address').count(), 1, 'one field once the app runs');
    // The caret is where the person left it: typing goes on at the end.
    await page.keyboard.type('x');
    assert.equal(await page.inputValue('input#address'), 'someone@gmail.comx', `run ${run}`);
    await context.close();
  }
});

test('the card module answers before the whole page arrives, and the page takes over keeping the typing', async () => {
  for (let run = 0; run < 2; run += 1) {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // The whole page's module waits: the card's, the first, answers alone.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    let wholeAsked = false;
    await page.route(/\/mailsetup-[0-9a-f]+_bg\.wasm$/, async (route) => { wholeAsked = true; await held; await route.continue(); });
    await page.goto(BASE_URL);
    await page.click('.mailsetup.card-only input#address');
    await page.keyboard.type('someone@gmail.com', { delay: 20 });
    await page.waitForSelector('.card-only .answer .smtp-host');
    assert.equal(await page.textContent('.card-only .answer .smtp-host'), 'smtp.gmail.com');
    assert.equal(await page.textContent('.card-only .answer .proof.no-proxy'), 'Checking the probe proxy…');
    assert.equal(await page.locator('.probe, .login-test, nav.rooms, #guides, button.probe-start').count(), 0, 'the card alone');
    if (run === 0) await screenshot(page, 'card-module', { fullPage: false });
    for (let i = 0; i < 100 && !wholeAsked; i += 1) await page.waitForTimeout(50);
    assert.ok(wholeAsked, 'the card asked for the whole page once it showed');
    // The whole page's module arrives while the person keeps typing.
    release();
    await page.keyboard.type('.uk', { delay: 30 + run * 50 });
    await appReady(page);
    await page.waitForSelector('.mailsetup.card-only', { state: 'detached' });
    assert.equal(await page.inputValue('input#address'), 'someone@gmail.com.uk', `run ${run}`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'address', `run ${run}: the focus stays in the field`);
    assert.equal(await page.locator('input#address').count(), 1, 'one field once the whole page runs');
    // The caret stayed at the end: three backspaces take back what was typed across the swap.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Backspace');
    assert.equal(await page.inputValue('input#address'), 'someone@gmail.com', `run ${run}`);
    await page.waitForSelector('.answer button.probe-start');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the whole page takes the card\'s place: one page in the document at a time, the steps opened on the card stay open', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // The most address fields and provider headings the document ever held at once.
  await page.addInitScript(() => {
    window.mostAtOnce = { fields: 0, headings: 0 };
    new MutationObserver(() => {
      mostAtOnce.fields = Math.max(mostAtOnce.fields, document.querySelectorAll('input#address').length);
      mostAtOnce.headings = Math.max(mostAtOnce.headings, document.querySelectorAll('#provider-name').length);
    }).observe(document, { childList: true, subtree: true });
  });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/mailsetup-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${BASE_URL}/#address=someone%40gmail.com`);
  await page.click('.card-only .answer .first-steps summary');
  assert.equal(await page.locator('.card-only .answer .first-steps[open]').count(), 1);
  release();
  await appReady(page);
  await page.waitForSelector('.mailsetup.card-only', { state: 'detached' });
  assert.equal(await page.locator('.answer .first-steps[open]').count(), 1, 'the steps the person opened stay open');
  assert.ok(await page.locator('.answer .first-steps li').first().isVisible());
  assert.deepEqual(await page.evaluate(() => mostAtOnce), { fields: 1, headings: 1 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Gmail prints on one page: the card and the open guide', async () => {
  const { page, context, errors } = await openPage(browser, { url: `${BASE_URL}/#address=someone%40gmail.com` });
  await page.waitForSelector('.answer .smtp-host');
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`measure: Gmail printed on ${pages} A4 page(s)`);
  assert.equal(pages, 1, 'one printed page');
  assert.ok(await page.locator('.guides').isVisible() && await page.locator('.answer').isVisible());
  assert.ok(!(await page.locator('.probe, .downloads, .provider').first().isVisible().catch(() => false)));
  await page.emulateMedia({ media: 'screen' });
  // "Copy all": every setting, as the card labels it.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  assert.equal(await page.textContent('.answer .copy-all button'), 'Copy all settings', 'says what it copies');
  await page.click('.answer .copy-all button');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Server: smtp\.gmail\.com\nPort: 465\nSecurity: SSL\/TLS\nUser name: someone@gmail\.com\nPassword: /);
  assert.match(await page.textContent('.provider .checked'), /^Checked against the provider’s own documentation in [A-Z][a-z]+ 20\d\d\.$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the proxy serves the page with the right MIME types and cache headers', async () => {
  const { page, context } = await openPage(browser);
  const html = await page.request.get(`${BASE_URL}/`);
  assert.equal(html.headers()['content-type'], 'text/html');
  assert.equal(html.headers()['cache-control'], 'no-cache');
  assert.doesNotMatch(await html.text(), /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script (a strict CSP can forbid them)');
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

test('the login test: offered by a local proxy, proves the login and a test message, keeps no password', async () => {
  const { page, context, errors } = await openPage(browser);
  await lookUp(page, 'someone@mailsetup.test');
  await page.waitForSelector('details.login-test');
  await page.click('details.login-test summary');
  assert.equal(await page.inputValue('#login-user'), 'someone@mailsetup.test');
  const password = 'only-for-tests';
  await page.fill('#login-password', password);
  await page.check('details.login-test input[type="checkbox"]');
  await screenshots(page, 'login-test');
  await page.click('button.login-start');
  assert.equal(await page.inputValue('#login-password'), '', 'the field is emptied at once');
  await page.waitForFunction(
    () => document.body.textContent.includes('Your login as someone@mailsetup.test works'),
    null,
    { timeout: 30000 },
  );
  await page.waitForFunction(() => document.body.textContent.includes('The server accepted a test message to someone@mailsetup.test'));
  // The password is nowhere but in the request that carried it.
  assert.ok(!page.url().includes(password));
  const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
  assert.ok(!stored.includes(password), stored);
  assert.ok(!(await page.content()).includes(password));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the login test is not offered by a proxy that is not on this computer and not allowed to', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route('**/api/config', async (route) => {
    const info = await (await route.fetch()).json();
    await route.fulfill({ json: { ...info, runs_locally: false, login_test: false, probe_location: 'a server elsewhere' } });
  });
  await page.goto(`${BASE_URL}?address=someone@mailsetup.test`);
  await appReady(page);
  await page.waitForSelector('.answer button.probe-start');
  assert.equal(await page.locator('details.login-test').count(), 0);
  await context.close();
});
