import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ID_MESSAGE, ID_PATTERN, IsLocalDate } from '../../common/validators';

const INTRADAY_MINUTES = [5, 6, 10, 15, 30, 60] as const;

export class CreateSeasonalMeanForecastDto {
  @ApiPropertyOptional({ example: 'Vecka 49, medel av 8 veckor' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiProperty({ example: '2026-11-23', description: 'First local date to forecast' })
  @IsLocalDate()
  from: string;

  @ApiProperty({ example: 14, description: 'Whole local days to forecast' })
  @IsInt()
  @Min(1)
  @Max(400)
  days: number;

  @ApiPropertyOptional({ example: 8, description: 'Weeks of history before `from` to average' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  weeks?: number;

  @ApiPropertyOptional({ example: 15, enum: INTRADAY_MINUTES })
  @IsOptional()
  @IsIn(INTRADAY_MINUTES)
  intervalMinutes?: number;
}

export class ImportForecastDto {
  @ApiProperty({ example: 'Budget 2027' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    example: 'import',
    description: 'Method that made the numbers, for the record',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  method?: string;
}

export class ForecastIntervalsQueryDto {
  @ApiProperty({ example: 'aldre-direkt' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  answerGroupId: string;

  @ApiProperty({ example: '2026-11-23' })
  @IsLocalDate()
  from: string;

  @ApiProperty({ example: '2026-11-29', description: 'Last local date, inclusive' })
  @IsLocalDate()
  to: string;
}

export class BacktestAccuracyDto {
  @ApiProperty() answerGroupId: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'sum |forecast - actual| / sum actual',
  })
  wape: number | null;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
}

export class ForecastVersionDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'seasonal-mean' }) method: string;
  @ApiProperty() intervalMinutes: number;
  @ApiProperty() firstDay: string;
  @ApiProperty() lastDay: string;
  @ApiProperty({ type: [BacktestAccuracyDto] }) accuracy: BacktestAccuracyDto[];
  @ApiProperty() createdAt: string;
}

export class ForecastIntervalDto {
  @ApiProperty({ example: '2026-11-23T08:00:00+01:00' }) intervalStart: string;
  @ApiProperty() calls: number;
  @ApiProperty({ type: Number, nullable: true }) ahtSeconds: number | null;
}
