// PDFs in: the documents of e2e/pdf-fixtures.mjs, printed by headless
// Chromium, read by the PDF reader (static/pdf/pdf-text.js with pdf.js) on the
// command line and in the page.
//
//   - `node scripts/pdf-text.mjs` gives text in which the finder (`andamal
//     find`, the release example) finds the same clause as in the source
//     text, with at least 99 % of its words equal;
//   - the page gets exactly that text, on either side, from the button (also
//     at phone width, through the file chooser) and from a drop, under the
//     page's CSP, and shows the clause compared; after the first PDF the
//     reader is cached (a new release keeps it) and works offline; it is not
//     loaded before;
//   - a scanned, encrypted or damaged PDF: exit 2 and the Swedish message on
//     the command line, the same message in the page, and the text stays.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { diffArrays } from "diff";
import { chromium } from "playwright-core";

import { writeServiceWorker } from "../scripts/post-build.mjs";
import { CHROMIUM_ARGS, DIST, PHONE, ROOT, chromiumPath, openApp, openExample, openSite, waitForServiceWorker } from "./harness.mjs";
import { PDF_DIR, damagedPdf, encryptedPdf, makePdfs, rotatedPdf } from "./pdf-fixtures.mjs";

const PDF_TEXT = path.join(ROOT, "scripts", "pdf-text.mjs");

const findings = new Map();

