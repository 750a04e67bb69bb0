// The PDF reader's rebuilding of text (static/pdf/pdf-text.js, rebuildText)
// on pages drawn by hand, one rule at a time: what a printed PDF may or may
// not happen to contain (e2e/pdf.test.mjs reads real ones).
//
// A page is { width, height, items }, each item a glyph run { text, x, right,
// base, size } in points from the top left, as pdfText makes them from pdf.js.

import assert from "node:assert/strict";
import { test } from "node:test";

import { rebuildText } from "../static/pdf/pdf-text.js";

const A4 = { width: 595, height: 842 };
const SIZE = 11;
const CHAR = SIZE * 0.5; // every glyph half an em wide

/** A line of text as one run per word, starting at `x` on baseline `base`; `right` stretches it (justified). */
function line(text, base, { x = 70, right = null, size = SIZE } = {}) {
  const words = text.split(" ");
  const natural = text.length * CHAR;
  const stretch = right === null || words.length < 2 ? 0 : (right - x - natural) / (words.length - 1);
  const runs = [];
  let at = x;
  for (const word of words) {
    runs.push({ text: word, x: at, right: at + word.length * CHAR, base, size });
    at += (word.length + 1) * CHAR + stretch;
  }
  return runs;
}

/** Lines of a column from the top, `pitch` apart, each justified to `right` but those in `ragged` (default: the last). */
function column(lines, { top = 100, pitch = 14, x = 70, right = 520, ragged = [lines.length - 1] } = {}) {
  return lines.flatMap((text, i) => line(text, top + i * pitch, { x, right: ragged.includes(i) ? null : right }));
}

const page = (...items) => ({ ...A4, items: items.flat() });

test("a line-end hyphen is undone inside a word, kept in EU-stöd and before 'och'", () => {
  const text = rebuildText([
    page(
      column([
        "Förbundet ska stödja verksam-",
        "heten och söka EU-",
        "stöd för hälso-",
        "och sjukvården samt risk-",
        "eller krisarbete i hela län-",
        "et.",
      ]),
    ),
  ]);
  assert.equal(text, "Förbundet ska stödja verksamheten och söka EU-stöd för hälso- och sjukvården samt risk- eller krisarbete i hela länet.");
});

test("a hyphenated word written so elsewhere keeps its hyphen at a line end", () => {
  const text = rebuildText([page(column(["Finsam-lagen gäller. Enligt Finsam-", "lagen ska förbundet verka."]))]);
  assert.equal(text, "Finsam-lagen gäller. Enligt Finsam-lagen ska förbundet verka.");
});

test("soft hyphens are dropped, at a line end and inside a line", () => {
  const text = rebuildText([page(column(["Sam\u00adordnings\u00adförbundet ska finan\u00ad", "siera insatser."]))]);
  assert.equal(text, "Samordningsförbundet ska finansiera insatser.");
});

test("running headers, 'Sida N av M' footers and page numbers are left out; a § heading keeps its own line", () => {
  const bodies = [["Första sidans text går vidare"], ["4 § Förbundets ändamål", "", "Förbundets ändamål är att svara för finansiell"], ["Sista sidan"]];
  const pages = bodies.map((body, i) =>
    page(
      line("Förbundsordning för Samordningsförbundet", 40, { x: 200 }),
      column(body, { ragged: [0, 2] }).filter((run) => run.text !== ""),
      line(`Sida ${i + 1} av 3`, 810, { x: 270 }),
    ),
  );
  pages[2].items.push(...line("3", 790, { x: 290 }));
  const text = rebuildText(pages);
  assert.doesNotMatch(text, /Sida|Förbundsordning för/);
  assert.doesNotMatch(text, /\b3$/);
  assert.match(text, /\n\n4 § Förbundets ändamål\n\nFörbundets ändamål är att svara för finansiell/);
});

test("two columns are read column by column, also when their paragraph gaps line up", () => {
  const left = ["Vänster ett går vidare", "och slutar här nu.", "", "Vänster två går vidare", "och slutar där sen."];
  const right = ["Höger ett går vidare", "och slutar här nu.", "", "Höger två går vidare", "och slutar där sen."];
  const items = [
    ...line("Rubrik över båda spalterna", 70),
    ...left.flatMap((t, i) => (t ? line(t, 100 + i * 14, { x: 70, right: i % 3 === 0 ? 280 : null }) : [])),
    ...right.flatMap((t, i) => (t ? line(t, 100 + i * 14, { x: 320, right: i % 3 === 0 ? 530 : null }) : [])),
  ];
  assert.equal(
    rebuildText([page(items)]),
    "Rubrik över båda spalterna\n\nVänster ett går vidare och slutar här nu.\n\nVänster två går vidare och slutar där sen.\n\n" +
      "Höger ett går vidare och slutar här nu.\n\nHöger två går vidare och slutar där sen.",
  );
});

test("a stycke goes on across a page break, and ends where its last line ends short", () => {
  const text = rebuildText([
    page(column(["Förbundet ska verka för att de som står långt från arbetsmarknaden", "får stöd och att"], { ragged: [] })),
    page(column(["resurserna används effektivt.", "Slut."], { ragged: [0, 1] })),
  ]);
  assert.equal(text, "Förbundet ska verka för att de som står långt från arbetsmarknaden får stöd och att resurserna används effektivt.\n\nSlut.");
});

test("lines ended on purpose without a full stop (an address) keep their line breaks", () => {
  const address = column(["Södra Dalarnas Samordningsförbund", "c/o Avesta kommun", "774 81 Avesta"], { ragged: [0, 1, 2] });
  const body = column(["Motion till årsmötet om politisk samordning inom förbunden i landet", "och dess följder."], { top: 200 });
  const text = rebuildText([page(address, body)]);
  assert.equal(text, "Södra Dalarnas Samordningsförbund\nc/o Avesta kommun\n774 81 Avesta\n\nMotion till årsmötet om politisk samordning inom förbunden i landet och dess följder.");
});
