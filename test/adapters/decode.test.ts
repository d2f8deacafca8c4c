import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, decodeHead, utf8Lines } from '../../src/adapters/decode.js';
import { lintBytes } from '../../src/pipeline/lint-file.js';
import { resolveSettings } from '../../src/config/config.js';
import { allRules, brief } from '../helpers.js';

const text = '惠济区医疗保障局 2024 年政府信息公开工作年度报告\n一、总体情况\n';
// GB18030 bytes of "年度报告" (common on government sites), written out so the test needs no encoder.
const gbBytes = Buffer.from([0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6]);
const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url));
const options = { rules: allRules, settings: resolveSettings(allRules, []), locale: 'zh' as const };
const lint = async (bytes: Uint8Array, name: string) => (await lintBytes(bytes, name, options)).messages.map(brief);
/** Deterministic noise (a linear congruential generator), standing in for a binary file. */
function noise(length: number, seedValue: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seedValue;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 16;
  }
  return out;
}

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decode(Buffer.from(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM, and little-endian UTF-16 without one', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ ok: true, text, encoding: 'utf-16be' });
    expect(decode(Buffer.from('Report 2024\n一、总体情况\n', 'utf16le'))).toMatchObject({ ok: true, encoding: 'utf-16le' });
  });

  it('reads GB18030/GBK', () => {
    expect(decode(gbBytes)).toEqual({ ok: true, text: '年度报告', encoding: 'gb18030' });
  });

  it('refuses binary data and undecodable bytes', () => {
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toMatchObject({ ok: false, reason: 'binary' });
    expect(decode(Buffer.from([0x41, 0x01, 0x02, 0x03, 0x04, 0x05, 0x42, 0x06, 0x07]))).toMatchObject({ ok: false, reason: 'binary' });
    expect(decode(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xff]))).toEqual({ ok: false, reason: 'undecodable', detail: { zh: '既不是 UTF-8、UTF-16，也不是 GB18030', en: 'neither UTF-8, UTF-16 nor GB18030' } });
  });

  it('reads Chinese UTF-16 without a BOM, in either byte order (issue 11, cause 8)', async () => {
    const text = seed('002_b71533b4867e4f0f.txt').toString('utf8');
    const le = Buffer.from(text, 'utf16le');
    expect(decode(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decode(Buffer.from(le).swap16())).toEqual({ ok: true, text, encoding: 'utf-16be' });
    // Only Chinese, not one ASCII character (so no NUL byte to go by).
    expect(decode(Buffer.from('一、总体情况：本年度新收政府信息公开申请。', 'utf16le'))).toMatchObject({ ok: true, encoding: 'utf-16le' });
    expect(decode(Buffer.from('一、总体情况：本年度新收政府信息公开申请。', 'utf16le').swap16())).toMatchObject({ ok: true, encoding: 'utf-16be' });
  });

  it('lints a seed saved as UTF-16LE without a BOM with the findings of its UTF-8 original', async () => {
    const text = seed('002_b71533b4867e4f0f.txt');
    const original = await lint(text, '002.txt');
    expect(original.map((m) => [m.ruleId, m.line])).toEqual([['table-completeness', 581], ['previous-year-follow-up', 601]]);
    expect(await lint(Buffer.from(text.toString('utf8'), 'utf16le'), '002.txt')).toEqual(original);
  }, 30_000);

  it('never takes UTF-8, GB18030 or binary data for BOM-less UTF-16', () => {
    // English ASCII of even length reads in UTF-16LE as plausible CJK ("Bush hid the facts").
    expect(decode(Buffer.from('Bush hid the facts'))).toMatchObject({ ok: true, encoding: 'utf-8', text: 'Bush hid the facts' });
    for (const name of ['000_62938e86c4e2d319.txt', '004_b92fd2617ccba4db.txt']) expect(decode(seed(name))).toMatchObject({ ok: true, encoding: 'utf-8' });
    for (const name of ['002.gb18030.txt', '004.gb18030.txt']) {
      const bytes = seed(name);
      expect(decode(bytes)).toMatchObject({ ok: true, encoding: 'gb18030' });
      // Even with a byte cut off or added so that the length is even, it is still no UTF-16.
      const even = bytes.length % 2 ? bytes.subarray(1) : bytes;
      expect(decode(even)).not.toMatchObject({ encoding: expect.stringMatching(/^utf-16/) });
    }
    for (const n of [1, 2, 3, 4]) expect(decode(noise(4096, n))).toMatchObject({ ok: false });
  });
});

describe('decodeHead: the first bytes of a longer file, only when they tell the encoding', () => {
  const seed = readFileSync('test/fixtures/seeds/000_62938e86c4e2d319.txt', 'utf8');
  const utf8 = new TextEncoder().encode(seed);

  it('UTF-8 cut in the middle of a character: the text up to the last whole character', () => {
    // Of three cuts a byte apart, at least two fall inside a character (the seed is Chinese: three bytes each).
    for (const n of [3000, 3001, 3002]) {
      const text = decodeHead(utf8.subarray(0, n))!;
      expect(seed.startsWith(text)).toBe(true);
      expect(new TextEncoder().encode(text).length).toBeGreaterThan(n - 4);
    }
    expect(decodeHead(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.subarray(0, 3001)]))).toBe(decodeHead(utf8.subarray(0, 3001)));
  });

  it('UTF-16 after its BOM, cut anywhere, surrogate halves too', () => {
    const text = `${seed.slice(0, 200)}😀${seed.slice(200, 400)}`;
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    for (const n of [301, 402, 403, 404, 405]) expect(text.startsWith(decodeHead(le.subarray(0, n))!)).toBe(true);
    expect(decodeHead(le.subarray(0, 405))!.length).toBeGreaterThanOrEqual(200);
  });

  it('GB18030 and UTF-16 without a BOM are left to a reading of the whole file', () => {
    const gb = readFileSync('test/fixtures/seeds/002.gb18030.txt');
    expect(decode(gb)).toMatchObject({ ok: true, encoding: 'gb18030' });
    expect(decodeHead(gb.subarray(0, 3001))).toBeUndefined();
    expect(decodeHead(new Uint8Array(Buffer.from(seed.slice(0, 500), 'utf16le')))).toBeUndefined();
  });
});

describe('utf8Lines (a title peek of a short file)', () => {
  const lines = (bytes: Uint8Array, n: number) => {
    const head = utf8Lines(bytes, n);
    return head && Buffer.from(head).toString('utf8');
  };

  it('gives the bytes of the first lines of UTF-8 and no further', () => {
    expect(lines(Buffer.from(text), 1)).toBe('惠济区医疗保障局 2024 年政府信息公开工作年度报告');
    expect(lines(Buffer.from(`${text}二、主动公开政府信息情况\n`), 2)).toBe(text.trimEnd());
  });

  it('gives the whole text when it has fewer lines', () => {
    expect(lines(Buffer.from(text), 60)).toBe(text);
    expect(lines(Buffer.from('年度报告'), 60)).toBe('年度报告');
  });

  it('says nothing of bytes that decode() does not read as UTF-8 without a BOM', () => {
    // BOM; UTF-16 without BOM (NUL bytes: valid UTF-8, but not read as it); GB18030 past the lines given.
    expect(utf8Lines(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 1)).toBeUndefined();
    expect(utf8Lines(Buffer.from('2024 report\nline\n', 'utf16le'), 1)).toBeUndefined();
    expect(utf8Lines(Buffer.concat([Buffer.from(text), gbBytes]), 1)).toBeUndefined();
  });
});
