import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GlobalWorkerOptions, OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PdfError } from './error.js';
import type { PageContent, TextRun } from './geometry.js';
import type { PdfLimits } from './limits.js';
import { OverLimitError } from '../../text/over-limit.js';
import { type OpCodes, rulesOf } from './rules.js';

/**
 * Opens a PDF with pdf.js and reads, page by page, the text runs and the ruling lines.
 * pdf.js runs in this process (its "fake worker", the worker module loaded from
 * node_modules), with its own CMaps and standard-font data read from node_modules by
 * path: nothing is fetched, no system font is used, and no image is decoded (the text
 * layer is all we read).
 */

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('pdfjs-dist/package.json'));
GlobalWorkerOptions.workerSrc = pathToFileURL(join(PACKAGE, 'legacy/build/pdf.worker.mjs')).href;

const OPTIONS = {
  cMapUrl: `${join(PACKAGE, 'cmaps')}/`,
  cMapPacked: true,
  standardFontDataUrl: `${join(PACKAGE, 'standard_fonts')}/`,
  useSystemFonts: false,
  disableFontFace: true,
  isEvalSupported: false,
  isOffscreenCanvasSupported: false,
  useWasm: false,
  useWorkerFetch: false,
  enableXfa: false,
  // Images are not read: 0 makes pdf.js drop every image instead of decoding it.
  maxImageSize: 0,
  verbosity: 0,
};

const CODES: OpCodes = {
  save: OPS.save,
  restore: OPS.restore,
  transform: OPS.transform,
  constructPath: OPS.constructPath,
  paintFormXObjectBegin: OPS.paintFormXObjectBegin,
  paintFormXObjectEnd: OPS.paintFormXObjectEnd,
  stroke: [OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke],
  fill: [OPS.fill, OPS.eoFill],
};

/** Why a PDF is damaged, in the user's words: pdf.js's own ("Invalid PDF structure.", "Bad FCHECK in flate stream") are not for users. */
const DAMAGE = {
  cutShort: { zh: '文件末尾没有 %%EOF，文件被截断了', en: 'no %%EOF at its end: the file is cut short' },
  structure: { zh: '文件结构无效', en: 'its structure is invalid' },
  page: (n: number) => ({ zh: `第 ${n} 页无法读取`, en: `page ${n} cannot be read` }),
};

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ ...OPTIONS, data: new Uint8Array(bytes) });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new PdfError('pdfEncrypted');
    throw new PdfError('pdfBroken', DAMAGE.structure);
  }
}

function within(limit: keyof PdfLimits, found: number | string, max: number): void {
  if (typeof found === 'string' || found > max) throw new OverLimitError({ limit, found, max });
}

async function readPage(page: PDFPageProxy, limits: PdfLimits): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const toPage = (x: number, y: number) => viewport.convertToViewportPoint(x, y) as [number, number];
  const text = await page.getTextContent({ disableNormalization: false });
  within('maxPageTextItems', text.items.length, limits.maxPageTextItems);
  const runs: TextRun[] = [];
  for (const item of text.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    const [x, y] = toPage(e!, f!);
    // The run's direction: its width lies along the baseline, which pdf.js gives in user space.
    const length = Math.hypot(a!, b!) || 1;
    const [x2] = toPage(e! + (item.width * a!) / length, f! + (item.width * b!) / length);
    runs.push({ text: item.str, x: Math.min(x, x2), y, width: Math.abs(x2 - x), size: Math.hypot(c!, d!) || item.height });
  }
  const ops = await page.getOperatorList();
  within('maxPageOperators', ops.fnArray.length, limits.maxPageOperators);
  // Collected up to one past the limit, so the count beyond it is not known: said as "more than".
  const rules = rulesOf(ops.fnArray, ops.argsArray, CODES, toPage, limits.maxPageRules + 1);
  if (rules.h.length + rules.v.length > limits.maxPageRules) within('maxPageRules', `>${limits.maxPageRules}`, limits.maxPageRules);
  return { number: page.pageNumber, width: viewport.width, height: viewport.height, runs, rules };
}

/**
 * A PDF ends with %%EOF (junk may follow it). pdf.js repairs a file cut short and reads
 * what is left — half a report, whose missing sections would be false findings.
 */
function truncated(bytes: Uint8Array): boolean {
  return !new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF');
}

/** Every page's text runs and ruling lines, or a PdfError saying why the file cannot be read. */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits): Promise<PageContent[]> {
  if (truncated(bytes)) throw new PdfError('pdfBroken', DAMAGE.cutShort);
  const started = Date.now();
  const doc = await open(bytes);
  try {
    within('maxPages', doc.numPages, limits.maxPages);
    const pages: PageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      within('maxSeconds', Math.floor((Date.now() - started) / 1000), limits.maxSeconds);
      let page: PDFPageProxy;
      try {
        page = await doc.getPage(n);
      } catch {
        throw new PdfError('pdfBroken', DAMAGE.page(n));
      }
      try {
        pages.push(await readPage(page, limits));
      } catch (error) {
        if (error instanceof PdfError || error instanceof OverLimitError) throw error;
        throw new PdfError('pdfBroken', DAMAGE.page(n));
      }
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
