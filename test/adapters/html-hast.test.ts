import { readFileSync, readdirSync } from 'node:fs';
import type { Nodes, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import mammoth from 'mammoth';
import { find, html as schema } from 'property-information';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { READ_ATTRIBUTES, pageHast } from '../../src/adapters/html-hast.js';
import { parsePage } from '../../src/adapters/html-parse.js';
import { htmlToDocx } from '../docx-builder.js';

/**
 * The HTML adapter builds a page's hast itself (src/adapters/html-hast.ts), with the
 * properties it reads and no others: on every HTML input we have, the tree of
 * hast-util-from-parse5, node for node and position for position, its properties cut to those
 * and without a <template>'s content (the adapter drops the template, content and all).
 */

const READ = new Set(READ_ATTRIBUTES.map((a) => find(schema, a).property));

/** The library's tree, each element's properties cut to those the adapter reads. */
function libraryTree(html: string): Root {
  const cut = (node: Nodes) => {
    if (node.type === 'element') {
      node.properties = Object.fromEntries(Object.entries(node.properties).filter(([k]) => READ.has(k)));
      delete node.content;
    }
    if ('children' in node) node.children.forEach(cut);
  };
  const tree = fromParse5(parsePage(html), { file: new VFile(html) }) as Root;
  cut(tree);
  return tree;
}

const same = (html: string) => {
  const own = pageHast(parsePage(html), html);
  expect(own).toBeDefined();
  expect(own).toStrictEqual(libraryTree(html));
};

const fixtures = new URL('../fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const pagesIn = (dir: string) => readdirSync(new URL(`${dir}/`, fixtures)).filter((f) => f.endsWith('.html')).map((f) => `${dir}/${f}`);

describe('the HTML adapter’s hast is hast-util-from-parse5’s, with the properties it reads', () => {
  it.each([...pagesIn('html'), ...pagesIn('real'), 'fuzz/nested-2000.html'])('%s', (path) => same(read(path)));

  it('mammoth’s HTML of a Word file', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: await htmlToDocx(read('html/002.html')) });
    same(value);
  }, 60_000);

  it.each([
    ['spans, numbers and booleans as hastscript reads them', '<table><tr><td colspan=" 2 " rowspan="x3">1<td colspan="">2</table><ol start="1e1"><li><input type="checkbox" checked="CHECKED" value="v"></ol>'],
    ['class lists, and attributes it does not read', '<pre class=" language-js  x"><code class="a\tb" style="color:red" data-x="1">x</code></pre><p id="a" lang="zh" hidden>p</p>'],
    ['implied end tags: an element without one ends with its last child', '<div><p>一<b>二<!-- 注 -->'],
    ['a template, a comment, no doctype, a non-ASCII tag name', '<template><p>t</p></template><!-- c --><aÄ>x</aÄ>'],
    ['meta name and content', '<head><meta name="PubDate" content="2025-01-17 10:00"><title>报告</title></head>'],
    ['nothing at all', ''],
  ])('%s', (_, html) => same(html));

  it.each([
    ['SVG', '<p>图<svg viewBox="0 0 1 1"><circle r="1"/></svg></p>'],
    ['MathML', '<p><math><mi>x</mi></math></p>'],
    ['a tag name hastscript reads as a selector', '<p>a<x.y>b</x.y></p>'],
  ])('%s: left to hast-util-from-parse5', (_, html) => expect(pageHast(parsePage(html), html)).toBeUndefined());
});
