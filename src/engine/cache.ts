/**
 * A map that keeps the `limit` most recently added keys. The oldest key is kept in a ring rather than asked of
 * the Map: a Map walks past every deleted slot to find its first key, which made each eviction cost more than
 * the analysis it saved.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  private readonly order: string[] = [];
  private oldest = 0;
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (!this.map.has(key)) {
      if (this.order.length < this.limit) this.order.push(key);
      else {
        this.map.delete(this.order[this.oldest] as string);
        this.order[this.oldest] = key;
        this.oldest = (this.oldest + 1) % this.limit;
      }
    }
    this.map.set(key, value);
  }
}

/**
 * A sentence's masked and written text, for a cache key: most sentences mask nothing, and then the text once is
 * enough (the separator tells the two forms apart).
 */
export const textKey = (masked: string, text: string): string => (masked === text ? `\u0000${text}` : `\u0001${masked}\u0000${text}`);
