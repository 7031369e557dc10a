import { Module } from '@nestjs/common';
import { JobRunner } from './job-runner.service';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

/** Background jobs in PostgreSQL and the in-process worker that runs them. */
@Module({
  controllers: [JobsController],
  providers: [JobsService, JobRunner],
  exports: [JobsService, JobRunner],
})
export class JobsModule {}
