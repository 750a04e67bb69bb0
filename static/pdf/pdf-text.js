// The text of a PDF, rebuilt the way a person reads the page.
//
// Mozilla's pdf.js (npm pdfjs-dist, its legacy build: it runs in older Safari
// on iPads too, and in Node) gives every run of glyphs with its position. From
// those this module rebuilds what a reader sees:
//
//   furniture     lines repeated at the same place on most pages (running
//                 headers, "Sida 2 av 7" footers) and lone page numbers at the
//                 top or bottom of a page are dropped;
//   reading order columns and text boxes are found as vertical gutters that
//                 run through several lines (a recursive XY cut), read left
//                 column first, top to bottom;
//   stycken       lines are joined into paragraphs (a paragraph ends at a
//                 larger gap, an indent, a short last line, a heading or a
//                 bullet), § headings stay on their own line;
//   hyphenation   a soft hyphen is dropped; a hyphen at the end of a line is
//                 undone only where the two halves make a word ("verksam-
//                 heten"), kept where it is part of one ("EU-stöd") and kept
//                 with its space before "och"/"eller" ("hälso- och sjukvård").
//
// One module for the page and the command line: the page loads it (with
// pdf.js beside it, in dist/pdf/) only when a PDF is opened, through
// `readPdf(file)`; `node scripts/pdf-text.mjs FILE.pdf` calls `pdfText` with
// the very same pdf.js files, so both give the same text.
//
// The Swedish messages live here, not in src/texts.rs, because the command
// line prints them too and because the page's wasm must not grow for them.

/** What went wrong, and the sentence a user reads. */
export const MESSAGES = {
  scanned:
    "PDF:en innehåller bara bilder av sidorna (den är skannad) och ingen text att läsa. " +
    "Låt en PDF-läsare eller skanner tolka texten (OCR, ”gör sökbar”) och öppna den nya filen, " +
    "eller skriv av eller klistra in ändamålsparagrafen.",
  encrypted:
    "PDF:en är lösenordsskyddad och kan inte läsas här. Öppna den med lösenordet i en PDF-läsare, " +
    "spara en kopia utan lösenord och öppna den, eller kopiera texten och klistra in den.",
  damaged:
    "Filen kunde inte läsas som PDF: den verkar vara skadad eller ofullständig. " +
    "Hämta den igen, eller öppna den i en PDF-läsare och kopiera texten.",
  tooLarge: "PDF:en innehåller mer än 5 MB text. Klistra in bara ändamålsparagrafen.",
};

/** A PDF that gives no text, with the reason (a key of MESSAGES). */
export class PdfTextError extends Error {
  constructor(reason) {
    super(MESSAGES[reason]);
    this.name = "PdfTextError";
    this.reason = reason;
  }
}

/** pdf.js's errors that mean the file itself is broken. */
const PDFJS_FILE_ERRORS = new Set(["InvalidPDFException", "FormatError", "UnknownErrorException", "MissingPDFException"]);

/** As much text as a side of the comparison takes (src/components/editor.rs, MAX_PASTE_BYTES). */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/**
 * The page's entry: the text of a PDF `file` (a Blob), or a rejection with
 * the Swedish sentence to show, or with null when pdf.js itself could not be
 * loaded (offline before the first PDF; the page has that sentence). pdf.js
 * is loaded from beside this module, its worker from the same origin, and it
 * runs without eval (the page's Content Security Policy).
 */
