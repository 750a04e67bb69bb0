// A workshop on phones (issue #16): a shared link opens on the comparison,
// with the first change on the first screen without scrolling; annotation in
// three taps on a touch screen with one-tap undo; the notice about earlier
// work only when there was some, by name; the projector's full-screen QR
// code; and the "Vem säger vad" matrix carrying a theme through a pair.
// Every test also fails on console errors, page errors and CSP violations.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { DESKTOP, PHONE, finishedExampleLink, headerButton, openApp, openSite, pasteInto } from "./harness.mjs";

let site;
/** The finished example under "Hjälp", shared: what a moderator sends the room. */
let LINK;
before(async () => {
  site = await openSite("phone");
  LINK = await finishedExampleLink(site);
});
after(async () => {
  await site?.close();
});

/** Opens the shared link in a fresh page and waits for the first change to be drawn. */
async function openLink(options) {
  const opened = await site.page(options);
  await opened.page.goto(`${site.url}#${LINK}`);
  await opened.page.locator(".pair-row:not(.kind-equal):not(.pair-head) .sentence").first().waitFor();
  return opened;
}

/** Whether the element lies wholly inside the viewport, as the page is now (no scrolling done). */
async function onFirstScreen(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && r.height > 0;
  });
}

describe("a link opened on a phone", () => {
  test("the summary and the first changed pair are on the first screen, texts folded, actions in one menu", async () => {
    const { page, context, problems } = await openLink({ viewport: PHONE, touch: true });
    assert.equal(await page.evaluate(() => window.scrollY), 0, "nothing scrolled");
    assert.ok(await onFirstScreen(page.locator(".summary")), "the summary is on the first screen");
    const change = page.locator(".pair-row:not(.kind-equal):not(.pair-head)").first();
    assert.ok(await onFirstScreen(change.locator(".address").first()), "the first changed pair starts on the first screen");
    assert.ok(await onFirstScreen(change.locator("del, ins").first()), "its first changed words are on the first screen");
    // Each text is one line, naming its side and section, one tap from the text itself.
    const folded = page.locator(".editor-folded .folded-line");
    assert.equal(await folded.count(), 2);
    assert.match(await folded.first().textContent(), /^A: Östra Östergötland 2017 · 4§ Förbundets ändamål\s*Visa texten$/);
    assert.equal(await page.locator("#text-a").isVisible(), false);
    await folded.first().getByRole("button", { name: "Visa texten" }).tap();
    await page.locator("#text-a").waitFor();
    assert.match(await page.locator("#text-a").inputValue(), /Östergötland/);
    // The header's actions are behind one menu button.
    const share = page.locator(".app-actions").getByRole("button", { name: "Dela", exact: true });
    assert.equal(await share.isVisible(), false);
    await (await headerButton(page, "Dela")).tap();
    await page.locator(".share-panel").waitFor();
    problems.assertNone();
    await context.close();
  });

  test("on a desktop the comparison is in view without scrolling", async () => {
    const { page, context, problems } = await openLink({ viewport: DESKTOP });
    assert.ok(await onFirstScreen(page.locator(".summary")), "the summary is in view");
    const first = page.locator(".pair-row:not(.kind-equal):not(.pair-head)").first();
    const top = await first.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top < DESKTOP.height, `the first change starts in view (top ${top}px)`);
    problems.assertNone();
    await context.close();
  });
});

describe("notice about earlier work", () => {
  test("a first visit does not mention earlier work; with work in the page, it is named", async () => {
    const { page, context, problems } = await openLink({ viewport: PHONE, touch: true });
    const notice = page.locator(".notice-bar");
    await notice.waitFor();
    assert.equal((await notice.locator("p, span").first().textContent()).trim(), "Jämförelsen från länken är öppnad.");
    assert.doesNotMatch(await notice.textContent(), /innan/);
    problems.assertNone();
    await context.close();

    const second = await site.page({ viewport: DESKTOP });
    await openApp(site, second.page);
    await pasteInto(second.page, "#text-a", "4 § Ändamål\n\nSamordningsförbundet Kustlandet ska främja samverkan. Antagen 2021.");
    await pasteInto(second.page, "#text-b", "4 § Ändamål\n\nFörbundet ska stödja samverkan.");
    await second.page.locator(".pair-row .sentence").first().waitFor();
    await second.page.goto(`${site.url}#${LINK}`);
    await second.page.locator(".notice-bar", { hasText: "innan" }).waitFor();
    assert.match(
      await second.page.locator(".notice-bar").textContent(),
      /Det du arbetade med innan, ”Kustlandet 2021 – B”, är sparat under ”Mina jämförelser”\./,
    );
    second.problems.assertNone();
    await second.context.close();
  });
});

