import { describe, expect, it } from 'vitest';
import { decode } from '../../src/adapters/decode.js';

const text = '惠济区医疗保障局 2024 年政府信息公开工作年度报告\n一、总体情况\n';
// GB18030 bytes of "年度报告" (common on government sites), written out so the test needs no encoder.
const gbBytes = Buffer.from([0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6]);

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
    expect(decode(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xff]))).toEqual({ ok: false, reason: 'undecodable', detail: 'neither UTF-8, UTF-16 nor GB18030' });
  });
});
