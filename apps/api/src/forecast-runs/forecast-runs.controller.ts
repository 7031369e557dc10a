import { ForecastIntervalsQueryDto } from '../forecasts/dto/forecast.dto';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import { JobAcceptedDto } from '../jobs/dto/job.dto';
import {
  CompareForecastsDto,
  CompareForecastsQueryDto,
  CreateAdjustmentDto,
  CreateForecastRunDto,
  ForecastDayDto,
  ForecastDaysQueryDto,
  ForecastDetailsDto,
  ForecastIntervalBoundsDto,
  NightlyForecastDto,
} from './dto/forecast-run.dto';
import { ForecastRunsService } from './forecast-runs.service';
import { NightlyForecastService } from './nightly-forecast.service';

/**
 * Routes under /forecasts next to ForecastsController's. `GET compare` must be matched before
 * that controller's `GET :id`, so this module is imported before ForecastsModule in AppModule
 * (Nest registers routes in module order).
 */
@ApiTags('Forecasts')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('forecasts')
export class ForecastRunsController {
  constructor(
    private readonly service: ForecastRunsService,
    private readonly nightly: NightlyForecastService,
  ) {}

  @Post('runs')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Start a forecast run (@bemanna/forecast, method per group by backtest) as a job',
    description:
      'Answers 202 with the job id; follow it at GET /api/jobs/{jobId}. When it succeeds, ' +
      'result.forecastVersionId is the new version with its accuracy table and prediction intervals.',
  })
  @ApiAcceptedResponse({ type: JobAcceptedDto })
  start(@Body() dto: CreateForecastRunDto): Promise<JobAcceptedDto> {
    return this.service.start(dto);
  }

  @Get('runs/nightly')
  @ApiOperation({
    summary: 'When the forecast is refreshed by itself at night, and next',
    description:
      'A run from tomorrow for six weeks is queued then if history has been imported since the ' +
      'newest forecast run (BEMANNA_NIGHTLY_FORECAST).',
  })
  @ApiOkResponse({ type: NightlyForecastDto })
  nightlyForecast(): NightlyForecastDto {
    return this.nightly.status();
  }

  @Get('compare')
  @ApiOperation({
    summary: 'Compare two forecast versions: calls per day of both and the difference',
  })
  @ApiOkResponse({ type: CompareForecastsDto })
  compare(@Query() query: CompareForecastsQueryDto): Promise<CompareForecastsDto> {
    return this.service.compare(query);
  }

  @Get(':id/details')
  @ApiOperation({
    summary: 'A forecast version with its method per group, accuracy table and adjustments',
  })
  @ApiOkResponse({ type: ForecastDetailsDto })
  findDetails(@Param('id', ParseIntPipe) id: number): Promise<ForecastDetailsDto> {
    return this.service.findDetails(id);
  }

  @Get(':id/days')
  @ApiOperation({ summary: 'Daily forecast calls with prediction intervals' })
  @ApiOkResponse({ type: [ForecastDayDto] })
  findDays(
    @Param('id', ParseIntPipe) id: number,
    @Query() query: ForecastDaysQueryDto,
  ): Promise<ForecastDayDto[]> {
    return this.service.findDays(id, query);
  }

  @Get(':id/interval-bounds')
  @ApiOperation({ summary: 'Forecast calls per interval with prediction intervals' })
  @ApiOkResponse({ type: [ForecastIntervalBoundsDto] })
  findIntervalBounds(
    @Param('id', ParseIntPipe) id: number,
    @Query() query: ForecastIntervalsQueryDto,
  ): Promise<ForecastIntervalBoundsDto[]> {
    return this.service.findIntervalBounds(id, query);
  }

  @Post(':id/adjustments')
  @ApiOperation({
    summary:
      'Adjust a forecast: makes a new version derived from this one, with the change recorded',
  })
  @ApiCreatedResponse({ type: ForecastDetailsDto })
  adjust(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: CreateAdjustmentDto,
  ): Promise<ForecastDetailsDto> {
    return this.service.adjust(id, dto);
  }
}
