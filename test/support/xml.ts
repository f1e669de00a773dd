/**
 * A real XML parse for tests (jsdom's DOMParser, which jest-environment-jsdom
 * brings), so manifest checks read elements, not regular expressions.
 */
import { JSDOM } from 'jsdom';

const { DOMParser } = new JSDOM('').window;

export function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`not well-formed XML: ${err.textContent}`);
  return doc;
}

/** Elements by local name, whatever their namespace prefix (bt:Image, Image …). */
export function elements(doc: Document | Element, localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS('*', localName));
}

export function one(doc: Document | Element, localName: string): Element {
  const found = elements(doc, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0];
}

/** The one direct child element with this local name. */
export function child(parent: Element, localName: string): Element {
  const found = Array.from(parent.children).filter((e) => e.localName === localName);
  if (found.length !== 1)
    throw new Error(`expected one <${localName}> in <${parent.localName}>, found ${found.length}`);
  return found[0];
}
