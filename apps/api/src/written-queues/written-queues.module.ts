import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { WrittenQueue } from './written-queue.entity';
import { WrittenQueuesController } from './written-queues.controller';
import { WrittenQueuesService } from './written-queues.service';

@Module({
  imports: [TypeOrmModule.forFeature([WrittenQueue, AnswerGroup])],
  controllers: [WrittenQueuesController],
  providers: [WrittenQueuesService],
  exports: [WrittenQueuesService],
})
export class WrittenQueuesModule {}
