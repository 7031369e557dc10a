import { Module } from '@nestjs/common';
import { AnswerGroupsModule } from '../answer-groups/answer-groups.module';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { RequirementsController } from './requirements.controller';
import { RequirementsService } from './requirements.service';

@Module({
  imports: [AnswerGroupsModule, ForecastsModule],
  controllers: [RequirementsController],
  providers: [RequirementsService],
})
export class RequirementsModule {}
