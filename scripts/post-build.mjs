#!/usr/bin/env node
// Trunk's post_build hook (Trunk.toml): runs after Trunk has written the whole
// build into its staging directory, before that replaces dist/.
//
//  1. 404.html from static/404.html (and static/404.js beside it), with the
//     public URL and index.html's stylesheet links filled in: static hosts
//     like GitHub Pages serve it for unknown paths, at any depth.
//  2. In a release build, the wasm-bindgen glue (andamal-….js) minified with
//     terser, and its integrity hash in index.html updated to match (Trunk's
//     own minifier cannot parse the glue's `export default`).
//  3. In a release build, our own scripts (static/boot.js, offline.js,
//     landscape-start.js, 404.js, and sw.js once written, its BUILD line
//     kept) minified with terser too: their comments are for readers of the
//     source, and every visit precaches them.
//  4. Every integrity attribute in index.html checked against its file.
//  5. sw.js from static/sw.js, with the list of every file of the build and a
//     version that is a hash of their names and contents, so any change (also
//     to the unhashed worker files) makes a new service worker. Only a release
//     build precaches; a debug build (`trunk serve`) gets an empty list, so
//     development is never served from a cache. Files loaded only when needed
//     are listed apart, as on demand (not precached, cached by the service
//     worker at first use, so they cost a first visit nothing): the PDF reader
//     (pdf/…), the document reader (reader.js, reader_bg.wasm,
//     reader_loader.js) and the landscape (landscape.js, landscape.css,
//     landscape_bg.wasm, landscape_loader.js; its small starter, landscape-start.js, is
//     precached, so that offline it can say why the landscape is missing).
//
// Trunk sets TRUNK_STAGING_DIR, TRUNK_SOURCE_DIR, TRUNK_PUBLIC_URL and
// TRUNK_PROFILE. The e2e tests import writeServiceWorker to make a "new
// release" of a copied build.

