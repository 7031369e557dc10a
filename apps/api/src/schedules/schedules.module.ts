import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbsencesModule } from '../absences/absences.module';
import { AgentsModule } from '../agents/agents.module';
import { AnswerGroupsModule } from '../answer-groups/answer-groups.module';
import { CalendarModule } from '../calendar/calendar.module';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { JobsModule } from '../jobs/jobs.module';
import { ScheduleVersion } from './schedule-version.entity';
import { SchedulesController } from './schedules.controller';
import { SchedulesService } from './schedules.service';

/** Weekly schedules: generation as a job, versions, checked hand edits, publishing (issue 6). */
@Module({
  imports: [
    TypeOrmModule.forFeature([ScheduleVersion]),
    JobsModule,
    AnswerGroupsModule,
    AgentsModule,
    AbsencesModule,
    CalendarModule,
    ForecastsModule,
  ],
  controllers: [SchedulesController],
  providers: [SchedulesService],
  exports: [SchedulesService],
})
export class SchedulesModule {}
