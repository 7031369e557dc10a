import { Module } from '@nestjs/common';
import { AdherenceModule } from '../adherence/adherence.module';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { HistoryModule } from '../history/history.module';
import { SchedulesModule } from '../schedules/schedules.module';
import { DemoSeedService } from './demo-seed.service';
import { WrittenQueuesModule } from '../written-queues/written-queues.module';

@Module({
  imports: [HistoryModule, ForecastsModule, SchedulesModule, AdherenceModule, WrittenQueuesModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
