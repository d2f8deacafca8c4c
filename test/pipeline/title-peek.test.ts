import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { titleAgencies } from '../../src/pipeline/title-peek.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

describe('titleAgencies', () => {
  it('reads the agency of a Markdown title as the model does', () => {
    expect(titleAgencies(fixture('markdown/001.md'))).toEqual(['重庆市医疗保障局']);
    expect(titleAgencies(fixture('markdown/004.md'))).toEqual(['惠济区医疗保障局']);
  });

  it('reads the title line of scraped text (a breadcrumb above it may count too: a peek only rules out)', () => {
    expect(titleAgencies(fixture('seeds/001_c20b6ef2d407903b.txt'))).toContain('重庆市医疗保障局');
  });

  it('finds none in a report without a title line', () => {
    expect(titleAgencies(fixture('markdown/000.md'))).toEqual([]);
  });
});
