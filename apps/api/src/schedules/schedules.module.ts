import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbsencesModule } from '../absences/absences.module';
import { AgentsModule } from '../agents/agents.module';
import { AnswerGroupsModule } from '../answer-groups/answer-groups.module';
import { CalendarModule } from '../calendar/calendar.module';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { JobsModule } from '../jobs/jobs.module';
import { ScheduleRulesController } from './schedule-rules.controller';
import { ScheduleRulesSetting } from './schedule-rules.entity';
import { ScheduleRulesService } from './schedule-rules.service';
import { ScheduleVersion } from './schedule-version.entity';
import { SchedulesController } from './schedules.controller';
import { SchedulesService } from './schedules.service';
import { WrittenQueuesModule } from '../written-queues/written-queues.module';

/**
 * Weekly schedules: the centre's working-time rules, generation as a job, versions, checked
 * hand edits, publishing (issue 6).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ScheduleVersion, ScheduleRulesSetting]),
    JobsModule,
    AnswerGroupsModule,
    AgentsModule,
    AbsencesModule,
    CalendarModule,
    ForecastsModule,
    WrittenQueuesModule,
  ],
  controllers: [SchedulesController, ScheduleRulesController],
  providers: [SchedulesService, ScheduleRulesService],
  exports: [SchedulesService],
})
export class SchedulesModule {}
