import { METHOD_NAMES } from '@bemanna/forecast';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { ForecastVersionDto } from '../../forecasts/dto/forecast.dto';
import { ID_MESSAGE, ID_PATTERN, IsLocalDate } from '../../common/validators';

export const FORECAST_METHODS = ['auto', ...METHOD_NAMES] as const;

export class CreateForecastRunDto {
  @ApiPropertyOptional({ example: 'Vecka 49-52, automatiskt val' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['aldre-direkt'],
    description: 'Answer groups to forecast; all when absent',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  answerGroupIds?: string[];

  @ApiProperty({ example: '2026-11-23', description: 'First local date to forecast' })
  @IsLocalDate()
  from: string;

  @ApiProperty({ example: 28, description: 'Whole local days to forecast (the horizon)' })
  @IsInt()
  @Min(1)
  @Max(400)
  days: number;

  @ApiPropertyOptional({
    enum: FORECAST_METHODS,
    default: 'auto',
    description: '`auto` chooses the method per answer group by backtest',
  })
  @IsOptional()
  @IsIn(FORECAST_METHODS)
  method?: (typeof FORECAST_METHODS)[number];

  @ApiPropertyOptional({
    example: 4,
    default: 4,
    description: 'Rolling-origin backtest: origins one week apart, each at the horizon asked for',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  backtestOrigins?: number;

  @ApiPropertyOptional({
    example: 0.8,
    default: 0.8,
    description: 'Central coverage of the prediction intervals',
  })
  @IsOptional()
  @IsNumber()
  @Min(0.5)
  @Max(0.99)
  predictionLevel?: number;

  @ApiPropertyOptional({
    example: 1096,
    default: 1096,
    description: 'Days of history before `from` to learn from',
  })
  @IsOptional()
  @IsInt()
  @Min(14)
  @Max(3660)
  historyDays?: number;

  @ApiPropertyOptional({
    type: [String],
    example: ['2026-02-03'],
    description: 'Days to leave out of fitting and scoring (known telephony outages)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsLocalDate({ each: true })
  excludeDates?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['2026-10-12'],
    description: 'Calendar holidays on which the centre is open as usual',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsLocalDate({ each: true })
  openDates?: string[];
}

export class CompareForecastsQueryDto {
  @ApiProperty({ example: 1, description: 'Forecast version A' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  a: number;

  @ApiProperty({ example: 2, description: 'Forecast version B' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  b: number;

  @ApiPropertyOptional({
    example: 'aldre-direkt',
    description: 'One answer group; all groups summed when absent',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  answerGroupId?: string;
}

export class ForecastDaysQueryDto {
  @ApiPropertyOptional({
    example: 'aldre-direkt',
    description: 'One answer group; all when absent',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  answerGroupId?: string;

  @ApiPropertyOptional({ example: '2026-11-23' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-20', description: 'Last local date, inclusive' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}

/** Fails when the other named property is given too: the two are alternatives. */
function NotTogetherWith(other: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notTogetherWith',
      constraints: [other],
      validator: {
        validate: (_value, args) =>
          ((args?.object ?? {}) as Record<string, unknown>)[other] === undefined,
        defaultMessage: () => `give either $property or ${other}, not both`,
      },
    },
    options,
  );
}

export class CreateAdjustmentDto {
  @ApiProperty({ example: 'aldre-direkt' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  answerGroupId: string;

  @ApiProperty({ example: '2026-11-23', description: 'First local date adjusted' })
  @IsLocalDate()
  from: string;

  @ApiProperty({ example: '2026-11-23', description: 'Last local date adjusted, inclusive' })
  @IsLocalDate()
  to: string;

  @ApiPropertyOptional({
    example: 10,
    description: 'Change in percent of every interval of those days (-100 to 1000)',
  })
  // Required unless absoluteCalls is given.
  @ValidateIf((dto: CreateAdjustmentDto) => dto.absoluteCalls === undefined)
  @IsNumber({}, { message: 'percent must be a number (or give absoluteCalls instead)' })
  @Min(-100)
  @Max(1000)
  percent?: number;

  @ApiPropertyOptional({
    example: 150,
    description:
      'Calls added to (negative: taken from) each day’s total, spread like the forecast over the day',
  })
  @ValidateIf((dto: CreateAdjustmentDto) => dto.absoluteCalls !== undefined)
  @IsNumber()
  @Min(-1_000_000)
  @Max(1_000_000)
  @NotTogetherWith('percent')
  absoluteCalls?: number;

  @ApiPropertyOptional({ example: 'Utskick av parkeringstillstånd' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @ApiPropertyOptional({ example: 'Vecka 48 + utskick', description: 'Name of the new version' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}

export class AccuracyFiguresDto {
  @ApiProperty({ type: Number, nullable: true, description: 'sum |f - a| / sum a' })
  wape: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'mean |f - a| / a over values with at least 10 calls',
  })
  mape: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'sum (f - a) / sum a; > 0: too high',
  })
  bias: number | null;
  @ApiProperty({ description: 'Values measured' }) count: number;
}

export class MethodAccuracyDto {
  @ApiProperty({ example: 'holt-winters-daily' }) method: string;
  @ApiProperty({ type: AccuracyFiguresDto, description: 'Per interval' })
  interval: AccuracyFiguresDto;
  @ApiProperty({ type: AccuracyFiguresDto, description: 'Per day' }) daily: AccuracyFiguresDto;
}

export class GroupAccuracyDto {
  @ApiProperty() answerGroupId: string;
  @ApiProperty({ description: 'Method used for this group' }) method: string;
  @ApiProperty({ enum: ['backtest', 'requested', 'fallback'] }) chosenBy: string;
  @ApiProperty({ type: [String], description: 'Local dates the backtest forecast from' })
  backtestOrigins: string[];
  @ApiProperty() backtestHorizonDays: number;
  @ApiProperty({ type: [MethodAccuracyDto], description: 'Best first when chosen by backtest' })
  methods: MethodAccuracyDto[];
  @ApiProperty({ type: [String], description: 'Outage days left out of fitting' })
  excludedDates: string[];
}

export class AdjustmentDto {
  @ApiProperty() answerGroupId: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: Number, nullable: true }) percent: number | null;
  @ApiProperty({ type: Number, nullable: true }) absoluteCalls: number | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ description: 'The version it was applied to' }) appliedToVersionId: number;
  @ApiProperty() callsBefore: number;
  @ApiProperty() callsAfter: number;
  @ApiProperty() createdAt: string;
}

export class ForecastDetailsDto extends ForecastVersionDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 'aldre-direkt': 'holt-winters-daily' },
    description: 'Method per answer group (forecast runs)',
  })
  methods: Record<string, string>;
  @ApiProperty({ type: [GroupAccuracyDto], description: 'Backtest accuracy per group and method' })
  accuracyDetails: GroupAccuracyDto[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Coverage of the prediction intervals',
  })
  predictionLevel: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Version this one was adjusted from' })
  derivedFromId: number | null;
  @ApiProperty({ type: [AdjustmentDto], description: 'Adjustments, oldest first' })
  adjustments: AdjustmentDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Job that made it' })
  jobId: number | null;
}

export class ForecastDayDto {
  @ApiProperty() answerGroupId: string;
  @ApiProperty({ example: '2026-11-23' }) date: string;
  @ApiProperty() calls: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Lower prediction bound' })
  low: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Upper prediction bound' })
  high: number | null;
}

export class ForecastIntervalBoundsDto {
  @ApiProperty({ example: '2026-11-23T08:00:00+01:00' }) intervalStart: string;
  @ApiProperty() calls: number;
  @ApiProperty({ type: Number, nullable: true }) low: number | null;
  @ApiProperty({ type: Number, nullable: true }) high: number | null;
  @ApiProperty({ type: Number, nullable: true }) ahtSeconds: number | null;
}

export class CompareDayDto {
  @ApiProperty({ example: '2026-11-23' }) date: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Calls in version A; null if absent' })
  a: number | null;
  @ApiProperty({ type: Number, nullable: true }) b: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'b - a' }) difference: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '(b - a) / a' })
  relativeDifference: number | null;
}

export class CompareForecastsDto {
  @ApiProperty() a: number;
  @ApiProperty() b: number;
  @ApiProperty({ type: String, nullable: true }) answerGroupId: string | null;
  @ApiProperty({ type: [CompareDayDto] }) days: CompareDayDto[];
  @ApiProperty({ description: 'Calls in A over the days both cover' }) totalA: number;
  @ApiProperty() totalB: number;
}

/** When the forecast is refreshed by itself (`BEMANNA_NIGHTLY_FORECAST`). */
export class NightlyForecastDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '0 2 * * *',
    description: 'Cron expression in the time zone; null when the nightly forecast is off',
  })
  schedule: string | null;

  @ApiProperty({ example: 'Europe/Stockholm' })
  timeZone: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-11-25T02:00:00.000+01:00',
    description: 'The next time it runs (it queues a run only if history came in since the last)',
  })
  next: string | null;
}
