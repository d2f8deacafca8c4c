// Module hooks for running the TypeScript sources in a worker: `./x.js` imports resolve to
// `./x.ts` when only that exists, and .ts files are transpiled (types stripped) on load.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// rolldown (vitest's bundler) strips types in a millisecond; typescript's transpiler takes seconds per worker.
import { transformSync } from 'rolldown/experimental';

export async function resolve(specifier, context, next) {
  if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    const url = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(url)) && !existsSync(fileURLToPath(new URL(specifier, context.parentURL)))) {
      return { url: url.href, shortCircuit: true };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const source = readFileSync(fileURLToPath(url), 'utf8');
  const { code } = transformSync(fileURLToPath(url), source);
  return { format: 'module', source: code, shortCircuit: true };
}
