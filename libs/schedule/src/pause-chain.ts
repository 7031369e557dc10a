import { lunchWindow } from './break-placement';
import type { Scenario } from './types';
import { pauseSlots } from './pause-slots';

/** A pause of a shift's chain: break, lunch, break (or fewer), in that order. */
export interface PauseSlot {
  kind: 'break' | 'lunch';
  length: number;
}

/** The pauses every rule-keeping layout of a shift holds, in order of time. */
export function pauseChain(scenario: Scenario, hasLunch: boolean): PauseSlot[] {
  const { breakLength, lunchLength } = pauseSlots(scenario);
  const breakSlot: PauseSlot = { kind: 'break', length: breakLength };
  const lunchSlot: PauseSlot = { kind: 'lunch', length: lunchLength };
  if (!hasLunch) return breakSlot.length > 0 ? [breakSlot] : [];
  return breakSlot.length > 0 ? [breakSlot, lunchSlot, breakSlot] : [lunchSlot];
}

/**
 * Offsets each pause of the chain may start at in a shift of `length` intervals: work of
 * `minWork` to `maxWork` intervals (`pauseSlots`) before the first, between consecutive pauses
 * and after the last; the lunch inside its window; none over the meeting. This is exactly what
 * `placeBreaks` builds and `checkRules` accepts. Offsets that cannot be part of a whole chain
 * are dropped.
 */
export function pauseDomains(
  scenario: Scenario,
  chain: PauseSlot[],
  length: number,
  meeting: { offset: number; length: number } | null,
): number[][] {
  const { minWork, maxWork } = pauseSlots(scenario);
  const window = lunchWindow(scenario, length);
  const allowed = chain.map((slot) => {
    const ok = new Uint8Array(length);
    for (let o = 0; o + slot.length <= length; o++) {
      if (slot.kind === 'lunch' && (o < window.first || o > window.last)) continue;
      if (meeting && o < meeting.offset + meeting.length && meeting.offset < o + slot.length)
        continue;
      ok[o] = 1;
    }
    return ok;
  });
  const gapFits = (gap: number) => gap >= minWork && gap <= maxWork;
  const forward = chain.map(() => new Uint8Array(length));
  chain.forEach((_, i) => {
    for (let o = 0; o < length; o++) {
      if (!allowed[i]![o]) continue;
      if (i === 0) forward[i]![o] = gapFits(o) ? 1 : 0;
      else {
        const previous = chain[i - 1]!;
        for (let p = 0; p < o && !forward[i]![o]; p++)
          if (forward[i - 1]![p] && gapFits(o - p - previous.length)) forward[i]![o] = 1;
      }
    }
  });
  const domains: number[][] = chain.map(() => []);
  const backward = chain.map(() => new Uint8Array(length));
  for (let i = chain.length - 1; i >= 0; i--) {
    const slot = chain[i]!;
    for (let o = 0; o < length; o++) {
      if (!forward[i]![o]) continue;
      if (i === chain.length - 1) backward[i]![o] = gapFits(length - o - slot.length) ? 1 : 0;
      else {
        for (let q = o + 1; q < length && !backward[i]![o]; q++)
          if (backward[i + 1]![q] && gapFits(q - o - slot.length)) backward[i]![o] = 1;
      }
      if (backward[i]![o]) domains[i]!.push(o);
    }
  }
  return domains;
}

/**
 * Rows that make consecutive pauses of one shift pair up in time order, each as entries
 * (pause index in the chain, index into its domain) counted +1 (`plus`) and -1 (`minus`),
 * meaning sum(plus) - sum(minus) <= 0. With counts of agents pausing at each offset, the
 * k-th earliest of each pause then belongs to one agent whose gaps (`minWork` to `maxWork`
 * of work) all hold: cum_next(x) <= cum_prev(x - lo) and cum_prev(x) <= cum_next(x + hi).
 */
export function pairingRows(
  chain: PauseSlot[],
  domains: number[][],
  { minWork, maxWork }: { minWork: number; maxWork: number },
): { plus: [number, number][]; minus: [number, number][] }[] {
  const rows: { plus: [number, number][]; minus: [number, number][] }[] = [];
  const upTo = (slot: number, last: number) =>
    domains[slot]!.flatMap((offset, j) => (offset <= last ? [[slot, j] as [number, number]] : []));
  for (let i = 0; i + 1 < chain.length; i++) {
    const lo = chain[i]!.length + minWork;
    const hi = chain[i]!.length + maxWork;
    for (const x of domains[i + 1]!) rows.push({ plus: upTo(i + 1, x), minus: upTo(i, x - lo) });
    for (const x of domains[i]!) rows.push({ plus: upTo(i, x), minus: upTo(i + 1, x + hi) });
  }
  return rows;
}
