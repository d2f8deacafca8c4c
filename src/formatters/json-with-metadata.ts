import { localize } from '../engine/format-message.js';
import { jsonTerminalSafe } from '../text/terminal-safe.js';
import { jsonParts } from './json.js';
import { type FormatterContext, type StreamingFormatter, whole } from './types.js';

/**
 * ESLint's `-f json-with-metadata`: `{ results, metadata: { cwd, rulesMeta } }`, so that an
 * editor can link each message's rule to its documentation and description.
 */
export const jsonWithMetadataParts: StreamingFormatter = {
  head: () => '{"results":[',
  part: jsonParts.part,
  tail: (_totals, context) => `],"metadata":${jsonTerminalSafe(JSON.stringify(metadata(context)))}}`,
};

export const jsonWithMetadata = whole(jsonWithMetadataParts);

function metadata(context: FormatterContext) {
  return {
    cwd: context.cwd,
    rulesMeta: Object.fromEntries(
      Object.entries(context.rulesMeta).map(([id, meta]) => [
        id,
        {
          type: meta.type,
          docs: { description: localize(meta.docs.description, context.locale), url: meta.docs.url },
          defaultSeverity: meta.defaultSeverity,
          ...(meta.hasSuggestions ? { hasSuggestions: true } : {}),
          schema: meta.schema ?? {},
          messages: Object.fromEntries(Object.entries(meta.messages).map(([k, v]) => [k, localize(v, context.locale)])),
        },
      ]),
    ),
  };
}
