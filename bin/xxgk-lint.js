#!/usr/bin/env node
import { run } from '../dist/src/cli/main.js';

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
};

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
});
