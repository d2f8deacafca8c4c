import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { localize } from '../engine/format-message.js';
import { packageVersion } from '../schemas/package-root.js';
import type { LintMessage, LintResult } from '../types.js';
import { repositoryPath } from './relative-path.js';
import { jsonTerminalSafe } from '../text/terminal-safe.js';
import type { Formatter } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

/** A path as a URI reference: each segment percent-encoded (report names are often Chinese). */
function uriOf(path: string): string {
  return path.startsWith('/') ? pathToFileURL(path).href : path.split('/').map(encodeURIComponent).join('/');
}

/** The text a message points at, or its whole first line when it points at a spot. */
function flaggedText(source: string | undefined, m: LintMessage): string {
  if (source === undefined) return '';
  const lines = source.split(/\r\n|\r|\n/);
  const endLine = m.endLine ?? m.line;
  if (endLine === m.line && m.endColumn !== undefined && m.endColumn > m.column) return (lines[m.line - 1] ?? '').slice(m.column - 1, m.endColumn - 1);
  return lines.slice(m.line - 1, endLine).join('\n');
}

/**
 * A fingerprint made of what the finding is about — the rule, the kind of message and the
 * flagged text — not of where it is, so that moving unrelated lines leaves it unchanged; the
 * suffix counts identical findings in the same file, as GitHub's own line hash does.
 */
function fingerprints(result: LintResult): string[] {
  const seen = new Map<string, number>();
  return result.messages.map((m) => {
    const key = createHash('sha256')
      .update([m.ruleId ?? '', m.messageId ?? (m.ruleId ? '' : m.message), flaggedText(result.source, m).replace(/\s+/g, ' ').trim()].join('\0'))
      .digest('hex')
      .slice(0, 16);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}:${n}`;
  });
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule in tool.driver.rules with its docs,
 * every message a result pointing at its rule by id and index, with a region and a
 * repository-relative URI. Messages of the linter itself (an unreadable file) have no rule.
 */
export const sarif: Formatter = (results, context) => {
  const ids = Object.keys(context.rulesMeta);
  const rules = ids.map((id) => {
    const meta = context.rulesMeta[id]!;
    const description = localize(meta.docs.description, context.locale);
    return {
      id,
      shortDescription: { text: description },
      fullDescription: { text: description },
      help: { text: `${description}\n${meta.docs.url}`, markdown: `${description}\n\n[${id}](${meta.docs.url})` },
      helpUri: meta.docs.url,
      defaultConfiguration: { level: meta.defaultSeverity === 'error' ? 'error' : 'warning' },
      properties: { tags: [meta.type] },
    };
  });
  const sarifResults = results.flatMap((r) => {
    const uri = uriOf(repositoryPath(r.filePath, context.cwd));
    const prints = fingerprints(r);
    return r.messages.map((m, i) => {
      const index = m.ruleId ? ids.indexOf(m.ruleId) : -1;
      const region: Record<string, number> = { startLine: m.line, startColumn: m.column };
      if (m.endLine !== undefined) region.endLine = m.endLine;
      if (m.endColumn !== undefined && (m.endLine !== m.line || m.endColumn > m.column)) region.endColumn = m.endColumn;
      return {
        ...(m.ruleId ? { ruleId: m.ruleId } : {}),
        ...(index >= 0 ? { ruleIndex: index } : {}),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: { uri, ...(uri.startsWith('file:') ? {} : { uriBaseId: SOURCE_ROOT }) }, region } }],
        partialFingerprints: { primaryLocationLineHash: prints[i]! },
      };
    });
  });
  return jsonTerminalSafe(JSON.stringify({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'xxgk-lint', informationUri: 'https://github.com/xxgk-lint/xxgk-lint', version: packageVersion(), rules } },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
        results: sarifResults,
      },
    ],
  }));
};
