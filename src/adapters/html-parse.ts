import { type DefaultTreeAdapterMap, Parser, type Token, defaultTreeAdapter } from 'parse5';

type Location = Token.ElementLocation;
type Document = DefaultTreeAdapterMap['document'];

/**
 * parse5 with source locations, the tree and the locations as parse5 gives them, without the
 * object spreads ({...location}) its parser and tree adapter make for each element and each
 * run of text: V8 copies these location objects slowly, and with location info on they were
 * three quarters of parse5's time on a saved report page (test/adapters/html-parse.test.ts
 * compares the trees with parse5's own).
 */

function copied(l: Location): Location {
  const out: Location = { startLine: l.startLine, startCol: l.startCol, startOffset: l.startOffset, endLine: l.endLine, endCol: l.endCol, endOffset: l.endOffset };
  if (l.attrs !== undefined) out.attrs = l.attrs;
  if (l.startTag !== undefined) out.startTag = l.startTag;
  if (l.endTag !== undefined) out.endTag = l.endTag;
  return out;
}

/** The default tree adapter, its end-of-node update ({ ...location, ...end }) made without a spread. */
const treeAdapter: typeof defaultTreeAdapter = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation(node, end) {
    node.sourceCodeLocation = Object.assign(copied(node.sourceCodeLocation!), end);
  },
};

/** parse5's parser, an element's location ({ ...location, startTag: location }) made without a spread. */
class LocatingParser extends Parser<DefaultTreeAdapterMap> {
  override _attachElementToTree(element: DefaultTreeAdapterMap['element'], location: Location | null, insertionLocation: Parameters<Parser<DefaultTreeAdapterMap>['_attachElementToTree']>[2]): void {
    super._attachElementToTree(element, null, insertionLocation);
    if (!location) return;
    const loc = copied(location);
    loc.startTag = location;
    this.treeAdapter.setNodeSourceCodeLocation(element, loc);
  }
}

/** A page as parse5 parses it (scripting off, as for a saved page), with source locations. */
export function parsePage(text: string): Document {
  return LocatingParser.parse(text, { sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter }) as Document;
}
