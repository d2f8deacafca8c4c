import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The installed package's root, where schemas/ lives. Sources run from src/ under
 * vitest and from dist/src/ once built, so the depth differs: look for package.json.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'schemas'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('xxgk-lint: cannot find the package root (schemas/)');
    dir = parent;
  }
  root = dir;
  return dir;
}

export function schemaPath(...parts: string[]): string {
  return join(packageRoot(), 'schemas', ...parts);
}

/** The installed version, for --version and the SARIF tool.driver. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
