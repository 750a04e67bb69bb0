// PDFs for the tests, made from the finder's fixture texts by printing them in
// headless Chromium (Playwright's page.pdf()), the way förbundsordningar are
// published: A4, a running header, "Sida N av M" footers, justified and
// hyphenated text, one in two columns, one with a text box beside the text,
// one with a scanned (image-only) cover page, and one that is only a scan.
// Nothing binary is committed: every run makes them anew in e2e/out/pdf/.
//
// Hyphenation: the text is set with `hyphens: auto` and lang="sv", but
// Debian's Chromium has no hyphenation dictionaries, so that alone breaks
// nothing. Soft hyphens are therefore put in every word by the npm `hyphen`
// package's Swedish patterns; once Chromium has laid the page out, only those
// where a line really breaks are kept (Chromium draws a hyphen there). The
// others are taken out again because Chromium writes an unused soft hyphen
// into the PDF's text as a zero-width space ("rehabili te rings"), which no
// word processor does; the page looks the same either way (a line breaks at
// the last opportunity that fits, and only unused ones are removed).
//
//   const fixtures = await makePdfs(browser);  // [{ name, source, pdf, … }]

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { loadPdfjs } from "../scripts/pdf-text.mjs";
import { OUT, ROOT } from "./harness.mjs";

const { hyphenateSync } = createRequire(import.meta.url)("hyphen/sv");

export const PDF_DIR = path.join(OUT, "pdf");
const FIND = path.join(ROOT, "andamal-core", "tests", "fixtures", "find");
const SEEDS = path.join(ROOT, "andamal-core", "tests", "fixtures", "seeds");

/**
 * The documents: a fixture text and how it is laid out. `source` is the text
 * the finder reads directly, `pdf` the printed file.
 */
export const DOCUMENTS = [
  { name: "nvsam", file: path.join(FIND, "01_nvsam_par5_medlemmar_par4", "input.txt"), header: "Norra Västmanlands Samordningsförbund · Förbundsordning", fontSize: 15 },
  { name: "vasteras-textbox", file: path.join(FIND, "02_vasteras_4par_web", "input.txt"), header: "Samordningsförbundet Västerås", fontSize: 13, textBox: true },
  { name: "goteborg-columns", file: path.join(FIND, "10_goteborgsregionen_2023_web", "input.txt"), header: "Göteborgsregionen – Förbundsordning 2023", fontSize: 15, columns: true },
  { name: "varend-bullets", file: path.join(FIND, "12_varend_rtj_par3_mm_bullets", "input.txt"), header: "Värends Räddningstjänstförbund", fontSize: 14, width: "120mm" },
  { name: "motion-scanned-cover", file: path.join(SEEDS, "001_motion_two_clauses.txt"), header: "Motion till NNS årsmöte 2019", fontSize: 11, scannedCover: true },
];

/** The fixture text as the finder reads it (the fixtures cut at 2000 bytes may end inside a character). */
export function sourceText(file) {
  return readFileSync(file, "utf8").replace(/\uFFFD+$/u, "");
}

function escape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The text as HTML paragraphs, every word given its soft hyphens. */
function paragraphs(text) {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const lines = block.split("\n").map((line) => escape(hyphenateSync(line.trim())));
      const heading = /^(§\s*\d+|\d+\s*§)/.test(block) && block.length < 80;
      return heading ? `<h2>${lines.join(" ")}</h2>` : `<p>${lines.join("<br>")}</p>`;
    });
}

const STYLE = (doc) => `
  @page { size: A4; }
  html { font-family: "DejaVu Serif", "Liberation Serif", serif; font-size: ${doc.fontSize}pt; line-height: 1.3; }
  /* The printed width (A4 less the margins), so that the screen lays out the lines the PDF gets. */
  body { margin: 0; width: ${doc.width ?? "162mm"}; }
  p { margin: 0 0 0.7em; text-align: justify; hyphens: auto; -webkit-hyphens: auto; }
  h2 { font-size: 1.1em; margin: 1em 0 0.5em; }
  .columns { column-count: 2; column-gap: 9mm; }
  .columns h2 { break-after: avoid; }
  .box { float: right; width: 55mm; margin: 0 0 4mm 6mm; padding: 3mm; border: 1px solid #555; font-size: 0.8em; }
  .box p { text-align: left; }
  .scan { display: block; width: 100%; break-after: page; }`;

/** A PNG of some text, as a scanner would have made it: pixels only. */
async function scanOf(browser, text) {
  const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
  await page.setContent(`<!doctype html><html lang="sv"><body style="margin:60px;font:22px serif">${paragraphs(text).join("")}</body></html>`);
  const png = await page.screenshot({ type: "png" });
  await page.close();
  return `data:image/png;base64,${png.toString("base64")}`;
}

/** Removes the soft hyphens where no line breaks (see the top of this file). */
function keepUsedSoftHyphens() {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const unused = [];
  const top = (node, at) => {
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    // The last box: a character right after a break also has an empty one at the end of the line before.
    const rects = range.getClientRects();
    return rects.length > 0 ? rects[rects.length - 1].top : null;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    for (let at = text.indexOf("\u00ad"); at !== -1; at = text.indexOf("\u00ad", at + 1)) {
      const before = at > 0 ? top(node, at - 1) : null;
      const after = at + 1 < text.length ? top(node, at + 1) : null;
      if (before === null || after === null || after <= before + 1) unused.push([node, at]);
    }
  }
  for (const [node, at] of unused.reverse()) node.deleteData(at, 1);
}

/** Takes the soft hyphen out of each [before, after] pair of word pieces. */
function dropSoftHyphens(pairs) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const [before, after] of pairs) node.data = node.data.replaceAll(`${before}\u00ad${after}`, before + after);
  }
}

