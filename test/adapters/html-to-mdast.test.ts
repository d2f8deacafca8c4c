import { readFileSync, readdirSync } from 'node:fs';
import type { Root as HastRoot } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import mammoth from 'mammoth';
import type { Paragraph, Table, Text } from 'mdast';
import { parseFragment } from 'parse5';
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';
import { parseDocx } from '../../src/adapters/docx.js';
import { parseHtml } from '../../src/adapters/html.js';
import { fastHastToMdast } from '../../src/adapters/html-to-mdast.js';
import { parserFor } from '../../src/adapters/index.js';
import { resolveSettings } from '../../src/config/config.js';
import { lintBytes } from '../../src/pipeline/lint-file.js';
import { htmlToDocx } from '../docx-builder.js';
import { allRules } from '../helpers.js';
import { throughBoth } from '../html-stand-ins.js';
import { pipeTablesToHtml } from '../pipe-tables-to-html.js';

vi.mock('../../src/adapters/html-hast.js', async (original) => (await import('../html-stand-ins.js')).switchableHast(await original()));
vi.mock('../../src/adapters/html-to-mdast.js', async (original) => (await import('../html-stand-ins.js')).switchableConverter(await original()));

/**
 * The HTML adapter converts a page's hast to mdast itself (src/adapters/html-to-mdast.ts),
 * and hast-util-to-mdast only for what it declines. On every HTML input we have, it gives the
 * library's tree exactly: compared with toStrictEqual and as JSON, positions included. (The
 * property suite, test/properties/html-converter.test.ts, does so on generated and mutated pages.)
 */

const fixtures = new URL('../fixtures/', import.meta.url);
const filesOf = (dir: string, ext: string) =>
  readdirSync(new URL(`${dir}/`, fixtures))
    .filter((f) => f.endsWith(ext) && !f.includes('gb18030'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(new URL(`${dir}/${f}`, fixtures), 'utf8') }));
const PAGES = [...filesOf('html', '.html'), ...filesOf('real', '.html')];
const options = { rules: allRules, settings: resolveSettings(allRules, []), locale: 'zh' as const };
const slow = 60_000;

function expectSame<T>(both: { fast: T; library: T; converted: boolean }) {
  expect(both.converted).toBe(true);
  expect(both.fast).toStrictEqual(both.library);
  expect(JSON.stringify(both.fast)).toBe(JSON.stringify(both.library));
}

describe('the fast HTML converter gives hast-util-to-mdast’s tree', () => {
  it.each(PAGES)('saved web page $name: the same tree, and the same lint JSON', async ({ name, text }) => {
    expectSame(await throughBoth(() => parseHtml(text).tree));
    const bytes = new TextEncoder().encode(text);
    expectSame(await throughBoth(async () => JSON.stringify(await lintBytes(bytes, name, options))));
  }, slow);

  const withTables = filesOf('markdown', '.md').filter(({ text }) => /^\|/mu.test(text));
  it.each(withTables)('Markdown $name with its tables as HTML <table> blocks', async ({ text }) => {
    const markdown = pipeTablesToHtml(text);
    expect(markdown).toContain('<table>');
    const parseMarkdown = await parserFor('markdown', markdown);
    expectSame(await throughBoth(() => parseMarkdown(markdown).tree));
  }, slow);

  it.each(filesOf('html', '.html'))('Word file built from $name: mammoth’s HTML, and the document read from it', async ({ text }) => {
    const docx = await htmlToDocx(text);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expectSame(await throughBoth(() => parseHtml(html).tree));
    expectSame(await throughBoth(async () => JSON.stringify(await parseDocx(new Uint8Array(docx)))));
  }, slow);
});

describe('positions', () => {
  const page = '<p>收费&nbsp;0&amp;元，</p>\n<table><tr><th>项目</th></tr><tr><td>&#21830;业 <b>11</b></td></tr></table>';
  const tree = parseHtml(page).tree;

  it('a text node’s range is its source range: entities and &nbsp; inside it shift nothing after it', () => {
    const text = (tree.children[0] as Paragraph).children[0] as Text;
    expect(text.value).toBe('收费\u00a00&元，');
    expect(page.slice(text.position!.start.offset, text.position!.end.offset)).toBe('收费&nbsp;0&amp;元，');
    const cell = (tree.children[1] as Table).children[1]!.children[0]!;
    const [label, bold] = cell.children as [Text, { children: Text[] }];
    expect(page.slice(label.position!.start.offset, label.position!.end.offset)).toBe('&#21830;业 ');
    expect(page.slice(bold.children[0]!.position!.start.offset, bold.children[0]!.position!.end.offset)).toBe('11');
  });
});

describe('what the fast converter declines goes to hast-util-to-mdast', () => {
  // (A fragment has no <head>: the converter is given pages the adapter has cleaned of it.)
  const hast = (html: string) => fromParse5(parseFragment(html, { sourceCodeLocationInfo: true }), { file: new VFile(html) }) as HastRoot;

  it.each([
    ['<pre>  一、总体情况\n  </pre>', '<pre>'],
    ['<p>附件：<input type="text" value="1"></p>', '<input>'],
    ['<p>代码 <code>x</code></p>', '<code>'],
    ['<a href="x.html"><div>一、总体情况</div></a>', 'blocks inside a link'],
    ['<p><s>删</s></p><s><p>一段</p></s>', 'blocks inside a delete'],
    ['<dl><dt>项</dt><dd>值</dd></dl>', '<dl>'],
  ])('%s: declined (%s)', (html, why) => {
    expect(fastHastToMdast(hast(html))).toEqual({ declined: why });
  });

  it('a report page with a <pre> in it is converted by the library, and linted as before', async () => {
    const original = readFileSync(new URL('html/000.html', fixtures), 'utf8');
    const withPre = original.replace('</h1>', '</h1><pre>  索引号：000014349/2025-00012\n  </pre>');
    expect(withPre).not.toBe(original);
    const both = await throughBoth(() => parseHtml(withPre).tree);
    expect(both.declined).toEqual(['<pre>']);
    expect(both.fast).toStrictEqual(both.library);
    expect(both.fast.children.some((n) => n.type === 'code')).toBe(true);
    const lint = async (text: string) => (await lintBytes(new TextEncoder().encode(text), '000.html', options)).messages.map((m) => m.ruleId);
    expect(await lint(withPre)).toEqual(await lint(original));
  }, slow);

  it('a page with an SVG in it is made hast by hast-util-from-parse5 and mdast by hast-util-to-mdast', async () => {
    const original = readFileSync(new URL('html/002.html', fixtures), 'utf8');
    const withSvg = original.replace('</h1>', '</h1><p><svg viewBox="0 0 10 10"><title>徽标</title><circle r="5"/></svg></p>');
    expect(withSvg).not.toBe(original);
    const both = await throughBoth(() => parseHtml(withSvg).tree);
    // (The converter has no rule for <svg> either.)
    expect(both.declined).toEqual(['SVG or MathML', '<svg>']);
    expect(both.fast).toStrictEqual(both.library);
  }, slow);
});
