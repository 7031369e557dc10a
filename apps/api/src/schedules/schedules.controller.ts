import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ValidationErrorDto } from '../common/dto/error.dto';
import { JobAcceptedDto } from '../jobs/dto/job.dto';
import {
  AbsenceImpactDto,
  CoverOptionDto,
  CoverRequestDto,
  EditCheckDto,
  GenerateScheduleDto,
  PublishScheduleDto,
  SaveScheduleDto,
  SaveWithAbsencesDto,
  ScheduleEditsDto,
  SchedulesQueryDto,
  ScheduleVersionDto,
  ScheduleVersionSummaryDto,
} from './dto/schedule.dto';
import { SchedulesService } from './schedules.service';

@ApiTags('Schedules')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('schedules')
export class SchedulesController {
  constructor(private readonly service: SchedulesService) {}

  @Post('generate')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Generate a week’s schedule from answer groups, agents and a forecast version (a job)',
    description:
      'Answers 202 with the job id; follow it at GET /api/jobs/{jobId}. result.scheduleVersionId is ' +
      'the new version. Default rules: shifts 6-9 h in 30-minute steps starting on the quarter hour, ' +
      '07:00-18:00, 30 min unpaid lunch above 5 h, 15 min breaks, at most 5 h without a break, ' +
      '11 h daily and 36 h weekly rest, at most 5 days, contract within 60 min; a 60-minute weekly ' +
      'meeting per team.',
  })
  @ApiAcceptedResponse({ type: JobAcceptedDto })
  generate(@Body() dto: GenerateScheduleDto): Promise<JobAcceptedDto> {
    return this.service.generate(dto);
  }

  @Get()
  @ApiOperation({ summary: 'List schedule versions, newest first' })
  @ApiOkResponse({ type: [ScheduleVersionSummaryDto] })
  findAll(@Query() query: SchedulesQueryDto): Promise<ScheduleVersionSummaryDto[]> {
    return this.service.findAll(query.weekStart);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a schedule version with its scenario, schedule and report' })
  @ApiOkResponse({ type: ScheduleVersionDto })
  findOne(@Param('id', ParseIntPipe) id: number): Promise<ScheduleVersionDto> {
    return this.service.findOne(id);
  }

  @Get(':id/export.csv')
  @ApiOperation({
    summary: 'A schedule version as CSV, one row per activity, for a spreadsheet or payroll',
    description:
      'Columns agent_id;agent_name;team_id;date;shift_start;shift_end;activity;start;end;' +
      'minutes;answer_group;overtime;written_queue, in local dates and HH:MM; UTF-8 with a byte-order mark, ' +
      'semicolon separated, as Excel with Swedish settings opens it.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'No such version' })
  async exportCsv(
    @Param('id', ParseIntPipe) id: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { fileName, csv } = await this.service.exportCsv(id);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    return csv;
  }

  @Get(':id/absences')
  @ApiOperation({
    summary: 'Shifts lost to absences registered on their days, and the service level without them',
  })
  @ApiOkResponse({ type: AbsenceImpactDto })
  absenceImpact(@Param('id', ParseIntPipe) id: number): Promise<AbsenceImpactDto> {
    return this.service.absenceImpact(id);
  }

  @Post(':id/absences')
  @ApiOperation({
    summary:
      'Save the week as it now stands: a new draft without the shifts lost to absences, keeping every rule',
  })
  @ApiCreatedResponse({ type: ScheduleVersionDto })
  saveWithAbsences(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: SaveWithAbsencesDto,
  ): Promise<ScheduleVersionDto> {
    return this.service.saveWithAbsences(id, dto);
  }

  @Post(':id/cover')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Who could cover a day with an extra shift (overtime) that keeps their rules, and what it adds, best first',
  })
  @ApiOkResponse({ type: [CoverOptionDto] })
  cover(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: CoverRequestDto,
  ): Promise<CoverOptionDto[]> {
    return this.service.cover(id, dto);
  }

  @Post(':id/edits')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check hand edits without saving: the rules they break and the service-level effect',
  })
  @ApiOkResponse({ type: EditCheckDto })
  checkEdits(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ScheduleEditsDto,
  ): Promise<EditCheckDto> {
    return this.service.checkEdits(id, dto);
  }

  @Put(':id')
  @ApiOperation({
    summary:
      'Save an edited schedule as a new version; refused (422) if it breaks hard rules unless forced',
  })
  @ApiUnprocessableEntityResponse({ description: 'Broken rules, named, in `brokenRules`' })
  @ApiOkResponse({ type: ScheduleVersionDto })
  save(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: SaveScheduleDto,
  ): Promise<ScheduleVersionDto> {
    return this.service.save(id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish a schedule version (the week’s earlier published one is superseded)',
    description:
      'Refused (422) when an agent would rest less than the daily rest between this week and ' +
      'a week published since the version was made, unless forced.',
  })
  @ApiUnprocessableEntityResponse({ description: 'Broken daily rests, named, in `brokenRules`' })
  @ApiOkResponse({ type: ScheduleVersionDto })
  publish(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: PublishScheduleDto,
  ): Promise<ScheduleVersionDto> {
    return this.service.publish(id, dto);
  }
}
