/**
 * A small XML scanner for the parts of an .xlsx, with the events exceljs's parser (saxes, no
 * namespaces) gives its readers: open tag with attributes, text, close tag. What it does not model
 * (a DOCTYPE, an unknown entity, tags that do not nest) throws FastReadUnsupported, so the caller
 * falls back to exceljs and the file gets exactly the answer it got before.
 *
 * Like saxes as exceljs uses it: names keep their prefix (`x:c` is not `c`); line ends in text become
 * "\n"; tabs and line ends in an attribute value become spaces (XML 1.0 §3.3.3) before references are
 * expanded; CDATA sections, comments and processing instructions give no event at all (exceljs
 * listens to none of them, so a value in CDATA is no value).
 *
 * saxes refuses what is not well-formed, and exceljs then fails on the file; so the scanner throws
 * for the same things it can see cheaply: characters XML 1.0 does not allow (raw or by reference), an
 * XML declaration that is not first or not version 1.0, a repeated attribute or one not set off by
 * white space, "]]>" in text, "--" in a comment, anything but white space, comments and processing
 * instructions after the root element, and a close tag with white space before its name.
 */
import { FastReadUnsupported } from "./unsupported";

export type Attributes = Record<string, string>;

export interface XmlVisitor {
  open(name: string, attributes: Attributes): void;
  /** Returns false to stop the scan, as an exceljs reader does at the close of its top element. */
  close(name: string): boolean | void;
  /** Text between tags, references expanded; never empty. */
  text(text: string): void;
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Expands the five predefined entities and character references; throws on anything else. */
export function expandReferences(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([^;&]*);|&/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new FastReadUnsupported("bare ampersand");
    const predefined = PREDEFINED[name];
    if (predefined !== undefined) return predefined;
    const code = /^#x([0-9a-fA-F]+)$/.exec(name) ? parseInt(name.slice(2), 16) : /^#([0-9]+)$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (!isXmlChar(code)) throw new FastReadUnsupported(`entity ${whole}`);
    return String.fromCodePoint(code);
  });
}

/** XML 1.0's Char production (§2.2). */
function isXmlChar(code: number): boolean {
  if (!Number.isInteger(code)) return false;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return (code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff));
}

/** A character XML 1.0 does not allow: a control character, an unpaired surrogate, U+FFFE or U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textOf(raw: string): string {
  if (raw.indexOf("]]>") >= 0) throw new FastReadUnsupported("]]> in text");
  return expandReferences(raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n"));
}

function attributeValueOf(raw: string): string {
  return expandReferences(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw);
}

/** Scans one XML document; throws FastReadUnsupported where it would not read as saxes does. */
export function scanXml(xml: string, visitor: XmlVisitor): void {
  if (NOT_XML_CHAR.test(xml)) throw new FastReadUnsupported("a character XML does not allow");
  const stack: string[] = [];
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const start = at;
  const length = xml.length;
  let rootClosed = false;
  let seenRoot = false;
  // Once the visitor has stopped (at its root's close), the rest is still checked, not reported:
  // saxes reads on to the end of the chunk it was given and reports an error there.
  let stopped = false;
  while (at < length) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      if (stack.length > 0) {
        const text = textOf(xml.slice(at, textEnd));
        if (text.length > 0 && !stopped) visitor.text(text);
      } else if (/[^ \t\r\n]/.test(xml.slice(at, textEnd))) {
        throw new FastReadUnsupported("text outside the root element");
      }
    }
    if (lt < 0) break;
    if (rootClosed && xml.charCodeAt(lt + 1) !== 0x3f && !xml.startsWith("<!--", lt)) throw new FastReadUnsupported("markup after the root element");
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw new FastReadUnsupported("unclosed comment");
        if (xml.slice(lt + 4, end).indexOf("--") >= 0 || xml.charCodeAt(end - 1) === 0x2d) throw new FastReadUnsupported("-- in a comment");
        at = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw new FastReadUnsupported("unclosed CDATA");
        at = end + 3;
      } else {
        throw new FastReadUnsupported("DOCTYPE or declaration");
      }
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new FastReadUnsupported("unclosed processing instruction");
      const pi = xml.slice(lt + 2, end);
      if (/^xml(\s|$)/i.test(pi)) {
        // The XML declaration: first of all, version 1.0 (1.1 changes the line ends), UTF-8.
        if (lt !== start || !/^xml\s+version\s*=\s*["']1\.0["']/.test(pi)) throw new FastReadUnsupported("an XML declaration not first, or not version 1.0");
        const encoding = /\bencoding\s*=\s*["']([^"']*)["']/.exec(pi)?.[1];
        if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) throw new FastReadUnsupported(`encoding ${encoding}`);
      }
      at = end + 2;
      continue;
    }
    if (next === 0x2f /* / */) {
      const gt = xml.indexOf(">", lt + 2);
      if (gt < 0) throw new FastReadUnsupported("unclosed tag");
      const name = xml.slice(lt + 2, gt).trimEnd();
      if (stack.pop() !== name) throw new FastReadUnsupported(`close tag ${name} does not match`);
      at = gt + 1;
      if (stack.length === 0) rootClosed = true;
      if (!stopped && visitor.close(name) === false) stopped = true;
      continue;
    }
    // The name, then attributes up to ">" or "/>", read character by character.
    let i = lt + 1;
    while (i < length && !isNameEnd(xml.charCodeAt(i))) i++;
    const name = xml.slice(lt + 1, i);
    if (name.length === 0) throw new FastReadUnsupported("empty tag name");
    const attributes: Attributes = {};
    let selfClosing = false;
    for (;;) {
      const before = i;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (i >= length) throw new FastReadUnsupported("unclosed tag");
      const c = xml.charCodeAt(i);
      if (c === 0x3e /* > */) break;
      if (c === 0x2f /* / */) {
        if (xml.charCodeAt(i + 1) !== 0x3e) throw new FastReadUnsupported("stray / in a tag");
        selfClosing = true;
        i++;
        break;
      }
      if (i === before) throw new FastReadUnsupported("attributes not set off by white space");
      const nameStart = i;
      while (i < length && !isNameEnd(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 0x3d /* = */) i++;
      const attribute = xml.slice(nameStart, i);
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 0x3d || attribute.length === 0) throw new FastReadUnsupported(`attribute ${attribute} without a value`);
      i++;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 0x22 && quote !== 0x27) throw new FastReadUnsupported("unquoted attribute value");
      const valueEnd = xml.indexOf(quote === 0x22 ? '"' : "'", i + 1);
      if (valueEnd < 0) throw new FastReadUnsupported("unclosed attribute value");
      const raw = xml.slice(i + 1, valueEnd);
      if (raw.indexOf("<") >= 0) throw new FastReadUnsupported("< in an attribute value");
      if (Object.prototype.hasOwnProperty.call(attributes, attribute)) throw new FastReadUnsupported(`attribute ${attribute} twice`);
      attributes[attribute] = attributeValueOf(raw);
      i = valueEnd + 1;
    }
    at = i + 1;
    if (rootClosed || (stack.length === 0 && seenRoot)) throw new FastReadUnsupported("a second root element");
    seenRoot = true;
    if (!stopped) visitor.open(name, attributes);
    if (selfClosing) {
      if (stack.length === 0) rootClosed = true;
      if (!stopped && visitor.close(name) === false) stopped = true;
    } else {
      stack.push(name);
    }
  }
  if (stack.length > 0 && !stopped) throw new FastReadUnsupported(`unclosed ${stack[stack.length - 1]}`);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x3e /* > */ || c === 0x2f /* / */;
}
