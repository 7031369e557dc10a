import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The log of one stored state file. Its covered period, first start to last end, is where
 * adherence is known (for its own agents only, when it is a correction): there, an agent
 * without a state was logged out.
 */
@Entity('agent_state_import')
export class AgentStateImport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text', { name: 'file_name' })
  fileName: string;

  /** SHA-256 of the file, so a repeated import is recognisable in the log. */
  @Column('text', { name: 'file_sha256' })
  fileSha256: string;

  @Column('integer', { name: 'row_count' })
  rowCount: number;

  /** Agents whose stored states the file changed. */
  @Column('integer', { name: 'agents_changed' })
  agentsChanged: number;

  /** Agents whose stored states already equalled the file's. */
  @Column('integer', { name: 'agents_unchanged' })
  agentsUnchanged: number;

  /**
   * The agents a correction speaks for; null when the file speaks for every agent over its
   * period, as a full export from the telephony system does.
   */
  @Column('text', { name: 'agent_ids', array: true, nullable: true })
  agentIds: string[] | null;

  @Column('timestamptz', { name: 'covered_from' })
  coveredFrom: Date;

  @Column('timestamptz', { name: 'covered_to' })
  coveredTo: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
