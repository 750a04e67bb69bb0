// Measures what a first visit downloads: every file the server was asked for
// until the app is up and the network is idle, in gzip -9 bytes. The budget is
// enforced (and printed) by `scripts/size-budget.mjs report` at the end of
// scripts/test, so that a size overrun does not hide the other results.

import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { FIRST_LOAD_BUDGET, FIRST_LOAD_REPORT, gzipSize, kB } from "../scripts/size-budget.mjs";
import { BASE, DIST, ROOT, openSite } from "./harness.mjs";

let site;
before(async () => {
  site = await openSite("first-load");
});
after(async () => {
  await site?.close();
});

test("first load is measured", async () => {
  const { page, context, problems } = await site.page();
  await page.goto(site.url, { waitUntil: "networkidle" });
  await page.locator("#text-a").waitFor();
  await page.waitForLoadState("networkidle");
  problems.assertNone();
  await context.close();

  const requested = readFileSync(site.requestLog, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line))
    .filter((entry) => entry.status === 200)
    .map((entry) => new URL(entry.url, site.origin).pathname);
  const files = [...new Set(requested)].map((pathname) => {
    const relative = pathname.slice(BASE.length) || "index.html";
    const file = path.join(DIST, relative.endsWith("/") ? `${relative}index.html` : relative);
    return { path: relative, gzipBytes: gzipSize(file) };
  });
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  mkdirSync(path.dirname(path.join(ROOT, FIRST_LOAD_REPORT)), { recursive: true });
  writeFileSync(path.join(ROOT, FIRST_LOAD_REPORT), JSON.stringify({ gzipBytes, files }, null, 2));

  for (const kind of [".html", ".js", ".wasm", ".css"]) {
    assert.ok(files.some((f) => f.path.endsWith(kind) || (kind === ".html" && f.path === "index.html")), `first load fetched a ${kind}`);
  }
  console.log(`first load: ${kB(gzipBytes)} gzip in ${files.length} files (budget ${kB(FIRST_LOAD_BUDGET)})`);
});
