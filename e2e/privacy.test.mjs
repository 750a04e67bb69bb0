// Privacy, proved: a whole session (paste, compare, annotate, share, open the
// link) while the static server logs every request, service-worker fetches
// included. Nothing may go to another origin, nothing but GETs of the build's
// own files, and no request may carry any of the pasted text.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { BASE, DIST, dragOver, openApp, openSite, shareLink, waitForServiceWorker } from "./harness.mjs";

const MARKER = "Hemlighetsmarkör";

let site;
before(async () => {
  site = await openSite("privacy");
});
after(async () => {
  await site?.close();
});

test("a full session sends nothing but GETs of the build's files to its own origin", async () => {
  const { page, context, problems } = await site.page();
  const seen = [];
  context.on("request", (request) => seen.push({ url: request.url(), method: request.method() }));
  await openApp(site, page);
  await page.locator("#text-a").fill(`4 § Ändamål\n\nFörbundet ska stödja ${MARKER} och samverkan i länet.`);
  await page.locator("#text-b").fill(`4 § Ändamål\n\nFörbundet ska främja ${MARKER} och samverkan i regionen.`);
  await page.locator(".pair-row .sentence").first().waitFor();
  await dragOver(page, ".cell-b .sentence", `${MARKER} och samverkan`);
  const editor = page.getByRole("dialog", { name: "Ny anteckning" });
  await editor.getByRole("checkbox", { name: /Samverkan/ }).check();
  await editor.getByLabel("Anteckning (frivillig)").fill(`Anteckning med ${MARKER}`);
  await editor.getByRole("button", { name: "Spara" }).click();
  await page.getByRole("button", { name: "Dela", exact: true }).click();
  const link = await shareLink(page);
  await page.locator("#share-name-0").fill(`Namn ${MARKER}`);
  await waitForServiceWorker(page);
  const fresh = await context.newPage();
  await fresh.goto(link);
  await fresh.locator(".note-item", { hasText: MARKER }).waitFor();
  await page.waitForLoadState("networkidle");
  problems.assertNone();
  await context.close();

  const origin = new URL(site.url).origin;
  // Every file of the build, in its folders too (snippets/, pdf/).
  const build = new Set(readdirSync(DIST, { recursive: true }).map((file) => `${BASE}${file.split(path.sep).join("/")}`));
  build.add(BASE);
  const logged = readFileSync(site.requestLog, "utf8").trim().split("\n").map((line) => JSON.parse(line));
  assert.ok(logged.length > 5, `${logged.length} requests logged`);
  for (const entry of logged) {
    const url = new URL(entry.url, origin);
    assert.equal(entry.method, "GET", JSON.stringify(entry));
    assert.ok(build.has(url.pathname), `not a file of the build: ${url.pathname}`);
    assert.ok(!decodeURIComponent(entry.url).includes(MARKER), `pasted text in a request: ${entry.url}`);
  }
  for (const request of seen) {
    const url = new URL(request.url);
    assert.equal(url.origin, origin, `another origin: ${request.url}`);
    // The fragment (#v1.…) never leaves the browser; the path and query carry nothing of the text.
    assert.ok(!decodeURIComponent(url.pathname + url.search).includes(MARKER), request.url);
  }
});
