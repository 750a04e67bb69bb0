// Saving and exports in the built app: autosave and restore, "Mina
// jämförelser" (open, rename, delete with undo), a damaged saved entry, a
// full storage with its backup download, "Spara som fil" → "Öppna fil", the
// CSV export and a print preview. Every test also fails on console errors,
// page errors and CSP violations (downloads are blob: navigations).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { OUT, openApp, openSite, shareLink, watchProblems } from "./harness.mjs";

let site;
before(async () => {
  site = await openSite("storage");
});
after(async () => {
  await site?.close();
});

const savedCount = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("andamal.meta.")).length);

/** Waits until some comparison was saved at or after `since` (ms), by the autosave. */
async function savedSince(page, since) {
  await page.waitForFunction((since) => {
    return Object.keys(localStorage)
      .filter((k) => k.startsWith("andamal.meta."))
      .some((k) => JSON.parse(localStorage.getItem(k)).updated >= since);
  }, since);
}

async function loadExample(page) {
  await page.getByRole("button", { name: "Ladda exempel" }).click();
  await page.locator(".pair-row .sentence").nth(5).waitFor();
}

/** Tags B's first sentence with Samverkan and a note, through the editor. */
async function annotate(page, note = "Viktig för mötet.") {
  await page.locator(".cell-b .note-button").first().click();
  const editor = page.getByRole("dialog", { name: "Ny anteckning" });
  await editor.getByRole("checkbox", { name: /Samverkan/ }).check();
  await editor.getByLabel("Anteckning (frivillig)").fill(note);
  await editor.getByRole("button", { name: "Spara" }).click();
  await editor.waitFor({ state: "detached" });
}

const now = (page) => page.evaluate(() => Date.now());
const notesTab = (page) => page.getByRole("tab", { name: /^Anteckningar/ });
const menu = (page) => page.locator(".export-menu > summary");

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const target = path.join(OUT, `download-${file.suggestedFilename()}`);
  await file.saveAs(target);
  return { name: file.suggestedFilename(), bytes: readFileSync(target), path: target };
}

