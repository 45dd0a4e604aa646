// ESLint for the site's JavaScript (docs/assets/), run by tests/test_eslint.py:
//   testtools/node_modules/.bin/eslint --config testtools/eslint.config.mjs docs/assets
// ESLint's recommended rules, browser globals, ES modules. Nothing may parse text as HTML: every
// text on the site is untrusted, so scripts build elements and text nodes only.
import js from "@eslint/js";
import globals from "globals";

const HTML = "it parses text as HTML. Use el() and textContent (docs/assets/gedeeld.js).";

export default [
  js.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: globals.browser,
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-eval": "error",
      "no-restricted-properties": ["error",
        { property: "innerHTML", message: HTML },
        { property: "outerHTML", message: HTML },
        { property: "insertAdjacentHTML", message: HTML },
        { property: "srcdoc", message: HTML },
        { object: "document", property: "write", message: HTML },
        { object: "document", property: "writeln", message: HTML }],
    },
  },
];
