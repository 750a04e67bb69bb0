// Measures what a first visit downloads, in gzip -9 bytes, twice: the files
// the page itself fetched until the app is up ("first load"), and every file
// the server sent until the service worker has also precached the whole build
// for offline use ("first visit"). A file the page and the service worker both
// asked for counts once: the worker revalidates what the page already has, and
// the server answers 304 without a body. The budgets are enforced (and
// printed) by `scripts/size-budget.mjs report` at the end of scripts/test, so
// that a size overrun does not hide the other results.

import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { FIRST_LOAD_BUDGET, FIRST_LOAD_REPORT, FIRST_VISIT_BUDGET, gzipSize, kB } from "../scripts/size-budget.mjs";
import { BASE, DIST, ROOT, openSite, waitForServiceWorker } from "./harness.mjs";

let site;
before(async () => {
  site = await openSite("first-load");
});
after(async () => {
  await site?.close();
});

/** The files at `pathnames` (under BASE), each once, with their gzip sizes and total. */
function measure(pathnames) {
  const files = [...new Set(pathnames)].map((pathname) => {
    const relative = pathname.slice(BASE.length) || "index.html";
    const file = path.join(DIST, relative.endsWith("/") ? `${relative}index.html` : relative);
    return { path: relative, gzipBytes: gzipSize(file) };
  });
  return { gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), files };
}

test("first load is measured", async () => {
  const { page, context, problems } = await site.page();
  const fetchedByPage = [];
  page.on("response", (response) => {
    if (response.status() === 200) fetchedByPage.push(new URL(response.url()).pathname);
  });
  await page.goto(site.url, { waitUntil: "networkidle" });
  await page.locator("#text-a").waitFor();
  const pageStart = measure(fetchedByPage);
  await waitForServiceWorker(page);
  await page.waitForLoadState("networkidle");
  problems.assertNone();
  await context.close();

  const sent = readFileSync(site.requestLog, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line))
    .filter((entry) => entry.status === 200)
    .map((entry) => new URL(entry.url, site.origin).pathname);
  assert.equal(sent.length, new Set(sent).size, `no file was sent twice: ${sent.join(", ")}`);
  const visit = measure(sent);
  mkdirSync(path.dirname(path.join(ROOT, FIRST_LOAD_REPORT)), { recursive: true });
  writeFileSync(path.join(ROOT, FIRST_LOAD_REPORT), JSON.stringify({ page: pageStart, visit }, null, 2));

  for (const kind of [".html", ".js", ".wasm", ".css"]) {
    assert.ok(pageStart.files.some((f) => f.path.endsWith(kind)), `first load fetched a ${kind}`);
  }
  const precached = JSON.parse(/^const BUILD = (.*);$/m.exec(readFileSync(path.join(DIST, "sw.js"), "utf8"))[1]).files;
  for (const file of precached.map((name) => (name === "./" ? "index.html" : name))) {
    assert.ok(visit.files.some((f) => f.path === file), `the first visit fetched ${file} (precached)`);
  }
  console.log(`first load: ${kB(pageStart.gzipBytes)} gzip in ${pageStart.files.length} files (budget ${kB(FIRST_LOAD_BUDGET)})`);
  console.log(`first visit with offline precache: ${kB(visit.gzipBytes)} gzip in ${visit.files.length} files (budget ${kB(FIRST_VISIT_BUDGET)})`);
});