describe("saving", () => {
  test("autosave: the example with an annotation is back after a reload", async () => {
    const { page, problems } = await site.page();
    await openApp(site, page);
    await loadExample(page);
    await annotate(page);
    await savedSince(page, await now(page));
    await page.reload();
    await page.locator(".cell-b .badge").first().waitFor();
    assert.match(await page.locator("#text-a").inputValue(), /Östergötland/);
    assert.match(await notesTab(page).textContent(), /\(1\)/);
    assert.match(await page.locator(".note-item").first().textContent(), /Viktig för mötet/);
    problems.assertNone();
  });

  test("an edit made just before a reload is kept, and saved compressed again afterwards", async () => {
    const { page, problems } = await site.page();
    await openApp(site, page);
    await loadExample(page);
    await savedSince(page, await now(page));
    await annotate(page, "Sista sekunden.");
    // At once, before the autosave's pause is over: the page saves as it goes.
    await page.reload();
    await page.locator(".tools-panel .note-item").filter({ hasText: "Sista sekunden." }).waitFor();
    await page.waitForFunction(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("andamal.work."))
        .every((k) => localStorage.getItem(k).startsWith("v1.")),
    );
    assert.equal(await savedCount(page), 1);
    problems.assertNone();
  });

  test("Mina jämförelser: two comparisons, open the older, rename, delete with undo", async () => {
    const { page, problems } = await site.page();
    await openApp(site, page);
    await loadExample(page);
    await savedSince(page, await now(page));
    await page.getByRole("button", { name: "Mina jämförelser" }).click();
    const dialog = page.getByRole("dialog", { name: "Mina jämförelser" });
    await dialog.getByRole("button", { name: "Ny jämförelse" }).click();
    await dialog.waitFor({ state: "detached" });
    assert.equal(await page.locator("#text-a").inputValue(), "", "a new comparison starts empty");
    const typed = await now(page);
    await page.locator("#text-a").fill("4 § Ändamål\nFörbundet ska stödja samverkan.");
    await page.locator("#text-b").fill("4 § Ändamål\nFörbundet ska främja samverkan.");
    await savedSince(page, typed);
    assert.equal(await savedCount(page), 2);

    await page.getByRole("button", { name: "Mina jämförelser" }).click();
    const items = dialog.locator(".saved-item");
    await items.nth(1).waitFor();
    assert.equal(await items.count(), 2);
    assert.match(await items.nth(0).textContent(), /Namnlös jämförelse.*öppen nu/, "newest first");
    assert.match(await items.nth(1).textContent(), /Sparad \d{1,2} (jan\.|feb\.|mars|apr\.|maj|juni|juli|aug\.|sep\.|okt\.|nov\.|dec\.) \d{4} \d{2}:\d{2}/);
    await items.nth(1).getByRole("button", { name: /^Öppna/ }).click();
    await dialog.waitFor({ state: "detached" });
    await page.locator(".pair-row .sentence").nth(5).waitFor();
    assert.match(await page.locator("#text-a").inputValue(), /Östergötland/);

    await page.getByRole("button", { name: "Mina jämförelser" }).click();
    const example = items.filter({ hasText: "öppen nu" });
    await example.getByRole("button", { name: /^Byt namn/ }).click();
    await dialog.getByLabel("Namn på jämförelsen").fill("Workshop juni");
    await dialog.getByRole("button", { name: "Spara" }).click();
    await items.filter({ hasText: "Workshop juni" }).waitFor();

    const other = items.filter({ hasText: "Namnlös jämförelse" });
    await other.getByRole("button", { name: /^Ta bort/ }).click();
    await dialog.getByRole("status").filter({ hasText: "togs bort" }).waitFor();
    assert.equal(await items.count(), 1);
    await dialog.getByRole("button", { name: "Ångra" }).click();
    await other.waitFor();
    assert.equal(await items.count(), 2);
    await other.getByRole("button", { name: /^Ta bort/ }).click();
    await dialog.getByRole("status").filter({ hasText: "togs bort" }).waitFor();
    assert.equal(await savedCount(page), 1);

    // The renamed title is the page's: it survives the next save and a reload.
    await page.reload();
    await page.getByRole("button", { name: "Mina jämförelser" }).click();
    await items.filter({ hasText: "Workshop juni" }).waitFor();
    assert.equal(await items.count(), 1);
    problems.assertNone();
  });

  test("a damaged saved entry is skipped with a message and the others open", async () => {
    const { page, problems } = await site.page();
    await openApp(site, page);
    await loadExample(page);
    await savedSince(page, await now(page));
    await page.evaluate(() => {
      const later = Date.now() + 60_000;
      localStorage.setItem("andamal.work.zz1", "v1.inte-en-riktig-jämförelse");
      localStorage.setItem("andamal.meta.zz1", JSON.stringify({ title: "Trasig", names: ["", ""], updated: later }));
      localStorage.setItem("andamal.meta.zz2", "{ inte json");
    });
    await page.reload();
    await page.locator(".pair-row .sentence").nth(5).waitFor();
    assert.match(await page.locator("#text-a").inputValue(), /Östergötland/, "the newest that opens is restored");
    await page.getByRole("button", { name: "Mina jämförelser" }).click();
    const dialog = page.getByRole("dialog", { name: "Mina jämförelser" });
    await dialog.getByText("En sparad jämförelse är skadad").waitFor();
    await dialog.locator('.saved-items[aria-busy="false"]').waitFor();
    assert.equal(await dialog.locator(".saved-item").count(), 1);
    assert.doesNotMatch(await dialog.textContent(), /Trasig/);
    problems.assertNone();
  });

  test("storage full: a banner offers the backup, which downloads the work", async () => {
    const { page, problems } = await site.page({
      initScript: () => {
        Storage.prototype.setItem = function () {
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        };
      },
    });
    await openApp(site, page);
    await loadExample(page);
    const banner = page.getByRole("alert").filter({ hasText: "lagringsutrymme är fullt" });
    await banner.waitFor();
    const backup = await download(page, () => banner.getByRole("button", { name: "Ladda ner säkerhetskopia" }).click());
    assert.match(backup.name, /\.andamal\.json$/);
    const json = JSON.parse(backup.bytes.toString("utf8"));
    assert.equal(json.type, "AnnotationCollection");
    assert.match(JSON.stringify(json), /Östergötland/);
    problems.assertNone();
  });

  test("storage switched off: the work goes on, the banner and the list say why, the backup downloads", async () => {
    const { page, problems } = await site.page({
      initScript: () => {
        Object.defineProperty(window, "localStorage", {
          get() {
            throw new DOMException("The operation is insecure.", "SecurityError");
          },
        });
      },
    });
    await openApp(site, page);
    await loadExample(page);
    await annotate(page);
    const banner = page.getByRole("alert").filter({ hasText: "tillåter inte att sidan sparar" });
    await banner.waitFor();
    await page.getByRole("button", { name: "Mina jämförelser" }).click();
    const dialog = page.getByRole("dialog", { name: "Mina jämförelser" });
    await dialog.getByText("Webbläsaren tillåter inte att sidan sparar något").waitFor();
    assert.equal(await dialog.getByText("Inga sparade jämförelser ännu.").count(), 0);
    await dialog.getByRole("button", { name: "Stäng" }).click();
    const backup = await download(page, () => banner.getByRole("button", { name: "Ladda ner säkerhetskopia" }).click());
    assert.match(backup.bytes.toString("utf8"), /Viktig för mötet\./);
    assert.match(await page.locator("#text-a").inputValue(), /Östergötland/, "the work is all there");
    problems.assertNone();
  });
});

