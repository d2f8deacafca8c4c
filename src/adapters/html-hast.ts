import type { ElementContent, Properties, Root, RootContent } from 'hast';
import type { DefaultTreeAdapterMap, Token } from 'parse5';
import { find, html } from 'property-information';
import type { Point, Position } from 'unist';
import { location } from 'vfile-location';

/**
 * The hast of a parsed page as hast-util-from-parse5 8 builds it (same nodes, same positions),
 * but with only the properties the HTML adapter reads: it skips hastscript's work on every
 * class, style and width attribute of a Word export. Pages with SVG or MathML, whose
 * properties follow another schema, are left to hast-util-from-parse5 (undefined).
 */

type P5Node = DefaultTreeAdapterMap['childNode'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * The attributes read: by the cleaning and the converters (the kept properties of html.ts),
 * and by the page's date and title hints (<meta name content>).
 */
export const READ_ATTRIBUTES = ['rowspan', 'colspan', 'align', 'href', 'src', 'alt', 'title', 'start', 'checked', 'type', 'value', 'id', 'class', 'name', 'content'];
const INFO = new Map(READ_ATTRIBUTES.map((name) => [name, find(html, name)]));

class Foreign extends Error {}

/** An attribute's value as hastscript makes it a property: numbers, booleans, token lists. */
function propertyValue(info: ReturnType<typeof find>, value: string): Properties[string] {
  if (info.spaceSeparated) {
    const input = value.trim();
    return input ? input.split(/[ \t\n\r\f]+/gu) : [];
  }
  if (info.number && value && !Number.isNaN(Number(value))) return Number(value);
  if ((info.boolean || info.overloadedBoolean) && (value === '' || value.toLowerCase() === info.property.toLowerCase())) return true;
  return value;
}

function point(line: number, column: number, offset: number): Point | undefined {
  return line && column ? { line, column, offset } : undefined;
}

function positionOf(loc: Token.Location): Position | undefined {
  const start = point(loc.startLine, loc.startCol, loc.startOffset);
  const end = point(loc.endLine, loc.endCol, loc.endOffset);
  return start || end ? ({ start, end } as Position) : undefined;
}

interface State {
  located: boolean;
}

function patch(state: State, loc: Token.ElementLocation | null | undefined, node: RootContent): void {
  if (!loc) return;
  const position = positionOf(loc);
  if (!position) return;
  // An element closed without an end tag ends where its last child ends.
  if (node.type === 'element' && !loc.endTag) {
    const tail = node.children[node.children.length - 1];
    const end = tail?.position?.end;
    if (end) position.end = { line: end.line, column: end.column, offset: end.offset };
  }
  state.located = true;
  node.position = position;
}

function convert(state: State, node: P5Node): RootContent {
  let out: RootContent;
  if (node.nodeName === '#text') out = { type: 'text', value: (node as DefaultTreeAdapterMap['textNode']).value };
  else if (node.nodeName === '#comment') out = { type: 'comment', value: (node as DefaultTreeAdapterMap['commentNode']).data };
  else if (node.nodeName === '#documentType') out = { type: 'doctype' };
  else {
    const element = node as DefaultTreeAdapterMap['element'];
    // hastscript reads a tag name as a selector (a.b is <a class="b">) and lowercases it.
    if (element.namespaceURI !== HTML_NAMESPACE || element.tagName.includes('.') || element.tagName.includes('#')) throw new Foreign();
    const properties: Properties = {};
    for (const attribute of element.attrs) {
      const info = attribute.prefix ? undefined : INFO.get(attribute.name);
      if (info) properties[info.property] = propertyValue(info, attribute.value);
    }
    // A <template>'s content is its own fragment (and is dropped with it).
    out = { type: 'element', tagName: element.tagName.toLowerCase(), properties, children: children(state, element) as ElementContent[] };
  }
  patch(state, node.sourceCodeLocation, out);
  return out;
}

/**
 * A loop, not `map`: two stack frames a level of nesting instead of four, so that a page as
 * deep as the depth limit allows, or a test's 2,000 levels, stays well inside the stack
 * whether V8 has optimised these functions yet or not.
 */
function children(state: State, parent: P5Parent): RootContent[] {
  const out: RootContent[] = [];
  for (const child of parent.childNodes) out.push(convert(state, child));
  return out;
}

/** The page's hast, or undefined when it holds SVG or MathML (or a tag name hastscript reads as a selector). */
export function pageHast(document: DefaultTreeAdapterMap['document'], text: string): Root | undefined {
  const state: State = { located: false };
  let root: Root;
  try {
    root = { type: 'root', children: children(state, document), data: { quirksMode: document.mode === 'quirks' || document.mode === 'limited-quirks' } };
  } catch (error) {
    if (error instanceof Foreign) return undefined;
    throw error;
  }
  if (state.located) {
    const points = location(text);
    root.position = { start: points.toPoint(0)!, end: points.toPoint(text.length)! };
  }
  return root;
}
