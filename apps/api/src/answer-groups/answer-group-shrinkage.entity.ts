import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AnswerGroup } from './answer-group.entity';

/** Shrinkage (paid time off the phone: breaks, meetings, absence) of a group in one month. */
@Entity('answer_group_shrinkage')
export class AnswerGroupShrinkage {
  @PrimaryColumn('text', { name: 'answer_group_id' })
  answerGroupId: string;

  /** Calendar month, 1 = January. */
  @PrimaryColumn('smallint')
  month: number;

  /** Share of paid time, 0 <= shrinkage < 1. */
  @Column('double precision')
  shrinkage: number;

  @ManyToOne(
    () => AnswerGroup,
    (group) => group.monthlyShrinkage,
    { onDelete: 'CASCADE' },
  )
  @JoinColumn({ name: 'answer_group_id' })
  answerGroup: Relation<AnswerGroup>;
}
