import type { ScheduleRules } from '@bemanna/schedule';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The centre's working-time rules (arbetstidsregler) as the planner set them: only the rules
 * that differ from `DEFAULT_RULES`, so a default improved later still reaches the others. One
 * row (id 1), absent until the planner first saves.
 */
@Entity('schedule_rules')
export class ScheduleRulesSetting {
  @PrimaryColumn('integer')
  id: number;

  @Column('jsonb')
  overrides: Partial<ScheduleRules>;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
