import { detached } from './detached.js';

/**
 * A memo table that forgets the least recently used entry beyond a size: label and
 * heading matching memoise every distinct text, and a hostile file (a 100,000-row table
 * of distinct labels) would otherwise grow it without bound for the whole run.
 */
export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** The value for the key (now the most recently used), or undefined. */
  get(key: K): V | undefined {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key)!;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    // A key cut from one report must not keep that report alive for the rest of the run.
    this.map.set(typeof key === 'string' ? (detached(key) as K) : key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
}
