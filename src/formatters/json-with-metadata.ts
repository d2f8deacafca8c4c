import { localize } from '../engine/format-message.js';
import { jsonTerminalSafe } from '../text/terminal-safe.js';
import type { Formatter } from './types.js';

/**
 * ESLint's `-f json-with-metadata`: `{ results, metadata: { cwd, rulesMeta } }`, so that an
 * editor can link each message's rule to its documentation and description.
 */
export const jsonWithMetadata: Formatter = (results, context) =>
  jsonTerminalSafe(JSON.stringify({
    results,
    metadata: {
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
    },
  }));
