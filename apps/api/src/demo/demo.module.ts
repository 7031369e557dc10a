import { Module } from '@nestjs/common';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { HistoryModule } from '../history/history.module';
import { SchedulesModule } from '../schedules/schedules.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [HistoryModule, ForecastsModule, SchedulesModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