describe("files and exports", () => {
  test("Spara som fil → Öppna fil in a fresh browser gives the same texts and notes; a broken file changes nothing", async () => {
    const first = await site.page();
    await openApp(site, first.page);
    await loadExample(first.page);
    await annotate(first.page, "Samma i båda?");
    await menu(first.page).click();
    const saved = await download(first.page, () => first.page.getByRole("button", { name: "Spara som fil" }).click());
    assert.match(saved.name, /\.andamal\.json$/);
    const texts = [await first.page.locator("#text-a").inputValue(), await first.page.locator("#text-b").inputValue()];
    const notes = await first.page.locator(".tools-panel .note-item").allTextContents();
    first.problems.assertNone();
    await first.context.close();

    const { page, problems } = await site.page();
    await openApp(site, page);
    await menu(page).click();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Öppna fil …" }).click(),
    ]);
    await chooser.setFiles(saved.path);
    await page.locator(".cell-b .badge").first().waitFor();
    assert.deepEqual([await page.locator("#text-a").inputValue(), await page.locator("#text-b").inputValue()], texts);
    assert.deepEqual(await page.locator(".tools-panel .note-item").allTextContents(), notes);

    const [again] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Öppna fil …" }).click(),
    ]);
    await again.setFiles({ name: "trasig.andamal.json", mimeType: "application/json", buffer: Buffer.from('{"type": "Annotation', "utf8") });
    await page.getByRole("alert").filter({ hasText: "Filen är inte en JSON-fil" }).waitFor();
    assert.deepEqual([await page.locator("#text-a").inputValue(), await page.locator("#text-b").inputValue()], texts);
    assert.deepEqual(await page.locator(".tools-panel .note-item").allTextContents(), notes);
    problems.assertNone();
  });

  test("CSV for Excel starts with a BOM and separates cells with semicolons; Markdown downloads too", async () => {
    const { page, problems } = await site.page();
    await openApp(site, page);
    await loadExample(page);
    await menu(page).click();
    const csv = await download(page, () => page.getByRole("button", { name: "Tabell för Excel (CSV)" }).click());
    assert.match(csv.name, /\.csv$/);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString("utf8").slice(1).split("\r\n");
    assert.equal(lines[0], "Par;Typ;Adress A;Text A;Adress B;Text B;Teman;Anteckningar");
    assert.ok(lines.length > 5);
    const md = await download(page, () => page.getByRole("button", { name: "Handout (Markdown)" }).click());
    assert.match(md.name, /\.md$/);
    assert.match(md.bytes.toString("utf8"), /^# /);
    problems.assertNone();
  });

  test("print preview: the comparison with addresses, themes as labels and the notes at the end", async () => {
    const { page, problems } = await site.page();
    await openApp(site, page);
    await loadExample(page);
    await annotate(page, "Plattformen är gemensam för alla fyra parter.");
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".app-header").isVisible(), false);
    assert.equal(await page.locator(".tools").isVisible(), false);
    assert.equal(await page.locator(".editors").isVisible(), false);
    await page.locator(".print-note").first().waitFor();
    assert.match(await page.locator(".print-heading").textContent(), /Förbundsordning A/);
    await page.screenshot({ path: path.join(OUT, "print-preview.png"), fullPage: true });
    problems.assertNone();
  });
});

