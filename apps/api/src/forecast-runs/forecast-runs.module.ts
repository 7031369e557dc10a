import { Module } from '@nestjs/common';
import { AnswerGroupsModule } from '../answer-groups/answer-groups.module';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { HistoryModule } from '../history/history.module';
import { JobsModule } from '../jobs/jobs.module';
import { ForecastRunsController } from './forecast-runs.controller';
import { ForecastRunsRepository } from './forecast-runs.repository';
import { ForecastRunsService } from './forecast-runs.service';
import { NightlyForecastService } from './nightly-forecast.service';

/** Forecast runs as jobs, version comparison and adjustments (issue 4), and the nightly refresh. */
@Module({
  imports: [JobsModule, ForecastsModule, AnswerGroupsModule, HistoryModule],
  controllers: [ForecastRunsController],
  providers: [ForecastRunsService, ForecastRunsRepository, NightlyForecastService],
})
export class ForecastRunsModule {}
