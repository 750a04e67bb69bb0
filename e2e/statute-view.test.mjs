// The whole förbundsordningar § by § (issue #17) in the built app: the view
// switch, the outline's badges against the core's expected pairing (a
// synthetic revision with a merge, a split, a move, a removed and an added
// section; a real förbundsordning against its PDF copy), the ändamål opened
// first, opening another section, annotating in it and finding it in the
// notes and the matrix, on a desktop and a touch phone; bad input (one side
// empty, no § headings, more than 1 MB) answered in Swedish with nothing
// lost; a link still opens in the pair view; the comparison runs in the
// landscape's wasm, fetched when the view is first opened: offline before
// that the view says so and loses nothing, offline after that it works.
// Every test fails on console errors, page errors and CSP violations.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { PHONE, ROOT, finishedExampleLink, openApp, openSite, pasteInto, waitForServiceWorker } from "./harness.mjs";

const FIXTURES = path.join(ROOT, "andamal-core", "tests", "fixtures");
const fixture = (name) => readFileSync(path.join(FIXTURES, name), "utf8");
const MERGE_SPLIT = "statutes/merge_split";
const BADGES = { equal: "oförändrad", changed: "ändrad", moved: "flyttad", added: "ny", removed: "borttagen" };

let site;
before(async () => {
  site = await openSite("statute-view");
});
after(async () => {
  await site?.close();
});

/** Pastes both texts and switches to the § by § view. */
async function showStatutes(page, a, b) {
  await pasteInto(page, "#text-a", a);
  await pasteInto(page, "#text-b", b);
  const mode = page.getByRole("navigation", { name: "Vad jämförs" });
  await mode.getByRole("button", { name: "Hela förbundsordningen" }).click();
  assert.equal(await mode.getByRole("button", { name: "Hela förbundsordningen" }).getAttribute("aria-pressed"), "true");
  await page.locator(".statute .status-busy").waitFor({ state: "detached" });
}

const sections = (page) => page.locator(".sec-list > .sec");

