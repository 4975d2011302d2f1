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
    if (!Number.isInteger(code) || code > 0x10ffff) throw new FastReadUnsupported(`entity ${whole}`);
    return String.fromCodePoint(code);
  });
}

function textOf(raw: string): string {
  return expandReferences(raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n"));
}

function attributeValueOf(raw: string): string {
  return expandReferences(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw);
}

/** Scans one XML document; throws FastReadUnsupported where it would not read as saxes does. */
export function scanXml(xml: string, visitor: XmlVisitor): void {
  const stack: string[] = [];
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = xml.length;
  while (at < length) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at && stack.length > 0) {
      const text = textOf(xml.slice(at, textEnd));
      if (text.length > 0) visitor.text(text);
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw new FastReadUnsupported("unclosed comment");
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
      const encoding = /^xml\b[^]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(pi)?.[1];
      if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) throw new FastReadUnsupported(`encoding ${encoding}`);
      at = end + 2;
      continue;
    }
    if (next === 0x2f /* / */) {
      const gt = xml.indexOf(">", lt + 2);
      if (gt < 0) throw new FastReadUnsupported("unclosed tag");
      const name = xml.slice(lt + 2, gt).trim();
      if (stack.pop() !== name) throw new FastReadUnsupported(`close tag ${name} does not match`);
      at = gt + 1;
      if (visitor.close(name) === false) return;
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
      attributes[attribute] = attributeValueOf(raw);
      i = valueEnd + 1;
    }
    at = i + 1;
    visitor.open(name, attributes);
    if (selfClosing) {
      if (visitor.close(name) === false) return;
    } else {
      stack.push(name);
    }
  }
  if (stack.length > 0) throw new FastReadUnsupported(`unclosed ${stack[stack.length - 1]}`);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x3e /* > */ || c === 0x2f /* / */;
}
