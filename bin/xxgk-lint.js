#!/usr/bin/env node
import { readFileSync } from 'node:fs';

// --version alone needs none of the linter: answer before loading it.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  process.exit(0);
}
const { chosenLocale, run } = await import('../dist/src/cli/main.js');
const { processIo } = await import('../dist/src/cli/process-io.js');
const { internalErrorText } = await import('../dist/src/cli/internal-error.js');

const io = processIo();
// A bug that escapes run() (a callback that throws later) still prints one line and exits 2.
const onBug = (error) => {
  process.stderr.write(internalErrorText(error, chosenLocale(args, io), process.env));
  process.exit(2);
};
process.on('uncaughtException', onBug);
process.on('unhandledRejection', onBug);
process.exitCode = await run(args, io);
