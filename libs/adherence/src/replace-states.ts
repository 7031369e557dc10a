import { extentOf, type TimeSpan } from './adherence';
import type { AgentStateEvent } from './agent-states';

/** What storing a file's states changes: stored spans to delete, spans to insert. */
export interface StateReplacement<Stored extends AgentStateEvent> {
  removed: Stored[];
  added: AgentStateEvent[];
  /** Agents whose stored states the file changes. */
  changedAgents: string[];
  /** Agents whose stored states already equal the file's. */
  unchangedAgents: string[];
}

function sameSpan(a: AgentStateEvent, b: AgentStateEvent): boolean {
  return (
    a.startMs === b.startMs && a.endMs === b.endMs && a.state === b.state && a.reason === b.reason
  );
}

const byStart = (a: AgentStateEvent, b: AgentStateEvent) => a.startMs - b.startMs;

/**
 * A file of states is the truth for each of its agents from that agent's first start to last
 * end: stored states of the agent inside that span are replaced, and stored states reaching
 * into it are cut at its edges. So re-importing a file changes nothing, and a corrected export
 * of a day replaces the day. `stored` must hold every stored state of the file's agents that
 * overlaps their spans (others are untouched whatever is passed). Cost: O(n log n).
 */
export function replaceStates<Stored extends AgentStateEvent>(
  stored: readonly Stored[],
  incoming: readonly AgentStateEvent[],
): StateReplacement<Stored> {
  const incomingByAgent = groupByAgent(incoming);
  const storedByAgent = groupByAgent(stored);
  const result: StateReplacement<Stored> = {
    removed: [],
    added: [],
    changedAgents: [],
    unchangedAgents: [],
  };
  for (const [agentId, spans] of [...incomingByAgent].sort(([a], [b]) => a.localeCompare(b))) {
    const fileSpans = [...spans].sort(byStart);
    const { startMs: from, endMs: to } = extentOf(fileSpans) as TimeSpan;
    const touched = (storedByAgent.get(agentId) ?? [])
      .filter((span) => span.startMs < to && span.endMs > from)
      .sort(byStart);
    const unchanged =
      touched.length === fileSpans.length &&
      touched.every((span, index) => sameSpan(span, fileSpans[index] as AgentStateEvent));
    if (unchanged) {
      result.unchangedAgents.push(agentId);
      continue;
    }
    result.changedAgents.push(agentId);
    for (const span of touched) {
      result.removed.push(span);
      const { agentId: id, state, reason } = span;
      if (span.startMs < from)
        result.added.push({ agentId: id, state, reason, startMs: span.startMs, endMs: from });
      if (span.endMs > to)
        result.added.push({ agentId: id, state, reason, startMs: to, endMs: span.endMs });
    }
    for (const { agentId: id, state, reason, startMs, endMs } of fileSpans) {
      result.added.push({ agentId: id, state, reason, startMs, endMs });
    }
  }
  return result;
}

function groupByAgent<Span extends AgentStateEvent>(spans: readonly Span[]): Map<string, Span[]> {
  const groups = new Map<string, Span[]>();
  for (const span of spans) {
    const group = groups.get(span.agentId);
    if (group) group.push(span);
    else groups.set(span.agentId, [span]);
  }
  return groups;
}
