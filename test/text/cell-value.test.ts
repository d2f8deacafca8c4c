import { describe, expect, it } from 'vitest';
import { parseCell } from '../../src/text/cell-value.js';

describe('cell values', () => {
  it.each([
    ['12', 'count', { status: 'number', value: 12 }],
    [' １２ ', 'count', { status: 'number', value: 12 }],
    ['1,234', 'count', { status: 'number', value: 1234 }],
    ['12件', 'count', { status: 'number', value: 12 }],
    ['', 'count', { status: 'blank' }],
    ['\u00a0', 'count', { status: 'blank' }],
    ['-3', 'count', { status: 'invalid', reason: 'negative' }],
    ['1.5', 'count', { status: 'invalid', reason: 'fraction' }],
    ['约10', 'count', { status: 'invalid', reason: 'approximate' }],
    ['10余', 'count', { status: 'invalid', reason: 'approximate' }],
    ['—', 'count', { status: 'invalid', reason: 'placeholder' }],
    ['/', 'count', { status: 'invalid', reason: 'placeholder' }],
    ['无', 'count', { status: 'invalid', reason: 'placeholder' }],
    ['十二', 'count', { status: 'invalid', reason: 'not-a-number' }],
    ['+11', 'signed', { status: 'number', value: 11 }],
    ['-2', 'signed', { status: 'number', value: -2 }],
    ['11981.7894', 'amount', { status: 'number', value: 11981.7894 }],
    ['-1', 'amount', { status: 'invalid', reason: 'negative' }],
    ['0', 'amount', { status: 'number', value: 0 }],
    ['007', 'signed', { status: 'number', value: 7 }],
    ['9007199254740991', 'count', { status: 'number', value: 9007199254740991 }],
    ['9007199254740992', 'count', { status: 'invalid', reason: 'too-large' }],
    ['9007199254740992', 'amount', { status: 'invalid', reason: 'too-large' }],
    ['9'.repeat(400), 'signed', { status: 'invalid', reason: 'too-large' }],
  ] as const)('%j as %s', (raw, kind, expected) => {
    expect(parseCell(raw, kind)).toEqual(expected);
  });
});
