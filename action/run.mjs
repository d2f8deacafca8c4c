#!/usr/bin/env node
// Entry of the GitHub Action (action.yml): reads the inputs as INPUT_* variables (action.yml
// maps each input, "-" written "_"), runs xxgk-lint once for the gate (annotations and exit
// code) and, when asked, once more for a SARIF file to upload to code scanning.
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { run } from '../dist/src/cli/main.js';
import { processIo } from '../dist/src/cli/process-io.js';

const input = (name) => (process.env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] ?? '').trim();

/** Patterns one per line, or separated by spaces on a single line. */
function patterns(text) {
  const items = text.includes('\n') ? text.split('\n') : text.split(/\s+/);
  return items.map((s) => s.trim()).filter(Boolean);
}

const files = patterns(input('files') || '.');
const common = [];
if (input('config')) common.push('--config', input('config'));
if (input('locale')) common.push('--locale', input('locale'));

const io = processIo();
const gate = await run([...common, '--format', input('format') || 'github', '--max-warnings', input('max-warnings') || '-1', ...files], io);

let sarifCode = 0;
const sarifFile = input('sarif-file');
if (sarifFile && gate !== 2) {
  // Warnings are not counted here: this pass only writes the file; the gate above decides.
  sarifCode = await run([...common, '--format', 'sarif', '--output-file', sarifFile, ...files], { ...io, stderr: () => {} });
}

if (process.env.GITHUB_OUTPUT) {
  appendFileSync(process.env.GITHUB_OUTPUT, `exit-code=${gate}\n${sarifFile && gate !== 2 ? `sarif-file=${resolve(sarifFile)}\n` : ''}`);
}
process.exitCode = gate === 2 || sarifCode === 2 ? 2 : gate;
