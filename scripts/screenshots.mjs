// Takes the screenshots in docs/screenshots/ from dist/ (see scripts/screenshots).
// Full-page shots, so the whole comparison shows; fails on any page problem:
// desktop and phone (empty, the example, the finished example with notes,
// the annotation editor and the redline), the share panel, projector mode and a print preview;
// and as a participant sees them (issue #16): the finished example's link opened
// on a phone and a desktop (first screen only), annotating in three taps on a
// touch phone, and the projector's full-screen QR code.

import { mkdirSync } from "node:fs";
import path from "node:path";

import { DESKTOP, PHONE, ROOT, finishedExampleLink, headerButton, openApp, openSite } from "../e2e/harness.mjs";
import { statuteShots } from "./screenshots-statute.mjs";

const OUT = path.join(ROOT, "docs", "screenshots");
mkdirSync(OUT, { recursive: true });

const site = await openSite("screenshots");
try {
  for (const [device, viewport] of [["desktop", DESKTOP], ["phone", PHONE]]) {
    const { page, context, problems } = await site.page({ viewport });
    await openApp(site, page);
    await page.locator(".empty-hint").waitFor();
    await shoot(page, `${device}-empty.png`);

    await page.getByRole("button", { name: "Ladda exempel" }).click();
    await page.locator(".comparison ins.diff-ins").first().waitFor();
    await page.locator(".status-busy").waitFor({ state: "detached" });
    await shoot(page, `${device}-example.png`);

    await (await headerButton(page, "Hjälp")).click();
    await page.getByRole("button", { name: "Visa ett färdigt exempel" }).click();
    await page.locator(".pair-note").first().waitFor();
    await page.getByRole("tab", { name: "Vem säger vad" }).click();
    await shoot(page, `${device}-annotated.png`);

    await page.locator(".pair-row").nth(2).locator(".cell-b").getByRole("button", { name: /Anteckna/ }).click();
    await page.getByRole("dialog", { name: "Ny anteckning" }).waitFor();
    await shoot(page, `${device}-annotation-editor.png`, false);
    await page.getByRole("button", { name: "Avbryt" }).click();

    // The redline with the same annotations (badges by side) and the pair note.
    await page.getByRole("button", { name: "Ändringsmarkerad text" }).click();
    await page.locator(".redline .redline-notes").first().waitFor();
    await shoot(page, `${device}-redline.png`);
    await page.getByRole("button", { name: "Sida vid sida" }).click();

    await (await headerButton(page, "Dela")).click();
    await page.locator(".qr-code path").waitFor();
    await page.locator(".share-panel").screenshot({ path: path.join(OUT, `${device}-share.png`) });
    console.log(`screenshot: docs/screenshots/${device}-share.png`);
    await page.getByRole("button", { name: "Stäng" }).first().click();
    problems.assertNone();
    await context.close();
  }

  // The finished example's link as a participant opens it: the first screen.
  const link = await finishedExampleLink(site);
  for (const [device, viewport, touch] of [["desktop", DESKTOP, false], ["phone", PHONE, true]]) {
    const { page, context, problems } = await site.page({ viewport, touch });
    await page.goto(`${site.url}#${link}`);
    await page.locator(".pair-row:not(.kind-equal):not(.pair-head) :is(del, ins)").first().waitFor();
    await page.locator(".status-busy").waitFor({ state: "detached" });
    await shoot(page, `${device}-link.png`, false);
    if (touch) {
      // Three taps: a sentence, a theme (saved), done. Shot after the second.
      const cell = page.locator(".pair-row").nth(3).locator(".cell-b");
      await cell.locator(".sentence").scrollIntoViewIfNeeded();
      await cell.locator(".sentence").tap();
      const editor = page.getByRole("dialog", { name: /anteckning/i });
      await editor.locator(".theme-pick", { hasText: "Målgrupp" }).tap();
      await editor.getByRole("status").filter({ hasText: "Sparad" }).waitFor();
      await shoot(page, "phone-three-taps.png", false);
      await editor.getByRole("button", { name: "Klar" }).tap();
      await editor.waitFor({ state: "detached" });
    }
    problems.assertNone();
    await context.close();
  }

  // The whole förbundsordningar § by §, desktop and phone.
  await statuteShots(site, shoot);

  // The projector (1280×720) in presentation mode, on a change, and its matrix.
  {
    const { page, context, problems } = await site.page({ viewport: { width: 1280, height: 720 } });
    await openApp(site, page);
    await page.getByRole("button", { name: "Hjälp" }).click();
    await page.getByRole("button", { name: "Visa ett färdigt exempel" }).click();
    await page.locator(".pair-note").first().waitFor();
    await page.getByRole("button", { name: "Presentera" }).click();
    await page.keyboard.press("PageDown");
    await shoot(page, "projector.png", false);
    await page.keyboard.press("m");
    await shoot(page, "projector-matrix.png", false);
    await page.keyboard.press("m");
    await page.getByRole("button", { name: "Visa QR-kod" }).click();
    await page.locator(".qr-screen .qr-code path").waitFor();
    await shoot(page, "projector-qr.png", false);
    await page.locator(".qr-screen").getByRole("button", { name: "Dölj QR-kod" }).click();
    await page.keyboard.press("Escape");

    await page.emulateMedia({ media: "print" });
    await shoot(page, "print-preview.png");
    problems.assertNone();
    await context.close();
  }
} finally {
  await site.close();
}

async function shoot(page, name, fullPage = true) {
  // Park the pointer and focus so no hover or focus ring shows by accident.
  await page.mouse.move(0, 0);
  if (fullPage) await page.evaluate(() => document.activeElement?.blur());
  const file = path.join(OUT, name);
  await page.screenshot({ path: file, fullPage, animations: "disabled" });
  console.log(`screenshot: ${path.relative(ROOT, file)}`);
}
