import { detectColor } from './color.js';
import type { CliIo } from './main.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The real process's streams. When the reader of standard output goes away (`| head`),
 * the rest of the report is dropped quietly instead of ending in an EPIPE stack trace.
 */
export function processIo(): CliIo {
  let stdoutClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutClosed = true;
  });
  return {
    stdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    readStdin,
    color: detectColor(),
    cwd: process.cwd(),
    env: process.env,
    stdoutColumns: process.stdout.columns,
    stderrIsTTY: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns,
    now: () => performance.now(),
  };
}
