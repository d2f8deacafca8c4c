import { parentPort } from 'node:worker_threads';
import type { Limits } from './budgets.js';
import { type ParsedData, toData } from './parsed-data.js';
import { parseBytes } from './parse-bytes.js';

/** One parse per message, in the worker thread src/pipeline/isolate.ts starts. */
export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  filePath: string;
  limits: Limits;
}

export interface ParseReply {
  id: number;
  parsed: ParsedData;
}

parentPort?.on('message', async ({ id, bytes, filePath, limits }: ParseRequest) => {
  const reply: ParseReply = { id, parsed: toData(await parseBytes(bytes, filePath, limits)) };
  parentPort?.postMessage(reply);
});
