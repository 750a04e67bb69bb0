#!/usr/bin/env node
// A plain static file server for the built site, the way GitHub Pages serves
// it: files only (no rewriting, no compression), under a sub-path such as
// /andamal/, with dist/404.html (if present) for unknown paths, and an ETag
// with every file so that a revalidation (Cache-Control: no-cache) of an
// unchanged file is a 304 without a body.
//
// Every request is appended to a log file as one JSON line, so tests can later
// prove what the page did and did not send (e.g. that pasted text never
// reaches the server, not even in a query string).
//
// As a library (used by e2e/harness.mjs):
//   const server = await startStaticServer({ root: "dist", base: "/andamal/", log: "e2e/out/requests.jsonl" });
//   server.url   // "http://127.0.0.1:41234/andamal/"
//   await server.close();
//
// From the command line:
//   node scripts/static-server.mjs [--root dist] [--base /andamal/] [--port 8081] [--log FILE]

import { createReadStream, appendFileSync, mkdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/** Resolves `urlPath` (already stripped of the base) inside `root`, or null if it escapes. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const resolved = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  return resolved === root || resolved.startsWith(root + path.sep) ? resolved : null;
}

function fileEntry(file, info) {
  const etag = `"${info.size.toString(16)}-${Math.round(info.mtimeMs).toString(16)}"`;
  return { file, size: info.size, etag, modified: info.mtime.toUTCString() };
}

async function fileAt(candidate) {
  if (candidate === null) return null;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return fileEntry(candidate, info);
    if (info.isDirectory()) {
      const index = path.join(candidate, "index.html");
      const indexInfo = await stat(index).catch(() => null);
      if (indexInfo?.isFile()) return fileEntry(index, indexInfo);
    }
  } catch {
    // Missing: fall through to 404.
  }
  return null;
}

export async function startStaticServer({
  root = "dist",
  base = "/andamal/",
  host = "127.0.0.1",
  port = 0,
  log = null,
} = {}) {
  const rootDir = path.resolve(root);
  if (!base.startsWith("/") || !base.endsWith("/")) {
    throw new Error(`base must start and end with "/": ${base}`);
  }
  if (log) mkdirSync(path.dirname(path.resolve(log)), { recursive: true });

  const record = (req, status, bytes) => {
    if (!log) return;
    const entry = {
      time: new Date().toISOString(),
      method: req.method,
      url: req.url,
      status,
      bytes,
      referer: req.headers.referer ?? null,
      contentType: req.headers["content-type"] ?? null,
      contentLength: req.headers["content-length"] ?? null,
    };
    appendFileSync(log, JSON.stringify(entry) + "\n");
  };

  const send = (req, res, status, headers, found) => {
    res.writeHead(status, {
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      ...headers,
    });
    if (req.method === "HEAD" || !found) {
      res.end();
    } else {
      createReadStream(found.file).pipe(res);
    }
    record(req, status, found && req.method !== "HEAD" ? found.size : 0);
  };

  const notFound = async (req, res) => {
    const page = await fileAt(path.join(rootDir, "404.html"));
    if (page) {
      send(req, res, 404, { "Content-Type": CONTENT_TYPES[".html"], "Content-Length": page.size }, page);
    } else {
      send(req, res, 404, { "Content-Type": CONTENT_TYPES[".txt"], "Content-Length": 0 }, null);
    }
  };

  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url, "http://localhost");
      if (req.method !== "GET" && req.method !== "HEAD") {
        send(req, res, 405, { Allow: "GET, HEAD", "Content-Length": 0 }, null);
        return;
      }
      if (pathname === base.slice(0, -1)) {
        send(req, res, 301, { Location: base, "Content-Length": 0 }, null);
        return;
      }
      if (!pathname.startsWith(base)) {
        await notFound(req, res);
        return;
      }
      const candidate = resolveInside(rootDir, pathname.slice(base.length));
      const found = await fileAt(candidate);
      if (!found) {
        await notFound(req, res);
        return;
      }
      const type = CONTENT_TYPES[path.extname(found.file).toLowerCase()] ?? "application/octet-stream";
      const validators = { ETag: found.etag, "Last-Modified": found.modified };
      if (req.headers["if-none-match"]?.split(/\s*,\s*/).includes(found.etag)) {
        send(req, res, 304, validators, null);
        return;
      }
      send(req, res, 200, { "Content-Type": type, "Content-Length": found.size, ...validators }, found);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
      record(req, 500, 0);
    }
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}${base}`,
    origin: `http://${host}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`missing value for ${flag}`);
    switch (flag) {
      case "--root": options.root = value; break;
      case "--base": options.base = value; break;
      case "--host": options.host = value; break;
      case "--port": options.port = Number(value); break;
      case "--log": options.log = value; break;
      default: throw new Error(`unknown option ${flag}`);
    }
  }
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startStaticServer({ port: 8081, ...parseArgs(process.argv.slice(2)) });
  console.log(`Serving at ${server.url}`);
}
