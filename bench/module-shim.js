// diff-match-patch's npm build is CommonJS (`module.exports = diff_match_patch`):
// give it a `module` to assign to. comparators.js takes the export and removes
// both globals again.
"use strict";
window.module = { exports: {} };
window.exports = window.module.exports;
