// Starts the parse worker from TypeScript source (under vitest): built, the worker is plain
// JavaScript and this is not used.
import { register } from 'node:module';
import { workerData } from 'node:worker_threads';

register('./hooks.mjs', import.meta.url);
await import(workerData.entry);
