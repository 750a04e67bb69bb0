// Themes and annotation in the built app: select, tag, note, undo, redo on a
// desktop with a mouse and on a touch phone; suggestions, user themes and
// the "who says what" matrix. Every test also fails on console errors, page
// errors and CSP violations.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { PHONE, dragOver, openExample, openSite } from "./harness.mjs";

let site;
before(async () => {
  site = await openSite("annotate");
});
after(async () => {
  await site?.close();
});

const noteItems = (page) => page.locator(".tools-panel .note-item");

describe("annotation", () => {
  test("desktop: drag-select words, tag them, add a note, undo and redo by keyboard", async () => {
    const { page, context, problems } = await openExample(site);
    await dragOver(page, ".cell-b .sentence", "gemensam plattform");

    const editor = page.getByRole("dialog", { name: "Ny anteckning" });
    await editor.waitFor();
    // A drag that starts and ends inside words takes the whole words.
    assert.equal(await editor.locator("q").textContent(), "gemensam plattform");
    await editor.getByRole("checkbox", { name: /Samverkan/ }).check();
    await editor.getByLabel("Anteckning (frivillig)").fill("Plattformen är gemensam för alla fyra parter.");
    await editor.getByRole("button", { name: "Spara" }).click();
    await editor.waitFor({ state: "detached" });

    const badge = page.locator(".cell-b .sentence button.badge", { hasText: "SA" });
    await badge.waitFor();
    assert.match(await badge.textContent(), /^SA ✎ – Teman: Samverkan\. Med anteckning\. Ändra\.$/);
    assert.equal(await noteItems(page).count(), 1);
    assert.match(await noteItems(page).first().textContent(), /B 4 § st\. \d m\. \d.*gemensam plattform.*Plattformen är gemensam/);

    // Ctrl+Z in a text field is the browser's undo, not ours.
    await page.locator("#text-b").focus();
    await page.keyboard.press("Control+z");
    assert.equal(await noteItems(page).count(), 1, "Ctrl+Z in the text area leaves annotations alone");

    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+z");
    await badge.waitFor({ state: "detached" });
    assert.equal(await noteItems(page).count(), 0);
    await page.keyboard.press("Control+Shift+Z");
    await badge.waitFor();
    await page.keyboard.press("Control+z");
    await badge.waitFor({ state: "detached" });
    await page.keyboard.press("Control+y");
    await badge.waitFor();

    // Editing through the badge: change the note, then delete.
    await badge.click();
    const edit = page.getByRole("dialog", { name: "Ändra anteckning" });
    await edit.getByLabel("Anteckning (frivillig)").fill("Ändrad anteckning");
    await edit.getByRole("button", { name: "Spara" }).click();
    await page.locator(".note-body", { hasText: "Ändrad anteckning" }).waitFor();
    await badge.click();
    await page.getByRole("dialog", { name: "Ändra anteckning" }).getByRole("button", { name: "Ta bort", exact: true }).click();
    await badge.waitFor({ state: "detached" });
    await page.getByRole("button", { name: /Ångra/ }).click();
    await badge.waitFor();

    // The redline shows the same annotation as a badge after its paragraph, and opens it.
    await page.getByRole("button", { name: "Ändringsmarkerad text" }).click();
    const inRedline = page.locator(".redline .redline-notes", { hasText: "B" }).locator("button.badge", { hasText: "SA" });
    await inRedline.waitFor();
    await inRedline.click();
    await page.getByRole("dialog", { name: "Ändra anteckning" }).getByRole("button", { name: "Avbryt" }).click();
    await page.getByRole("button", { name: "Sida vid sida" }).click();
    problems.assertNone();
    await context.close();
  });

  test("phone: tap a sentence, narrow it word by word, tag it, undo and redo with the buttons", async () => {
    const { page, context, problems } = await openExample(site, { viewport: PHONE, touch: true });
    const cell = page.locator(".pair-row").nth(3).locator(".cell-b");
    const sentence = (await cell.locator(".sentence").evaluate((p) => {
      const copy = p.cloneNode(true);
      copy.querySelectorAll(".sr-only, button").forEach((e) => e.remove());
      return copy.textContent;
    })).trim();
    await cell.getByRole("button", { name: /Anteckna/ }).tap();
    const editor = page.getByRole("dialog", { name: "Ny anteckning" });
    await editor.waitFor();
    const quote = editor.locator("q");
    assert.equal((await quote.textContent()).trim(), sentence, "a tap takes the whole sentence");

    const words = sentence.split(/\s+/);
    await editor.getByRole("button", { name: "Ta bort första ordet" }).tap();
    await editor.getByRole("button", { name: "Ta bort första ordet" }).tap();
    assert.ok((await quote.textContent()).startsWith(words[2]), await quote.textContent());
    await editor.getByRole("button", { name: "Ta bort sista ordet" }).tap();
    const narrowed = await quote.textContent();
    assert.ok(!narrowed.includes(words.at(-1).replace(/[.,]$/, "")) || words.at(-1) === words.at(-2), narrowed);
    await editor.getByRole("button", { name: "Ta med ett ord till före" }).tap();
    assert.ok((await quote.textContent()).startsWith(words[1]), await quote.textContent());

    await editor.getByRole("checkbox", { name: /Målgrupp/ }).tap();
    await editor.getByRole("button", { name: "Spara" }).tap();
    await editor.waitFor({ state: "detached" });
    const badge = cell.locator("button.badge", { hasText: "MG" });
    await badge.waitFor();

    await page.getByRole("button", { name: /Ångra/ }).tap();
    await badge.waitFor({ state: "detached" });
    await page.getByRole("button", { name: /Gör om/ }).tap();
    await badge.waitFor();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.ok(scrollWidth <= clientWidth, `page scrolls sideways: ${scrollWidth} > ${clientWidth}`);
    problems.assertNone();
    await context.close();
  });

  test("a note on a changed sentence pair is kept with the pair", async () => {
    const { page, context, problems } = await openExample(site);
    const row = page.locator(".pair-row.kind-changed").first();
    await row.hover();
    await row.getByRole("button", { name: "Kommentera ändringen" }).click();
    const editor = page.getByRole("dialog", { name: "Anteckning om ändringen" });
    await editor.getByRole("button", { name: "Spara" }).click();
    await editor.getByRole("alert").waitFor();
    await editor.getByLabel("Kommentera ändringen").fill("Här breddades uppdraget.");
    await editor.getByRole("button", { name: "Spara" }).click();
    await row.locator(".pair-note", { hasText: "Här breddades uppdraget." }).waitFor();
    assert.match(await noteItems(page).first().textContent(), /A 4 § st\. \d m\. \d ↔ B 4 § st\. \d m\. \d/);
    problems.assertNone();
    await context.close();
  });

  test("editing a text re-anchors annotations and lists the lost ones as loose", async () => {
    const { page, context, problems } = await openExample(site);
    await page.getByRole("tab", { name: /Förslag/ }).click();
    await page.getByRole("button", { name: /Godkänn alla/ }).click();
    await page.getByRole("tab", { name: /Anteckningar/ }).click();
    await page.locator(".tools-panel .note-list").waitFor();
    const placed = await noteItems(page).count();
    assert.ok(placed > 10, `${placed} suggestions accepted`);
    // Insert a sentence before everything, then remove the word "diskriminering".
    const b = await page.locator("#text-b").inputValue();
    const edited = b.replace("4 § Förbundets ändamål\n", "4 § Förbundets ändamål\n\nEn ny inledning.\n").replace("diskriminering", "orättvisor");
    await page.locator("#text-b").fill(edited);
    await page.locator(".loose-title").waitFor();
    assert.match(await page.locator(".loose-title").textContent(), /Lösa anteckningar \(1\)/);
    assert.match(await page.locator(".notes-loose").textContent(), /diskriminering/);
    assert.equal(await noteItems(page).count(), placed, "nothing dropped");
    problems.assertNone();
    await context.close();
  });
});

