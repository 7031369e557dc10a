import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnswerGroup } from './answer-group.entity';
import { AnswerGroupShrinkage } from './answer-group-shrinkage.entity';
import { AnswerGroupsController } from './answer-groups.controller';
import { AnswerGroupsService } from './answer-groups.service';

@Module({
  imports: [TypeOrmModule.forFeature([AnswerGroup, AnswerGroupShrinkage])],
  controllers: [AnswerGroupsController],
  providers: [AnswerGroupsService],
  exports: [AnswerGroupsService],
})
export class AnswerGroupsModule {}