describe("three taps", () => {
  test("tap a sentence, tap a theme, done; the editor is on screen; undo is one tap", async () => {
    const { page, context, problems } = await openLink({ viewport: PHONE, touch: true });
    const cell = page.locator(".pair-row").nth(1).locator(".cell-b");
    await cell.locator(".sentence").scrollIntoViewIfNeeded();
    const before = await cell.locator("button.badge").count();

    await cell.locator(".sentence").tap(); // 1
    const editor = page.getByRole("dialog", { name: /anteckning/i });
    await editor.waitFor();
    const box = await editor.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= PHONE.height && box.x >= 0 && box.x + box.width <= PHONE.width, `editor on screen: ${JSON.stringify(box)}`);
    const theme = editor.locator(".theme-pick", { hasText: "Målgrupp" });
    assert.ok(await onFirstScreen(theme), "the theme is within reach without scrolling");
    await theme.tap(); // 2
    await editor.getByRole("status").filter({ hasText: "Sparad" }).waitFor();
    await cell.locator("button.badge", { hasText: "MG" }).waitFor();
    await editor.getByRole("button", { name: "Klar" }).tap(); // 3
    await editor.waitFor({ state: "detached" });
    assert.equal(await cell.locator("button.badge").count(), before + 1);

    // Again, and undone with one tap from the editor.
    await cell.locator(".sentence").tap();
    await editor.locator(".theme-pick", { hasText: "Arena" }).tap();
    await cell.locator("button.badge", { hasText: "AR" }).first().waitFor();
    const arenas = await cell.locator("button.badge", { hasText: "AR" }).count();
    await editor.getByRole("button", { name: /Ångra/ }).tap();
    await editor.waitFor({ state: "detached" });
    assert.equal(await cell.locator("button.badge", { hasText: "AR" }).count(), arenas - 1);
    assert.equal(await cell.locator("button.badge").count(), before + 1);
    problems.assertNone();
    await context.close();
  });
});

describe("the matrix", () => {
  test("a theme carried through an equal pair is not 'Bara i B'; confirm in one tap", async () => {
    const { page, context, problems } = await openLink({ viewport: DESKTOP });
    await page.getByRole("tab", { name: "Vem säger vad" }).click();
    const arena = page.locator(".tools .matrix-table tr", { hasText: "Arena" });
    await arena.waitFor();
    const cells = arena.locator("td");
    assert.match(await cells.nth(0).textContent(), /genom paret/);
    assert.equal((await cells.nth(2).textContent()).trim(), "Nej", "the same wording in both");
    await arena.getByRole("button", { name: /^Bekräfta Arena A/ }).click();
    await page.locator(".cell-a button.badge", { hasText: "AR" }).first().waitFor();
    assert.doesNotMatch(await cells.nth(0).textContent(), /genom paret/);
    // Turned down instead, A really lacks it.
    await page.getByRole("button", { name: /Ångra/ }).first().click();
    await arena.getByRole("button", { name: /^Avvisa Arena A/ }).click();
    await page.waitForFunction(() => [...document.querySelectorAll(".tools .matrix-table tr")].some((r) => /Arena/.test(r.textContent) && /Bara i B/.test(r.textContent)));
    problems.assertNone();
    await context.close();
  });
});

describe("the projector", () => {
  test("Visa QR-kod fills the screen with the link's QR code", async () => {
    const { page, context, problems } = await openLink({ viewport: { width: 1280, height: 720 } });
    await (await headerButton(page, "Presentera")).click();
    await page.getByRole("button", { name: "Visa QR-kod" }).click();
    const code = page.locator(".qr-screen .qr-code");
    await page.locator(".qr-screen .qr-code path").waitFor();
    const box = await code.boundingBox();
    assert.ok(box.height >= 600 && box.width === box.height, `the code fills the screen's height: ${JSON.stringify(box)}`);
    await page.locator(".qr-screen").getByRole("button", { name: "Dölj QR-kod" }).click();
    await page.locator(".qr-screen").waitFor({ state: "detached" });
    problems.assertNone();
    await context.close();
  });
});