export async function readPdf(file) {
  let pdfjs;
  try {
    pdfjs = await import("./pdf.min.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = new URL("./pdf.worker.min.mjs", import.meta.url).href;
  } catch {
    throw null;
  }
  try {
    return await pdfText(new Uint8Array(await file.arrayBuffer()), pdfjs);
  } catch (error) {
    if (error instanceof PdfTextError) throw error.message;
    throw /worker|import|module|fetch/i.test(error?.message ?? "") ? null : MESSAGES.damaged;
  }
}

/**
 * The text of the PDF in `data` (a Uint8Array), read with `pdfjs` (the
 * pdfjs-dist module, its GlobalWorkerOptions.workerSrc set).
 * Throws PdfTextError when there is no text to give.
 */
export async function pdfText(data, pdfjs) {
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pages;
  try {
    const doc = await task.promise;
    pages = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      // The page as it is shown: its crop box, turned by its /Rotate, y growing downwards.
      const view = page.getViewport({ scale: 1 });
      const { items } = await page.getTextContent();
      const runs = items.map((item) => item.transform && glyphRun(item, pdfjs.Util.transform(view.transform, item.transform)));
      pages.push({ width: view.width, height: view.height, items: runs.filter(Boolean) });
      page.cleanup();
    }
  } catch (error) {
    if (error?.name === "PasswordException") throw new PdfTextError("encrypted");
    // pdf.js's worker could not be started: not the file's fault (readPdf says so).
    if (/worker/i.test(error?.message ?? "") && !PDFJS_FILE_ERRORS.has(error?.name)) throw error;
    throw new PdfTextError("damaged");
  } finally {
    await task.destroy();
  }
  if (!pages.some((page) => page.items.some((item) => /\S/.test(item.text)))) throw new PdfTextError("scanned");
  const text = rebuildText(pages);
  if (new TextEncoder().encode(text).length > MAX_TEXT_BYTES) throw new PdfTextError("tooLarge");
  return text;
}

/**
 * One pdf.js text item as { text, x, right, base, size }, from `matrix`, its
 * text matrix on the page as shown (see pdfText): x from the left, `base` the
 * baseline from the top. Runs that do not read left to right as shown
 * (vertical or upside-down text, a side note turned 90°) and empty ones are
 * left out.
 */
function glyphRun(item, [a, b, c, d, e, f]) {
  if (typeof item.str !== "string" || !(a > 0) || Math.abs(b) > a * 0.1 || Math.abs(c) > Math.abs(d) * 0.1) return null;
  const text = item.str.replace(/\u00ad(?=.)/g, "");
  if (!text.trim()) return null;
  const size = Math.abs(d) || item.height || 1;
  return { text, x: e, right: e + Math.max(item.width, 0), base: f, size };
}

/**
 * The text of `pages` (each { width, height, items: glyph runs }) as a person
 * reads it: stycken separated by a blank line, headings on a line of their
 * own, and lines that were ended on purpose (an address, a list) kept apart.
 */
export function rebuildText(pages) {
  const furniture = findFurniture(pages);
  const stycken = []; // each an array of lines, with `gap`: whether a blank line goes before it
  let open = null; // the last stycke, while it may go on
  const start = (line, gap) => {
    open = Object.assign([line], { gap });
    stycken.push(open);
  };
  const laidOut = pages.map((page) =>
    readingOrder(page.items.filter((run) => !furniture.has(run)))
      .map(toLines)
      .filter((lines) => lines.length > 0)
      .map((lines) => {
        const left = Math.min(...lines.map((line) => line.x));
        return Object.assign(lines, { left, right: Math.max(...lines.map((line) => line.right)) });
      }),
  );
  // A block's column is as wide as the widest block anywhere in the document that starts where it starts.
  const all = laidOut.flat();
  const columnWidth = (block) => Math.max(...all.filter((other) => Math.abs(other.left - block.left) < 3).map((other) => other.right - block.left));
  for (const [index, blocks] of laidOut.entries()) {
    for (const lines of blocks) {
      const { left } = lines;
      const width = columnWidth(lines);
      const pitch = linePitch(lines);
      for (const [lineIndex, line] of lines.entries()) {
        const previous = lineIndex > 0 ? lines[lineIndex - 1] : null;
        const last = open?.at(-1);
        if (open === null) {
          start(line, true);
        } else if (isHeading(line.text) || (isHeading(open[0].text) && !wrapsOn(last, line, left, width))) {
          start(line, true);
        } else if (previous === null) {
          // A new block: the stycke goes on at the top of the next column or page unless the
          // last line looked like an end; a block below the last one (after a text box) is new.
          const below = last.page === index && line.base > last.base;
          if (below || endsShort(last, open.left, open.width, line)) start(line, true);
          else open.push(line);
        } else if (line.base - previous.base > pitch * 1.45) {
          start(line, true);
        } else if (isBullet(line.text) || endsShort(previous, left, width, line)) {
          start(line, !isBullet(line.text) && /[.:;!?]$/.test(previous.text));
        } else {
          open.push(line);
        }
        Object.assign(open, { left, width });
        line.page = index;
      }
    }
  }
  const vocabulary = wordsOf(stycken);
  let out = "";
  for (const [i, lines] of stycken.entries()) {
    if (i > 0) out += lines.gap ? "\n\n" : "\n";
    out += joinLines(lines.map((line) => line.text), vocabulary);
  }
  return out.replace(/\u00ad/g, "");
}