import { createHash } from "node:crypto";
import { minify } from "terser";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SERVICE_WORKER = "sw.js";
/** Files loaded only when needed (the PDF reader under pdf/, the document reader): not precached, cached at first use. */
export const ON_DEMAND_PREFIX = "pdf/";
export const ON_DEMAND = /^(pdf\/.*|reader(\.js|_bg\.wasm|_loader\.js)|landscape(\.js|\.css|_bg\.wasm|_loader\.js))$/;
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
  // Minified HTML drops the quotes: <link href=… rel=stylesheet>.
  const stylesheets = index.match(/<link\b[^>]*\brel=("?)stylesheet\1(?=[\s>/])[^>]*>/g) ?? [];
  const template = readFileSync(path.join(SOURCE_DIR, "static", "404.html"), "utf8");
  const page = template.replaceAll("{base}", publicUrl).replace("{stylesheets}", stylesheets.join("\n  "));
  writeFileSync(path.join(dir, "404.html"), page);
  copyFileSync(path.join(SOURCE_DIR, "static", "404.js"), path.join(dir, "404.js"));
}

/**
 * Writes `dir`/sw.js precaching every other file in `dir` but the on-demand
 * ones, which it lists apart (none of either when `precache` is false).
 * Returns { version, files, onDemand }, as written into sw.js.
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
  const files = found.filter((file) => !ON_DEMAND.test(file)).map((file) => (file === "index.html" ? "./" : file));
  const onDemand = found.filter((file) => ON_DEMAND.test(file));
  const build = { version: precache ? hash.digest("hex").slice(0, 16) : "development", files, onDemand };
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

/**
 * Minifies the glue script that index.html's boot script loads, and puts
 * its new sha384 in index.html's integrity attributes. Returns the bytes saved.
 */
export async function minifyGlue(dir) {
  const indexPath = path.join(dir, "index.html");
  const index = readFileSync(indexPath, "utf8");
  const name = index.match(/data-andamal-js="?[^"\s>]*?([^/"\s>]+\.js)/)?.[1];
  if (!name) throw new Error("index.html names no glue script (data-andamal-js)");
  const file = path.join(dir, name);
  const source = readFileSync(file, "utf8");
  const { code } = await minify(source, { module: true, compress: { passes: 2 }, format: { comments: false } });
  const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
  writeFileSync(file, code);
  writeFileSync(indexPath, index.replaceAll(integrity(source), integrity(code)));
  return source.length - code.length;
}

/** Our own scripts, copied from static/ as they are, and whether each is a module. */
export const OWN_SCRIPTS = [
  ["boot.js", true],
  ["offline.js", true],
  ["landscape-start.js", false],
  ["404.js", false],
];

/**
 * Minifies [`OWN_SCRIPTS`] in `dir` (none of them has an integrity
 * attribute; top-level names stay, as a classic script's are globals).
 * Returns the bytes saved.
 */
export async function minifyOwnScripts(dir) {
  let saved = 0;
  for (const [name, module] of OWN_SCRIPTS) {
    const file = path.join(dir, name);
    const source = readFileSync(file, "utf8");
    const { code } = await minify(source, { module, compress: { passes: 2 }, format: { comments: false } });
    writeFileSync(file, code);
    saved += source.length - code.length;
  }
  return saved;
}

/**
 * Minifies `dir`/sw.js but its `const BUILD = …;` line, which stays a line of
 * its own for whoever reads the build's list (the tests do). The version
 * hashes every other file, so it stays as it is. Returns the bytes saved.
 */
export async function minifyServiceWorker(dir) {
  const file = path.join(dir, SERVICE_WORKER);
  const source = readFileSync(file, "utf8");
  const build = source.match(BUILD_LINE)?.[0];
  if (!build) throw new Error(`${SERVICE_WORKER} has no "const BUILD = …" line`);
  const { code } = await minify(source.replace(BUILD_LINE, ""), { compress: { passes: 2 }, format: { comments: false } });
  writeFileSync(file, `${build}\n${code}`);
  return source.length - build.length - 1 - code.length;
}

/**
 * Throws unless every integrity attribute in index.html matches the file it
 * names. Trunk runs wasm-bindgen for each of the build's wasm binaries into
 * one directory; should one of them ever hash a file another is rewriting
 * (a JS snippet, once seen empty), the page would refuse to start, so the
 * build stops instead.
 */
export function checkIntegrity(dir, publicUrl) {
  const index = readFileSync(path.join(dir, "index.html"), "utf8");
  for (const tag of index.match(/<link\b[^>]*\bintegrity=[^>]*>/g) ?? []) {
    const href = tag.match(/\bhref="?([^"\s>]+)/)?.[1];
    const want = tag.match(/\bintegrity="?([^"\s>]+)/)?.[1];
    if (!href || !want) continue;
    const file = path.join(dir, href.startsWith(publicUrl) ? href.slice(publicUrl.length) : href);
    const [algorithm] = want.split("-");
    const have = `${algorithm}-${createHash(algorithm).update(readFileSync(file)).digest("base64")}`;
    if (have !== want) throw new Error(`index.html: ${href} has integrity ${want}, but the file's is ${have}: build again`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run me as Trunk's post_build hook");
  let publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
  if (!publicUrl.endsWith("/")) publicUrl += "/";
  const release = process.env.TRUNK_PROFILE === "release";
  writeNotFoundPage(dir, publicUrl);
  if (release) {
    console.log(`post-build: glue script minified, ${await minifyGlue(dir)} bytes saved`);
    console.log(`post-build: own scripts minified, ${await minifyOwnScripts(dir)} bytes saved`);
  }
  checkIntegrity(dir, publicUrl);
  const { version, files, onDemand } = writeServiceWorker(dir, { precache: release });
  if (release) console.log(`post-build: ${SERVICE_WORKER} minified, ${await minifyServiceWorker(dir)} bytes saved`);
  console.log(`post-build: 404.html; ${SERVICE_WORKER} version ${version}, ${files.length} files precached, ${onDemand.length} on demand`);
}
