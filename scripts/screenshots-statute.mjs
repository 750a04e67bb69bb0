// The § by § view's screenshots (issue #17), part of scripts/screenshots.mjs
// and runnable alone against the dist/ that is there:
//
//   node scripts/screenshots-statute.mjs
//
// docs/screenshots/{desktop,phone}-statute.png: a revision with a merge, a
// split, a move, a removed and an added section (the core's merge_split
// fixture), with the ändamål open as the view opens.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { DESKTOP, PHONE, ROOT, openApp, openSite, pasteInto } from "../e2e/harness.mjs";

const FIXTURE = path.join(ROOT, "andamal-core", "tests", "fixtures", "statutes", "merge_split");

/** Takes the shots with `shoot(page, name, fullPage)` from scripts/screenshots.mjs. */
export async function statuteShots(site, shoot) {
  for (const [device, viewport, touch] of [["desktop", DESKTOP, false], ["phone", PHONE, true]]) {
    const { page, context, problems } = await site.page({ viewport, touch });
    await openApp(site, page);
    await pasteInto(page, "#text-a", readFileSync(path.join(FIXTURE, "a.txt"), "utf8"));
    await pasteInto(page, "#text-b", readFileSync(path.join(FIXTURE, "b.txt"), "utf8"));
    await page.getByRole("button", { name: "Hela förbundsordningen" }).click();
    await page.locator(".sec-open .pair-row .cell-b .sentence").first().waitFor();
    await page.locator(".status-busy").waitFor({ state: "detached" });
    // The view as it opens below the two texts: the outline, the ändamål open.
    await page.evaluate(() => document.querySelector(".statute").scrollIntoView());
    await shoot(page, `${device}-statute.png`, false);
    problems.assertNone();
    await context.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = await openSite("screenshots-statute");
  try {
    await statuteShots(site, async (page, name) => {
      await page.mouse.move(0, 0);
      const file = path.join(ROOT, "docs", "screenshots", name);
      await page.screenshot({ path: file, animations: "disabled" });
      console.log(`screenshot: ${path.relative(ROOT, file)}`);
    });
  } finally {
    await site.close();
  }
}
