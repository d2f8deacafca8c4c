import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../src/pipeline/map-limited.js';

describe('mapLimited', () => {
  it('never has more than the limit in flight, and keeps the order', async () => {
    let inFlight = 0;
    let most = 0;
    const out = await mapLimited([...Array(50).keys()], 4, async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, i % 3));
      inFlight--;
      return i * 2;
    });
    expect(most).toBe(4);
    expect(out).toEqual([...Array(50).keys()].map((i) => i * 2));
  });

  it('handles no items', async () => {
    expect(await mapLimited([], 16, async () => 1)).toEqual([]);
  });
});
