// Share links in the built app: made in one browser, opened in a fresh one
// with the identical view and annotations; damaged links refused with a
// Swedish message while the work stays; the same link twice; the "Öppna
// länk" field; the share panel at phone width. Every test also fails on
// console errors, page errors and CSP violations.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { OUT, PHONE, ROOT, dragOver, headerButton, openApp, openExample, openSite, pasteInto, shareLink } from "./harness.mjs";

const ANNOTATED = readFileSync(path.join(ROOT, "andamal-core/tests/fixtures/share/annotated_seed_pair.link"), "utf8").trim();

let site;
before(async () => {
  site = await openSite("share");
});
after(async () => {
  await site?.close();
});

/** What a reader sees of the comparison: each row's visible text, badges included. */
function comparisonText(page) {
  return page.locator(".pairs .pair-row").evaluateAll((rows) =>
    rows.map((row) => {
      const copy = row.cloneNode(true);
      copy.querySelectorAll(".sr-only, .note-button").forEach((e) => e.remove());
      return copy.textContent.replace(/\s+/g, " ").trim();
    }),
  );
}

async function makeLink(page) {
  await (await headerButton(page, "Dela")).click();
  return shareLink(page);
}

describe("share links", () => {
  test("a link made in one browser opens identically in a fresh one, annotations included", async () => {
    const { page, context, problems } = await openExample(site);
    await page.getByRole("tab", { name: /Förslag/ }).click();
    await page.getByRole("button", { name: /^Godkänn Arena för/ }).first().click();
    const row = page.locator(".pair-row.kind-changed").first();
    await row.hover();
    await row.getByRole("button", { name: "Kommentera ändringen" }).click();
    await page.getByLabel("Kommentera ändringen").fill("Bredare uppdrag <script>alert(1)</script>");
    await page.getByRole("button", { name: "Spara" }).click();
    const link = await makeLink(page);
    await page.locator("#share-title-field").fill("Workshop 15 juni");
    const titled = await shareLink(page, link);
    assert.notEqual(titled, link, "the title travels in the link");
    const fragment = titled.split("#")[1];
    assert.ok(fragment.startsWith("v1.") && fragment.length < 2000, `${fragment.length} characters`);
    const before = await comparisonText(page);

    const fresh = await site.page();
    fresh.page.on("dialog", () => assert.fail("a dialog opened"));
    await fresh.page.goto(titled);
    await fresh.page.locator(".pair-row .sentence").nth(5).waitFor();
    await fresh.page.locator(".notice-bar", { hasText: "Jämförelsen från länken är öppnad" }).waitFor();
    assert.equal(new URL(fresh.page.url()).hash, "", "the fragment is removed from the address bar");
    await fresh.page.locator(".pair-note", { hasText: "Bredare uppdrag <script>alert(1)</script>" }).waitFor();
    assert.deepEqual(await comparisonText(fresh.page), before);
    await fresh.page.getByRole("button", { name: "Dela", exact: true }).click();
    assert.equal(await fresh.page.locator("#share-title-field").inputValue(), "Workshop 15 juni");
    assert.equal(await fresh.page.locator("#share-name-1").inputValue(), "Umeåregionen 2019");
    fresh.problems.assertNone();
    problems.assertNone();
    await fresh.context.close();
    await context.close();
  });

  test("a damaged or cut link says why in Swedish and keeps the work", async () => {
    const { page, context, problems } = await openExample(site);
    const a = await page.locator("#text-a").inputValue();
    const cases = [
      [ANNOTATED.slice(0, 300), /avkortad|skadad/],
      [`${ANNOTATED.slice(0, 40)}A${ANNOTATED.slice(41)}`, /skadad|avkortad/],
      ["v9.AAAA", /nyare version/],
    ];
    for (const [broken, message] of cases) {
      await page.evaluate((hash) => { location.hash = hash; }, broken);
      const notice = page.locator(".notice-bar.notice-error");
      await notice.waitFor();
      assert.match(await notice.textContent(), message);
      assert.equal(await page.locator("#text-a").inputValue(), a, "the work is untouched");
      await notice.getByRole("button", { name: "Stäng" }).click();
    }
    problems.assertNone();
    await context.close();
  });

  test("the same link opened twice changes nothing; a pasted link with %23 opens from the field", async () => {
    const { page, context, problems } = await site.page();
    await page.goto(`${site.url}#${ANNOTATED}`);
    const notice = page.locator(".notice-bar", { hasText: "öppnad" });
    await notice.waitFor();
    await notice.getByRole("button", { name: "Stäng" }).click();
    await page.evaluate((hash) => { location.hash = hash; }, ANNOTATED);
    await page.waitForFunction(() => location.hash === "");
    assert.equal(await notice.count(), 0, "nothing new was opened");

    // An opened link folds the texts: one tap shows A's again.
    await page.getByRole("button", { name: "Visa texten" }).first().click();
    await page.locator("#text-a").fill("Min egen text som inte får försvinna.");
    await page.getByRole("button", { name: "Dela", exact: true }).click();
    await page.locator("#open-link-field").fill("trasig");
    await page.getByRole("button", { name: "Öppna", exact: true }).click();
    await page.locator(".open-link .form-error").waitFor();
    await page.locator("#open-link-field").fill(`${site.url}%23${ANNOTATED.replace(/^v1\./, "v1%2E")}`);
    await page.getByRole("button", { name: "Öppna", exact: true }).click();
    await notice.waitFor();
    assert.match(await page.locator("#text-a").inputValue(), /Östergötland|Finspång/);
    problems.assertNone();
    await context.close();
  });

  test("offsets survive å, emoji and CRLF pasted into a text area, through a selection and a link", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    const a = "4 § Ändamål\r\n\r\nFörbundet 😀 ska stödja samverkan i Umeå.\r\nFörbundet ska vara en arena för alla.";
    const b = "4 § Ändamål\r\n\r\nFörbundet 😀 ska främja samverkan i Umeå och Vännäs.\r\nFörbundet ska vara en arena för alla.";
    await page.locator("#text-a").fill(a);
    await page.locator("#text-b").fill(b);
    await page.locator(".pair-row .sentence").first().waitFor();
    await dragOver(page, ".cell-b .sentence", "samverkan i Umeå");
    const editor = page.getByRole("dialog", { name: "Ny anteckning" });
    assert.equal(await editor.locator("q").textContent(), "samverkan i Umeå");
    await editor.getByLabel("Anteckning (frivillig)").fill("Två kommuner 😀");
    await editor.getByRole("button", { name: "Spara" }).click();
    await page.locator(".note-item", { hasText: "samverkan i Umeå" }).waitFor();
    const link = await makeLink(page);

    const fresh = await site.page();
    await fresh.page.goto(link);
    const item = fresh.page.locator(".note-item", { hasText: "Två kommuner 😀" });
    await item.waitFor();
    assert.match(await item.locator("q").textContent(), /^samverkan i Umeå$/);
    assert.equal(await fresh.page.locator("#text-b").inputValue(), b.replaceAll("\r\n", "\n"));
    fresh.problems.assertNone();
    await fresh.context.close();
    problems.assertNone();
    await context.close();
  });

  test("the share panel at phone width: QR code, length, no sideways scroll", async () => {
    const { page, context, problems } = await openExample(site, { viewport: PHONE, touch: true });
    await makeLink(page);
    await page.locator(".qr-code path").waitFor();
    assert.match(await page.locator(".share-length").textContent(), /Länken är 1\u202f\d{3} tecken lång/);
    await page.getByRole("radio", { name: "Hela dokumenten" }).check();
    await page.getByRole("checkbox", { name: "Ta med anteckningar och teman" }).uncheck();
    assert.match(await page.locator(".share-privacy").textContent(), /inga anteckningar/);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.ok(scrollWidth <= clientWidth, `page scrolls sideways: ${scrollWidth} > ${clientWidth}`);
    await page.locator(".share-panel").screenshot({ path: path.join(OUT, "share-panel-phone.png") });
    problems.assertNone();
    await context.close();
  });

  test("more text than a link carries: the panel offers a file instead, and the saved work keeps it all", async () => {
    const { page, context, problems } = await site.page();
    await openApp(site, page);
    const prose = "Styrelsen sammanträder och protokoll justeras av ordföranden. ".repeat(19_000);
    const a = `4 § Ändamål\n\nFörbundet ska främja samverkan.\n\n5 § Styrelse\n\n${prose}`;
    const b = `4 § Ändamål\n\nFörbundet ska stödja samverkan.\n\n5 § Styrelse\n\n${prose}`;
    await pasteInto(page, "#text-a", a);
    await pasteInto(page, "#text-b", b);
    const bytes = Buffer.byteLength(a + b);
    assert.ok(bytes > 2 * 1024 * 1024, `${bytes} bytes`);
    await page.locator(".pair-row .sentence").first().waitFor();
    // The sections travel in a link as usual.
    const link = await makeLink(page);
    assert.ok(link.length < 2000, `${link.length} characters`);
    // The whole documents do not: a file instead.
    await page.getByRole("radio", { name: "Hela dokumenten" }).check();
    const notice = page.locator(".share-link .notice-warning");
    await notice.waitFor();
    assert.match(await notice.textContent(), /för stora för en länk \(2,\d MB\).*Spara som fil/);
    assert.equal(await page.locator("#share-link-text").count(), 0);
    // Saved work holds the whole documents, more than a link: they are back after a reload.
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith("andamal.work.")));
    await page.reload();
    await page.locator(".pair-row .sentence").first().waitFor();
    assert.equal(await page.evaluate(() => new TextEncoder().encode(document.querySelector("#text-a").value + document.querySelector("#text-b").value).length), bytes);
    problems.assertNone();
    await context.close();
  });
});
