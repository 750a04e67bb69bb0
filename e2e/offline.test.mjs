// Offline: the service worker (static/sw.js, written into the build by
// scripts/post-build.mjs), its update prompt (static/offline.js), the web
// manifest and the 404 page that opens share links a mail client encoded.
//
// "Offline" means the static server is stopped: Playwright's offline switch
// does not reach the service worker's own fetches.

import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";

import { writeServiceWorker } from "../scripts/post-build.mjs";
import { DIST, ROOT, openApp, openSite, prose, waitForServiceWorker } from "./harness.mjs";

const SHARE_LINK = readFileSync(path.join(ROOT, "andamal-core/tests/fixtures/share/seed_pair.link"), "utf8").trim();

/** The version and file list the build wrote into `dir`/sw.js. */
function builtServiceWorker(dir = DIST) {
  const line = /^const BUILD = (.*);$/m.exec(readFileSync(path.join(dir, "sw.js"), "utf8"));
  assert.ok(line, "sw.js carries its BUILD line");
  return JSON.parse(line[1]);
}

/** Paths (relative to the site) of everything in the service worker's caches, per cache. */
function cachedFiles(page, siteUrl) {
  return page.evaluate(async (base) => {
    const result = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      result[name] = requests.map((request) => request.url.slice(base.length) || "./").sort();
    }
    return result;
  }, siteUrl);
}

/** The page's only problems were the 404 of `url` itself (as a response and as Chromium's console line for it). */
function assertOnlyMissing(problems, url) {
  assert.deepEqual(problems.list, [
    `HTTP 404: ${url}`,
    "console error: Failed to load resource: the server responded with a status of 404 (Not Found)",
  ]);
  problems.list.length = 0;
}

/** Runs `body` with a server and browser of its own (it may stop the server) and one fresh page. */
async function withSite(name, options, body) {
  const site = await openSite(name, options);
  try {
    const { page, context, problems } = await site.page();
    await body({ site, page, problems });
    await context.close();
  } finally {
    await site.close();
  }
}

async function compareExample(page) {
  await page.getByRole("button", { name: "Ladda exempel" }).click();
  await page.locator(".comparison del.diff-del").first().waitFor();
  await page.locator(".comparison ins.diff-ins").first().waitFor();
  assert.notEqual((await page.locator(".comparison .summary").textContent()).trim(), "");
}

