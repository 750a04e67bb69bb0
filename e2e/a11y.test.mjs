// Accessibility: axe-core on every screen of the app, in a context where the
// page's CSP is bypassed only so that axe can be injected. The run fails on
// any serious or critical violation and prints the counts of all.

import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";

import { PHONE, finishedExampleLink, headerButton, openApp, openSite, shareLink } from "./harness.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let site;
const totals = { critical: 0, serious: 0, moderate: 0, minor: 0 };
before(async () => {
  site = await openSite("a11y");
});
after(async () => {
  console.log(`axe: ${Object.entries(totals).map(([k, v]) => `${v} ${k}`).join(", ")} (all screens)`);
  await site?.close();
});

async function audit(page, screen) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  for (const v of violations) totals[v.impact] = (totals[v.impact] ?? 0) + 1;
  const grave = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(grave, [], `${screen}: ${JSON.stringify(grave, null, 2)}`);
}

test("every screen has no serious or critical axe violation", async () => {
  const { page, context, problems } = await site.page({ bypassCSP: true });
  await openApp(site, page);
  await audit(page, "empty page");
  await page.getByRole("button", { name: "Hjälp" }).click();
  await audit(page, "help");
  await page.getByRole("button", { name: "Stäng" }).click();

  await page.getByRole("button", { name: "Ladda exempel" }).click();
  await page.locator(".pair-row .sentence").nth(5).waitFor();
  await audit(page, "example, side by side");

  await page.getByRole("tab", { name: /Förslag/ }).click();
  await audit(page, "suggestions");
  await page.getByRole("button", { name: /Godkänn alla/ }).click();
  await page.getByRole("tab", { name: /Anteckningar/ }).click();
  await audit(page, "notes");
  await page.getByRole("tab", { name: "Teman" }).click();
  await page.locator("#new-theme-name").fill("Unga");
  await page.getByRole("button", { name: "Lägg till tema" }).click();
  await audit(page, "themes");
  await page.getByRole("tab", { name: "Vem säger vad" }).click();
  await audit(page, "matrix");

  await page.locator(".cell-a").first().getByRole("button", { name: /Anteckna/ }).click();
  await page.getByRole("dialog", { name: "Ny anteckning" }).waitFor();
  await audit(page, "annotation editor");
  await page.getByRole("button", { name: "Avbryt" }).click();

  await page.getByRole("button", { name: "Ändringsmarkerad text" }).click();
  await audit(page, "redline");

  await page.getByRole("button", { name: "Dela", exact: true }).click();
  await audit(page, "share panel");
  problems.assertNone();
  await context.close();
});

test("at phone width too", async () => {
  const { page, context, problems } = await site.page({ bypassCSP: true, viewport: PHONE, touch: true });
  await openApp(site, page);
  await page.getByRole("button", { name: "Ladda exempel" }).click();
  await page.locator(".pair-row .sentence").nth(5).waitFor();
  await audit(page, "phone, example");
  await page.locator(".cell-b").first().getByRole("button", { name: /Anteckna/ }).tap();
  await audit(page, "phone, annotation editor");
  problems.assertNone();
  await context.close();
});

test("a link opened on a phone: folded texts, the menu, three-tap annotation, the matrix, the projector's QR code", async () => {
  const link = await finishedExampleLink(site);
  const { page, context, problems } = await site.page({ bypassCSP: true, viewport: PHONE, touch: true });
  await page.goto(`${site.url}#${link}`);
  await page.locator(".pair-row:not(.kind-equal):not(.pair-head) :is(del, ins)").first().waitFor();
  await audit(page, "phone, link opened");
  await headerButton(page, "Dela");
  await audit(page, "phone, header menu open");
  await page.getByRole("button", { name: /Meny/ }).tap();
  const cell = page.locator(".pair-row").nth(3).locator(".cell-b");
  await cell.locator(".sentence").tap();
  const editor = page.getByRole("dialog", { name: /anteckning/i });
  await editor.locator(".theme-pick", { hasText: "Målgrupp" }).tap();
  await editor.getByRole("status").filter({ hasText: "Sparad" }).waitFor();
  await audit(page, "phone, annotation saved by its theme");
  await editor.getByRole("button", { name: "Klar" }).tap();
  await page.getByRole("tab", { name: "Vem säger vad" }).tap();
  await page.locator(".tools .matrix-carried").first().waitFor();
  await audit(page, "phone, matrix with carried themes");
  await (await headerButton(page, "Presentera")).tap();
  await page.getByRole("button", { name: "Visa QR-kod" }).tap();
  await page.locator(".qr-screen .qr-code path").waitFor();
  await audit(page, "projector's QR code");
  problems.assertNone();
  await context.close();
});

