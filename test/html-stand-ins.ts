import type * as Hast from '../src/adapters/html-hast.js';
import type * as Converter from '../src/adapters/html-to-mdast.js';

/**
 * A switch between the HTML adapter's own steps and the libraries they stand in for
 * (html-libraries.ts), for specs that compare the two. A spec file mocks both steps (vi.mock
 * is per file):
 *
 *   vi.mock('../../src/adapters/html-hast.js', async (original) => (await import('../html-stand-ins.js')).switchableHast(await original()));
 *   vi.mock('../../src/adapters/html-to-mdast.js', async (original) => (await import('../html-stand-ins.js')).switchableConverter(await original()));
 *
 * then `standIns.use = 'library'` makes both decline every page, so that the adapter takes
 * hast-util-from-parse5 and hast-util-to-mdast, and `standIns.declined` lists what the adapter's
 * own steps declined.
 */
export const standIns = { use: 'own' as 'own' | 'library', declined: [] as string[], calls: 0 };

export function switchableHast(real: typeof Hast): typeof Hast {
  return {
    ...real,
    pageHast: (document, text) => {
      standIns.calls++;
      if (standIns.use === 'library') return undefined;
      const hast = real.pageHast(document, text);
      if (!hast) standIns.declined.push('SVG or MathML');
      return hast;
    },
  };
}

export function switchableConverter(real: typeof Converter): typeof Converter {
  return {
    ...real,
    fastHastToMdast: (hast) => {
      standIns.calls++;
      if (standIns.use === 'library') return { declined: 'the spec asks for the library' };
      const result = real.fastHastToMdast(hast);
      if ('declined' in result) standIns.declined.push(result.declined);
      return result;
    },
  };
}

/**
 * `run` through the adapter's own steps, then through the libraries: what each gives, what
 * the own steps declined, and whether they did the whole work (false also when no page reached
 * them: a file not read as HTML, or over a limit before conversion, or no mock in place).
 */
export async function throughBoth<T>(run: () => T | Promise<T>): Promise<{ fast: T; library: T; declined: string[]; converted: boolean }> {
  standIns.declined = [];
  standIns.calls = 0;
  const fast = await run();
  const declined = standIns.declined;
  const converted = standIns.calls > 0 && declined.length === 0;
  standIns.use = 'library';
  try {
    return { fast, library: await run(), declined, converted };
  } finally {
    standIns.use = 'own';
  }
}