/** Whether a heading line goes on in `next`: it breaks at a hyphen, or fills its line and `next` is set alike. */
function wrapsOn(heading, next, left, width) {
  if (HYPHENS.test(heading.text) || heading.text.endsWith("\u00ad")) return true;
  return heading.right > left + width * 0.85 && Math.abs(heading.size - next.size) < heading.size * 0.03;
}

/**
 * Whether `line` was ended on purpose: the first word of `next` would have
 * fitted after it in the column (the end of a stycke, an address line, a list
 * item), and it does not end in a hyphen.
 */
function endsShort(line, left, width, next) {
  if (HYPHENS.test(line.text) || line.text.endsWith("\u00ad")) return false;
  const word = /^\S+/.exec(next.text)?.[0] ?? "";
  const wordWidth = ((next.right - next.x) * word.length) / Math.max(next.text.length, 1);
  return line.right + next.size * 0.3 + wordWidth < left + width * 0.97;
}

const HEADING = /^(?:§\s*\d+[a-z]?\b|\d+[a-z]?\s*§|\d+\s*kap\.?\s|kapitel\s+\d+)/i;

/** A § heading: "§ 5 Förbundets ändamål", "4 § Ändamål", "3 kap. Styrelsen" (not a sentence that starts with a §). */
function isHeading(text) {
  return HEADING.test(text) && text.length < 100 && !/[.:;]$/.test(text.replace(/\bm\.m\.$/, ""));
}

function isBullet(text) {
  return /^[•●▪◦■–\-*]\s/.test(text);
}

/** The usual distance between the baselines of a block's lines. */
function linePitch(lines) {
  const steps = [];
  for (let i = 1; i < lines.length; i++) {
    const step = lines[i].base - lines[i - 1].base;
    if (step > 0) steps.push(step);
  }
  if (steps.length === 0) return lines[0].size * 1.2;
  steps.sort((a, b) => a - b);
  return Math.max(steps[Math.floor(steps.length / 4)], lines[0].size);
}

// --- Page furniture ----------------------------------------------------------

const PAGE_NUMBER = /^(?:(?:sida|sid\.?|s\.|page)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:av|\/|of)\s*\d{1,4}|\s*\(\s*\d{1,4}\s*\))?$/i;

/**
 * The glyph runs of running headers, footers and page numbers: lines at the
 * top or bottom of a page whose text (digits aside) comes back at the same
 * height on most pages, and lines there that are only a page number.
 */
