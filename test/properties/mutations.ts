import fc from 'fast-check';
import iconv from 'iconv-lite';

/**
 * Mutations of a real report, as an editor, a copy-paste, a broken export or a hostile
 * user would make them. Each is plain data (so that fast-check prints and shrinks it) and
 * positions are taken modulo the current length, so that every mutation applies to any text.
 */

export type TextMutation =
  /** One number of the text (a table cell, a date, an amount) replaced by another value. */
  | { op: 'number'; at: number; value: string }
  | { op: 'delete-lines' | 'duplicate-lines'; at: number; count: number }
  | { op: 'move-lines'; at: number; count: number; to: number }
  | { op: 'delete-section' | 'duplicate-section'; at: number }
  | { op: 'swap-sections'; at: number; to: number }
  /** Character spans, for reports scraped onto one long line. */
  | { op: 'delete-span' | 'duplicate-span'; at: number; count: number }
  | { op: 'move-span'; at: number; count: number; to: number }
  | { op: 'insert'; at: number; junk: string }
  /** Every line break made CR, CRLF or LF (old Mac and Windows exports). */
  | { op: 'line-breaks'; to: '\r' | '\r\n' | '\n' };

export type ByteMutation =
  | { op: 'truncate'; at: number }
  /** A piece of the report's own text, in another encoding, pasted into its bytes. */
  | { op: 'foreign'; at: number; from: number; count: number; encoding: 'gb18030' | 'utf-16le' | 'utf-16be' }
  | { op: 'flip'; at: number; xor: number }
  | { op: 'overwrite'; at: number; bytes: number[] };

/** Tokens that mean something to one of the parsers, to the model or to a terminal. */
const TOKENS = [
  '<!--', '-->', '<!-- xxgk-lint-disable -->', '<!-- xxgk-lint-enable -->', '<!-- xxgk-lint-disable table-totals -->',
  '<!-- xxgk-lint-disable-next-line -->', '<!-- xxgk-lint-disable-line fee-statement -- 说明 -->', '<!-- xxgk-lint-disable no-such-rule -->',
  '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td colspan="3">', '<td rowspan="100000000">', '<th>', '<br>', '<p>', '</p>',
  '<div>', '<script>', '</script>', '<style>', '<![CDATA[', ']]>', '<?xml ?>', '&nbsp;', '&amp;', '&#12288;', '&#x1F600;', '&#0;',
  '\\*', '\\', '**', '*', '_', '`', '```', '~~~', '|', '| --- | --- |', '|---|', '---', '===', '# ', '## ', '### ', '> ', '- ', '1. ', '[', '](', '![', '<https://x>',
  '\r', '\r\n', '\n', '\n\n', '\t', '\f', '\v', '\u3000', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u200b', '\u200d', '\ud800', '\udc00', '😀', '👨‍👩‍👧', '\u0301',
  '\x1b[31m', '\x1b]0;title\x07', '\x07', '\x00', '\x08', '\x7f', '\u0085', '\u202e',
  '9'.repeat(400), '1e308', '-1', '0.5', '１２３', '０', '—', '－', '/', '…',
  '一、', '二、', '三、', '四、', '五、', '六、', '七、', '（一）', '（七）总计', '总计', '合计', '自然人', '法人或其他组织', '其他', '本年新收政府信息公开申请数量',
  '行政规范性文件', '本年制发件数', '收费', '不收取任何费用', '0元', '统计期限', '2023年1月1日至2023年12月31日', '2023年', '2023年度', '打印', '关闭', '【打印本页】',
  '政府信息公开工作年度报告', '结果维持', '尚未审结', '    ', '\u3000\u3000\u3000\u3000',
  // WordprocessingML, for the document part of a Word file.
  '<w:p>', '</w:p>', '<w:r>', '</w:r>', '<w:t>', '</w:t>', '<w:t xml:space="preserve"> </w:t>', '<w:tab/>', '<w:br/>', '<w:tbl>', '</w:tbl>',
  '<w:tr>', '</w:tr>', '<w:tc>', '</w:tc>', '<w:tcPr><w:gridSpan w:val="100000000"/></w:tcPr>', '<w:tcPr><w:vMerge/></w:tcPr>',
  '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>', '<w:gridCol w:w="-1"/>', '<w:del>', '<w:ins>', '<w:fldSimple w:instr="PAGE">',
];

const junk = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...TOKENS) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      // A token repeated, as pasted or generated text repeats (打印打印…, <!--<!--…, full-width spaces).
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TOKENS), fc.integer({ min: 2, max: 3000 })).map(([t, n]) => t.repeat(n)) },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const numberValue = fc.oneof(
  fc.nat({ max: 2000 }).map(String),
  fc.constantFrom('', '0', '-', '—', '/', '无', '9'.repeat(400), '1e5', '12.5', '-3', '１０', '十', '0x10', 'NaN', '1,234', '١٢'),
);

const at = fc.nat();
const count = fc.integer({ min: 1, max: 40 });

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('number' as const), at, value: numberValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('delete-lines' as const, 'duplicate-lines' as const), at, count: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('move-lines' as const), at, count: fc.integer({ min: 1, max: 8 }), to: at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('delete-section' as const, 'duplicate-section' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swap-sections' as const), at, to: at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('delete-span' as const, 'duplicate-span' as const), at, count }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('move-span' as const), at, count, to: at }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at, junk }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('line-breaks' as const), to: fc.constantFrom('\r' as const, '\r\n' as const, '\n' as const) }) },
);

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at }),
  fc.record({ op: fc.constant('foreign' as const), at, from: at, count, encoding: fc.constantFrom('gb18030' as const, 'utf-16le' as const, 'utf-16be' as const) }),
  fc.record({ op: fc.constant('flip' as const), at, xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ op: fc.constant('overwrite' as const), at, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }),
);

