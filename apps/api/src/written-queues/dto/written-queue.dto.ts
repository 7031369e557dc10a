import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ID_MESSAGE, ID_PATTERN, IsLocalDate } from '../../common/validators';

export class CreateWrittenQueueDto {
  @ApiProperty({ example: 'epost', description: 'Unique among answer groups and written queues' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id: string;

  @ApiProperty({ example: 'E-post och e-tjänster' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 7, description: 'Minutes of work per case' })
  @IsNumber()
  @Min(0.1)
  @Max(480)
  handleMinutes: number;

  @ApiProperty({
    type: [Number],
    minItems: 7,
    maxItems: 7,
    example: [180, 150, 140, 130, 120, 35, 30],
    description: 'Expected cases arriving per weekday, Monday first',
  })
  @IsArray()
  @ArrayMinSize(7)
  @ArrayMaxSize(7)
  @IsNumber({}, { each: true })
  @Min(0, { each: true })
  casesPerWeekday: number[];

  @ApiProperty({
    type: [Number],
    example: [0, 1, 2, 3, 4],
    description: 'Weekdays (0 = Monday) the queue is worked; closed holidays are not',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  workingDays: number[];

  @ApiProperty({
    example: 1,
    description:
      'Answered in time by the end of this many working days after the day a case arrives (1: within one working day)',
  })
  @IsInt()
  @Min(0)
  @Max(6)
  answerWithinWorkingDays: number;

  @ApiProperty({
    type: [String],
    example: ['allmant'],
    description: 'Agents skilled in any of these answer groups answer the queue; empty for all',
  })
  @IsArray()
  @ArrayUnique()
  @IsString({ each: true })
  answerGroupIds: string[];
}

export class UpdateWrittenQueueDto extends PartialType(
  OmitType(CreateWrittenQueueDto, ['id'] as const),
) {}

export class WrittenQueueDto extends CreateWrittenQueueDto {}

export class WrittenHistoryImportDto {
  @ApiProperty({ description: 'Local days stored from the file' }) days: number;
  @ApiProperty({ example: '2024-11-25' }) from: string;
  @ApiProperty({ example: '2026-11-22' }) to: string;
  @ApiProperty({ description: 'Days whose stored cases the file changed or added' })
  changedDays: number;
}

export class WrittenForecastQueryDto {
  @ApiPropertyOptional({
    example: '2026-11-30',
    description: 'The Monday of the week to forecast; default the week after the history',
  })
  @IsOptional()
  @IsLocalDate()
  weekStart?: string;
}

export class WrittenForecastDto {
  @ApiProperty({ example: '2026-11-30' }) weekStart: string;
  @ApiProperty({ type: [Number], description: 'Forecast whole cases per day, Monday first' })
  casesPerWeekday: number[];
  @ApiProperty({ example: 'weekdayMean', description: 'The forecast method used' })
  method: string;
  @ApiProperty({ enum: ['backtest', 'requested', 'fallback'] }) chosenBy: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "The method's daily WAPE in the rolling-origin backtest, 0..1",
  })
  dailyWape: number | null;
  @ApiProperty({ description: 'Days of history the forecast was fitted on' })
  historyDays: number;
}
