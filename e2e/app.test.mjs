// The built app in Chromium, served under /andamal/ as on GitHub Pages.
// Every test also fails on console errors, page errors and CSP violations.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";

import { DESKTOP, PHONE, openApp, openSite, prose } from "./harness.mjs";

let site;
before(async () => {
  site = await openSite("app");
});
after(async () => {
  await site?.close();
});

/**
 * Records the text of `.status-busy` whenever it is in the document, from now
 * on. Whether it shows at all depends on timing, so callers check its wording
 * only if it did.
 */
async function watchBusyTexts(page) {
  await page.evaluate(() => {
    window.__busyTexts = new Set();
    const look = () => {
      const busy = document.querySelector(".status-busy");
      if (busy) window.__busyTexts.add(busy.textContent);
    };
    look();
    new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => [...window.__busyTexts]);
}

/** The text a sighted reader sees in each match: without `.sr-only` labels. */
function visibleTexts(locator) {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true);
      copy.querySelectorAll(".sr-only").forEach((hidden) => hidden.remove());
      return copy.textContent;
    }),
  );
}

function requestedPaths(site) {
  return readFileSync(site.requestLog, "utf8")
    .trim()
    .split("\n")
    .map((line) => new URL(JSON.parse(line).url, site.origin).pathname);
}

async function box(page, selector) {
  const found = await page.locator(selector).boundingBox();
  assert.ok(found, `${selector} is not visible`);
  return found;
}

async function assertNoHorizontalScroll(page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `page scrolls sideways: ${scrollWidth} > ${clientWidth}`);
}

describe("start-up", () => {
  test("loads under /andamal/ and replaces the Laddar notice with the app", async () => {
    const { page, context, problems } = await site.page();
    const response = await page.goto(site.url);
    assert.equal(response.status(), 200);
    await page.locator("#text-a").waitFor();
    await assert.doesNotReject(page.locator("h1", { hasText: "Ändamålsjämföraren" }).waitFor());
    assert.equal(await page.locator("text=Laddar").count(), 0, "the Laddar notice is gone");
    assert.equal(await page.locator(".boot-message").count(), 0);
    assert.equal(await page.getAttribute("html", "lang"), "sv");
    problems.assertNone();

    for (const url of requestedPaths(site)) {
      assert.ok(url.startsWith("/andamal/"), `request outside /andamal/: ${url}`);
    }
    await context.close();
  });

  test("the page has a Content Security Policy without unsafe-inline", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(policy, /unsafe-inline/);
    assert.equal(await page.locator("script:not([src])").count(), 0, "no inline scripts");
    assert.equal(await page.locator("[style]").count(), 0, "no inline style attributes");
    problems.assertNone();
    await context.close();
  });

  test("without WebAssembly a Swedish explanation replaces the Laddar notice", async () => {
    const { page, context, problems } = await site.page({
      initScript: () => {
        delete window.WebAssembly;
      },
    });
    await page.goto(site.url);
    const message = page.locator(".boot-message.boot-error");
    await message.waitFor();
    const text = await message.textContent();
    assert.match(text, /kräver en webbläsare med WebAssembly/);
    assert.match(text, /Chrome, Edge, Firefox eller Safari/);
    assert.equal(await page.locator("text=Laddar").count(), 0);
    assert.equal(await page.locator("#text-a").count(), 0);
    problems.assertNone();
    await context.close();
  });
});

