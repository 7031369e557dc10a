import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Agent } from '../agents/agent.entity';

/**
 * Why an agent is away: semester, sjukdom, vård av barn (VAB), föräldraledighet, utbildning,
 * tjänstledighet or other. Each is paid or not by its own agreement; planning treats them alike.
 */
export const ABSENCE_KINDS = [
  'vacation',
  'sick',
  'childCare',
  'parentalLeave',
  'training',
  'leave',
  'other',
] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

/**
 * Whole days an agent is away, `fromDate` to `toDate` inclusive (local dates). Registered
 * before a week is planned (vacation, a course), the days are unavailable to the optimiser
 * and the week's contract shrinks pro rata; registered after (sick leave), the schedule's
 * shifts on those days are lost, and the schedule page shows what that costs.
 */
@Entity('absence')
export class Absence {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text', { name: 'agent_id' })
  agentId: string;

  @ManyToOne(() => Agent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agent_id' })
  agent?: Relation<Agent>;

  @Column('text')
  kind: AbsenceKind;

  @Column('date', { name: 'from_date' })
  fromDate: string;

  @Column('date', { name: 'to_date' })
  toDate: string;

  @Column('text', { nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