test("the build's service worker precaches every file but the on-demand readers and landscape, with a version from their contents", () => {
  const build = builtServiceWorker();
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => file !== "sw.js")
    .map((file) => (file === "index.html" ? "./" : file))
    .sort();
  // On demand, listed apart and cached at first use: the PDF reader
  // (e2e/pdf.test.mjs), the document reader (e2e/files.test.mjs) and the
  // landscape (e2e/landscape.test.mjs).
  assert.deepEqual([...build.files, ...build.onDemand].sort(), files);
  assert.deepEqual([...build.onDemand].sort(), [
    "landscape.css",
    "landscape.js",
    "landscape_bg.wasm",
    "landscape_loader.js",
    "pdf/pdf-text.js",
    "pdf/pdf.min.mjs",
    "pdf/pdf.worker.min.mjs",
    "reader.js",
    "reader_bg.wasm",
    "reader_loader.js",
  ]);
  for (const file of ["./", "404.html", "manifest.webmanifest", "worker_loader.js", "worker.js", "worker_bg.wasm"]) {
    assert.ok(build.files.includes(file), `${file} is precached`);
  }
  assert.match(build.version, /^[0-9a-f]{16}$/);

  // Any change to any file, even an unhashed one, is a new version.
  const copy = mkdtempSync(path.join(tmpdir(), "andamal-sw-"));
  try {
    cpSync(DIST, copy, { recursive: true });
    assert.equal(writeServiceWorker(copy).version, build.version, "the same files give the same version");
    writeFileSync(path.join(copy, "worker.js"), readFileSync(path.join(copy, "worker.js"), "utf8") + "\n");
    assert.notEqual(writeServiceWorker(copy).version, build.version);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test("after one visit the app opens and compares offline, in the page and in the worker", async () => {
  await withSite("offline", {}, async ({ site, page, problems }) => {
    await openApp(site, page);
    await waitForServiceWorker(page);
    const build = builtServiceWorker();
    assert.deepEqual(await cachedFiles(page, site.url), { [`andamal /andamal/ ${build.version}`]: [...build.files].sort() });

    await site.stopServer();
    await page.reload();
    await page.locator("#text-a").waitFor();
    await compareExample(page);

    // Large texts go to the web worker, whose files were precached too.
    await page.locator("#text-a").fill(prose(600, 0));
    await page.locator("#text-b").fill(prose(600, 50));
    await page.locator(".comparison ins.diff-ins").first().waitFor({ timeout: 60_000 });
    await page.locator(".status-busy").waitFor({ state: "detached", timeout: 60_000 });
    problems.assertNone();
  });
});

test("a new release is offered as 'Ny version finns – ladda om' and opens when accepted", async () => {
  const root = mkdtempSync(path.join(tmpdir(), "andamal-release-"));
  cpSync(DIST, root, { recursive: true });
  try {
    await withSite("update", { root }, async ({ site, page, problems }) => {
      await openApp(site, page);
      await waitForServiceWorker(page);
      const oldTitle = await page.title();

      // Publish a new release: one changed file, a service worker rewritten by the build's own script.
      const index = path.join(root, "index.html");
      writeFileSync(index, readFileSync(index, "utf8").replace("<title>Ändamålsjämföraren</title>", "<title>Ändamålsjämföraren ny</title>"));
      const release = writeServiceWorker(root);
      assert.notEqual(release.version, builtServiceWorker().version);

      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      const prompt = page.getByRole("status").filter({ hasText: "Ny version finns" });
      await prompt.waitFor();
      assert.equal((await prompt.textContent()).trim(), "Ny version finns – ladda om");
      assert.equal(await page.locator("#app #update-prompt").count(), 0, "the prompt is outside the Yew app");
      assert.equal(await page.locator("[style]").count(), 0, "no inline style attributes");
      assert.equal(await page.title(), oldTitle, "nothing changed before the visitor accepted");

      const reloaded = page.waitForEvent("load");
      await prompt.getByRole("button", { name: "ladda om" }).click();
      await reloaded;
      await page.locator("#text-a").waitFor();
      assert.equal(await page.title(), "Ändamålsjämföraren ny");
      await waitForServiceWorker(page);
      assert.deepEqual(Object.keys(await cachedFiles(page, site.url)), [`andamal /andamal/ ${release.version}`], "the old cache is gone");
      assert.equal(await page.locator("#update-prompt").count(), 0);
      problems.assertNone();
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

/** The committed seed-pair link is open: its texts are in the editors. */
async function assertOpenedSeedPair(page) {
  await page.locator(".pair-row .sentence").first().waitFor();
  assert.match(await page.locator("#text-a").inputValue(), /Östra|Finspång/);
  assert.match(await page.locator("#text-b").inputValue(), /Umeå/);
}

test("a share link whose # and . a mail client encoded opens at /andamal/#v1.…, online and offline", async () => {
  await withSite("share-404", {}, async ({ site, page, problems }) => {
    const encoded = SHARE_LINK.replace(/^v1\./, "%23v1%2E");
    await page.goto(site.url + encoded);
    // 404.html sends it to /andamal/#v1.…; the app opens it and clears the fragment.
    await page.waitForURL(site.url);
    await assertOpenedSeedPair(page);
    assertOnlyMissing(problems, site.url + encoded);

    // Once the service worker has the site, the 404 page comes from its cache.
    await waitForServiceWorker(page);
    await site.stopServer();
    await page.goto(`${site.url}%23${SHARE_LINK}`);
    await page.waitForURL(site.url);
    await assertOpenedSeedPair(page);
    problems.assertNone();
  });
});

test("an unknown path says 'Sidan finns inte' and links to the app", async () => {
  await withSite("not-found", {}, async ({ site, page, problems }) => {
    const missing = `${site.url}finns/inte.html`;
    const response = await page.goto(missing);
    assert.equal(response.status(), 404);
    const message = page.getByRole("alert");
    await message.waitFor();
    assert.match(await message.textContent(), /Sidan finns inte/);
    assert.equal(page.url(), missing, "no redirect without a share link");
    // Styled like the app: the page's stylesheets were copied into 404.html and apply.
    const sheets = await page.evaluate(() => [...document.styleSheets].filter((s) => s.cssRules.length > 0).length);
    assert.ok(sheets >= 3, `404.html should use the app's stylesheets, found ${sheets}`);
    await message.getByRole("link", { name: "Öppna Ändamålsjämföraren" }).click();
    await page.waitForURL(site.url);
    await page.locator("#text-a").waitFor();
    assertOnlyMissing(problems, missing);
  });
});

test("the web manifest works under the sub-path and matches the page's colours", async () => {
  await withSite("manifest", {}, async ({ site, page, problems }) => {
    await openApp(site, page);
    const href = await page.evaluate(() => document.querySelector('link[rel="manifest"]').href);
    assert.equal(href, `${site.url}manifest.webmanifest`);
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    assert.match(response.headers()["content-type"], /^application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(manifest.name, "Ändamålsjämföraren");
    assert.ok(manifest.short_name && manifest.short_name.length <= 12, `short_name: ${manifest.short_name}`);
    assert.equal(new URL(manifest.start_url, href).href, site.url);
    assert.equal(new URL(manifest.scope, href).href, site.url);
    assert.equal(manifest.display, "standalone");
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return {
        theme: style.getPropertyValue("--color-primary").trim(),
        background: style.getPropertyValue("--color-page").trim(),
        meta: document.querySelector('meta[name="theme-color"]').content,
      };
    });
    assert.equal(manifest.theme_color, colours.theme);
    assert.equal(colours.meta, colours.theme);
    assert.equal(manifest.background_color, colours.background);
    assert.deepEqual(manifest.icons.map((icon) => icon.purpose).sort(), ["any", "maskable"]);
    for (const icon of manifest.icons) {
      const image = await page.request.get(new URL(icon.src, href).href);
      assert.equal(image.status(), 200, icon.src);
      assert.equal(image.headers()["content-type"], icon.type);
    }
    problems.assertNone();
  });
});