/** `andamal find FILE`, as JSON (the release example: the command-line contract). */
function find(file) {
  if (findings.has(file)) return findings.get(file);
  const out = execFileSync("cargo", ["run", "--release", "--locked", "--quiet", "--example", "andamal", "--", "find", file], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  findings.set(file, JSON.parse(out));
  return findings.get(file);
}

/** `node scripts/pdf-text.mjs FILE`: { status, stdout, stderr }. */
function pdfText(file) {
  return spawnSync(process.execPath, [PDF_TEXT, file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** The clause `found` points at (UTF-8 byte offsets) in `text`. */
function clause(text, found) {
  return Buffer.from(text, "utf8").subarray(found.start, found.end).toString("utf8");
}

const words = (text) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many of `expected`'s words come out equal in `actual`, in order (a longest common subsequence). */
function equalWords(expected, actual) {
  return diffArrays(words(expected), words(actual))
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + part.count, 0);
}

let documents;
let scanned;
let encrypted;
let damaged;
const extracted = new Map(); // name → text

before(async () => {
  // Hinting off: the layout Chromium measures on screen is then the one it prints.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, "--font-render-hinting=none"] });
  try {
    ({ documents, scanned } = await makePdfs(browser));
  } finally {
    await browser.close();
  }
  encrypted = encryptedPdf(path.join(PDF_DIR, "encrypted.pdf"));
  damaged = damagedPdf(path.join(PDF_DIR, "damaged.pdf"));
});

describe("the command line (scripts/pdf-text.mjs) and the finder", () => {
  test("each PDF's text gives the finder the same clause as its source, ≥ 99 % of the words equal", () => {
    for (const doc of documents) {
      const result = pdfText(doc.pdf);
      assert.equal(result.status, 0, `${doc.name}: ${result.stderr}`);
      assert.equal(result.stderr, "");
      extracted.set(doc.name, result.stdout);
      const file = path.join(PDF_DIR, `${doc.name}.extracted.txt`);
      writeFileSync(file, result.stdout);

      const want = find(doc.sourceFile);
      const got = find(file);
      assert.equal(want.found, true, `${doc.name}: the source has a clause`);
      assert.equal(got.found, true, `${doc.name}: found in the PDF's text`);
      assert.equal(got.heading, want.heading, `${doc.name}: the same heading`);
      assert.equal(got.confidence, want.confidence, `${doc.name}: as sure`);
      const source = clause(doc.source, want);
      const equal = equalWords(source, clause(result.stdout, got));
      const share = equal / words(source).length;
      console.log(`${doc.name}: ${equal} of ${words(source).length} words equal (${(share * 100).toFixed(1)} %), heading "${got.heading}"`);
      assert.ok(share >= 0.99, `${doc.name}: ${(share * 100).toFixed(1)} % of the clause's words equal`);
    }
  });

  test("page furniture, hyphenation, columns and the text box come out as a reader sees them", () => {
    const text = extracted.get("nvsam");
    assert.doesNotMatch(text, /Sida \d+ av \d+/, "no page footers");
    assert.doesNotMatch(text, /Norra Västmanlands Samordningsförbund · Förbundsordning/, "no running header");
    assert.doesNotMatch(text, /[\u00ad\u2010]/, "no soft hyphens, no line-end hyphens");
    assert.match(text, /\n\n§ 5 Förbundets ändamål\n\nFörbundets ändamål är att genom finansiell samordning/, "a § heading on its own line, its stycke joined");
    const bullets = extracted.get("varend-bullets");
    assert.match(bullets, /risk- och krishanteringsfrågor/, "a shared compound half keeps its hyphen and space");
    assert.match(bullets, /brand- och riskhanteringsfrågor/);
    assert.match(bullets, /\n• samverka med medlemskommunerna/, "bullets on lines of their own");
    const columns = extracted.get("goteborg-columns");
    assert.match(columns, /\n\n3§ Ändamål och verksamhet\n\nFörbundet har som ändamål att verka för samarbete över kommungränserna i Göteborgsregionen\./);
    const box = extracted.get("vasteras-textbox");
    assert.match(box, /\n\nFaktaruta\n\nSamordningsförbundet bildades 2010\. Kontakt: kansliet, telefon 021-39 00 00\.\n\n/, "the text box read as a whole");
    const motion = extracted.get("motion-scanned-cover");
    assert.doesNotMatch(motion, /Inkom/, "the scanned cover page gives nothing");
    assert.match(motion, /^Södra Dalarnas Samordningsförbund\nc\/o Avesta kommun\n774 81 Avesta\n/, "the rest is read; an address keeps its lines");
  });

  test("a page turned by /Rotate is read as it is shown", () => {
    const result = pdfText(rotatedPdf(path.join(PDF_DIR, "rotated.pdf")));
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, "4 § Förbundets ändamål\n\nFörbundets ändamål är att främja samverkan mellan huvudmännen i hela länet.");
  });

  test("a scanned, an encrypted and a damaged PDF exit 2 with a Swedish message on stderr", () => {
    for (const [file, message] of [
      [scanned, /bara bilder av sidorna \(den är skannad\).*OCR/],
      [encrypted, /lösenordsskyddad/],
      [damaged, /skadad eller ofullständig/],
    ]) {
      const result = pdfText(file);
      assert.equal(result.status, 2, `${path.basename(file)} exits 2`);
      assert.equal(result.stdout, "");
      assert.match(result.stderr, message);
    }
  });
});

describe("the page", () => {
  let site;
  before(async () => {
    site = await openSite("pdf");
  });
  after(async () => {
    await site?.close();
  });

  const editor = (page, side) => page.locator(".editor").nth(side);
  const textArea = (side) => (side === 0 ? "#text-a" : "#text-b");

  /** Waits until side `side` holds `text` and its finder shows `heading`, then checks the compared clause. */
  async function expectOpened(page, side, doc, text) {
    await page.waitForFunction(([selector, text]) => document.querySelector(selector).value === text, [textArea(side), text]);
    const heading = find(doc.sourceFile).heading;
    // Restored work opens with its texts folded into one line each: show this one.
    const show = editor(page, side).getByRole("button", { name: "Visa texten" });
    if (await show.count()) await show.click();
    await editor(page, side).locator(".finder-found").filter({ hasText: heading }).waitFor();
    const start = words(clause(doc.source, find(doc.sourceFile))).slice(0, 6);
    const pattern = new RegExp(start.join("[^\\p{L}\\p{N}]+"), "u");
    await page.locator(".comparison .pair-row").filter({ hasText: pattern }).first().waitFor();
  }

  test("each PDF opens on each side with the text of the command line; the clause is compared", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    const requested = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    for (const doc of documents) {
      const text = extracted.get(doc.name);
      for (const side of [0, 1]) {
        // The other side holds the source text, so the clause is compared with itself.
        await page.locator(textArea(1 - side)).fill(doc.source);
        await editor(page, side).locator("input[type=file]").setInputFiles(doc.pdf);
        await expectOpened(page, side, doc, text);
        await page.locator(".notice-bar").waitFor({ state: "detached" }); // "Läser PDF:en …" is gone
      }
    }
    assert.ok(requested.some((p) => p.endsWith("/pdf/pdf.worker.min.mjs")), "pdf.js's worker came from the app's own origin");
    problems.assertNone();
    await context.close();
  });

  test("a dropped PDF opens, and at phone width 'Öppna fil' offers PDFs, Word, ODT and text", async () => {
    const { page, context, problems } = await site.page({ viewport: PHONE, touch: true });
    await openApp(site, page);
    const doc = documents.find((d) => d.name === "goteborg-columns");
    const accept = await editor(page, 0).locator("input[type=file]").getAttribute("accept");
    for (const type of [".pdf", "application/pdf", ".docx", ".odt", ".txt", "text/plain"]) assert.ok(accept.split(",").includes(type), `accepts ${type}`);

    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), editor(page, 0).getByRole("button", { name: "Öppna fil" }).click()]);
    await chooser.setFiles(doc.pdf);
    await page.locator("#text-b").fill(doc.source);
    await expectOpened(page, 0, doc, extracted.get(doc.name));

    const other = documents.find((d) => d.name === "nvsam");
    await page.locator("#text-a").fill(other.source);
    const bytes = readFileSync(other.pdf).toString("base64");
    await page.evaluate(
      ([bytes, name]) => {
        const data = new DataTransfer();
        data.items.add(new File([Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0))], name, { type: "application/pdf" }));
        document.querySelector("#text-b").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [bytes, "nvsam.pdf"],
    );
    await expectOpened(page, 1, other, extracted.get(other.name));
    await page.screenshot({ path: path.join(PDF_DIR, "phone-pdf-opened.png") });
    problems.assertNone();
    await context.close();
  });

  test("a scanned, an encrypted and a damaged PDF say why in Swedish, and the text stays", async () => {
    const { page, context, problems } = await openExample(site);
    const before = await page.locator("#text-a").inputValue();
    for (const [file, message] of [
      [scanned, /skannad.*OCR/],
      [encrypted, /lösenordsskyddad/],
      [damaged, /skadad eller ofullständig/],
    ]) {
      await editor(page, 0).locator("input[type=file]").setInputFiles(file);
      const notice = page.locator(".notice-bar.notice-error");
      await notice.filter({ hasText: message }).waitFor();
      assert.equal(await page.locator("#text-a").inputValue(), before, `${path.basename(file)}: nothing the editor held is lost`);
    }
    assert.ok((await page.locator(".pair-row .sentence").count()) > 3, "the comparison stays");
    problems.assertNone();
    await context.close();
  });

  test("the reader is loaded only for a PDF, cached at first use, kept by a new release, and reads PDFs offline", async () => {
    // A copy of the build, so that a new release can be published into it.
    const root = mkdtempSync(path.join(tmpdir(), "andamal-pdf-"));
    cpSync(DIST, root, { recursive: true });
    const offline = await openSite("pdf-offline", { root });
    try {
      const { page, context, problems } = await offline.page();
      const requested = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      await openApp(offline, page);
      await waitForServiceWorker(page);
      await page.getByRole("button", { name: "Ladda exempel" }).click();
      await page.locator(".pair-row .sentence").first().waitFor();
      assert.deepEqual(requested.filter((p) => p.includes("/pdf/")), [], "no part of the PDF reader before a PDF is opened");
      const cachedReader = () =>
        page.evaluate(async () => {
          const names = [];
          for (const key of await caches.keys()) {
            for (const request of await (await caches.open(key)).keys()) if (request.url.includes("/pdf/")) names.push(`${key.split(" ").at(-1)} ${request.url.split("/pdf/")[1]}`);
          }
          return names.sort();
        });
      assert.deepEqual(await cachedReader(), [], "not precached");

      const [first, second] = [documents[0], documents[2]];
      await page.locator("#text-b").fill(first.source);
      await editor(page, 0).locator("input[type=file]").setInputFiles(first.pdf);
      await expectOpened(page, 0, first, extracted.get(first.name));
      const version = (release) => ["pdf-text.js", "pdf.min.mjs", "pdf.worker.min.mjs"].map((file) => `${release} ${file}`);
      const built = /^const BUILD = (.*);$/m.exec(readFileSync(path.join(root, "sw.js"), "utf8"));
      assert.deepEqual(await cachedReader(), version(JSON.parse(built[1]).version), "cached at first use");

      // A new release: its service worker precaches the reader, since this browser has used it.
      const index = path.join(root, "index.html");
      writeFileSync(index, readFileSync(index, "utf8").replace("<title>Ändamålsjämföraren</title>", "<title>Ändamålsjämföraren ny</title>"));
      const release = writeServiceWorker(root);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      const prompt = page.getByRole("status").filter({ hasText: "Ny version finns" });
      const reloaded = page.waitForEvent("load");
      await prompt.getByRole("button", { name: "ladda om" }).click();
      await reloaded;
      await page.locator("#text-a").waitFor({ state: "attached" });
      await page.waitForFunction(async (version) => (await caches.keys()).every((key) => key.endsWith(version)), release.version);
      assert.deepEqual(await cachedReader(), version(release.version), "the new release keeps the reader");

      await offline.stopServer();
      await page.reload();
      await page.locator("#text-a").waitFor({ state: "attached" });
      // Restored work may open with its texts folded into one line each: show B's to type into it.
      // Wait until the work is restored (B folded, or B shown with its text), not just for the empty page.
      await page.waitForFunction(() => {
        const b = document.querySelector("#text-b");
        return b !== null && (b.hidden || b.value.length > 0);
      });
      const showB = editor(page, 1).getByRole("button", { name: "Visa texten" });
      if (await showB.isVisible()) await showB.click();
      await page.locator("#text-b").fill(second.source);
      await editor(page, 0).locator("input[type=file]").setInputFiles(second.pdf);
      await expectOpened(page, 0, second, extracted.get(second.name));
      problems.assertNone();
      await context.close();
    } finally {
      await offline.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
