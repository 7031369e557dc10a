import { Module } from '@nestjs/common';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { HistoryModule } from '../history/history.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [HistoryModule, ForecastsModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
