// "Många förbund", the landscape (issue #17): real förbundsordningar opened
// in one go (the seeds' chain Västra Östergötland 2015 → Östra Östergötland
// 2017 → Umeåregionen 2019, a law without an ändamål clause, a broken Word
// file), or pasted one per box; found and grouped in the worker; the
// formulations, the likeness order, a pair opened in the pair view with one
// tap; more than 100 documents refused with a message and nothing lost; the
// landscape saved as a file and opened again, and an old comparison file
// opened as a landscape of two. On a phone and on a desktop; every test also
// fails on console errors, page errors and CSP violations. The landscape is
// an app of its own, fetched when first opened: not part of the first visit,
// and offline once it was used.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { chromium } from "playwright-core";

import {
  CHROMIUM_ARGS,
  DESKTOP,
  OUT,
  PHONE,
  ROOT,
  chromiumPath,
  headerButton,
  openApp,
  openSite,
  pasteInto,
  shareLink,
  waitForServiceWorker,
} from "./harness.mjs";
import { makePdfs } from "./pdf-fixtures.mjs";

const FIXTURES = path.join(ROOT, "andamal-core/tests/fixtures");
const CHAIN = ["05_vastra_ostergotland", "08_ostra_ostergotland", "09_umearegionen"].map((n) => ({
  name: `${n}.txt`,
  mimeType: "text/plain",
  buffer: readFileSync(path.join(FIXTURES, "clauses", `${n}.txt`)),
}));
const LAW = { name: "lag_2003_1210.txt", mimeType: "text/plain", buffer: readFileSync(path.join(FIXTURES, "find/23_law_sfs_2003_1210/input.txt")) };
const BROKEN = { name: "trasig.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from("PK\u0003\u0004 inte ett dokument") };

let site;
before(async () => {
  site = await openSite("landscape");
});
after(async () => {
  await site?.close();
});

async function openLandscape(viewport) {
  const opened = await site.page({ viewport, touch: viewport === PHONE });
  await openApp(site, opened.page);
  await opened.page.getByRole("button", { name: "Många förbund" }).click();
  await opened.page.getByRole("heading", { name: "Många förbund" }).waitFor();
  return opened;
}

const summary = (page) => page.locator(".landscape-summary");

/** Pastes each of `files` into a box of its own ("Klistra in ett dokument till"). */
async function pasteOnePerBox(page, files) {
  const add = page.getByRole("button", { name: "Klistra in ett dokument till" });
  for (const file of files) {
    await add.click();
    const n = await page.locator(".landscape-doc").count();
    await pasteInto(page, `.landscape-doc:nth-child(${n}) textarea`, file.buffer.toString("utf8"));
  }
}

for (const [label, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  describe(`the landscape on a ${label}`, () => {
    test("files opened in one go are found, grouped and ordered; a pair opens with one tap", async () => {
      const { page, context, problems } = await openLandscape(viewport);
      await page.getByTestId("landscape-files").setInputFiles([...CHAIN, LAW, BROKEN]);
      await summary(page).filter({ hasText: "3 av 4 dokument med ändamål" }).waitFor();
      const rows = page.locator(".landscape-doc");
      assert.equal(await rows.count(), 5);
      // The broken file: its own Swedish message; the others still work.
      await rows.nth(4).locator(".landscape-doc-error").filter({ hasText: /Word-dokumentet|skadat|kan inte/ }).waitFor();
      assert.match(await page.locator(".landscape-notice").innerText(), /^trasig\.docx: /);
      // The law: not found with certainty, the finder's candidates offered.
      const law = rows.nth(3);
      assert.match(await law.locator(".badge").innerText(), /Inget ändamål hittat/);
      const picker = law.locator("select");
      assert.equal(await picker.locator("option").first().innerText(), "Inget av förslagen");
      // The chain: six formulations shared by all three, in the core's order.
      const formulations = page.locator(".formulation");
      assert.equal(await formulations.filter({ hasText: "I 3 av 3 dokument" }).count(), 6);
      assert.ok((await page.locator(".formulation-own").count()) >= 1, "sentences only one document has stand out");
      const variant = page.locator(".variant .diff-ins, .variant .diff-del").first();
      await variant.waitFor();
      const order = await page.locator(".order-name").allInnerTexts();
      assert.deepEqual(order, ["05_vastra_ostergotland", "08_ostra_ostergotland", "09_umearegionen", "lag_2003_1210"]);
      // The likeness tree: a row per document with a clause (not the law), in
      // SVG, in the order's sequence; two joins.
      const tree = page.getByRole("img", { name: /^Likhetsträd över 3 förbund/ });
      assert.equal(await tree.evaluate((svg) => svg.namespaceURI), "http://www.w3.org/2000/svg");
      assert.deepEqual(await tree.locator(".tree-name title").allTextContents(), [
        "05_vastra_ostergotland",
        "08_ostra_ostergotland",
        "09_umearegionen",
      ]);
      assert.equal((await tree.locator(".tree-lines").getAttribute("d")).match(/M/g).length, 2);
      const box = await tree.boundingBox();
      assert.ok(box.width <= viewport.width, `the tree fits the screen: ${box.width}`);
      // The theme × document matrix: a header and a row per document with a clause.
      assert.equal(await page.locator(".theme-matrix tr").count(), 4);
      assert.ok((await page.locator(".theme-matrix .theme-yes").count()) > 0);
      // The chain, 2015 → 2017 → 2019: each step's changes, folded until opened.
      const steps = page.locator(".chain-step");
      assert.equal(await steps.count(), 2);
      const first = steps.first().locator("summary");
      assert.match(await first.innerText(), /^05_vastra_ostergotland → 08_ostra_ostergotland: \d+ ändrade? mening/);
      await first.click();
      await steps.first().locator(".diff-ins, .diff-del").first().waitFor();
      await page.screenshot({ path: path.join(OUT, `landscape-${label}.png`), fullPage: false });
      await page.locator(".formulations").screenshot({ path: path.join(OUT, `landscape-formulations-${label}.png`) });
      await page.evaluate(() => document.querySelector(".landscape-result").scrollIntoView());
      await page.screenshot({ path: path.join(OUT, `landscape-result-${label}.png`) });

      // Choosing one of the law's candidates brings it into the landscape.
      const candidate = await picker.locator("option").nth(2).getAttribute("value");
      await picker.selectOption(candidate);
      await summary(page).filter({ hasText: "4 av 4 dokument med ändamål" }).waitFor();
      assert.match(await law.locator(".badge").innerText(), /Valt av dig/);

      // One tap: 2015 and 2017 in the pair view.
      await page.getByRole("button", { name: "Jämför med nästa: 05_vastra_ostergotland och 08_ostra_ostergotland" }).click();
      await page.locator(".pair-row .sentence").first().waitFor();
      assert.equal(await page.getByRole("button", { name: "Två ändamål" }).getAttribute("aria-pressed"), "true");
      await page.getByText("Paret från Många förbund är öppnat.").waitFor();
      // Opened work: both texts folded to their names.
      assert.deepEqual(await page.locator(".folded-name").allInnerTexts(), ["A: 05_vastra_ostergotland", "B: 08_ostra_ostergotland"]);
      // The pair travels as a link, as any comparison does; it opens elsewhere as this pair.
      await (await headerButton(page, "Dela")).click();
      const link = await shareLink(page);
      const other = await site.page({ viewport });
      await other.page.goto(link);
      await other.page.locator(".pair-row .sentence").first().waitFor();
      assert.deepEqual(await other.page.locator(".folded-name").allInnerTexts(), ["A: 05_vastra_ostergotland", "B: 08_ostra_ostergotland"]);
      other.problems.assertNone();
      await other.context.close();
      await page.getByRole("button", { name: "Stäng" }).first().click();
      // Back: the landscape is still there.
      await page.getByRole("button", { name: "Många förbund" }).click();
      await summary(page).filter({ hasText: "4 av 4 dokument med ändamål" }).waitFor();
      // The pair's actions (share, present, swap …) are not offered over the landscape.
      for (const name of [/^Dela$/, /^Presentera$/, /Byt plats/]) {
        assert.equal(await page.locator(".app-header").getByRole("button", { name }).count(), 0, String(name));
      }
      problems.assertNone();
      await context.close();
    });
  });
}

describe("the landscape's documents", () => {
  test("pasted one per box", async () => {
    const { page, context, problems } = await openLandscape(PHONE);
    await pasteOnePerBox(page, CHAIN.slice(1));
    await summary(page).filter({ hasText: "2 av 2 dokument med ändamål" }).waitFor();
    // A pasted text is named from its text, and its box folds away once found.
    assert.equal(await page.locator(".landscape-doc textarea").count(), 2);
    problems.assertNone();
    await context.close();
  });

  test("more than 100: a clear message, the first hundred kept", async () => {
    const { page, context, problems } = await openLandscape(DESKTOP);
    const many = Array.from({ length: 103 }, (_, i) => ({
      name: `forbund_${String(i + 1).padStart(3, "0")}.txt`,
      mimeType: "text/plain",
      buffer: Buffer.from(`4 § Ändamål\nFörbundet ska stödja samverkan i kommun ${i + 1}. Förbundet ska främja arbete.`),
    }));
    await page.getByTestId("landscape-files").setInputFiles(many);
    const notice = page.locator(".landscape-notice");
    await notice.filter({ hasText: "högst 100 dokument" }).waitFor();
    assert.match(await notice.innerText(), /forbund_101, forbund_102, forbund_103|forbund_101\.txt, forbund_102\.txt, forbund_103\.txt/);
    assert.equal(await page.locator(".landscape-doc").count(), 100);
    await summary(page).filter({ hasText: "100 av 100 dokument med ändamål" }).waitFor({ timeout: 60_000 });
    problems.assertNone();
    await context.close();
  });

  test("saved as a file and opened again; an old comparison file opens as two documents", async () => {
    const { page, context, problems } = await openLandscape(DESKTOP);
    await page.getByTestId("landscape-files").setInputFiles(CHAIN);
    await summary(page).filter({ hasText: "3 av 3 dokument med ändamål" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Spara landskapet som fil" }).click()]);
    assert.match(download.suggestedFilename(), /\.andamal\.json$/);
    const saved = path.join(OUT, "landscape-saved.andamal.json");
    await download.saveAs(saved);
    const json = JSON.parse(readFileSync(saved, "utf8"));
    assert.equal(json.andamal, "landskap");
    assert.equal(json.documents.length, 3);
    await page.getByRole("button", { name: "Töm landskapet" }).click();
    assert.equal(await page.locator(".landscape-doc").count(), 0);
    await page.locator(".landscape-result").waitFor({ state: "detached" });
    await page.getByTestId("landscape-work").setInputFiles(saved);
    await summary(page).filter({ hasText: "3 av 3 dokument med ändamål" }).waitFor();
    assert.deepEqual(await page.locator(".landscape-doc-name").evaluateAll((els) => els.map((e) => e.value)), [
      "05_vastra_ostergotland",
      "08_ostra_ostergotland",
      "09_umearegionen",
    ]);
    // A pair from it, saved from the pair view as a comparison file (the old
    // shape), opens here as a landscape of its two documents.
    await page.getByRole("button", { name: "Jämför med nästa: 08_ostra_ostergotland och 09_umearegionen" }).click();
    await page.locator(".pair-row .sentence").first().waitFor();
    await page.locator(".export-menu > summary").click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Spara som fil" }).click()]);
    const comparison = path.join(OUT, "landscape-pair.andamal.json");
    await file.saveAs(comparison);
    await page.getByRole("button", { name: "Många förbund" }).click();
    await page.getByTestId("landscape-work").setInputFiles(comparison);
    await summary(page).filter({ hasText: "2 av 2 dokument med ändamål" }).waitFor();
    assert.deepEqual(await page.locator(".landscape-doc-name").evaluateAll((els) => els.map((e) => e.value)), [
      "08_ostra_ostergotland",
      "09_umearegionen",
    ]);
    await page.getByTestId("landscape-work").setInputFiles({ name: "x.andamal.json", mimeType: "application/json", buffer: Buffer.from("{\"a\": 1}") });
    await page.locator(".landscape-notice").filter({ hasText: "varken ett landskap" }).waitFor();
    assert.equal(await page.locator(".landscape-doc").count(), 2, "nothing lost");
    problems.assertNone();
    await context.close();
  });
});

test("the landscape has no serious or critical axe violation", async () => {
  const { page, context, problems } = await site.page({ viewport: PHONE, bypassCSP: true });
  await openApp(site, page);
  await page.getByRole("button", { name: "Många förbund" }).click();
  await page.getByTestId("landscape-files").setInputFiles([...CHAIN, LAW, BROKEN]);
  await summary(page).filter({ hasText: "3 av 4 dokument med ändamål" }).waitFor();
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  const grave = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  assert.deepEqual(grave, []);
  problems.assertNone();
  await context.close();
});

test("PDFs: a text PDF joins the landscape, a scanned one says why in Swedish and the rest carry on", async () => {
  const printer = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const { documents, scanned } = await makePdfs(printer).finally(() => printer.close());
  const { page, context, problems } = await openLandscape(DESKTOP);
  const pdf = (file) => ({ name: path.basename(file), mimeType: "application/pdf", buffer: readFileSync(file) });
  await page.getByTestId("landscape-files").setInputFiles([...CHAIN.slice(0, 2), pdf(documents[0].pdf), pdf(scanned)]);
  await summary(page).filter({ hasText: "3 av 3 dokument med ändamål" }).waitFor();
  const rows = page.locator(".landscape-doc");
  assert.equal(await rows.count(), 4);
  await rows.nth(3).locator(".landscape-doc-error").filter({ hasText: "skannad" }).waitFor();
  assert.match(await page.locator(".landscape-notice").innerText(), /^scanned\.pdf: .*skannad/);
  assert.doesNotMatch(await rows.nth(2).locator(".badge").innerText(), /Filen kunde inte läsas/);
  problems.assertNone();
  await context.close();
});

test("a clause the finder did not find is marked by hand in the document's text", async () => {
  const { page, context, problems } = await openLandscape(PHONE);
  await page.getByTestId("landscape-files").setInputFiles([CHAIN[1], LAW]);
  await summary(page).filter({ hasText: "1 av 2 dokument med ändamål" }).waitFor();
  const law = page.locator(".landscape-doc").nth(1);
  assert.match(await law.locator(".badge").innerText(), /Inget ändamål hittat – välj bland förslagen eller markera det i texten/);
  // Its long status wraps: nothing is wider than the phone's screen.
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= PHONE.width, "no sideways scrolling");
  await law.getByRole("button", { name: "Visa text" }).click();
  // The law's 1 §, selected in its text box as a user would drag over it.
  const area = law.locator("textarea");
  await area.evaluate((a) => {
    const start = a.value.indexOf("1 § Finansiell samordning");
    const end = a.value.indexOf("Lag (2010:350).") + "Lag (2010:350).".length;
    a.focus();
    a.setSelectionRange(start, end);
  });
  await law.getByRole("button", { name: "Använd markerad text som ändamål" }).click();
  await summary(page).filter({ hasText: "2 av 2 dokument med ändamål" }).waitFor();
  assert.match(await law.locator(".badge").innerText(), /Valt av dig/);
  assert.match(await law.locator("select option:checked").innerText(), /^Markerat av dig: 1 § Finansiell samordning enligt denna lag får …$/);
  // Its sentences are in the landscape: the law's own, and in the order.
  assert.equal(await page.locator(".order-name").count(), 2);
  assert.equal(await page.locator(".order-note").count(), 0, "no document left out");
  await page.locator(".formulation-own").filter({ hasText: "Ett samordningsområde kan omfatta en eller flera kommuner" }).waitFor();
  problems.assertNone();
  await context.close();
});

test("the landscape is kept on this device: a reload restores its documents, names and choices; emptied, it stays empty", async () => {
  const { page, context, problems } = await openLandscape(PHONE);
  await page.getByTestId("landscape-files").setInputFiles([...CHAIN.slice(1), LAW]);
  await summary(page).filter({ hasText: "2 av 3 dokument med ändamål" }).waitFor();
  await page.locator(".landscape-doc-name").first().fill("Östra 2017");
  await page.locator(".order-name").filter({ hasText: "Östra 2017" }).waitFor();
  // Saved a second after the last change (UTF-8 bytes one character each: "Ö" is two).
  const saved = () => localStorage.getItem("andamal.landscape");
  await page.waitForFunction(() => (localStorage.getItem("andamal.landscape") ?? "").includes("stra 2017"));
  const named = await page.evaluate(saved);
  // The law's clause chosen by hand, from the finder's candidates: saved too.
  const picker = page.locator(".landscape-doc").nth(2).locator("select");
  await picker.selectOption(await picker.locator("option").nth(2).getAttribute("value"));
  await summary(page).filter({ hasText: "3 av 3 dokument med ändamål" }).waitFor();
  await page.waitForFunction((before) => localStorage.getItem("andamal.landscape") !== before, named);
  await page.reload();
  await page.getByRole("button", { name: "Många förbund" }).click();
  await summary(page).filter({ hasText: "3 av 3 dokument med ändamål" }).waitFor();
  const names = page.locator(".landscape-doc-name");
  assert.deepEqual(await names.evaluateAll((inputs) => inputs.map((i) => i.value)), ["Östra 2017", "09_umearegionen", "lag_2003_1210"]);
  assert.match(await page.locator(".landscape-doc").nth(2).locator(".badge").innerText(), /Valt av dig/);
  // The pair view's own work is untouched by it.
  await page.getByRole("button", { name: "Två ändamål" }).click();
  assert.equal(await page.locator("#text-a").inputValue(), "");

  await page.getByRole("button", { name: "Många förbund" }).click();
  await page.getByRole("button", { name: "Töm landskapet" }).click();
  await page.waitForFunction(() => localStorage.getItem("andamal.landscape") === null);
  await page.reload();
  await page.getByRole("button", { name: "Många förbund" }).click();
  await page.getByRole("button", { name: "Klistra in ett dokument till" }).waitFor();
  assert.equal(await page.locator(".landscape-doc").count(), 0);
  problems.assertNone();
  await context.close();
});

test("the landscape is fetched when first opened, not before, and opens offline after that", async () => {
  const own = await openSite("landscape-offline");
  try {
    const { page, context, problems } = await own.page({ viewport: PHONE, touch: true });
    // What the server sent: the page's, the workers' and the service worker's requests.
    const sent = () => readFileSync(own.requestLog, "utf8").trim().split("\n").map((line) => JSON.parse(line).url);
    await openApp(own, page);
    await waitForServiceWorker(page);
    await page.waitForLoadState("networkidle");
    // Only its starter (precached, to say why offline when it was never fetched).
    const landscapeWasm = /\/landscape(\.js|\.css|_bg\.wasm|_loader\.js)$/;
    assert.ok(!sent().some((url) => landscapeWasm.test(url)), `no landscape before it is opened: ${sent().join(", ")}`);
    const paste = async () => {
      await page.getByRole("button", { name: "Många förbund" }).click();
      await pasteOnePerBox(page, CHAIN.slice(1));
      await summary(page).filter({ hasText: "2 av 2 dokument med ändamål" }).waitFor();
    };
    await paste();
    // The landscape's app (landscape.js) and its worker (landscape_loader.js), the same wasm, and its stylesheet.
    for (const file of ["/landscape.js", "/landscape.css", "/landscape_bg.wasm", "/landscape_loader.js"]) {
      assert.ok(sent().some((url) => url.endsWith(file)), `${file} was fetched when the landscape was opened`);
    }
    assert.equal(await page.locator(".editors").count(), 0, "the pair view's editors are hidden");
    // Styled by its own stylesheet (the docs' list is a grid only there), online and offline.
    const styled = async () =>
      assert.equal(await page.locator(".landscape-docs").evaluate((list) => getComputedStyle(list).display), "grid");
    await styled();

    await own.stopServer();
    await page.reload();
    await page.locator("#text-a").waitFor();
    await paste();
    await styled();
    problems.assertNone();
    await context.close();
  } finally {
    await own.close();
  }
});

test("an example shows the landscape before anyone has a file: eight samordningsförbund, the chain among them", async () => {
  const { page, context, problems } = await openLandscape(PHONE);
  await page.getByRole("button", { name: "Visa ett exempel" }).click();
  await summary(page).filter({ hasText: "8 av 8 dokument med ändamål" }).waitFor();
  const order = await page.locator(".order-name").allInnerTexts();
  const at = (name) => order.indexOf(name);
  assert.equal(order.length, 8, `${order}`);
  // The three of the chain are found and sit in their order's neighbourhood: 2017 next to 2015 or 2019.
  assert.ok(Math.min(Math.abs(at("Östra Östergötland 2017") - at("Västra Östergötland 2015")), Math.abs(at("Östra Östergötland 2017") - at("Umeåregionen 2019"))) === 1, `${order}`);
  // Once the landscape has documents, the example is not offered again.
  assert.equal(await page.getByRole("button", { name: "Visa ett exempel" }).count(), 0);
  problems.assertNone();
  await context.close();
});
