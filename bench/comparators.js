// The two comparators the benchmark times against Ändamålsjämföraren's
// pipeline, each as one function of two raw texts that returns the number of
// pieces in its diff (so the work cannot be skipped, and the page can report it):
//
//   window.benchDmp(a, b)     diff-match-patch in word mode
//   window.benchJsdiff(a, b)  jsdiff's Diff.diffWords(a, b), default options
//
// Word mode for diff-match-patch is the one its documentation gives for lines
// ("Line or Word Diffs"), with words in place of lines: split each text into
// tokens (maximal runs of whitespace, maximal runs of anything else), map each
// distinct token to one character, diff_main the two character strings with
// checklines = false, and map the characters back (diff_charsToLines_). No
// diff_cleanupSemantic: the result is already whole words. Diff_Timeout = 0,
// so it always finishes the diff rather than returning a rough one.
"use strict";

(function () {
  const dmpModule = window.module.exports;
  delete window.module;
  delete window.exports;
  const DiffMatchPatch = dmpModule.diff_match_patch;

  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;

  const TOKEN = /\s+|\S+/g;

  // diff_linesToChars_ with words for lines. Character 0 is left unused, as
  // there; more than 65535 distinct words would not fit in one UTF-16 unit.
  function wordsToChars(text1, text2) {
    const wordArray = [""];
    const wordHash = new Map();
    const munge = (text) => {
      let chars = "";
      for (const word of text.match(TOKEN) ?? []) {
        let code = wordHash.get(word);
        if (code === undefined) {
          code = wordArray.length;
          if (code > 0xffff) throw new Error("more than 65535 distinct words");
          wordHash.set(word, code);
          wordArray.push(word);
        }
        chars += String.fromCharCode(code);
      }
      return chars;
    };
    const chars1 = munge(text1);
    const chars2 = munge(text2);
    return { chars1, chars2, wordArray };
  }

  window.benchDmp = function benchDmp(a, b) {
    const { chars1, chars2, wordArray } = wordsToChars(a, b);
    const diffs = dmp.diff_main(chars1, chars2, false);
    dmp.diff_charsToLines_(diffs, wordArray);
    return diffs.length;
  };

  window.benchJsdiff = function benchJsdiff(a, b) {
    return window.Diff.diffWords(a, b).length;
  };
})();