/**
 * Presses Tab (Shift+Tab when `back`) until the focused element matches the
 * CSS selector (and has exactly `text`, if given), as a keyboard user would.
 */
async function tabTo(page, selector, { text, back = false, limit = 400 } = {}) {
  for (let i = 0; i < limit; i += 1) {
    const found = await page.evaluate(
      ([s, t]) => {
        const el = document.activeElement;
        return Boolean(el?.matches(s) && (t === undefined || el.textContent.trim() === t));
      },
      [selector, text],
    );
    if (found) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  assert.fail(`${selector} ${text ?? ""} not reached by Tab`);
}

test("the whole flow by keyboard alone: example, annotate, undo, share, present", async () => {
  const { page, context, problems } = await site.page();
  await openApp(site, page);
  await tabTo(page, "button", { text: "Ladda exempel" });
  await page.keyboard.press("Enter");
  await page.locator(".pair-row .sentence").nth(5).waitFor();
  await tabTo(page, ".cell-b .note-button");
  const visible = await page.evaluate(() => getComputedStyle(document.activeElement).opacity);
  assert.equal(visible, "1", "a focused Anteckna button is visible");
  await page.keyboard.press("Enter");
  const editor = page.getByRole("dialog", { name: "Ny anteckning" });
  await editor.waitFor();
  await page.keyboard.press("Space"); // the first theme, focused when the editor opens
  await tabTo(page, "#note-text");
  await page.keyboard.type("Med tangentbordet");
  await page.keyboard.press("Enter"); // a new line in the note, not a submit
  await tabTo(page, ".note-editor button[type=submit]");
  await page.keyboard.press("Enter");
  await editor.waitFor({ state: "detached" });
  const badge = page.locator(".cell-b button.badge").first();
  await badge.waitFor();
  await page.keyboard.press("Control+z");
  await badge.waitFor({ state: "detached" });
  await page.keyboard.press("Control+Shift+Z");
  await badge.waitFor();

  await tabTo(page, "button", { text: "Dela", back: true });
  await page.keyboard.press("Enter");
  await shareLink(page);
  await tabTo(page, "button", { text: "Kopiera länken" });
  await page.keyboard.press("Escape");
  await page.locator(".share-panel").waitFor({ state: "detached" });

  await tabTo(page, "button", { text: "Presentera", back: true });
  await page.keyboard.press("Enter");
  await page.locator(".presenting").waitFor();
  const position = page.locator(".change-position");
  const before = await position.textContent();
  await page.keyboard.press("PageDown");
  await page.waitForFunction((b) => document.querySelector(".change-position").textContent !== b, before);
  assert.match(await position.textContent(), /Ändring \d+ av \d+/);
  await page.keyboard.press("Escape");
  await page.locator("#text-a").waitFor();
  problems.assertNone();
  await context.close();
});

test("prefers-reduced-motion: the busy indicator does not pulse and nothing scrolls smoothly", async () => {
  const styles = {};
  for (const reducedMotion of ["no-preference", "reduce"]) {
    const { page, context, problems } = await site.page({ reducedMotion });
    await openApp(site, page);
    // The indicator shows only while a comparison runs: measure a copy of it.
    styles[reducedMotion] = await page.evaluate(() => {
      const probe = document.createElement("p");
      probe.className = "status-busy";
      document.querySelector("#app").append(probe);
      const before = getComputedStyle(probe, "::before");
      const style = { animation: before.animationName, scroll: getComputedStyle(document.documentElement).scrollBehavior };
      probe.remove();
      return style;
    });
    problems.assertNone();
    await context.close();
  }
  assert.notEqual(styles["no-preference"].animation, "none", "the indicator pulses when motion is welcome");
  assert.deepEqual(styles.reduce, { animation: "none", scroll: "auto" });
});
