import { describe, expect, it } from 'vitest';
import { compactText, labelScore, normalizeLabel, splitLabel, stripSpace } from '../../src/text/labels.js';

describe('label normalisation', () => {
  it.each([
    ['（一）予以公开', '(一)予以公开'],
    ['(一) 予以公开', '(一)予以公开'],
    ['商业 企业', '商业企业'],
    ['结果\n纠正', '结果纠正'],
    ['\u00a0\u2002现行有效件数', '现行有效件数'],
    ['3.危及“三安全一稳定”', '3.危及三安全一稳定'],
    ['3.危及"三安全一稳定"', '3.危及三安全一稳定'],
    ['本年收费金额（单位：万元）', '本年收费金额(单位:万元)'],
    ['不予公开。；', '不予公开'],
    ['《条例》第十六条', '条例第十六条'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it('splits enumerations of every kind off the label', () => {
    expect(splitLabel('一、本年新收政府信息公开申请数量')).toEqual({ prefix: '一', key: '本年新收政府信息公开申请数量' });
    expect(splitLabel('（三）不予公开')).toEqual({ prefix: '(三)', key: '不予公开' });
    expect(splitLabel('1、属于国家秘密')).toEqual({ prefix: '1', key: '属于国家秘密' });
    expect(splitLabel('1. 属于国家秘密')).toEqual({ prefix: '1', key: '属于国家秘密' });
    expect(splitLabel('第二十条第（一）项')).toEqual({ prefix: '', key: '第二十条第(一)项' });
  });

  it('matches truncations and typos, but not distinct labels', () => {
    expect(labelScore('现行有效件', '现行有效件数')).toBe(0.9);
    expect(labelScore('其他法律行政法规禁止公开', '其他法律行政法规禁止公开')).toBe(1);
    expect(labelScore('规范性文件', '行政规范性文件')).toBe(0);
    expect(labelScore('予以公开', '不予公开')).toBe(0);
    expect(labelScore('本机关不掌握相关政府信息', '本机关不掌握相关的政府信息')).toBeGreaterThan(0.8);
  });

  // compactText reads most text without the normalizer: it must agree with it everywhere.
  const SPACES = /[\s\u00a0\u2000-\u200b\u3000\ufeff]+/gu;
  const reference = (text: string) => text.normalize('NFKC').replace(SPACES, '');

  it('compacts every BMP character as NFKC and then stripping spaces would, and strips the same spaces', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}`, `${ch}\u0301`, `\u3000${ch}一`]) {
        if (compactText(text) !== reference(text) || stripSpace(text) !== text.replace(SPACES, '')) differ.push(c.toString(16));
      }
    }
    expect(differ).toEqual([]);
  });

  it('compacts text as NFKC would, characters that compose included', () => {
    for (const text of ['（一）予以公开', 'e\u0301', '１２\u00a0件', '\u1100\u1161', '\ud840\udc00', '“三安全”\t', 'ＡＢ\u3000ｃ', '①', '\ufeff0']) {
      expect([text, compactText(text)]).toEqual([text, reference(text)]);
      expect([text, stripSpace(text)]).toEqual([text, text.replace(SPACES, '')]);
    }
  });
});
