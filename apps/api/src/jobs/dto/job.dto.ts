import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ErrorDetailDto } from '../../common/dto/error.dto';
import { JOB_STATUSES } from '../job.entity';
import { JOB_KINDS, type JobKind } from '../job-kinds';

export class JobsQueryDto {
  @ApiPropertyOptional({ enum: JOB_KINDS, description: 'Only jobs of this kind' })
  @IsOptional()
  @IsIn(JOB_KINDS)
  kind?: JobKind;

  @ApiPropertyOptional({ example: 50, description: 'Newest first, at most this many (1-500)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

/** A running job's step: a key and its values (shares 0..1 and counts). */
export class JobStepDto {
  @ApiProperty({
    example: 'scheduleImproving',
    description:
      'scheduleScenario, scheduleBounding, scheduleBound, scheduleFirst, scheduleImproving, scheduleDone, forecastLoading, forecastFitting or forecastStoring',
  })
  key: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    example: { serviceLevel: 0.912, bound: 0.934 },
    description:
      'serviceLevel and bound as shares (null: not known yet); done, total and count as counts',
  })
  values?: Record<string, number | null>;
}

export class JobDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: JOB_KINDS }) kind: string;
  @ApiProperty({ enum: JOB_STATUSES })
  status: string;
  @ApiProperty({ description: 'Share done, 0..1' }) progress: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'What the job is doing now, in English',
  })
  message: string | null;
  @ApiProperty({
    type: JobStepDto,
    nullable: true,
    description:
      'The same as a key with values, for a client to word in its language; null when no step runs',
  })
  step: JobStepDto | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What was asked' })
  parameters: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'When succeeded: what was made, e.g. { forecastVersionId } or { scheduleVersionId }',
  })
  result: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it failed, in English' })
  error: string | null;
  @ApiProperty({
    type: ErrorDetailDto,
    nullable: true,
    description: 'Why it failed as a key with values, for a client to word; null when not known',
  })
  errorDetail: ErrorDetailDto | null;
  @ApiProperty({ description: 'Times started; more than 1 after a restart re-queued it' })
  attempts: number;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) finishedAt: string | null;
}

/** The answer to a request that starts a job: 202 Accepted with where to follow it. */
export class JobAcceptedDto {
  @ApiProperty({ description: 'Follow it at GET /api/jobs/{jobId}' }) jobId: number;
  @ApiProperty({ enum: JOB_STATUSES })
  status: string;
}
