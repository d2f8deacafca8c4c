import { detached } from './detached.js';

/**
 * A memo table that forgets the least recently used entry beyond a size: label and
 * heading matching memoise every distinct text, and a hostile file (a 100,000-row table
 * of distinct labels) would otherwise grow it without bound for the whole run.
 *
 * Recency is a linked list through the entries, so that a hit costs one lookup and a few
 * pointer moves: moving a hit to the end of a Map (delete, then set again) left a deleted
 * slot per hit for the Map to compact, and was a few per cent of a whole lint.
 */
interface Entry<K, V> {
  key: K;
  value: V;
  /** Towards the least recently used. */
  older: Entry<K, V> | undefined;
  /** Towards the most recently used. */
  newer: Entry<K, V> | undefined;
}

export class BoundedMemo<K, V> {
  private readonly map = new Map<K, Entry<K, V>>();
  private oldest: Entry<K, V> | undefined;
  private newest: Entry<K, V> | undefined;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** The value for the key (now the most recently used), or undefined. */
  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    if (entry !== this.newest) {
      this.unlink(entry);
      this.append(entry);
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    const known = this.map.get(key);
    if (known) {
      known.value = value;
      this.get(key);
      return;
    }
    // A key cut from one report must not keep that report alive for the rest of the run.
    const kept = typeof key === 'string' ? (detached(key) as K) : key;
    const entry: Entry<K, V> = { key: kept, value, older: undefined, newer: undefined };
    this.map.set(kept, entry);
    this.append(entry);
    if (this.map.size > this.capacity) {
      const oldest = this.oldest!;
      this.unlink(oldest);
      this.map.delete(oldest.key);
    }
  }

  private unlink(entry: Entry<K, V>): void {
    if (entry.older) entry.older.newer = entry.newer;
    else this.oldest = entry.newer;
    if (entry.newer) entry.newer.older = entry.older;
    else this.newest = entry.older;
    entry.older = entry.newer = undefined;
  }

  private append(entry: Entry<K, V>): void {
    entry.older = this.newest;
    if (this.newest) this.newest.newer = entry;
    else this.oldest = entry;
    this.newest = entry;
  }
}
