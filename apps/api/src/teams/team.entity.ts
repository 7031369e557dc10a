import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Unit } from './unit.entity';

/** A team of agents with its manager (teamledare). */
@Entity('team')
export class Team {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'unit_id', nullable: true })
  unitId: string | null;

  @ManyToOne(() => Unit, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<Unit> | null;

  @Column('text', { name: 'manager_name', nullable: true })
  managerName: string | null;
}
