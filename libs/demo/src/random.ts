/** A source of uniform random numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a 32-bit seeded generator, small and fast, with a period of 2^32 and good
 * enough statistics for simulated call counts (it is not cryptographic). Each call costs a few
 * integer operations.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed mixed from a number and some strings (FNV-1a over the characters, then a
 * murmur finaliser), so every answer group and day gets its own stream: rows of a day do not
 * depend on which range was asked for.
 */
export function mixSeed(seed: number, ...parts: string[]): number {
  let hash = (2166136261 ^ (seed >>> 0)) >>> 0;
  hash = Math.imul(hash, 16777619) >>> 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      hash = Math.imul(hash ^ part.charCodeAt(i), 16777619) >>> 0;
    }
    hash = Math.imul(hash ^ 0x2f, 16777619) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** A standard normal deviate by Box-Muller (one of the pair; the other is dropped for simplicity). */
export function sampleStandardNormal(random: Random): number {
  // 1 - u keeps the logarithm finite: random() may return 0 but never 1.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
