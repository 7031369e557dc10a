import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisational unit (enhet) that teams belong to. */
@Entity('unit')
export class Unit {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  /** Unit manager (enhetschef). */
  @Column('text', { name: 'manager_name', nullable: true })
  managerName: string | null;
}