describe("the whole förbundsordningar § by §", () => {
  test("desktop: every section pair with its badge, the ändamål open first, a merge opened and annotated", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    const expected = JSON.parse(fixture(`${MERGE_SPLIT}/expected.json`));
    await showStatutes(page, fixture(`${MERGE_SPLIT}/a.txt`), fixture(`${MERGE_SPLIT}/b.txt`));

    await sections(page).nth(expected.sections.length - 1).waitFor();
    assert.equal(await sections(page).count(), expected.sections.length);
    for (const [i, [kind, a, b]] of expected.sections.entries()) {
      const row = sections(page).nth(i);
      assert.equal(await row.locator(".sec-badge").textContent(), BADGES[kind], `row ${i}`);
      assert.equal(await row.locator(".sec-title").textContent(), (b.length ? b : a).join(" + "), `row ${i}`);
    }
    assert.equal(await page.locator(".statute .summary").textContent(), "8 paragrafer: 2 oförändrade, 3 ändrade, 1 flyttad, 1 ny, 1 borttagen");
    // Merges, splits and renumbering show in the numbers; renames say what the section was.
    assert.equal(await sections(page).nth(1).locator(".sec-numbers").textContent(), "§ 1 + § 2 → § 1");
    assert.equal(await sections(page).nth(1).locator(".sec-was").textContent(), "Förut: 1 § Medlemmar + 2 § Säte");
    assert.equal(await sections(page).nth(4).locator(".sec-numbers").textContent(), "§ 4 → § 4 + § 5");
    assert.equal(await sections(page).nth(3).locator(".sec-numbers").textContent(), "§ 6 → § 3");

    // The ändamål pair is marked and open, with the pair view's rows and word diff.
    const andamal = sections(page).nth(expected.andamal[1]);
    assert.equal(await andamal.locator(".sec-mark").textContent(), "Ändamål");
    assert.equal(await andamal.locator(".sec-head").getAttribute("aria-expanded"), "true");
    await andamal.locator(".pair-row .cell-b .sentence").first().waitFor();
    assert.match(await andamal.locator(".pair-row").nth(1).textContent(), /finansiell samordning/);
    assert.equal(await page.locator(".sec-open").count(), 1);

    // Opening the merge closes the ändamål; A's § 2 sentence sits beside B's § 1, addressed by its own section.
    const merged = sections(page).nth(1);
    await merged.locator(".sec-head").click();
    const sate = merged.locator(".pair-row", { hasText: "sitt säte i Motala" });
    await sate.waitFor();
    assert.equal(await andamal.locator(".sec-head").getAttribute("aria-expanded"), "false");
    assert.equal(await sate.locator(".cell-a .address").textContent(), "2 § st. 1 m. 1");
    assert.equal(await sate.locator(".cell-b .address").textContent(), "1 § st. 1 m. 2");

    // Annotating in that section: the editor, the notes list and the matrix see it.
    await sate.locator(".cell-b").getByRole("button", { name: /Anteckna/ }).click();
    const editor = page.getByRole("dialog", { name: "Ny anteckning" });
    await editor.getByRole("checkbox", { name: /Samverkan/ }).check();
    await editor.getByLabel("Anteckning (frivillig)").fill("Säte och medlemmar i en paragraf.");
    await editor.getByRole("button", { name: "Spara" }).click();
    await editor.waitFor({ state: "detached" });
    await sate.locator(".cell-b .sentence button.badge", { hasText: "SA" }).waitFor();
    const note = page.locator(".tools-panel .note-item");
    assert.equal(await note.count(), 1);
    assert.match(await note.first().textContent(), /B 1 § st\. 1 m\. 2.*Säte och medlemmar i en paragraf/);
    await page.getByRole("tab", { name: "Vem säger vad" }).click();
    const link = page.locator(".tools-panel .matrix-link").first();
    await link.waitFor();

    // A jump from the matrix opens the section holding the row.
    await andamal.locator(".sec-head").click();
    assert.equal(await merged.locator(".sec-head").getAttribute("aria-expanded"), "false");
    await link.click();
    await merged.locator(".pair-focused", { hasText: "sitt säte i Motala" }).waitFor();
    assert.equal(await merged.locator(".sec-head").getAttribute("aria-expanded"), "true");

    // Back to the pair view: the same texts and the same note.
    await page.getByRole("button", { name: "Två ändamål" }).click();
    await page.locator(".comparison .summary").waitFor();
    assert.equal(await page.locator(".sec-list").count(), 0);
    await page.getByRole("tab", { name: /Anteckningar/ }).click();
    assert.match(await page.locator(".tools-panel .note-item").first().textContent(), /Säte och medlemmar i en paragraf/);
    problems.assertNone();
    await context.close();
  });

  test("phone: a real förbundsordning against its PDF copy, every section paired, tapped open, nothing wider than the screen", async () => {
    const { page, context, problems } = await site.page({ viewport: PHONE, touch: true });
    await openApp(site, page);
    const expected = JSON.parse(fixture("statutes/vasteras_web_pdf/expected.json"));
    const read = (rel) => fixture(path.join("statutes/vasteras_web_pdf", rel));
    await showStatutes(page, read(expected.a), read(expected.b));
    await sections(page).nth(expected.sections.length - 1).waitFor();
    assert.equal(await sections(page).count(), expected.sections.length);
    for (const [i, [kind]] of expected.sections.entries()) {
      assert.equal(await sections(page).nth(i).locator(".sec-badge").textContent(), BADGES[kind], `row ${i}`);
    }
    const andamal = sections(page).nth(expected.andamal[1]);
    assert.equal(await andamal.locator(".sec-head").getAttribute("aria-expanded"), "true");
    await andamal.locator(".pair-row .cell-b .sentence").first().waitFor();

    const styrelse = sections(page).filter({ hasText: "5 § Styrelse" });
    await styrelse.locator(".sec-head").tap();
    await styrelse.locator(".pair-row .sentence").first().waitFor();
    assert.equal(await andamal.locator(".sec-head").getAttribute("aria-expanded"), "false");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the page is ${width} px wide`);
    problems.assertNone();
    await context.close();
  });

  test("bad input: an empty side, a text without § headings and a huge paste are explained, and the texts stay", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    const b = fixture(`${MERGE_SPLIT}/b.txt`);
    await showStatutes(page, "", b);
    const notice = page.locator(".statute .notice-warning");
    assert.equal(await notice.textContent(), "Klistra in hela förbundsordningen i text A för att jämföra paragraf för paragraf.");

    const prose = "Förbundet ska stödja samverkan mellan parterna. Det ska vara en arena för utveckling.";
    await pasteInto(page, "#text-a", prose);
    await notice.filter({ hasText: "Inga paragrafrubriker" }).waitFor();
    assert.match(await notice.textContent(), /hittades i text A, så texterna kan inte jämföras paragraf för paragraf/);
    assert.equal(await page.locator("#text-a").inputValue(), prose);

    const huge = `1 § Namn\n${"Förbundet ska stödja samverkan. ".repeat(40_000)}`;
    await pasteInto(page, "#text-b", huge);
    await notice.filter({ hasText: "för stor" }).waitFor();
    assert.match(await notice.textContent(), /^Text B är för stor \(över 1 MB\)/);
    assert.equal((await page.locator("#text-b").inputValue()).length, huge.length);
    problems.assertNone();
    await context.close();
  });

  test("a shared link opens in the pair view, whatever view was used before", async () => {
    const link = await finishedExampleLink(site);
    const { page, context, problems } = await site.page({ viewport: PHONE, touch: true });
    await openApp(site, page);
    await page.getByRole("button", { name: "Hela förbundsordningen" }).tap();
    await page.locator(".statute").waitFor();
    await page.goto(`${site.url}#${link}`);
    await page.locator(".comparison .summary").waitFor();
    assert.equal(await page.getByRole("button", { name: "Två ändamål" }).getAttribute("aria-pressed"), "true");
    assert.equal(await page.locator(".statute").count(), 0);
    problems.assertNone();
    await context.close();
  });

  test("the comparison's code is fetched when the view is first opened: offline before that it says so, offline after that it works", async () => {
    const [a, b] = [fixture(`${MERGE_SPLIT}/a.txt`), fixture(`${MERGE_SPLIT}/b.txt`)];
    const views = /\/landscape(\.js|_bg\.wasm|_loader\.js)$/;
    const sent = (own) => readFileSync(own.requestLog, "utf8").trim().split("\n").map((line) => JSON.parse(line).url);

    // Never opened online: offline, the view explains, and the texts stay.
    const never = await openSite("statute-view-never");
    try {
      const { page, context, problems } = await never.page();
      await openApp(never, page);
      await waitForServiceWorker(page);
      await page.waitForLoadState("networkidle");
      assert.ok(!sent(never).some((url) => views.test(url)), "nothing of the view before it is opened");
      await never.stopServer();
      await page.reload();
      await page.locator("#text-a").waitFor();
      await showStatutes(page, a, b);
      const notice = page.locator(".statute .notice-warning");
      assert.match(await notice.textContent(), /^Jämförelsen paragraf för paragraf kunde inte hämtas, eftersom sidan är utan nät/);
      assert.equal(await page.locator(".sec-list").count(), 0);
      assert.equal(await page.locator("#text-a").inputValue(), a);
      assert.equal(await page.locator("#text-b").inputValue(), b);
      // The pair view still works offline.
      await page.getByRole("button", { name: "Två ändamål" }).click();
      await page.locator(".comparison .summary").waitFor();
      // The one problem: the view's loader, which could not be fetched.
      assert.deepEqual(problems.list, [`request failed: ${never.url}landscape_loader.js (net::ERR_FAILED)`]);
      await context.close();
    } finally {
      await never.close();
    }

    // Opened once online: fetched then, and offline after that it works.
    const once = await openSite("statute-view-once");
    try {
      const { page, context, problems } = await once.page({ viewport: PHONE, touch: true });
      await openApp(once, page);
      await waitForServiceWorker(page);
      await showStatutes(page, a, b);
      await sections(page).first().waitFor();
      for (const file of ["/landscape_bg.wasm", "/landscape_loader.js"]) {
        assert.ok(sent(once).some((url) => url.endsWith(file)), `${file} was fetched when the view was opened`);
      }
      const online = await sections(page).count();
      // The texts are kept on the device (autosave), so the reload restores them, folded.
      await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith("andamal.work.")));
      await once.stopServer();
      await page.reload();
      await page.locator(".editor-folded").nth(1).waitFor();
      await page.getByRole("button", { name: "Hela förbundsordningen" }).click();
      await sections(page).first().waitFor();
      assert.equal(await sections(page).count(), online);
      problems.assertNone();
      await context.close();
    } finally {
      await once.close();
    }
  });
});
