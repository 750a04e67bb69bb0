// Workshop-readiness in the built app: hostile text shown as plain text
// everywhere, names suggested from the texts, swapping sides, a new
// comparison that can be undone, and pastes too large to compare. Every test
// also fails on console errors, page errors and CSP violations.

import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { ROOT, openApp, openSite, pasteInto, shareLink } from "./harness.mjs";

let site;
before(async () => {
  site = await openSite("room");
});
after(async () => {
  await site?.close();
});

const HOSTILE = [
  "<script>window.__pwned = 1; alert(1)</script>",
  "<img src=x onerror=\"window.__pwned = 2; alert(2)\">",
  "javascript:alert(3)",
  "{{constructor.constructor('alert(4)')()}}",
];

describe("hostile input", () => {
  test("markup in texts, notes, theme names, side names and titles is shown as text and never runs", async () => {
    const { page, context, problems } = await site.page();
    let dialogs = 0;
    page.on("dialog", async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await openApp(site, page);
    const text = (extra) => `4 § Ändamål\n\nFörbundet ska stödja samverkan ${HOSTILE.join(" ")} ${extra}.`;
    await page.locator("#text-a").fill(text("i länet"));
    await page.locator("#text-b").fill(text("i regionen"));
    await page.locator(".pair-row .sentence").first().waitFor();
    assert.match(await page.locator(".pairs").textContent(), /<script>window.__pwned = 1; alert\(1\)<\/script>/);

    await page.getByRole("tab", { name: "Teman" }).click();
    await page.locator("#new-theme-name").fill(HOSTILE[1]);
    await page.getByRole("button", { name: "Lägg till tema" }).click();
    await page.locator(".cell-a").first().getByRole("button", { name: /Anteckna/ }).click();
    const editor = page.getByRole("dialog", { name: "Ny anteckning" });
    await editor.getByRole("checkbox", { name: HOSTILE[1] }).check();
    await editor.getByLabel("Anteckning (frivillig)").fill(HOSTILE.join("\n"));
    await editor.getByRole("button", { name: "Spara" }).click();
    await page.getByRole("tab", { name: /Anteckningar/ }).click();
    assert.equal(await page.locator(".note-body").first().textContent(), HOSTILE.join("\n"));

    await page.getByRole("button", { name: "Dela", exact: true }).click();
    await page.locator("#share-name-0").fill(HOSTILE[0]);
    await page.locator("#share-title-field").fill(HOSTILE[3]);
    assert.equal(await page.locator(".pair-head .pair-cell").first().textContent(), `A: ${HOSTILE[0]}`);
    const link = await shareLink(page);

    const fresh = await site.page();
    fresh.page.on("dialog", () => assert.fail("a dialog opened from a link"));
    await fresh.page.goto(link);
    await fresh.page.locator(".pair-row .sentence").first().waitFor();
    await fresh.page.locator(".cell-a button.badge").first().waitFor();
    assert.equal(await fresh.page.locator(".pair-head .pair-cell").first().textContent(), `A: ${HOSTILE[0]}`);
    assert.equal(await fresh.page.evaluate(() => window.__pwned), undefined);
    fresh.problems.assertNone();
    await fresh.context.close();

    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator("img[src=x]").count(), 0);
    assert.equal(dialogs, 0);
    problems.assertNone();
    await context.close();
  });

  test("a 4 MB document is accepted: its ändamål is found and only the sections are compared", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    // Paragraphs of ten sentences: a long document as it comes from a web page.
    const paragraph = "Styrelsen sammanträder och protokoll justeras av ordföranden. ".repeat(10);
    const prose = `${paragraph}\n\n`.repeat(6_500);
    const a = `1 § Namn\n\nSamordningsförbundet Väst.\n\n4 § Ändamål\n\nFörbundet ska främja samverkan.\n\n5 § Styrelse\n\n${prose}`;
    await pasteInto(page, "#text-a", a);
    await pasteInto(page, "#text-b", "4 § Ändamål\n\nFörbundet ska stödja samverkan.");
    const bytes = Buffer.byteLength(a);
    assert.ok(bytes > 4_000_000 && bytes < 5 * 1024 * 1024, `${bytes} bytes`);
    await page.locator(".pair-row .sentence").first().waitFor();
    assert.match(await page.locator(".finder-found").first().textContent(), /4 § Ändamål/);
    assert.equal(await page.locator(".pair-row:not(.pair-head)").count(), 1, "only the ändamål sections are compared");
    assert.match(await page.locator(".summary").textContent(), /^1 ändrad mening/);
    assert.equal(await page.locator(".comparison .notice-warning").count(), 0);
    problems.assertNone();
    await context.close();
  });

  test("a paste over 5 MB is refused in Swedish and what was in the field stays", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    await page.getByRole("button", { name: "Ladda exempel" }).click();
    await page.locator(".pair-row .sentence").first().waitFor();
    const before = await page.locator("#text-a").inputValue();
    // A real paste event carrying 5.9 MB (54 bytes × 110 000) of text.
    const stopped = await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "Förbundet ska stödja samverkan mellan huvudmännen. ".repeat(110_000));
      const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector("#text-a").dispatchEvent(event);
      return event.defaultPrevented;
    });
    assert.ok(stopped, "the paste is stopped");
    const notice = page.locator(".notice-bar.notice-error");
    await notice.waitFor();
    assert.match(await notice.textContent(), /Texten är för stor \(5,\d MB\)/);
    assert.equal(await page.locator("#text-a").inputValue(), before, "nothing the user had is lost");
    assert.ok((await page.locator(".pair-row .sentence").count()) > 3, "the comparison stays");
    problems.assertNone();
    await context.close();
  });
});

