#!/usr/bin/env node
import { readFileSync } from 'node:fs';

// --version alone needs none of the linter: answer before loading it.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  process.exit(0);
}
const { chosenLocale, run } = await import('../dist/bundle/main.js');
const { processIo } = await import('../dist/bundle/process-io.js');
const { internalErrorText } = await import('../dist/bundle/internal-error.js');

const io = processIo();
// A bug that escapes run() (a callback that throws later) still prints one line and exits 2.
const onBug = (error) => {
  process.stderr.write(internalErrorText(error, chosenLocale(args, io), process.env));
  process.exit(2);
};
process.on('uncaughtException', onBug);
process.on('unhandledRejection', onBug);
// Interrupted: the shell's code for the signal (130 SIGINT, 143 SIGTERM, 129 SIGHUP). A file being
// written is left whole or untouched: write-file-atomic removes its temporary file on exit.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) process.on(signal, () => process.exit(code));
process.exitCode = await run(args, io);