describe("comparing", () => {
  test("typing into both texts shows the comparison after a pause", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    await page.locator(".empty-hint").waitFor();
    const busyTexts = await watchBusyTexts(page);

    await page.locator("#text-a").fill("Förbundet ska främja turism i regionen.");
    await page.locator("#text-b").pressSequentially("Förbundet ska främja hållbar turism.", { delay: 5 });

    await page.locator(".comparison ins.diff-ins").first().waitFor();
    await page.locator(".status-busy").waitFor({ state: "detached" });
    for (const text of await busyTexts()) {
      assert.match(text, /^Jämför/, "the busy status, if it showed, says Jämför …");
    }
    assert.deepEqual(await visibleTexts(page.locator(".comparison ins.diff-ins")), ["hållbar"]);
    assert.ok((await page.locator(".comparison del.diff-del").count()) > 0, "A's 'i regionen' is struck");
    assert.notEqual((await page.locator(".comparison .summary").textContent()).trim(), "");
    problems.assertNone();
    await context.close();
  });

  test("Ladda exempel shows deletions, insertions and a summary, in both views", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    await page.getByRole("button", { name: "Ladda exempel" }).click();
    await page.locator(".comparison del.diff-del").first().waitFor();
    await page.locator(".comparison ins.diff-ins").first().waitFor();
    assert.notEqual((await page.locator(".comparison .summary").textContent()).trim(), "");
    assert.match(await page.locator("#text-a").inputValue(), /Östergötland/);
    assert.match(await page.locator("#text-b").inputValue(), /Umeå/);

    await page.getByRole("button", { name: "Ändringsmarkerad text" }).click();
    await page.locator(".redline del.diff-del").first().waitFor();
    await page.locator(".redline ins.diff-ins").first().waitFor();
    problems.assertNone();
    await context.close();
  });

  test("long texts are compared in the web worker, under the CSP and the sub-path", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    const a = prose(600, 0);
    const b = prose(600, 50);
    assert.ok(a.length + b.length > 60_000, "large enough for the worker");
    await page.locator("#text-a").fill(a);
    await page.locator("#text-b").fill(b);

    await page.locator(".comparison ins.diff-ins").first().waitFor({ timeout: 60_000 });
    await page.locator(".status-busy").waitFor({ state: "detached", timeout: 60_000 });
    const inserted = await visibleTexts(page.locator(".comparison ins.diff-ins"));
    assert.ok(inserted.length > 0 && inserted.every((text) => text.trim() === "hållbar"), `insertions: ${inserted}`);
    const paths = requestedPaths(site);
    assert.ok(paths.some((p) => p.endsWith("/worker_loader.js")), `the worker was loaded: ${paths.join(", ")}`);
    problems.assertNone();
    await context.close();
  });
});

describe("layout", () => {
  test("at desktop width the two texts are side by side", async () => {
    const { page, context, problems } = await site.page({ viewport: DESKTOP });
    await openApp(site, page);
    const a = await box(page, "#text-a");
    const b = await box(page, "#text-b");
    assert.ok(b.x >= a.x + a.width, `B (x=${b.x}) is right of A (ends at ${a.x + a.width})`);
    assert.ok(Math.abs(a.y - b.y) < 2, `same row: A y=${a.y}, B y=${b.y}`);
    const comparison = await box(page, ".comparison");
    assert.ok(comparison.y >= a.y + a.height, "the comparison is below the texts");
    problems.assertNone();
    await context.close();
  });

  test("at phone width the texts stack and nothing scrolls sideways", async () => {
    const { page, context, problems } = await site.page({ viewport: PHONE });
    await openApp(site, page);
    const a = await box(page, "#text-a");
    const b = await box(page, "#text-b");
    assert.ok(b.y >= a.y + a.height, `B (y=${b.y}) is below A (ends at ${a.y + a.height})`);
    assert.ok(a.width > PHONE.width * 0.8, `A uses the width: ${a.width}px`);
    await assertNoHorizontalScroll(page);

    await page.getByRole("button", { name: "Ladda exempel" }).click();
    await page.locator(".comparison ins.diff-ins").first().waitFor();
    await assertNoHorizontalScroll(page);
    await page.getByRole("button", { name: "Ändringsmarkerad text" }).click();
    await page.locator(".redline").waitFor();
    await assertNoHorizontalScroll(page);
    problems.assertNone();
    await context.close();
  });
});
