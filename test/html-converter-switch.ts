import type { Root as HastRoot } from 'hast';
import type * as Fast from '../src/adapters/html-to-mdast.js';

/**
 * A switch between the HTML adapter's two converters, for specs that compare them. A spec
 * file mocks the fast converter with `switchable` (vi.mock is per file):
 *
 *   vi.mock('../../src/adapters/html-to-mdast.js', async (original) => (await import('../html-converter-switch.js')).switchable(await original()));
 *
 * then `converter.use = 'library'` makes the fast converter decline every page, so that the
 * adapter takes hast-util-to-mdast, and `converter.declined` lists what the fast one declined.
 */
export const converter = { use: 'fast' as 'fast' | 'library', declined: [] as string[], calls: 0 };

export function switchable(real: typeof Fast): typeof Fast {
  return {
    ...real,
    fastHastToMdast: (hast: HastRoot) => {
      converter.calls++;
      if (converter.use === 'library') return { declined: 'the spec asks for the library' };
      const result = real.fastHastToMdast(hast);
      if ('declined' in result) converter.declined.push(result.declined);
      return result;
    },
  };
}

/**
 * `run` through both converters: what the fast one gives, what the library gives, and whether
 * the fast one converted a page and declined none (false also when no page reached the
 * converter: a file not read as HTML, or over a limit before conversion, or no mock in place).
 */
export async function throughBoth<T>(run: () => T | Promise<T>): Promise<{ fast: T; library: T; declined: string[]; converted: boolean }> {
  converter.declined = [];
  converter.calls = 0;
  const fast = await run();
  const declined = converter.declined;
  const converted = converter.calls > 0 && declined.length === 0;
  converter.use = 'library';
  try {
    return { fast, library: await run(), declined, converted };
  } finally {
    converter.use = 'fast';
  }
}
