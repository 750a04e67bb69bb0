#!/usr/bin/env node
// Trunk's post_build hook (Trunk.toml): runs after Trunk has written the whole
// build into its staging directory, before that replaces dist/.
//
//  1. 404.html from static/404.html (and static/404.js beside it), with the
//     public URL and index.html's stylesheet links filled in: static hosts
//     like GitHub Pages serve it for unknown paths, at any depth.
//  2. sw.js from static/sw.js, with the list of every file of the build and a
//     version that is a hash of their names and contents, so any change (also
//     to the unhashed worker files) makes a new service worker. Only a release
//     build precaches; a debug build (`trunk serve`) gets an empty list, so
//     development is never served from a cache.
//
// Trunk sets TRUNK_STAGING_DIR, TRUNK_SOURCE_DIR, TRUNK_PUBLIC_URL and
// TRUNK_PROFILE. The e2e tests import writeServiceWorker to make a "new
// release" of a copied build.

import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SERVICE_WORKER = "sw.js";
const SOURCE_DIR = process.env.TRUNK_SOURCE_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BUILD_LINE = /^const BUILD = .*$/m;

/** Every file under `dir` as a sorted list of "/"-separated relative paths. */
function filesUnder(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix + entry.name;
      if (entry.isDirectory()) return filesUnder(path.join(dir, entry.name), `${relative}/`);
      return entry.isFile() ? [relative] : [];
    })
    .sort();
}

/** Writes `dir`/404.html and 404.js for the site at `publicUrl`. */
export function writeNotFoundPage(dir, publicUrl) {
  const index = readFileSync(path.join(dir, "index.html"), "utf8");
  const stylesheets = index.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  const template = readFileSync(path.join(SOURCE_DIR, "static", "404.html"), "utf8");
  const page = template.replaceAll("{base}", publicUrl).replace("{stylesheets}", stylesheets.join("\n  "));
  writeFileSync(path.join(dir, "404.html"), page);
  copyFileSync(path.join(SOURCE_DIR, "static", "404.js"), path.join(dir, "404.js"));
}

/**
 * Writes `dir`/sw.js precaching every other file in `dir` (none when
 * `precache` is false). Returns { version, files }, as written into sw.js.
 */
export function writeServiceWorker(dir, { precache = true } = {}) {
  const found = precache ? filesUnder(dir).filter((file) => file !== SERVICE_WORKER) : [];
  const hash = createHash("sha256");
  for (const file of found) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
    hash.update("\0");
  }
  // index.html is precached as "./", the address the page loads it from, so
  // that the worker's revalidation finds it in the HTTP cache.
  const files = found.map((file) => (file === "index.html" ? "./" : file));
  const build = { version: precache ? hash.digest("hex").slice(0, 16) : "development", files };
  const template = readFileSync(path.join(SOURCE_DIR, "static", SERVICE_WORKER), "utf8");
  if (!BUILD_LINE.test(template)) throw new Error(`static/${SERVICE_WORKER} has no "const BUILD = …" line`);
  // The template's comments are for readers of the source; the build ships the code.
  const code = template
    .replace(BUILD_LINE, `const BUILD = ${JSON.stringify(build)};`)
    .replace(/^\s*\/\/.*\n/gm, "")
    .replace(/^\n+/, "");
  writeFileSync(path.join(dir, SERVICE_WORKER), code);
  return build;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run me as Trunk's post_build hook");
  let publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
  if (!publicUrl.endsWith("/")) publicUrl += "/";
  writeNotFoundPage(dir, publicUrl);
  const { version, files } = writeServiceWorker(dir, { precache: process.env.TRUNK_PROFILE === "release" });
  console.log(`post-build: 404.html; ${SERVICE_WORKER} version ${version}, ${files.length} files precached`);
}