describe("suggestions, themes and the matrix", () => {
  test("suggestions are dashed until accepted or rejected, one by one or all", async () => {
    const { page, context, problems } = await openExample(site);
    const dashed = page.locator(".seg.suggested");
    assert.equal(await dashed.count(), 0, "suggestions show only while their tab is open");
    await page.getByRole("tab", { name: /Förslag/ }).click();
    await dashed.first().waitFor();
    const before = await dashed.count();
    assert.ok(before > 10, `${before} suggested pieces`);
    assert.equal(await page.locator(".seg.annotated").count(), 0, "nothing applied silently");
    const tab = page.getByRole("tab", { name: /Förslag/ });
    const total = Number((await tab.textContent()).match(/\((\d+)\)/)[1]);
    // The page re-renders after each click; wait for the tab's count to follow.
    const countIs = (n) => tab.filter({ hasText: `(${n})` }).waitFor();
    await page.getByRole("button", { name: /^Godkänn Arena för/ }).first().click();
    await countIs(total - 1);
    await page.getByRole("button", { name: /^Avvisa Geografi för/ }).first().click();
    await countIs(total - 2);
    await page.locator(".seg.annotated").first().waitFor();
    await page.getByRole("button", { name: "Avvisa alla" }).click();
    await countIs(0);
    await dashed.first().waitFor({ state: "detached" });
    await page.getByRole("button", { name: /Ångra/ }).click();
    await countIs(total - 2);
    problems.assertNone();
    await context.close();
  });

  test("own themes are added, used, renamed and deleted with a count; built-ins hidden", async () => {
    const { page, context, problems } = await openExample(site);
    await page.getByRole("tab", { name: "Teman" }).click();
    await page.locator("#new-theme-name").fill("Unga vuxna");
    await page.locator("#new-theme-colour").selectOption({ label: "Rosa" });
    await page.getByRole("button", { name: "Lägg till tema" }).click();
    await page.getByRole("checkbox", { name: "Visa Geografi" }).uncheck();

    await page.locator(".pair-row").nth(2).locator(".cell-a").getByRole("button", { name: /Anteckna/ }).click();
    const editor = page.getByRole("dialog", { name: "Ny anteckning" });
    assert.equal(await editor.getByRole("checkbox", { name: /Geografi/ }).count(), 0, "hidden themes are not offered");
    await editor.getByRole("checkbox", { name: /Unga vuxna/ }).check();
    await editor.getByRole("button", { name: "Spara" }).click();
    await page.locator(".cell-a button.badge.theme-c8", { hasText: "UN" }).waitFor();

    const row = page.locator(".theme-row").filter({ has: page.locator("input[type=text]") });
    assert.equal(await row.locator("input[type=text]").inputValue(), "Unga vuxna");
    await row.locator("input[type=text]").fill("Ungdomar");
    await row.getByRole("button", { name: "Spara" }).click();
    await page.locator(".cell-a button.badge", { hasText: "Ungdomar" }).waitFor();
    await row.getByRole("button", { name: "Ta bort", exact: true }).click();
    assert.match(await page.getByRole("alert").textContent(), /används i 1 anteckning/);
    await page.getByRole("alert").getByRole("button", { name: "Ta bort", exact: true }).click();
    await page.locator(".cell-a button.badge", { hasText: "Ungdomar" }).waitFor({ state: "detached" });
    problems.assertNone();
    await context.close();
  });

  test("the matrix says where each side addresses a theme, and jumps there", async () => {
    const { page, context, problems } = await openExample(site);
    await page.getByRole("tab", { name: /Förslag/ }).click();
    await page.getByRole("button", { name: /Godkänn alla/ }).click();
    await page.getByRole("tab", { name: "Vem säger vad" }).click();
    const row = (label) => page.locator(".matrix-table tbody tr", { has: page.locator("th", { hasText: label }) });
    // Only B has the likabehandling sentence; both talk of systemutveckling.
    assert.match(await row("Likabehandling").locator("td").nth(2).textContent(), /Bara i B/);
    assert.match(await row("Likabehandling").locator("td").nth(0).textContent(), /–/);
    assert.match(await row("Systemutveckling").locator("td").nth(0).textContent(), /4 § st\./);
    const link = row("Likabehandling").locator("td").nth(1).getByRole("button").first();
    const address = (await link.textContent()).trim();
    await link.click();
    await page.locator(".pair-focused .cell-b .address", { hasText: address }).waitFor();
    problems.assertNone();
    await context.close();
  });
});
