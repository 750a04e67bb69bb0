// Documents opened from files, read in the document reader (a worker that the
// comparison worker starts when the first file is opened): each .docx and .odt that LibreOffice writes
// from the fixtures' sources (scripts/office-fixtures), opened on each side,
// shows its ändamål clause in the comparison; an .rtf, a saved web page and
// text in old encodings open too; and after one file, files open offline.
// Every test also fails on console errors, page errors and CSP violations.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs, { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { ROOT, openApp, openSite, waitForServiceWorker } from "./harness.mjs";

let site;
let dir;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "andamal-office-"));
  execFileSync("bash", [path.join(ROOT, "scripts/office-fixtures"), dir], { stdio: "inherit" });
  site = await openSite("files");
});
after(async () => {
  await site?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// What each source's clause starts with, and text from another section that
// must not be compared.
const SOURCES = {
  forbundsordning: {
    heading: "4 § Ändamål",
    clause: "Förbundets ändamål är att inom området för medlemmarna ansvara för finansiell samordning",
    outside: "Förbundet har sitt säte i Exempelstad.",
  },
  paragrafer: {
    heading: "§ 2 Ändamål",
    clause: "Förbundet ska genom finansiell samordning underlätta för individer",
    outside: "Medlemmar är Försäkringskassan",
  },
};

const side = (page, index) => page.locator(".editor").nth(index);

async function open(page, index, file) {
  await side(page, index).locator("input[type=file]").setInputFiles(file);
}

// Each file once on side A and once on side B, against the other source in
// the other format.
const PAIRS = [
  ["forbundsordning.docx", "paragrafer.odt"],
  ["paragrafer.docx", "forbundsordning.odt"],
  ["paragrafer.odt", "forbundsordning.docx"],
  ["forbundsordning.odt", "paragrafer.docx"],
];

describe("Word and OpenDocument files", () => {
  for (const [a, b] of PAIRS) {
    test(`${a} on side A and ${b} on side B compare their ändamål clauses`, async () => {
      const { page, context, problems } = await site.page();
      await openApp(site, page);
      const [sourceA, sourceB] = [a, b].map((file) => SOURCES[file.split(".")[0]]);
      await open(page, 0, path.join(dir, a));
      await page.waitForFunction((h) => document.querySelector("#text-a").value.includes(h), sourceA.heading);
      await open(page, 1, path.join(dir, b));
      await page.waitForFunction((h) => document.querySelector("#text-b").value.includes(h), sourceB.heading);
      for (const [index, source] of [sourceA, sourceB].entries()) {
        const status = side(page, index).locator(".finder-status .finder-found");
        await status.filter({ hasText: "Ändamål" }).waitFor();
        assert.match(await status.textContent(), new RegExp(source.heading.replace("§", "§\\s*")));
      }
      await page.locator(".pair-row .sentence").first().waitFor();
      const pairs = await page.locator(".pairs").textContent();
      for (const source of [sourceA, sourceB]) {
        assert.ok(pairs.includes(source.clause), `${source.clause} in the comparison`);
        assert.ok(!pairs.includes(source.outside), `${source.outside} is not compared`);
      }
      problems.assertNone();
      await context.close();
    });
  }
});

describe("other formats and encodings", () => {
  test("an .rtf, a saved web page, UTF-16 without BOM and Mac Roman open as their text", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\info{\title Dold}}\pard 4 \'a7 \u196?ndam\'e5l\par F\'f6rbundet ska fr\'e4mja samverkan.\par}`;
    await open(page, 0, { name: "ordning.rtf", mimeType: "application/rtf", buffer: Buffer.from(rtf, "latin1") });
    await page.waitForFunction(() => document.querySelector("#text-a").value === "4 § Ändamål\nFörbundet ska främja samverkan.");

    const html = "<!DOCTYPE html><html><head><title>Dold</title><script>var x = '<p>';</script></head>"
      + "<body><h2>4 &sect; &Auml;ndam&aring;l</h2><p>F&ouml;rbundet ska st&ouml;dja sam&shy;verkan.</p></body></html>";
    await open(page, 1, { name: "ordning.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.waitForFunction(() => document.querySelector("#text-b").value === "4 § Ändamål\nFörbundet ska stödja samverkan.");
    await page.locator(".comparison del.diff-del").first().waitFor();

    const utf16 = Buffer.from("4 § Ändamål\nFörbundet ska främja “samverkan”.", "utf16le");
    await open(page, 0, { name: "unicode.txt", mimeType: "text/plain", buffer: utf16 });
    await page.waitForFunction(() => document.querySelector("#text-a").value === "4 § Ändamål\nFörbundet ska främja “samverkan”.");

    // "4 § Ändamål\nFörbundet ska stödja" saved by a classic Mac program.
    const macRoman = Buffer.from([..."4 ", 0xa4, ..." ", 0x80, ..."ndam", 0x8c, ..."l\nF", 0x9a, ..."rbundet ska st", 0x9a, ..."dja."]
      .map((c) => (typeof c === "string" ? c.charCodeAt(0) : c)));
    await open(page, 1, { name: "mac.txt", mimeType: "text/plain", buffer: macRoman });
    await page.waitForFunction(() => document.querySelector("#text-b").value === "4 § Ändamål\nFörbundet ska stödja.");
    problems.assertNone();
    await context.close();
  });
});

describe("offline", () => {
  test("the reader is not part of the first visit, and once a file was opened, files open offline", async () => {
    const own = await openSite("files-offline");
    try {
      const { page, context, problems } = await own.page();
      // What the server sent: the page's, the workers' and the service worker's requests.
      const sent = () => readFileSync(own.requestLog, "utf8").trim().split("\n").map((line) => JSON.parse(line).url);
      await openApp(own, page);
      await waitForServiceWorker(page);
      await page.waitForLoadState("networkidle");
      assert.ok(!sent().some((url) => url.includes("reader")), `no reader before a file: ${sent().join(", ")}`);
      await open(page, 0, path.join(dir, "forbundsordning.odt"));
      await page.waitForFunction(() => document.querySelector("#text-a").value.includes("4 § Ändamål"));
      assert.ok(sent().some((url) => url.endsWith("/reader_bg.wasm")), "the reader was fetched for the file");

      await own.stopServer();
      await page.reload();
      // The page is up: its editor is there, folded or not (a save that
      // finished before the reload brings the work back folded).
      await page.locator("#text-a").waitFor({ state: "attached" });
      await open(page, 1, path.join(dir, "paragrafer.docx"));
      await page.waitForFunction(() => document.querySelector("#text-b").value.includes("§ 2 Ändamål"));
      problems.assertNone();
      await context.close();
    } finally {
      await own.close();
    }
  });
});
