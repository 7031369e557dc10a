import { Module } from '@nestjs/common';
import { WrittenQueue } from '../written-queues/written-queue.entity';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Agent } from '../agents/agent.entity';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { CalendarModule } from '../calendar/calendar.module';
import { FinanceController } from './finance.controller';
import { FinanceScenario } from './finance-scenario.entity';
import { FinanceService } from './finance.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([FinanceScenario, Agent, AnswerGroup, WrittenQueue]),
    CalendarModule,
  ],
  controllers: [FinanceController],
  providers: [FinanceService],
})
export class FinanceModule {}
