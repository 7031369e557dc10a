/**
 * A cache keyed by short vectors of integers (an interval and its phone agents per group and
 * skill set), in an open-addressing hash table over one typed array of keys. The search asks
 * for an allocation once per changed interval and move, hundreds of thousands of times a
 * minute; string keys spent a third of its time building and hashing strings (demo-size tight
 * week: `allocateMultiSkilled` 35% of the profile).
 */
export class IntegerKeyCache<V> {
  private keys: Int32Array;
  private readonly values: V[] = [];
  /** Entry index + 1 per slot, 0 when empty; at most half full. */
  private slots: Int32Array;

  constructor(
    private readonly width: number,
    /** Entries kept before the cache starts over (the search revisits recent states most). */
    private readonly maxEntries: number,
  ) {
    this.keys = new Int32Array(width * 1024);
    this.slots = new Int32Array(2048);
  }

  get size(): number {
    return this.values.length;
  }

  clear(): void {
    this.values.length = 0;
    this.slots.fill(0);
  }

  /** The value stored for the first `width` integers of `key`. */
  get(key: Int32Array): V | undefined {
    const entry = this.find(key);
    return entry < 0 ? undefined : this.values[entry];
  }

  set(key: Int32Array, value: V): void {
    const known = this.find(key);
    if (known >= 0) {
      this.values[known] = value;
      return;
    }
    if (this.values.length >= this.maxEntries) this.clear();
    const entry = this.values.length;
    if ((entry + 1) * this.width > this.keys.length) {
      const grown = new Int32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys.set(key.subarray(0, this.width), entry * this.width);
    this.values.push(value);
    if (this.values.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.slots[this.emptySlot(entry)] = entry + 1;
  }

  private hash(keys: Int32Array, offset: number): number {
    // FNV-1a over the integers, then a final mix so neighbouring keys spread over the table.
    let h = 0x811c9dc5;
    for (let i = 0; i < this.width; i++) h = Math.imul(h ^ keys[offset + i]!, 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return (h ^ (h >>> 12)) >>> 0;
  }

  private find(key: Int32Array): number {
    const mask = this.slots.length - 1;
    for (let slot = this.hash(key, 0) & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots[slot]!;
      if (stored === 0) return -1;
      const offset = (stored - 1) * this.width;
      let same = true;
      for (let i = 0; i < this.width && same; i++) same = this.keys[offset + i] === key[i];
      if (same) return stored - 1;
    }
  }

  private emptySlot(entry: number): number {
    const mask = this.slots.length - 1;
    let slot = this.hash(this.keys, entry * this.width) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(slotCount: number): void {
    this.slots = new Int32Array(slotCount);
    for (let entry = 0; entry < this.values.length; entry++)
      this.slots[this.emptySlot(entry)] = entry + 1;
  }
}
