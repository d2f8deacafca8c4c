import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

/** micromark's own inline-HTML construct, given by the caller, who loads micromark only when it parses with it (src/adapters/remark.ts). */
type HtmlText = Pick<Construct, 'tokenize'>;

/**
 * micromark's inline HTML, in linear time. An unclosed `<![CDATA[`, `<!--`, `<?` or `<!x`
 * scans to the end of its paragraph (or table cell) for its closer, and when there is none the
 * next opener scans the same text again: 8,000 `<![CDATA[` in a 76 KB report took 13 s, 16,000
 * took 68 s (issue 10: a 70 KB report took 9.6 s). The same was fixed in cmark and md4c by
 * remembering where a closer was looked for in vain; so here. A scan of one of these kinds that
 * reached the end of its text without a closer means that no opener of that kind between its
 * start and that end can find one either (a closer after a later opener would have closed the
 * earlier one), so such an opener is refused at once. What is parsed is micromark's own
 * construct, unchanged: the result is the same tree.
 */

type Kind = 'comment' | 'cdata' | 'instruction' | 'declaration' | 'tag';

/** Per parse: for each kind, the stretch an opener of it searched for its closer in vain. */
const searched = new WeakMap<object, Partial<Record<Kind, { from: number; to: number }>>>();

const LESS_THAN = 60;
const EXCLAMATION = 33;
const QUESTION = 63;
const DASH = 45;
const BRACKET = 91;

/** The kind of construct an opener starts, from its first characters (undefined: not known yet). */
function kindOf(codes: Code[]): Kind | undefined {
  if (codes.length < 2) return undefined;
  if (codes[1] === QUESTION) return 'instruction';
  if (codes[1] !== EXCLAMATION) return 'tag';
  if (codes.length < 3) return undefined;
  return codes[2] === DASH ? 'comment' : codes[2] === BRACKET ? 'cdata' : 'declaration';
}

const tokenizeWith = (htmlText: HtmlText) =>
  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    let memo = searched.get(self.parser);
    if (!memo) searched.set(self.parser, (memo = {}));
    const start = self.now().offset;
    const codes: Code[] = [];
    let kind: Kind | undefined;
    let done = false;
    const watched: Effects = {
      ...effects,
      consume(code) {
        if (codes.length < 3) codes.push(code);
        effects.consume(code);
      },
    };
    const succeed: State = (code) => {
      done = true;
      return ok(code);
    };
    const fail: State = (code) => {
      done = true;
      // The end of the text reached without a closer: remembered for the openers after this one.
      if (code === null && kind !== undefined && kind !== 'tag') memo[kind] = { from: start, to: self.now().offset };
      return nok(code);
    };
    const step = (state: State): State => (code) => {
      if (kind === undefined) {
        kind = kindOf(codes);
        const before = kind && kind !== 'tag' ? memo[kind] : undefined;
        if (before && start > before.from && start < before.to) return fail(code);
      }
      const next = state(code);
      return done || !next ? next : step(next);
    };
    return step(htmlText.tokenize.call(self, watched, succeed, fail));
  };

/** The micromark extension: inline HTML by this construct (around micromark's htmlText) instead of htmlText alone. */
export function linearHtmlText(htmlText: HtmlText): Extension {
  const construct: Construct = { name: 'linearHtmlText', tokenize: tokenizeWith(htmlText), add: 'after' };
  return { text: { [LESS_THAN]: construct }, disable: { null: ['htmlText'] } };
}
