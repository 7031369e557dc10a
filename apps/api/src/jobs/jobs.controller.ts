import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import { JobDto, JobsQueryDto } from './dto/job.dto';
import { JobsService } from './jobs.service';

@ApiTags('Jobs')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('jobs')
export class JobsController {
  constructor(private readonly service: JobsService) {}

  @Get()
  @ApiOperation({ summary: 'List background jobs, newest first, optionally of one kind' })
  @ApiOkResponse({ type: [JobDto] })
  findAll(@Query() query: JobsQueryDto): Promise<JobDto[]> {
    return this.service.findAll(query.kind, query.limit ?? 50);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a job: status, progress with its message, result or error' })
  @ApiOkResponse({ type: JobDto })
  findOne(@Param('id', ParseIntPipe) id: number): Promise<JobDto> {
    return this.service.findOne(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Cancel a queued or running job: it does not run, or stops and stores nothing',
    description:
      'A queued job is cancelled at once. A running one is cancelled once its worker has ' +
      'stopped, a moment later; had it already finished, it succeeded.',
  })
  @ApiOkResponse({ type: JobDto, description: 'The job: cancelled, or running until it stops' })
  @ApiNotFoundResponse({ description: 'No such job' })
  @ApiConflictResponse({ description: 'The job has already ended' })
  cancel(@Param('id', ParseIntPipe) id: number): Promise<JobDto> {
    return this.service.cancel(id);
  }

  @Post(':id/finish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ask a running job to finish now with what it has (a schedule: the best so far)',
    description:
      'A schedule generation skips the rest of its time and saves the best schedule found, ' +
      'once its bound and first schedule are made; the job then succeeds as usual.',
  })
  @ApiOkResponse({ type: JobDto, description: 'The job, still running, finishing' })
  @ApiNotFoundResponse({ description: 'No such job' })
  @ApiConflictResponse({ description: 'The job is not running, or its kind cannot finish early' })
  finish(@Param('id', ParseIntPipe) id: number): Promise<JobDto> {
    return this.service.finishEarly(id);
  }
}
