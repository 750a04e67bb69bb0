#!/usr/bin/env node
// The text the page gets from a PDF, on the command line:
//
//   node scripts/pdf-text.mjs FILE.pdf
//
// prints it as UTF-8 on stdout, through the page's own module
// (static/pdf/pdf-text.js) and the same pdf.js files Trunk copies into
// dist/pdf/ (pdfjs-dist's legacy build, from node_modules). A scanned,
// password-protected or damaged PDF, or a file that cannot be read, prints
// the page's Swedish message on stderr and exits with code 2.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { PdfTextError, pdfText } from "../static/pdf/pdf-text.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The pdf.js build the page loads (index.html copies these two files into dist/pdf/). */
export const PDFJS_DIR = path.join(ROOT, "node_modules", "pdfjs-dist", "legacy", "build");

/** pdf.js as the page uses it, with its worker (in Node, pdf.js runs it on this thread). */
export async function loadPdfjs() {
  const pdfjs = await import(pathToFileURL(path.join(PDFJS_DIR, "pdf.min.mjs")).href);
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(path.join(PDFJS_DIR, "pdf.worker.min.mjs")).href;
  return pdfjs;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  if (files.length !== 1) {
    process.stderr.write("usage: node scripts/pdf-text.mjs FILE.pdf\n");
    process.exit(2);
  }
  let data;
  try {
    data = new Uint8Array(readFileSync(files[0]));
  } catch (error) {
    process.stderr.write(`Filen kunde inte läsas: ${error.message}\n`);
    process.exit(2);
  }
  try {
    process.stdout.write(await pdfText(data, await loadPdfjs()));
  } catch (error) {
    if (!(error instanceof PdfTextError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}
