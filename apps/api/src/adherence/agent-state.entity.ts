import type { AgentState } from '@bemanna/adherence';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One span of an agent's telephony state (format B), `[start, end)`. An agent's spans never
 * overlap: an import replaces what was stored over its span ({@link replaceStates}).
 */
@Entity('agent_state')
export class AgentStateSpan {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text', { name: 'agent_id' })
  agentId: string;

  @Column('text')
  state: AgentState;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('timestamptz', { name: 'start_at' })
  startAt: Date;

  @Column('timestamptz', { name: 'end_at' })
  endAt: Date;

  /** The import that stored it; what a later import cut off an older span counts as the later one's. */
  @Column('integer', { name: 'import_id' })
  importId: number;
}
