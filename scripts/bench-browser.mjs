#!/usr/bin/env node
// Runs the built benchmark page (see scripts/bench-browser) in headless
// Chromium and prints its result:
//
//   node scripts/bench-browser.mjs [DIST]   # DIST defaults to target/bench-dist
//
// The page is served with the two headers that make it cross-origin isolated,
// because only then does Chromium's performance.now() step by 5 µs instead of
// 100 µs, too coarse for a pipeline that aims at under 1 ms.

import { createReadStream, existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { BASE, CHROMIUM_ARGS, DIST as APP_DIST, PHONE, chromiumPath } from "../e2e/harness.mjs";
import { startStaticServer } from "./static-server.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.resolve(process.argv[2] ?? path.join(ROOT, "target", "bench-dist"));
/** The page blocks its main thread while it measures: about 30 s here. */
const TIMEOUT_MS = 10 * 60_000;


const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
};

/** Serves DIST on 127.0.0.1, files only, cross-origin isolated. */
async function serve(root) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, "http://localhost");
    const file = path.join(root, path.posix.normalize(decodeURIComponent(pathname)), pathname.endsWith("/") ? "index.html" : "");
    const info = file.startsWith(root) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
      "Content-Length": info.size,
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}


if (!existsSync(path.join(DIST, "index.html"))) {
  console.error(`no ${DIST}/index.html; run scripts/bench-browser (it builds the page)`);
  process.exit(1);
}

const server = await serve(DIST);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let result;
try {
  const page = await browser.newPage();
  const failed = new Promise((_, reject) => {
    page.on("pageerror", (error) => reject(new Error(`the page failed: ${error.message}`)));
    page.on("console", (message) => {
      if (message.type() === "error") {
        const where = message.location().url;
        reject(new Error(`the page logged an error: ${message.text()}${where ? ` (${where})` : ""}`));
      }
    });
  });
  failed.catch(() => {}); // Only its rejection matters, and only during the race below.
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const text = await Promise.race([
    page.locator("#result").textContent({ timeout: TIMEOUT_MS }),
    failed,
  ]);
  result = JSON.parse(text);
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}

// A share link opened in the app itself (the release build in dist/, served
// under /andamal/ as in the end-to-end tests), on a phone's screen: the time
// from the navigation's start to the first changed words drawn. The first
// visit fetches everything; later ones come from the browser's cache.
const LINK_RUNS = 15;
/** Milliseconds from navigation start until the first changed words are in the page, or null. */
const FIRST_CHANGE = `(() => {
  const selector = ".pair-row:not(.kind-equal):not(.pair-head) :is(del, ins)";
  const seen = () => { if (window.__firstChange === undefined && document.querySelector(selector)) window.__firstChange = performance.now(); };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

async function timeLinks(links) {
  if (!existsSync(path.join(APP_DIST, "index.html"))) {
    console.error(`no ${APP_DIST}/index.html: the app's release build is needed to time links; skipped`);
    return null;
  }
  const server = await startStaticServer({ root: APP_DIST, base: BASE });
  const app = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const out = {};
    for (const [name, payload] of Object.entries(links)) {
      const context = await app.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, locale: "sv-SE" });
      await context.addInitScript(FIRST_CHANGE);
      const times = [];
      for (let run = 0; run < LINK_RUNS; run += 1) {
        const page = await context.newPage();
        await page.goto(`${server.url}#${payload}`);
        await page.waitForFunction(() => window.__firstChange !== undefined, null, { timeout: 60_000 });
        times.push(await page.evaluate(() => window.__firstChange));
        await page.close();
      }
      await context.close();
      const [first, ...rest] = times;
      rest.sort((x, y) => x - y);
      out[name] = { bytes: Buffer.byteLength(payload), first_ms: first, median_ms: rest[Math.floor(rest.length / 2)], runs: times.length };
    }
    return out;
  } finally {
    await app.close();
    await server.close();
  }
}

result.link_to_first_change = await timeLinks(result.links);
delete result.links;

const us = (x) => `${x.toFixed(1).padStart(9)} µs`;
const pairs = [
  ["seed pair", result.seed, "aim ≤ 1 ms"],
  ["20 KB pair", result.large, "aim ≤ 10 ms"],
];
console.log(
  `Chromium, median of ${result.runs} runs after ${result.warm_up} warm-up runs; ` +
    `timer step ${result.timer_resolution_us} µs (cross-origin isolated: ${result.cross_origin_isolated})`,
);
for (const [name, m, aim] of pairs) {
  console.log(`${name} (${m.bytes[0]} + ${m.bytes[1]} bytes):`);
  console.log(`  ours (find + align + word diff) ${us(m.ours_us)}   ${aim}`);
  console.log(`  diff-match-patch, word mode     ${us(m.dmp_us)}   ${m.dmp_over_ours.toFixed(2)} × ours`);
  console.log(`  jsdiff diffWords                ${us(m.jsdiff_us)}   ${m.jsdiff_over_ours.toFixed(2)} × ours`);
}
if (result.statute) {
  const m = result.statute;
  console.log(`two whole statutes § by § (${m.bytes[0]} + ${m.bytes[1]} bytes, ${m.sections[0]} and ${m.sections[1]} sections, ${m.section_pairs} rows):`);
  console.log(`  ours (compare_statutes)         ${us(m.ours_us)}   aim < 20 ms`);
  console.log(`  baselines, one word diff of the whole texts (they pair no sections):`);
  console.log(`  ours (diff_texts)               ${us(m.word_diff_us)}`);
  console.log(`  diff-match-patch, word mode     ${us(m.dmp_us)}`);
  console.log(`  jsdiff diffWords                ${us(m.jsdiff_us)}`);
}
const ms = (x) => `${x.toFixed(0).padStart(6)} ms`;
if (result.landscape) {
  const l = result.landscape;
  console.log(`landscape of ${l.documents} statutes (${l.bytes} bytes; ${l.sentences} sentences, ${l.groups} groups), median of ${l.runs}:`);
  console.log(`  ours (find + group + draw)      ${ms(l.ours_ms)}   aim < 2000 ms`);
  console.log(`  word diff of every pair         ${ms(l.all_pairs_diff_ms)}   ${(l.all_pairs_diff_ms / l.ours_ms).toFixed(1)} × ours`);
}
if (result.link_to_first_change) {
  console.log(`A share link opened in the app (dist/, 390 × 844, touch), navigation start → first change drawn:`);
  for (const [name, label] of [["seed", "seed pair"], ["large", "two whole 20 KB statutes"]]) {
    const m = result.link_to_first_change[name];
    console.log(`  ${label.padEnd(25)} first visit ${ms(m.first_ms)}   cached, median of ${m.runs - 1} ${ms(m.median_ms)}   (link ${m.bytes} characters)`);
  }
}
console.log(JSON.stringify(result));
