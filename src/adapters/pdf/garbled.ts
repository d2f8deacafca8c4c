/**
 * Text that a font without a Unicode map turns into garbage: private-use code points,
 * control characters, U+FFFD, or (in a report-sized text) no Chinese at all. Checking
 * such text would only produce false findings, so it is refused instead.
 */

/** Below this many characters a text is too short to judge (a cover page, say). */
const JUDGED_LENGTH = 200;
/** More than this share of unreadable characters is garbage. */
const MAX_UNREADABLE = 0.1;
/** A Chinese report is mostly Chinese: less than this share of CJK characters is garbage. */
const MIN_CJK = 0.2;

const UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufffd]|[\udb80-\udbff][\udc00-\udfff]/gu;
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

export function isGarbled(text: string): boolean {
  const chars = text.replace(/\s+/gu, '');
  if (chars.length === 0) return false;
  const unreadable = chars.match(UNREADABLE)?.length ?? 0;
  if (unreadable > chars.length * MAX_UNREADABLE) return true;
  if (chars.length < JUDGED_LENGTH) return false;
  return (chars.match(CJK)?.length ?? 0) < chars.length * MIN_CJK;
}
