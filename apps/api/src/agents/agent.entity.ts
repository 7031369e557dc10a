import {
  Column,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import type { AgentPreferences } from '@bemanna/schedule';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { Team } from '../teams/team.entity';

/** An agent (handläggare) on a fixed contract, skilled in some answer groups. */
@Entity('agent')
export class Agent {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'team_id', nullable: true })
  teamId: string | null;

  @ManyToOne(() => Team, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id' })
  team?: Relation<Team> | null;

  /** Paid minutes per week by contract: 2,400 at 100% (40 h). */
  @Column('integer', { name: 'contract_minutes_per_week' })
  contractMinutesPerWeek: number;

  /** Sysselsättningsgrad, 0..100. */
  @Column('double precision', { name: 'employment_percent' })
  employmentPercent: number;

  /** First day of employment, `YYYY-MM-DD`. */
  @Column('date', { name: 'start_date' })
  startDate: string;

  /** Last day of employment, when the agent has left or will leave. */
  @Column('date', { name: 'end_date', nullable: true })
  endDate: string | null;

  /**
   * What the agent would like of the schedule: weekdays off and early or late shifts, honoured
   * after service level and fairness. Null when nothing is known.
   */
  @Column('jsonb', { nullable: true })
  preferences: AgentPreferences | null;

  @ManyToMany(() => AnswerGroup)
  @JoinTable({
    name: 'agent_skill',
    joinColumn: { name: 'agent_id' },
    inverseJoinColumn: { name: 'answer_group_id' },
  })
  skills: AnswerGroup[];
}
