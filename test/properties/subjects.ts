import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decode } from '../../src/adapters/decode.js';
import { htmlToDocx } from '../docx-builder.js';
import { type Sample, TEXT_SAMPLES } from './harness.js';
import { type ByteMutation, type TextMutation, applyBytes, applyText } from './mutations.js';

/** A sample as text, with the encoding to write it back in. */
export interface TextSubject {
  name: string;
  [fc.toStringMethod]: () => string;
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

function asText(s: Sample): TextSubject {
  const decoded = decode(s.bytes);
  if (!decoded.ok) throw new Error(`${s.name} does not decode`);
  // A counterexample names its sample, not the sample's whole text.
  return { name: s.name, text: decoded.text, encoding: decoded.encoding, [fc.toStringMethod]: () => JSON.stringify(s.name) };
}

export const TEXT_SUBJECTS = TEXT_SAMPLES.map(asText);
export const subjectsOf = (ext: string) => TEXT_SUBJECTS.filter((s) => s.name.endsWith(ext));

/** The bytes of a mutated sample: its text mutated, written in its encoding, then its bytes mutated. */
export function mutatedBytes(s: TextSubject, m: { text: TextMutation[]; bytes: ByteMutation[] }): Uint8Array {
  const text = m.text.reduce(applyText, s.text);
  const written = new Uint8Array(iconv.encode(text, s.encoding));
  return m.bytes.reduce<Uint8Array>((b, bm) => applyBytes(b, bm, text), written);
}

/** Word files built from the HTML seeds, as Word writes them (see test/docx-builder.ts). */
export async function docxSamples(): Promise<Sample[]> {
  return Promise.all(
    subjectsOf('.html')
      .filter((s) => s.name.startsWith('html/'))
      .map(async (s) => ({ name: s.name.replace(/\.html$/u, '.docx'), bytes: new Uint8Array(await htmlToDocx(s.text)) })),
  );
}

/** A Word file with its document part (word/document.xml) mutated as text, then its bytes mutated. */
export function mutatedDocx(docx: Uint8Array, m: { xml: TextMutation[]; bytes: ByteMutation[] }): Uint8Array {
  let zipped = docx;
  if (m.xml.length) {
    const files = unzipSync(docx);
    files['word/document.xml'] = strToU8(m.xml.reduce(applyText, strFromU8(files['word/document.xml']!)));
    zipped = zipSync(files);
  }
  return m.bytes.reduce<Uint8Array>((b, bm) => applyBytes(b, bm, ''), zipped);
}
