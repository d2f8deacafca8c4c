import { describe, expect, it } from 'vitest';
import { contentOf, parseCell } from '../../src/text/cell-value.js';

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
    ['12.5万元', 'amount', { status: 'number', value: 12.5 }],
    // An amount written in 元 (sh-szfbgt-2019.html: 采购总金额 「251000元」) is read in 万元.
    ['251000元', 'amount', { status: 'number', value: 25.1 }],
    ['0元', 'amount', { status: 'number', value: 0 }],
    ['251000元', 'count', { status: 'invalid', reason: 'not-a-number' }],
    ['007', 'signed', { status: 'number', value: 7 }],
    ['9007199254740991', 'count', { status: 'number', value: 9007199254740991 }],
    ['9007199254740992', 'count', { status: 'invalid', reason: 'too-large' }],
    ['9007199254740992', 'amount', { status: 'invalid', reason: 'too-large' }],
    ['9'.repeat(400), 'signed', { status: 'invalid', reason: 'too-large' }],
  ] as const)('%j as %s', (raw, kind, expected) => {
    expect(parseCell(raw, kind)).toEqual(expected);
  });
});

describe('what a cell holds (telling labels from data)', () => {
  it.each([
    ['0', 'value'],
    ['１２', 'value'],
    ['1,234', 'value'],
    ['-3', 'value'],
    ['+5', 'value'],
    ['12件', 'value'],
    ['0.5万元', 'value'],
    ['251000元', 'value'],
    ['万元', 'label'],
    ['约10', 'value'],
    ['大约 3', 'value'],
    ['超过20', 'value'],
    ['10余', 'value'],
    ['30左右', 'value'],
    ['5以上', 'value'],
    ['—', 'value'],
    ['无', 'value'],
    ['暂无', 'value'],
    ['不适用', 'value'],
    ['Ｎ／Ａ', 'value'],
    ['＿＿', 'value'],
    ['共10余', 'value'],
    ['', 'blank'],
    ['\u3000 ', 'blank'],
    ['自然人', 'label'],
    ['1.属于国家秘密', 'label'],
    ['第二十条第（一）项', 'label'],
    ['（一）予以公开', 'label'],
    ['(一)予以公开', 'label'],
    ['N/A', 'value'],
    ['n/a', 'value'],
    ['2024年,本机关共收到政府信息公开申请11件。', 'label'],
    ['本年度收到申请12件', 'label'],
  ])('%j is read as %s', (text, content) => {
    expect(contentOf(text)).toBe(content);
  });
});