describe("two tabs", () => {
  test("a tab whose comparison another tab saved says so and saves its own changes as a new one", async () => {
    const { page: first, context, problems } = await site.page();
    await openApp(site, first);
    await loadExample(first);
    await savedSince(first, await now(first));
    const second = await context.newPage();
    const secondProblems = await watchProblems(second);
    await openApp(site, second);
    await second.locator(".pair-row .sentence").nth(5).waitFor();
    await annotate(second, "Från flik två.");
    await savedSince(second, await now(second));

    await first.getByRole("status").filter({ hasText: "ändrats i en annan flik" }).waitFor();
    const edited = await now(first);
    await annotate(first, "Från flik ett.");
    await savedSince(first, edited);
    assert.equal(await savedCount(first), 2, "both tabs' work is kept");
    await first.getByRole("button", { name: "Mina jämförelser" }).click();
    const items = first.locator(".saved-item");
    await first.locator('.saved-items[aria-busy="false"]').waitFor();
    assert.equal(await items.count(), 2);
    // The other tab's version is intact.
    await items.filter({ hasNotText: "öppen nu" }).getByRole("button", { name: /^Öppna/ }).click();
    await first.locator(".tools-panel .note-item").filter({ hasText: "Från flik två." }).waitFor();
    assert.equal(await first.locator(".tools-panel .note-item").filter({ hasText: "Från flik ett." }).count(), 0);
    problems.assertNone();
    secondProblems.assertNone();
  });

  test("a link opened in a second tab while the first is editing: both are kept, nothing is lost", async () => {
    const { page: first, context, problems } = await site.page();
    await openApp(site, first);
    await loadExample(first);
    await savedSince(first, await now(first));
    await first.getByRole("button", { name: "Dela", exact: true }).click();
    const link = await shareLink(first);
    await first.getByRole("button", { name: "Stäng" }).first().click();

    const second = await context.newPage();
    const secondProblems = await watchProblems(second);
    await second.goto(link);
    await second.locator(".pair-row .sentence").nth(5).waitFor();
    const opened = await now(second);
    await annotate(second, "Från länken.");
    await savedSince(second, opened);

    const editing = await now(first);
    await annotate(first, "Medan länken öppnades.");
    await savedSince(first, editing);
    assert.equal(await savedCount(first), 2, "the link's comparison is saved beside the first tab's");
    assert.equal(await first.getByText("ändrats i en annan flik").count(), 0, "the link did not touch the first tab's work");
    await first.reload();
    await first.locator(".pair-row .sentence").nth(5).waitFor();
    const notes = first.locator(".tools-panel .note-item");
    await notes.filter({ hasText: "Medan länken öppnades." }).waitFor();
    assert.equal(await notes.filter({ hasText: "Från länken." }).count(), 0);
    problems.assertNone();
    secondProblems.assertNone();
  });
});