describe("names, swapping and a new comparison", () => {
  test("names come from the texts, follow a swap, and Ny jämförelse can be undone", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    await page.locator("#text-a").fill(
      "Förbundsordning för Samordningsförbundet Sydnärke, antagen 2020\n\n4 § Ändamål\n\nFörbundet ska stödja samverkan.",
    );
    await page.locator("#text-b").fill(
      "Förbundsordning för Samordningsförbundet Västerås 2012\n\n4 § Ändamål\n\nFörbundet ska främja samverkan.",
    );
    const heads = page.locator(".pair-head .pair-cell");
    await page.locator(".pair-row .sentence").first().waitFor();
    assert.deepEqual(await heads.allTextContents(), ["A: Sydnärke 2020", "B: Västerås 2012"]);
    await page.getByRole("button", { name: /Byt plats/ }).click();
    await page.waitForFunction(() => document.querySelector(".pair-head .pair-cell").textContent.startsWith("A: Västerås"));
    assert.match(await page.locator("#text-a").inputValue(), /Västerås/);

    await page.getByRole("button", { name: "Ny jämförelse" }).click();
    assert.equal(await page.locator("#text-a").inputValue(), "");
    await page.locator(".notice-bar").getByRole("button", { name: "Ångra" }).click();
    assert.match(await page.locator("#text-a").inputValue(), /Västerås/);
    await page.locator(".pair-row .sentence").first().waitFor();
    problems.assertNone();
    await context.close();
  });
});

describe("presentation mode", () => {
  test("fills the screen; clicker keys step through changes, M shows the matrix, B blacks out, Esc ends", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    await page.getByRole("button", { name: "Ladda exempel" }).click();
    await page.locator(".pair-row .sentence").nth(5).waitFor();
    await page.getByRole("button", { name: "Presentera" }).click();
    await page.locator(".presenting").waitFor();
    assert.equal(await page.locator("#text-a").count(), 0, "the editors make room");
    const size = await page.locator(".presenting .sentence").first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 24, `large type: ${size}px`);
    await page.keyboard.press("PageDown");
    await page.locator(".change-position", { hasText: "Ändring 1 av" }).waitFor();
    await page.keyboard.press("PageDown");
    await page.locator(".change-position", { hasText: "Ändring 2 av" }).waitFor();
    await page.keyboard.press("PageUp");
    await page.locator(".change-position", { hasText: "Ändring 1 av" }).waitFor();
    await page.keyboard.press("b");
    await page.locator(".blackout").waitFor();
    await page.keyboard.press("b");
    await page.locator(".blackout").waitFor({ state: "detached" });
    await page.keyboard.press("m");
    await page.locator(".presenting .matrix").waitFor();
    await page.keyboard.press("m");
    await page.locator(".presenting .pairs").waitFor();
    await page.keyboard.press("Escape");
    await page.locator("#text-a").waitFor();
    assert.equal(await page.locator(".presenting").count(), 0);
    problems.assertNone();
    await context.close();
  });
});

describe("the first minute", () => {
  test("Hjälp explains the marks and opens a finished example in one click", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    await page.getByRole("button", { name: "Hjälp" }).click();
    const help = page.locator(".help-panel");
    assert.match(await help.textContent(), /understruket – tillagt i B/);
    assert.match(await help.textContent(), /PDF-filer/);
    await help.getByRole("button", { name: "Visa ett färdigt exempel" }).click();
    await page.locator(".pair-row .sentence").nth(5).waitFor();
    await page.locator(".pair-note").first().waitFor();
    assert.equal(await page.locator(".tools-panel .note-item").count(), 5);
    await page.getByRole("tab", { name: "Vem säger vad" }).click();
    const row = page.locator(".matrix-table tbody tr", { hasText: "Systemutveckling" });
    assert.match(await row.locator("td").nth(2).textContent(), /Ja/);
    assert.deepEqual(await page.locator(".pair-head .pair-cell").allTextContents(), ["A: Östra Östergötland 2017", "B: Umeåregionen 2019"]);
    problems.assertNone();
    await context.close();
  });
});

