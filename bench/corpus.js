// Generated corpora for the benchmark: n reports made from the real ones in test/fixtures,
// each with an agency of its own, in pairs of consecutive years (so that the previous-year
// lookup has something to find for half of them and nothing for the rest).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

/** The real reports of one format (UTF-8 only: the GB18030 copies are the same reports). */
export function sources(dir, ext) {
  return readdirSync(join(fixtures, dir))
    .filter((f) => f.endsWith(ext) && !f.includes('gb18030'))
    .sort()
    .map((f) => readFileSync(join(fixtures, dir, f), 'utf8'));
}

const AGENCY = /([\u4e00-\u9fa5]{2,12}?(?:医疗保障局|人民政府|局))\s*(20\d\d)\s*年/u;

/** Report i: two per agency (i even: the source's year; i odd: the year before), from source ⌊i/2⌋ mod k. */
function variant(text, i) {
  const m = AGENCY.exec(text);
  if (!m) return text;
  const agency = `第${Math.floor(i / 2)}号${m[1]}`;
  const year = Number(m[2]) - (i % 2);
  return text.split(m[1]).join(agency).replace(`${agency}${m[0].slice(m[1].length)}`, `${agency}${year}年`);
}

/** Writes n reports of one format into dir; returns the paths. */
export function writeCorpus(dir, texts, ext, n) {
  mkdirSync(dir, { recursive: true });
  const paths = [];
  for (let i = 0; i < n; i++) {
    const path = join(dir, `report-${String(i).padStart(5, '0')}${ext}`);
    writeFileSync(path, variant(texts[Math.floor(i / 2) % texts.length], i));
    paths.push(path);
  }
  return paths;
}
