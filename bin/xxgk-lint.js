#!/usr/bin/env node
import { readFileSync } from 'node:fs';

// --version alone needs none of the linter: answer before loading it.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  process.exit(0);
}
const { run } = await import('../dist/src/cli/main.js');
const { processIo } = await import('../dist/src/cli/process-io.js');

process.exitCode = await run(process.argv.slice(2), processIo());
