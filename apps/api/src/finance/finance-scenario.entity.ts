import type { CapacityScenario } from '@bemanna/capacity';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A named set of finance's assumptions (goal, absence, growth, turnover, money), to compare. */
@Entity('finance_scenario')
export class FinanceScenario {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text', { unique: true })
  name: string;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('jsonb')
  scenario: CapacityScenario;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
