// Takes the screenshots in docs/screenshots/ from dist/ (see scripts/screenshots).
// Full-page shots, so the whole comparison shows; fails on any page problem.

import { mkdirSync } from "node:fs";
import path from "node:path";

import { DESKTOP, PHONE, ROOT, openApp, openSite } from "../e2e/harness.mjs";

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
    problems.assertNone();
    await context.close();
  }
} finally {
  await site.close();
}

async function shoot(page, name) {
  // Park the pointer and focus so no hover or focus ring shows by accident.
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.activeElement?.blur());
  const file = path.join(OUT, name);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  console.log(`screenshot: ${path.relative(ROOT, file)}`);
}