function findFurniture(pages) {
  const found = new Set();
  const seen = new Map(); // key → [{ page, base }]
  const candidates = [];
  for (const [index, page] of pages.entries()) {
    const lines = toLines(page.items);
    const zone = page.height * 0.12;
    const edge = lines.filter((line, i) => line.base < zone + line.size || line.base > page.height - zone || i < 2 || i >= lines.length - 2);
    for (const line of edge) {
      const key = line.text.replace(/\d+/g, "#").replace(/\s+/g, " ").toLowerCase();
      candidates.push({ index, line, key, page });
      if (!seen.has(key)) seen.set(key, []);
      seen.get(key).push({ index, base: line.base });
    }
  }
  const most = Math.max(2, Math.ceil(pages.length / 2));
  for (const { index, line, key, page } of candidates) {
    const atTheEdge = line.base < page.height * 0.12 + line.size || line.base > page.height * 0.88;
    const samePlace = new Set(
      seen
        .get(key)
        .filter((other) => Math.abs(other.base - line.base) <= Math.max(3, page.height * 0.015))
        .map((other) => other.index),
    );
    if ((samePlace.size >= most && samePlace.has(index)) || (atTheEdge && PAGE_NUMBER.test(line.text))) {
      for (const run of line.runs) found.add(run);
    }
  }
  return found;
}

// --- Reading order -----------------------------------------------------------

/**
 * Glyph runs in reading order, as blocks: a recursive XY cut. A region is
 * split at a vertical gutter (columns, a text box beside the text), else read
 * band by band from the top; neighbouring bands that share a gutter are read
 * together, so two columns whose paragraph gaps happen to line up are still
 * read column by column. Bands without a gutter stay one block, so that the
 * gaps between their lines still mark the stycken.
 */
function readingOrder(runs, depth = 0) {
  if (runs.length === 0) return [];
  const gutter = depth < 8 ? findGutter(runs) : null;
  if (gutter !== null) {
    const left = runs.filter((run) => run.right <= gutter);
    const right = runs.filter((run) => run.right > gutter);
    return [...readingOrder(left, depth + 1), ...readingOrder(right, depth + 1)];
  }
  const bands = horizontalBands(runs);
  if (bands.length === 1 || depth >= 8) return [runs];
  const blocks = [];
  let plain = [];
  for (let i = 0; i < bands.length; ) {
    let merged = bands[i];
    let j = i + 1;
    while (j < bands.length && emptyStretches([...merged, ...bands[j]]).length > 0) merged = [...merged, ...bands[j++]];
    if (j - i > 1 && findGutter(merged) !== null) {
      if (plain.length > 0) blocks.push(plain);
      plain = [];
      blocks.push(...readingOrder(merged, depth + 1));
      i = j;
    } else {
      plain = [...plain, ...bands[i]];
      i += 1;
    }
  }
  if (plain.length > 0) blocks.push(plain);
  return blocks;
}

function medianSize(runs) {
  const sizes = runs.map((run) => run.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] || 10;
}

/** Stretches of x inside the runs' extent that no run covers, at least a gutter (1.2 em) wide. */
function emptyStretches(runs) {
  const least = medianSize(runs) * 1.2;
  const spans = runs.map((run) => [run.x, run.right]).sort((a, b) => a[0] - b[0]);
  const stretches = [];
  let reach = spans[0][1];
  for (const [start, end] of spans.slice(1)) {
    if (start - reach >= least) stretches.push([reach, start]);
    reach = Math.max(reach, end);
  }
  return stretches;
}

/**
 * The x of a vertical gutter through `runs`, or null: an empty stretch with
 * at least three lines on each side, where the lines on its right start at
 * one x (a column's or a box's left edge). A gap between words in justified
 * lines never lines up like that.
 */
function findGutter(runs) {
  const size = medianSize(runs);
  let best = null;
  for (const [start, end] of emptyStretches(runs)) {
    const leftLines = new Set(runs.filter((run) => run.right <= start + 0.01).map((run) => Math.round(run.base)));
    const starts = new Map(); // baseline → the x where the line goes on right of the stretch
    for (const run of runs) {
      if (run.x < end - 0.01) continue;
      const key = Math.round(run.base);
      starts.set(key, Math.min(starts.get(key) ?? Infinity, run.x));
    }
    const edge = Math.min(...starts.values());
    const aligned = [...starts.values()].filter((x) => x - edge < size * 0.5).length;
    if (leftLines.size >= 3 && aligned >= 3 && aligned >= starts.size * 0.6 && (best === null || end - start > best.width)) {
      best = { at: (start + end) / 2, width: end - start };
    }
  }
  return best === null ? null : best.at;
}

