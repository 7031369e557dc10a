import fc from 'fast-check';
import { IntegerKeyCache } from './integer-key-cache';

describe(IntegerKeyCache.name, () => {
  it('should answer as a Map keyed by the vectors would, through growth and starting over', () => {
    // Thousands of operations over 8^4 keys: keys come back, and the table grows past its
    // first 1024 entries unless `maxEntries` starts it over first.
    const width = 4;
    const vector = fc.array(fc.integer({ min: -1, max: 6 }), {
      minLength: width,
      maxLength: width,
    });
    const operation = fc.record({ key: vector, set: fc.boolean(), value: fc.integer() });
    fc.assert(
      fc.property(
        fc.array(operation, { minLength: 1500, maxLength: 4000 }),
        fc.integer({ min: 5, max: 5000 }),
        (operations, maxEntries) => {
          const sut = new IntegerKeyCache<number>(width, maxEntries);
          const reference = new Map<string, number>();
          for (const { key, set, value } of operations) {
            const vectorKey = Int32Array.from(key);
            const text = key.join(',');
            if (set) {
              if (!reference.has(text) && reference.size >= maxEntries) reference.clear();
              reference.set(text, value);
              sut.set(vectorKey, value);
            } else {
              expect(sut.get(vectorKey)).toBe(reference.get(text));
            }
            expect(sut.size).toBe(reference.size);
          }
        },
      ),
      { numRuns: 10 },
    );
  });

  it('should read only the first `width` integers of a longer key', () => {
    const sut = new IntegerKeyCache<string>(2, 10);
    sut.set(Int32Array.of(1, 2, 99), 'a');
    expect(sut.get(Int32Array.of(1, 2, -5))).toBe('a');
    expect(sut.get(Int32Array.of(2, 1))).toBeUndefined();
  });
});