describe("messy input", () => {
  /** Pastes two texts and waits for the comparison (or its hint) to settle. */
  async function compare(page, a, b) {
    await page.locator("#text-a").fill(a);
    await page.locator("#text-b").fill(b);
    await page.waitForFunction(() => document.querySelector(".comparison")?.getAttribute("aria-busy") === "false");
  }
  const CLAUSE = "4 § Ändamål\n\nFörbundet ska främja samverkan mellan huvudmännen i länet.";

  test("each messy paste gives a sensible, Swedish result and the page keeps working", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    const summary = page.locator(".comparison .summary");

    // The same text in NFC and in NFD (å as a + ring) is the same text.
    await compare(page, CLAUSE.normalize("NFC"), CLAUSE.normalize("NFD"));
    await summary.waitFor();
    assert.match(await summary.textContent(), /identiska/);

    // CRLF, CR and U+2028 line ends, zero-width spaces, soft hyphens and no-break spaces change nothing.
    const messy = CLAUSE.replace("\n\n", "\r\n\r\n").replace("samverkan", "sam\u00adverkan").replace("mellan ", "mellan\u00a0").replace("länet", "lä\u200bnet");
    await compare(page, CLAUSE, messy.replace("Förbundet", "\u2028Förbundet"));
    assert.match(await summary.textContent(), /identiska/);

    // Two unrelated clauses say so instead of aligning nonsense.
    await compare(page, CLAUSE, "Föreningen har till ändamål att anordna schackturneringar för ungdomar i kommunen.");
    assert.match(await page.locator(".comparison").textContent(), /inte handla om samma sak/);
    // A text with no ändamål at all is not compared until a section is chosen.
    await compare(page, CLAUSE, "Styrelsen sammanträder fyra gånger per år. Protokoll justeras av ordföranden.");
    await page.locator(".comparison .notice-warning").filter({ hasText: "Inget jämförs ännu" }).waitFor();

    // Right-to-left text and bidi controls stay inside their own sentence.
    await compare(page, CLAUSE, `${CLAUSE} \u202Eשלום עולם\u202C ✅ 😀`);
    const dir = await page.locator(".cell-b .sentence").first().getAttribute("dir");
    assert.equal(dir, "auto");
    assert.equal(await page.locator("h1").textContent(), "Ändamålsjämföraren", "the interface is not reordered");

    // Empty, white space only, binary garbage and one 100 000-character line.
    await compare(page, "", CLAUSE);
    await page.locator(".empty-hint").waitFor();
    await compare(page, " \n\t \n", CLAUSE);
    await page.locator(".empty-hint").waitFor();
    const garbage = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff || 1)).join("");
    await compare(page, garbage, CLAUSE);
    await compare(page, "ord ".repeat(25_000), CLAUSE);
    await compare(page, CLAUSE, CLAUSE.replace("främja", "stödja"));
    await page.locator(".comparison del.diff-del").first().waitFor();
    problems.assertNone();
    await context.close();
  });
});

describe("getting text in", () => {
  test("a .docx or a Windows .txt opens into a side; a broken PDF gets a message", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    const inputA = page.locator(".editor").nth(0).locator("input[type=file]");
    await inputA.setInputFiles(path.join(ROOT, "andamal-core/tests/fixtures/docx/forbundsordning.docx"));
    await page.waitForFunction(() => document.querySelector("#text-a").value.startsWith("4 § Förbundets ändamål\n"));
    assert.match(await page.locator("#text-a").inputValue(), /Finspång & Norrköping/);

    const inputB = page.locator(".editor").nth(1).locator("input[type=file]");
    const latin = Buffer.from("4 \xa7 F\xf6rbundets \xe4ndam\xe5l\n\nF\xf6rbundet ska fr\xe4mja samverkan.", "latin1");
    await inputB.setInputFiles({ name: "gammal.txt", mimeType: "text/plain", buffer: latin });
    await page.waitForFunction(() => document.querySelector("#text-b").value.includes("Förbundet ska främja samverkan."));
    await page.locator(".pair-row .sentence").first().waitFor();

    await inputB.setInputFiles({ name: "ordning.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n...") });
    const notice = page.locator(".notice-bar.notice-error");
    await notice.waitFor();
    assert.match(await notice.textContent(), /kunde inte läsas som PDF/);
    assert.match(await page.locator("#text-b").inputValue(), /främja samverkan/, "the text stays");
    problems.assertNone();
    await context.close();
  });
});

describe("large whole texts", () => {
  test("over 1.5 MB without an ändamål found, nothing is compared until a section is chosen", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    const prose = "Styrelsen sammanträder och protokoll justeras av ordföranden. ".repeat(26_000);
    await pasteInto(page, "#text-a", prose);
    await pasteInto(page, "#text-b", "4 § Ändamål\n\nFörbundet ska främja samverkan.");
    const notice = page.locator(".comparison .notice-warning");
    await notice.waitFor();
    assert.match(await notice.textContent(), /Inget jämförs ännu: ingen ändamålsparagraf hittades i A/);
    problems.assertNone();
    await context.close();
  });
});
