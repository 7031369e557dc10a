import fc from 'fast-check';
import type { AgentStateEvent } from './agent-states';
import { replaceStates } from './replace-states';

const MIN = 60_000;
const span = (
  agentId: string,
  from: number,
  to: number,
  state: AgentStateEvent['state'] = 'ready',
): AgentStateEvent => ({ agentId, state, reason: null, startMs: from * MIN, endMs: to * MIN });

/** Stored states after a replacement, as the database would hold them. */
function apply(stored: AgentStateEvent[], incoming: AgentStateEvent[]): AgentStateEvent[] {
  const { removed, added } = replaceStates(stored, incoming);
  return [...stored.filter((s) => !removed.includes(s)), ...added].sort(
    (a, b) => a.agentId.localeCompare(b.agentId) || a.startMs - b.startMs,
  );
}

describe('replaceStates', () => {
  it("replaces an agent's stored states inside the file's span and cuts those reaching into it", () => {
    const straddling = span('a', 0, 100, 'not_ready');
    const inside = span('a', 100, 150);
    const other = span('b', 0, 500);
    const result = replaceStates(
      [straddling, inside, other],
      [span('a', 60, 120, 'talking'), span('a', 120, 130)],
    );
    expect(result.removed).toEqual([straddling, inside]);
    expect(result.added).toEqual([
      span('a', 0, 60, 'not_ready'),
      span('a', 130, 150),
      span('a', 60, 120, 'talking'),
      span('a', 120, 130),
    ]);
    expect(result.changedAgents).toEqual(['a']);
  });

  it('keeps the part after the span of a state that covers all of it', () => {
    expect(apply([span('a', 0, 100)], [span('a', 40, 50, 'talking')])).toEqual([
      span('a', 0, 40),
      span('a', 40, 50, 'talking'),
      span('a', 50, 100),
    ]);
  });

  it('changes nothing when the same file comes again', () => {
    const file = [span('a', 0, 10), span('a', 10, 20, 'talking'), span('b', 5, 9)];
    const stored = apply([], file);
    const again = replaceStates(stored, file);
    expect(again).toEqual({
      removed: [],
      added: [],
      changedAgents: [],
      unchangedAgents: ['a', 'b'],
    });
  });

  it('leaves no overlap, gives the file its span, and is idempotent (property)', () => {
    const spans = (agents: string[]) =>
      fc
        .array(
          fc.record({
            agentId: fc.constantFrom(...agents),
            gap: fc.integer({ min: 0, max: 30 }),
            length: fc.integer({ min: 1, max: 60 }),
            state: fc.constantFrom('ready' as const, 'talking' as const, 'logged_out' as const),
          }),
          { maxLength: 12 },
        )
        .map((drawn) => {
          // Per agent, spans one after another: a valid file or stored state.
          const clock = new Map<string, number>();
          return drawn.map(({ agentId, gap, length, state }) => {
            const from = (clock.get(agentId) ?? 0) + gap;
            clock.set(agentId, from + length);
            return span(agentId, from, from + length, state);
          });
        });
    fc.assert(
      fc.property(spans(['a', 'b']), spans(['a', 'c']), (stored, file) => {
        const after = apply(stored, file);
        for (let i = 1; i < after.length; i++) {
          const [before, next] = [after[i - 1]!, after[i]!];
          if (before.agentId === next.agentId)
            expect(next.startMs).toBeGreaterThanOrEqual(before.endMs);
        }
        for (const agentId of new Set(file.map((s) => s.agentId))) {
          const mine = file.filter((s) => s.agentId === agentId);
          const from = Math.min(...mine.map((s) => s.startMs));
          const to = Math.max(...mine.map((s) => s.endMs));
          const inside = after.filter(
            (s) => s.agentId === agentId && s.startMs < to && s.endMs > from,
          );
          expect(inside).toEqual(mine);
        }
        expect(after.filter((s) => s.agentId === 'b')).toEqual(
          stored.filter((s) => s.agentId === 'b'),
        );
        expect(apply(after, file)).toEqual(after);
      }),
    );
  });
});
