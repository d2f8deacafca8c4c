/**
 * A copy of a string that does not keep alive the text it was cut from. V8 represents a
 * slice or a regex match of a long string as a view into it, so an agency name or a label
 * kept after its document is done (a folder's title index, a run's summaries, a memo table
 * shared by every report a worker reads) would hold that whole document in memory: 10,000
 * reports' title agencies alone held 65 MB of source text. UTF-16 code units round-trip
 * exactly, lone surrogates included.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
