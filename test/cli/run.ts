import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, run } from '../../src/cli/main.js';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output; `io` sets the rest (a terminal on stderr, a clock). */
export async function cli(
  argv: string[],
  options: { cwd?: string; stdin?: string | Buffer; env?: NodeJS.ProcessEnv; color?: boolean; io?: Partial<CliIo> } = {},
): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    color: options.color ?? false,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    ...options.io,
  });
  return { code, stdout, stderr };
}

/** A fresh directory holding the given files. */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-lint-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
