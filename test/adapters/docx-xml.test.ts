import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { XmlPartError, parseXmlPart } from '../../src/adapters/docx-xml.js';
import { htmlToDocx } from '../docx-builder.js';

/** A Word file built from a real page, its document part changed by `edit`. */
async function wordFile(edit: (xml: string) => string = (xml) => xml): Promise<Buffer> {
  const files = unzipSync(new Uint8Array(await htmlToDocx(readFileSync(new URL('../fixtures/real/pt-2024.html', import.meta.url), 'utf8'))));
  files['word/document.xml'] = strToU8(edit(strFromU8(files['word/document.xml']!)));
  return Buffer.from(zipSync(files));
}
const rootOf = (xml: string) => xml.slice(xml.indexOf('<w:document'), xml.indexOf('</w:document>') + '</w:document>'.length);

describe('the XML parse mammoth is given', () => {
  it('stops at the first thing xmldom reports: a second root element', () => {
    expect(() => parseXmlPart('<r><a/></r><r/><r/>')).toThrow(XmlPartError);
    expect(() => parseXmlPart('<r><a/></r><r/><r/>')).toThrow(/^error: \[xmldom error\]\telement parse error: Error: Hierarchy request error: Only one element can be added/u);
  });

  it('keeps only the root element among the document’s children, and all that is inside it', () => {
    const doc = parseXmlPart(`<?xml version="1.0"?><!--前--><r><a/>文字<!--内--></r>尾${'<?p x?><!--c-->'.repeat(2000)}`) as unknown as {
      childNodes: { length: number };
      documentElement: { tagName: string; childNodes: { length: number } };
    };
    expect([doc.childNodes.length, doc.documentElement.tagName, doc.documentElement.childNodes.length]).toEqual([1, 'r', 3]);
  });

  it('is the parse mammoth uses: a document part holding two copies of its root is refused with xmldom’s first report', async () => {
    await expect(mammoth.convertToHtml({ buffer: await wordFile((xml) => xml + rootOf(xml)) })).rejects.toThrow(XmlPartError);
  });

  it('leaves mammoth’s reading of a Word file unchanged, with or without comments and instructions beside the root', async () => {
    const plain = (await mammoth.convertToHtml({ buffer: await wordFile() })).value;
    const beside = (await mammoth.convertToHtml({ buffer: await wordFile((xml) => xml + '<!--注-->'.repeat(5000) + '<?p?>'.repeat(5000)) })).value;
    expect(plain).toContain('收到和处理政府信息公开申请情况');
    expect(beside).toBe(plain);
  });
});
