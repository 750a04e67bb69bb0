// What every end-to-end test needs: the built site (dist/) served under
// /andamal/ as GitHub Pages would, the system Chromium driven by
// playwright-core, and a watch on everything the page reports as wrong.
//
//   const site = await openSite("app");         // server + browser
//   const { page, problems } = await site.page({ viewport: PHONE });
//   ...
//   problems.assertNone();                      // console errors, page errors, CSP violations
//   await site.close();

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { startStaticServer } from "../scripts/static-server.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = process.env.ANDAMAL_DIST ?? path.join(ROOT, "dist");
export const OUT = path.join(ROOT, "e2e", "out");
export const BASE = "/andamal/";

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** How long to wait for the app (or a comparison) before failing. */
export const TIMEOUT_MS = 20_000;

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Debian's chromium (or $CHROMIUM); playwright downloads no browser here. */
export function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("chromium is not on PATH; run scripts/setup");
  }
}

/**
 * Starts a server for dist/ (or `root`, e.g. a changed copy of it), logging
 * requests to e2e/out/requests-<name>.jsonl, and a browser.
 */
export async function openSite(name, { root = DIST } = {}) {
  assert.ok(existsSync(path.join(root, "index.html")), `no ${root}/index.html; run trunk build first`);
  mkdirSync(OUT, { recursive: true });
  const log = path.join(OUT, `requests-${name}.jsonl`);
  rmSync(log, { force: true });
  const server = await startStaticServer({ root, base: BASE, log });
  let serverOpen = true;
  const stopServer = async () => {
    if (serverOpen) await server.close();
    serverOpen = false;
  };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return {
    url: server.url,
    origin: server.origin,
    requestLog: log,
    /** Stops the server only, as if the visitor went offline (the service worker's fetches fail too). */
    stopServer,
    /** A fresh browser context (no cache, no storage) with one page, not yet navigated; `touch` emulates a phone's touch screen, `bypassCSP` lets a test inject a script (axe), `reducedMotion` is "reduce" or "no-preference". */
    async page({ viewport = DESKTOP, initScript, touch = false, bypassCSP = false, reducedMotion = "no-preference" } = {}) {
      const context = await browser.newContext({ viewport, locale: "sv-SE", hasTouch: touch, isMobile: touch, bypassCSP, reducedMotion });
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      if (initScript) await page.addInitScript(initScript);
      const problems = await watchProblems(page);
      return { page, context, problems };
    },
    async close() {
      await browser.close();
      await stopServer();
    },
  };
}

/**
 * Collects console errors, uncaught page errors, failed requests and
 * Content-Security-Policy violations. `assertNone()` fails with all of them.
 */
export async function watchProblems(page) {
  const found = [];
  page.on("console", (message) => {
    if (message.type() === "error") found.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => found.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) =>
    found.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) found.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.exposeBinding("__andamalReportViolation", (_source, violation) =>
    found.push(`CSP violation: ${violation}`),
  );
  // Runs before any page script, outside the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__andamalReportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline code"} ` +
          `(${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return {
    list: found,
    assertNone() {
      assert.deepEqual(found, [], `the page reported problems:\n  ${found.join("\n  ")}`);
    },
  };
}

/**
 * Waits until the service worker controls `page`: it has then precached the
 * whole build (install) and deleted older versions (activate).
 */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
}

/** Navigates to the app and waits until Yew has replaced the "Laddar …" notice. */
export async function openApp(site, page) {
  await page.goto(site.url);
  await page.locator("#text-a").waitFor();
  await page.locator(".comparison").waitFor();
}

/** Plain prose without headings (so all of it is compared), `sentences` long. */
export function prose(sentences, changeEvery) {
  const lines = [];
  for (let i = 0; i < sentences; i += 1) {
    const adjective = changeEvery && i % changeEvery === 0 ? "hållbar " : "";
    lines.push(`Förbundet ska främja ${adjective}samverkan mellan huvudmännen i fråga nummer ${i}.`);
  }
  return lines.join(" ");
}

/**
 * A button of the header's actions, opening the menu first where a narrow
 * screen folds them into one ("☰ Meny").
 */
export async function headerButton(page, name) {
  const menu = page.getByRole("button", { name: /Meny/ });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
  return page.locator(".app-actions").getByRole("button", { name, exact: true });
}

/** The fragment (`v1.…`) of a link to the finished example under "Hjälp", made in a page of its own. */
export async function finishedExampleLink(site) {
  const { page, context, problems } = await site.page();
  await openApp(site, page);
  await page.getByRole("button", { name: "Hjälp" }).click();
  await page.getByRole("button", { name: "Visa ett färdigt exempel" }).click();
  await page.locator(".pair-note").first().waitFor();
  await (await headerButton(page, "Dela")).click();
  const link = await shareLink(page);
  problems.assertNone();
  await context.close();
  return link.split("#")[1];
}

/** A fresh page (see `site.page`) with "Ladda exempel" loaded and its comparison shown. */
export async function openExample(site, options) {
  const opened = await site.page(options);
  await openApp(site, opened.page);
  await opened.page.getByRole("button", { name: "Ladda exempel" }).click();
  await opened.page.locator(".pair-row .sentence").nth(5).waitFor();
  return opened;
}

/**
 * Sets a text area's value as a paste lands: at once, with one input event.
 * (Playwright's `fill` types through the browser's editing machinery, which
 * alone takes many seconds for a megabyte of lines and says nothing about the app.)
 */
export async function pasteInto(page, selector, text) {
  await page.evaluate(
    ([selector, text]) => {
      const area = document.querySelector(selector);
      area.value = text;
      area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    },
    [selector, text],
  );
}

/**
 * The share panel's link, once it has been made (in the worker) for the work
 * as it is now; with `previous`, once it differs from that one.
 */
export async function shareLink(page, previous = null) {
  await page.waitForFunction((previous) => {
    const area = document.querySelector("#share-link-text");
    return area?.getAttribute("aria-busy") === "false" && area.value.includes("#v1.") && area.value !== previous;
  }, previous);
  return page.locator("#share-link-text").inputValue();
}

/**
 * Drags the mouse over `words` as drawn in the first `scope` element holding
 * them (scrolled into view), across however many pieces of markup they span;
 * spoken labels and buttons are not part of the text.
 */
export async function dragOver(page, scope, words) {
  const box = await page.evaluate(
    ([scope, words]) => {
      for (const root of document.querySelectorAll(scope)) {
        const nodes = [];
        let all = "";
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement.closest(".sr-only, button")) continue;
          nodes.push([node, all.length]);
          all += node.data;
        }
        const at = all.indexOf(words);
        if (at < 0) continue;
        root.scrollIntoView({ block: "center" });
        const rectAt = (i) => {
          const [node, start] = nodes.findLast(([, start]) => start <= i);
          const range = document.createRange();
          range.setStart(node, i - start);
          range.setEnd(node, i - start + 1);
          return range.getClientRects()[0];
        };
        const first = rectAt(at);
        const last = rectAt(at + words.length - 1);
        return {
          from: { x: first.left + 1, y: first.top + first.height / 2 },
          to: { x: last.right - 1, y: last.top + last.height / 2 },
        };
      }
      return null;
    },
    [scope, words],
  );
  assert.ok(box, `"${words}" is not in ${scope}`);
  await page.mouse.move(box.from.x, box.from.y);
  await page.mouse.down();
  await page.mouse.move(box.to.x, box.to.y, { steps: 5 });
  await page.mouse.up();
}