/**
 * Where Chromium wrote a soft hyphen as a zero-width space in `file`: a run
 * that starts with a space right where the run before it on the line ends.
 * Returns [the word piece before, the one after] for each.
 */
async function zeroWidthSpaces(file) {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
  const pairs = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const { items } = await (await doc.getPage(number)).getTextContent();
    for (let i = 1; i < items.length; i++) {
      const [previous, item] = [items[i - 1], items[i]];
      const touching = Math.abs(previous.transform[4] + previous.width - item.transform[4]) < 0.5 && previous.transform[5] === item.transform[5];
      if (touching && /^ \S/.test(item.str) && /\S$/.test(previous.str)) pairs.push([previous.str.split(" ").at(-1), item.str.trim().split(" ")[0]]);
    }
  }
  await doc.destroy();
  return pairs;
}

async function print(browser, html, file, header) {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: "load" });
  await page.evaluate(keepUsedSoftHyphens);
  const options = {
    path: file,
    format: "A4",
    printBackground: false,
    displayHeaderFooter: header !== null,
    headerTemplate: header === null ? "" : `<div style="font-size:9pt;width:100%;text-align:center;font-family:serif">${escape(header)}</div>`,
    footerTemplate: header === null ? "" : '<div style="font-size:9pt;width:100%;text-align:center;font-family:serif">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>',
    margin: { top: "22mm", bottom: "22mm", left: "24mm", right: "24mm" },
  };
  await page.pdf(options);
  // Print may set a line a hair wider than the screen did, so a kept soft
  // hyphen can end up inside a line after all; take those out and print again.
  const stray = await zeroWidthSpaces(file);
  if (stray.length > 0) {
    await page.evaluate(dropSoftHyphens, stray);
    await page.pdf(options);
  }
  await page.close();
}

/**
 * Prints every document (and a scan-only PDF) into e2e/out/pdf/ with
 * `browser` (a playwright-core Browser). Returns the documents with `source`
 * (their text) and `pdf` (the file), and `scanned`: the path of the scan-only PDF.
 */
export async function makePdfs(browser) {
  mkdirSync(PDF_DIR, { recursive: true });
  const made = [];
  for (const doc of DOCUMENTS) {
    const source = sourceText(doc.file);
    const source_file = path.join(PDF_DIR, `${doc.name}.txt`);
    writeFileSync(source_file, source);
    let body = paragraphs(source);
    if (doc.textBox) {
      const box = `<aside class="box"><p><b>Faktaruta</b></p><p>${escape(hyphenateSync("Samordningsförbundet bildades 2010. Kontakt: kansliet, telefon 021-39 00 00."))}</p></aside>`;
      body = [body[0], box, ...body.slice(1)];
    }
    let html = body.join("\n");
    if (doc.columns) html = `${body.slice(0, 2).join("\n")}<div class="columns">${body.slice(2).join("\n")}</div>`;
    if (doc.scannedCover) {
      const cover = await scanOf(browser, "Södra Dalarnas Samordningsförbund\n\nMotion till Nationella Nätverket för Samordningsförbund\n\nInkom 2019-02-12");
      html = `<img class="scan" alt="" src="${cover}">${html}`;
    }
    const page = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>${STYLE(doc)}</style></head><body>${html}</body></html>`;
    const pdf = path.join(PDF_DIR, `${doc.name}.pdf`);
    await print(browser, page, pdf, doc.header);
    made.push({ ...doc, source, sourceFile: source_file, pdf });
  }
  const scanned = path.join(PDF_DIR, "scanned.pdf");
  const scan = await scanOf(browser, sourceText(DOCUMENTS[0].file).slice(0, 900));
  await print(browser, `<!doctype html><html><head><style>${STYLE(DOCUMENTS[0])}</style></head><body><img class="scan" alt="" src="${scan}"></body></html>`, scanned, null);
  return { documents: made, scanned };
}

/**
 * A PDF whose content is protected by a user password (the standard security
 * handler, RC4 40-bit): the /Encrypt dictionary's /U entry matches no
 * password pdf.js can try, so it asks for one. Written by hand, byte by byte,
 * so that no encryption tool is needed; the content stream is never read.
 */
export function encryptedPdf(file) {
  const hex32 = (byte) => `<${byte.repeat(32)}>`;
  return writePdf(
    file,
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
      "<< /Length 0 >>\nstream\n\nendstream",
      `<< /Filter /Standard /V 1 /R 2 /O ${hex32("AB")} /U ${hex32("CD")} /P -44 >>`,
    ],
    "/Encrypt 5 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] ",
  );
}

/** Writes `objects` (PDF object bodies, numbered from 1; the first is the catalog) as a PDF file, with its cross-reference table. */
function writePdf(file, objects, trailer = "") {
  let body = "%PDF-1.4\n";
  const offsets = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(file, body, "latin1");
  return file;
}

/**
 * A page shown upright as A4 portrait although its MediaBox is landscape and
 * turned by /Rotate 90, its text drawn turned back (Helvetica, WinAnsi), as
 * some scanners' and printers' PDFs are. Written by hand, byte by byte.
 */
export function rotatedPdf(file) {
  const lines = ["4 \\247 F\\366rbundets \\344ndam\\345l", "F\\366rbundets \\344ndam\\345l \\344r att fr\\344mja samverkan", "mellan huvudm\\344nnen i hela l\\344net."];
  const content = lines.map((text, i) => `BT /F1 12 Tf 0 1 -1 0 ${100 + i * 16} 70 Tm (${text}) Tj ET`).join("\n");
  return writePdf(file, [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Rotate 90 /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ]);
}

/** A file that says it is a PDF and is not one: its first bytes, then garbage. */
export function damagedPdf(file) {
  writeFileSync(file, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nthis is not the rest of a PDF file");
  return file;
}
