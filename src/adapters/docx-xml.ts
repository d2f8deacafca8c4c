import { createRequire } from 'node:module';

/**
 * mammoth parses each XML part of a .docx with xmldom 0.8 and fails on the first thing xmldom
 * reports, but only after the whole part is parsed, and xmldom's Document re-lists all its
 * children on each one added (`_onUpdateChild`): a part holding copies of its root element
 * (every one after the first an error, the fuzz run's 390 KB document.xml of eight copies), or
 * thousands of comments or processing instructions beside the root, takes time quadratic in
 * them — 6.4 s to say the file is damaged. So mammoth's parse (its lib/xml/xmldom.js, which
 * its reader calls through the module object) is replaced by the same xmldom parse that stops
 * at the first report, as mammoth's verdict is already decided then, and keeps of the
 * document's own children only elements: mammoth reads nothing but `documentElement`.
 * Everything else of mammoth is kept; its output for a readable file is unchanged.
 */
interface XmlNode {
  nodeType: number;
}
interface XmlDocument extends XmlNode {
  appendChild(node: XmlNode): XmlNode;
}
interface DomHandler {
  doc: XmlDocument;
  startDocument(): void;
}
interface XmldomParser {
  DOMParser: new (options: { domBuilder: DomHandler; errorHandler: (level: string, message: string) => void }) => { parseFromString(xml: string): XmlDocument };
  __DOMHandler: new () => DomHandler;
}

const ELEMENT_NODE = 1;

const requireFromMammoth = createRequire(createRequire(import.meta.url).resolve('mammoth'));
const mammothXml = requireFromMammoth('./xml/xmldom.js') as { parseFromString: (xml: string) => XmlDocument };
const { DOMParser, __DOMHandler: DOMHandler } = requireFromMammoth('@xmldom/xmldom/lib/dom-parser.js') as XmldomParser;

/** Builds the document as xmldom does, leaving out text, comments and processing instructions outside the root. */
class ElementsAtTopLevel extends DOMHandler {
  override startDocument(): void {
    super.startDocument();
    const doc = this.doc;
    const append = doc.appendChild.bind(doc);
    doc.appendChild = (node) => (node.nodeType === ELEMENT_NODE ? append(node) : node);
  }
}

/** What xmldom reported first, as mammoth would have thrown it after the whole parse. */
export class XmlPartError extends Error {
  override name = 'XmlPartError';
}

/** xmldom's parse, stopped at its first report, keeping only elements at the top level. */
export function parseXmlPart(xml: string): XmlDocument {
  const parser = new DOMParser({
    domBuilder: new ElementsAtTopLevel(),
    errorHandler: (level, message) => {
      throw new XmlPartError(`${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml);
}

mammothXml.parseFromString = parseXmlPart;
