import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { HistoryModule } from '../history/history.module';
import { ForecastInterval } from './forecast-interval.entity';
import { ForecastVersion } from './forecast-version.entity';
import { ForecastsController } from './forecasts.controller';
import { ForecastsRepository } from './forecasts.repository';
import { ForecastsService } from './forecasts.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ForecastVersion, ForecastInterval, AnswerGroup]),
    HistoryModule,
  ],
  controllers: [ForecastsController],
  providers: [ForecastsService, ForecastsRepository],
  exports: [ForecastsService, ForecastsRepository],
})
export class ForecastsModule {}
