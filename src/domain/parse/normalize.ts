import { foldTraditional } from "../text/traditional";

/**
 * Text folding shared by the target, actual and unit parsers: full-width forms, look-alike
 * comparison signs, LaTeX and HTML spellings, white space and line breaks.
 */

/** Look-alike and escaped spellings of comparison signs, longest first. */
const SIGN_SPELLINGS: [RegExp, string][] = [
  [/\\geqslant|\\geq|\\ge(?![a-z])/gi, "≥"],
  [/\\leqslant|\\leq|\\le(?![a-z])/gi, "≤"],
  [/\\gt(?![a-z])/gi, ">"],
  [/\\lt(?![a-z])/gi, "<"],
  [/&ge;/gi, "≥"],
  [/&le;/gi, "≤"],
  [/&gt;/gi, ">"],
  [/&lt;/gi, "<"],
  [/[≧⩾≳]/g, "≥"],
  [/[≦⩽≲]/g, "≤"],
  // "Not less than" and "not more than" written as one sign.
  [/≮/g, "≥"],
  [/≯/g, "≤"],
  // Box-drawing and small-form equals signs that input methods offer for "=" (═ U+2550, ﹦ U+FE66).
  [/[═﹦⩵꞊]/g, "="],
  [/[﹤‹]/g, "<"],
  [/[﹥›]/g, ">"],
];

/**
 * Folds full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space to a space, so
 * "≥９５％" reads as "≥95%" and "＝" as "=".
 */
export function foldWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/**
 * The text with widths folded, traditional characters simplified, sign spellings unified and every kind of white space (line breaks
 * from PDF extraction, non-breaking and zero-width spaces) removed.
 */
export function normalizeText(text: string): string {
  let s = foldTraditional(foldWidth(text));
  for (const [re, sign] of SIGN_SPELLINGS) s = s.replace(re, sign);
  // Other dash forms used as a minus sign or as "nothing here".
  s = s.replace(/[−－﹣]/g, "-").replace(/[﹪]/g, "%").replace(/[﹒]/g, ".");
  return s.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, "");
}

/** Trailing sentence punctuation ("≥90%。"). */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(/[。.,，;；、:：!！?？~～]+$/u, "");
}