/** Byte-level mutations in one run of four: most of them make a file undecodable, and the linter should be reached. */
const someBytes = (m: fc.Arbitrary<ByteMutation>, maxLength: number) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant<ByteMutation[]>([]) }, { weight: 1, arbitrary: fc.array(m, { minLength: 1, maxLength }) });

/** Some text mutations, then perhaps some byte-level ones. */
export const mutationsOfText = fc.record({
  text: fc.array(textMutation, { minLength: 1, maxLength: 4 }),
  bytes: someBytes(byteMutation, 2),
});

/** A Word file: its document part mutated as text (and zipped again), then perhaps the zip's bytes. */
export const mutationsOfDocx = fc
  .record({
    xml: fc.array(textMutation, { maxLength: 4 }),
    bytes: someBytes(byteMutation.filter((m) => m.op !== 'foreign'), 3),
  })
  .filter((m) => m.xml.length + m.bytes.length > 0);

const NUMBER = /\d+(?:\.\d+)?/gu;
/** A line that opens one of the six sections ("三、收到和处理…", "## 三、…", "<p>三、…"), tags aside. */
const SECTION_HEADING = /^(?:\s|<[^>]*>|#)*[一二三四五六七八]、/u;

const pick = (n: number, length: number) => (length <= 0 ? 0 : n % length);

function lines(text: string): string[] {
  return text.split(/(?<=\r\n|\r(?!\n)|\n)/u);
}

function sections(text: string): string[] {
  const out: string[] = [''];
  for (const line of lines(text)) {
    if (SECTION_HEADING.test(line)) out.push('');
    out[out.length - 1] += line;
  }
  return out;
}

/** Removes count items at `from` and puts them back before item `to` of what is left. */
function move<T>(items: T[], from: number, count: number, to: number): T[] {
  const taken = items.splice(from, count);
  items.splice(pick(to, items.length + 1), 0, ...taken);
  return items;
}

export function applyText(text: string, m: TextMutation): string {
  switch (m.op) {
    case 'number': {
      const found = [...text.matchAll(NUMBER)];
      if (!found.length) return text;
      const n = found[pick(m.at, found.length)]!;
      return text.slice(0, n.index) + m.value + text.slice(n.index + n[0].length);
    }
    case 'delete-lines':
    case 'duplicate-lines': {
      const ls = lines(text);
      const i = pick(m.at, ls.length);
      ls.splice(i, m.op === 'delete-lines' ? m.count : 0, ...(m.op === 'delete-lines' ? [] : ls.slice(i, i + m.count)));
      return ls.join('');
    }
    case 'move-lines': {
      const ls = lines(text);
      return move(ls, pick(m.at, ls.length), m.count, m.to).join('');
    }
    case 'delete-section':
    case 'duplicate-section': {
      const ss = sections(text);
      // Item 0 is what comes before the first section (title, preamble).
      if (ss.length < 2) return text;
      const i = 1 + pick(m.at, ss.length - 1);
      ss.splice(i, m.op === 'delete-section' ? 1 : 0, ...(m.op === 'delete-section' ? [] : [ss[i]!]));
      return ss.join('');
    }
    case 'swap-sections': {
      const ss = sections(text);
      if (ss.length < 2) return text;
      const i = 1 + pick(m.at, ss.length - 1);
      const j = 1 + pick(m.to, ss.length - 1);
      [ss[i], ss[j]] = [ss[j]!, ss[i]!];
      return ss.join('');
    }
    case 'delete-span':
    case 'duplicate-span': {
      const i = pick(m.at, text.length + 1);
      const kept = m.op === 'duplicate-span' ? text.slice(i, i + m.count) : '';
      return text.slice(0, i) + kept + text.slice(i + (m.op === 'delete-span' ? m.count : 0));
    }
    case 'move-span': {
      const i = pick(m.at, text.length + 1);
      const span = text.slice(i, i + m.count);
      const rest = text.slice(0, i) + text.slice(i + span.length);
      const j = pick(m.to, rest.length + 1);
      return rest.slice(0, j) + span + rest.slice(j);
    }
    case 'insert': {
      const i = pick(m.at, text.length + 1);
      return text.slice(0, i) + m.junk + text.slice(i);
    }
    case 'line-breaks':
      return text.replace(/\r\n|\r|\n/gu, m.to);
  }
}

export function applyBytes(bytes: Uint8Array, m: ByteMutation, text: string): Uint8Array {
  const i = pick(m.at, bytes.length + 1);
  switch (m.op) {
    case 'truncate':
      return bytes.slice(0, i);
    case 'foreign': {
      const from = pick(m.from, text.length + 1);
      const piece = new Uint8Array(iconv.encode(text.slice(from, from + m.count), m.encoding));
      return concat(bytes.subarray(0, i), piece, bytes.subarray(i));
    }
    case 'flip': {
      const out = bytes.slice();
      if (i < out.length) out[i]! ^= m.xor;
      return out;
    }
    case 'overwrite': {
      const out = bytes.slice();
      out.set(m.bytes.slice(0, out.length - i), i);
      return out;
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