/** Runs grouped into bands of lines that touch vertically, top to bottom. */
function horizontalBands(runs) {
  const top = (run) => run.base - run.size * 0.8;
  const sorted = [...runs].sort((a, b) => top(a) - top(b));
  const bands = [];
  let bottom = -Infinity;
  for (const run of sorted) {
    if (bands.length === 0 || top(run) > bottom + run.size * 0.1) {
      bands.push([]);
      bottom = -Infinity;
    }
    bands.at(-1).push(run);
    bottom = Math.max(bottom, run.base + run.size * 0.2);
  }
  return bands;
}

/**
 * The runs of one block as lines, top to bottom: runs on one baseline, left
 * to right, with a space where the gap between them is wider than a thin space.
 */
function toLines(runs) {
  const sorted = [...runs].sort((a, b) => a.base - b.base || a.x - b.x);
  const lines = [];
  for (const run of sorted) {
    const line = lines.find((l) => Math.abs(l.base - run.base) < Math.min(l.size, run.size) * 0.4);
    if (line) line.runs.push(run);
    else lines.push({ base: run.base, size: run.size, runs: [run] });
  }
  return lines
    .map((line) => {
      line.runs.sort((a, b) => a.x - b.x);
      let text = "";
      let reach = null;
      for (const run of line.runs) {
        if (reach !== null && run.x - reach > line.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += " ";
        text += run.text;
        reach = reach === null ? run.right : Math.max(reach, run.right);
      }
      return {
        text: text.replace(/\s+/g, " ").trim(),
        x: line.runs[0].x,
        right: reach,
        base: line.base,
        size: line.size,
        runs: line.runs,
      };
    })
    .filter((line) => line.text !== "")
    .sort((a, b) => a.base - b.base);
}

// --- Joining lines -----------------------------------------------------------

const HYPHENS = /[-\u2010\u2011]$/;
// Words after which a line-end hyphen is a compound's shared half: "hälso- och sjukvård".
const SUSPENDED = new Set(["och", "eller", "samt", "respektive", "resp", "som", "till", "men", "utan", "el"]);

/** Every word of the stycken (lower case), and every hyphenated word as written inside a line. */
function wordsOf(stycken) {
  const words = new Set();
  for (const lines of stycken) {
    for (const line of lines) {
      for (const word of line.text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) words.add(word);
    }
  }
  return words;
}

/** The lines of one stycke as one line, with line-end hyphens undone where they were only breaks. */
function joinLines(lines, vocabulary) {
  let text = lines[0];
  for (const line of lines.slice(1)) {
    if (text.endsWith("\u00ad")) {
      text = text.slice(0, -1) + line;
    } else if (HYPHENS.test(text)) {
      text = joinHyphenated(text, line, vocabulary);
    } else {
      text += ` ${line}`;
    }
  }
  return text;
}

function joinHyphenated(text, line, vocabulary) {
  const body = text.slice(0, -1);
  const before = /[\p{L}\p{N}]+$/u.exec(body)?.[0] ?? "";
  const after = /^[\p{L}\p{N}]+/u.exec(line)?.[0] ?? "";
  const lastLetter = before.slice(-1);
  const firstLetter = after.charAt(0);
  const lower = (c) => c !== "" && c === c.toLowerCase() && c !== c.toUpperCase();
  if (before === "" || after === "") return `${text} ${line}`; // a dash, not a hyphen
  if (SUSPENDED.has(after.toLowerCase())) return `${text} ${line}`;
  const joined = (before + after).toLowerCase();
  const hyphenated = `${before}-${after}`.toLowerCase();
  if (lower(lastLetter) && lower(firstLetter)) {
    if (vocabulary.has(hyphenated) && !vocabulary.has(joined)) return `${text}${line}`;
    return `${body}${line}`;
  }
  // "EU-stöd", "2020-talet", "icke-EU": the hyphen belongs to the word.
  return `${text}${line}`;
}
