import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
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
  ValidateNested,
} from 'class-validator';
import type { DayHours } from '../answer-group.entity';
import {
  ID_MESSAGE,
  ID_PATTERN,
  IsDayHours,
  IsLocalDate,
  IsWeekOpeningHours,
} from '../../common/validators';

const DAY_HOURS_SCHEMA = {
  type: 'array',
  items: { type: 'string', example: '08:00' },
  minItems: 2,
  maxItems: 2,
  nullable: true,
} as const;

export class SpecialDayDto {
  @ApiProperty({ example: '2026-12-24' })
  @IsLocalDate()
  date: string;

  @ApiProperty({ example: 'Julafton' })
  @IsString()
  @MaxLength(200)
  name: string;

  @ApiProperty({ ...DAY_HOURS_SCHEMA, description: 'Opening hours that day, or null when closed' })
  @IsDayHours()
  hours: DayHours;
}

export class CreateAnswerGroupDto {
  @ApiProperty({ example: 'bygglov', description: 'The id ACD exports use for the queue' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id: string;

  @ApiProperty({ example: 'Bygglov' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 300, description: 'Planned average handle time, seconds' })
  @IsNumber()
  @Min(1)
  @Max(86400)
  ahtSeconds: number;

  @ApiProperty({ example: 0.8, description: 'Share of calls to answer within targetSeconds' })
  @IsNumber()
  @Min(0)
  @Max(1)
  serviceLevelGoal: number;

  @ApiProperty({ example: 120 })
  @IsInt()
  @Min(0)
  @Max(86400)
  targetSeconds: number;

  @ApiPropertyOptional({
    type: Number,
    example: 240,
    nullable: true,
    description: 'Mean caller patience: Erlang A when set',
  })
  @IsOptional()
  @IsNumber()
  @Min(1)
  patienceSeconds?: number | null;

  @ApiPropertyOptional({ type: Number, example: 0.85, nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  @Max(1)
  maxOccupancy?: number | null;

  @ApiPropertyOptional({
    example: 0.3,
    description: 'Shrinkage for months without their own value',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(0.99)
  defaultShrinkage?: number;

  @ApiProperty({
    type: 'array',
    items: DAY_HOURS_SCHEMA,
    minItems: 7,
    maxItems: 7,
    description: 'Seven entries, Monday first: ["HH:MM", "HH:MM"] or null when closed',
    example: [
      ['08:00', '16:30'],
      ['08:00', '16:30'],
      ['08:00', '16:30'],
      ['08:00', '16:30'],
      ['08:00', '15:00'],
      null,
      null,
    ],
  })
  @IsWeekOpeningHours()
  openingHours: DayHours[];

  @ApiPropertyOptional({ type: [SpecialDayDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SpecialDayDto)
  specialDays?: SpecialDayDto[];
}

export class UpdateAnswerGroupDto extends PartialType(
  OmitType(CreateAnswerGroupDto, ['id'] as const),
) {}

export class MonthShrinkageDto {
  @ApiProperty({ example: 7, description: 'Calendar month, 1 = January' })
  @IsInt()
  @Min(1)
  @Max(12)
  month: number;

  @ApiProperty({
    example: 0.4,
    description: 'Share of paid time off the phone, 0 <= shrinkage < 1',
  })
  @IsNumber()
  @Min(0)
  @Max(0.99)
  shrinkage: number;
}

export class SetShrinkageDto {
  @ApiProperty({
    type: [MonthShrinkageDto],
    description: 'Months to set; months left out use the default',
  })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MonthShrinkageDto)
  months: MonthShrinkageDto[];
}

export class AnswerGroupDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() ahtSeconds: number;
  @ApiProperty() serviceLevelGoal: number;
  @ApiProperty() targetSeconds: number;
  @ApiProperty({ type: Number, nullable: true }) patienceSeconds: number | null;
  @ApiProperty({ type: Number, nullable: true }) maxOccupancy: number | null;
  @ApiProperty() defaultShrinkage: number;
  @ApiProperty({ type: 'array', items: DAY_HOURS_SCHEMA, minItems: 7, maxItems: 7 })
  openingHours: DayHours[];
  @ApiProperty({ type: [SpecialDayDto] }) specialDays: SpecialDayDto[];
  @ApiProperty({
    type: [Number],
    description: 'Shrinkage of each month, January first; the default where none is set',
  })
  shrinkageByMonth: number[];
}
