import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { HistoryController } from './history.controller';
import { HistoryImport } from './history-import.entity';
import { HistoryImportService } from './history-import.service';
import { HistoryInterval } from './history-interval.entity';
import { HistoryRepository } from './history.repository';
import { ImportProfile } from './import-profile.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AnswerGroup, HistoryInterval, HistoryImport, ImportProfile])],
  controllers: [HistoryController],
  providers: [HistoryImportService, HistoryRepository],
  exports: [HistoryImportService, HistoryRepository],
})
export class HistoryModule {}
