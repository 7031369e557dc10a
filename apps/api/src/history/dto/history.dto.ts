import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
  ValidateIf,
} from 'class-validator';
import { IsLocalDate, ID_MESSAGE, ID_PATTERN } from '../../common/validators';
import { IMPORT_ERROR_TEXTS, type ImportErrorKey } from '../import-errors';
import { IsTimeZone } from '../../common/time-zone.validator';
import { INTERVAL_MINUTES } from '../interval-length';

export class ImportHistoryDto {
  @ApiPropertyOptional({
    description: 'Saved import profile for a mapped layout; format A when absent',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  profileId?: number;

  @ApiPropertyOptional({
    enum: INTERVAL_MINUTES,
    description: 'Interval length; by default the smallest step between rows (1440 for whole days)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsIn(INTERVAL_MINUTES)
  intervalMinutes?: number;
}

/** What is wrong with a row, as a key with values for a client to word in its language. */
export class RowErrorDetailDto {
  @ApiProperty({
    enum: Object.keys(IMPORT_ERROR_TEXTS),
    example: 'notNumber',
    description: 'What is wrong; `message` is its English wording',
  })
  key: ImportErrorKey;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { value: '12,x', example: '12,5' },
    description: 'The values the message names (the cell as written, a column, a line, minutes)',
  })
  values?: Record<string, string | number>;
}

export class RowErrorDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Line in the file (1 = header); null for the whole file',
  })
  line: number | null;
  @ApiProperty({ example: 'offered' }) field: string;
  @ApiProperty({ description: 'What is wrong, in English' }) message: string;
  @ApiProperty({ type: RowErrorDetailDto }) detail: RowErrorDetailDto;
}

export class ImportRejectedDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty() message: string;
  @ApiProperty({ description: 'Bad rows found, including those not listed' }) errorCount: number;
  @ApiProperty({ type: [RowErrorDto] }) errors: RowErrorDto[];
}

export class HistoryImportDto {
  @ApiProperty() id: number;
  @ApiProperty() fileName: string;
  @ApiProperty() fileSha256: string;
  @ApiProperty({ type: Number, nullable: true }) profileId: number | null;
  @ApiProperty() intervalMinutes: number;
  @ApiProperty() rowCount: number;
  @ApiProperty({ description: 'Intervals new to the database' }) inserted: number;
  @ApiProperty({ description: 'Stored intervals this file corrected' }) updated: number;
  @ApiProperty({ description: 'Intervals already stored with the same values' }) unchanged: number;
  @ApiProperty({ type: String, nullable: true }) firstIntervalStart: string | null;
  @ApiProperty({ type: String, nullable: true }) lastIntervalStart: string | null;
  @ApiProperty() createdAt: string;
}

export class ImportColumnsDto {
  @ApiPropertyOptional({
    example: 'Intervall',
    description: 'Timestamp column; or give date and time',
  })
  @ValidateIf((columns: ImportColumnsDto) => !columns.date || !columns.time)
  @IsString()
  @MinLength(1)
  intervalStart?: string;

  @ApiPropertyOptional({ example: 'Datum' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  date?: string;

  @ApiPropertyOptional({ example: 'Tid' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  time?: string;

  @ApiProperty({ example: 'Kö' })
  @IsString()
  @MinLength(1)
  answerGroup: string;

  @ApiProperty({ example: 'Inkommande' })
  @IsString()
  @MinLength(1)
  offered: string;

  @ApiPropertyOptional({ example: 'Besvarade' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  answered?: string;

  @ApiPropertyOptional({ example: 'Besvarade inom SL' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  answeredWithinTarget?: string;

  @ApiPropertyOptional({ example: 'Tappade' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  abandoned?: string;

  @ApiPropertyOptional({
    example: 'Snitt hanteringstid',
    description: 'Seconds, or m:ss / h:mm:ss',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  ahtSeconds?: string;
}

export const IMPORT_SOURCES = [
  'CallGuide',
  'Artvise',
  'Telia ACE',
  'Genesys',
  'Puzzel',
  'other',
] as const;

export class CreateImportProfileDto {
  @ApiProperty({ example: 'CallGuide kvartsrapport' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: IMPORT_SOURCES })
  @IsIn(IMPORT_SOURCES)
  source: string;

  @ApiProperty({ example: ';', enum: [',', ';', '\t', '|'] })
  @IsIn([',', ';', '\t', '|'])
  delimiter: string;

  @ApiProperty({ example: true, description: 'Numbers written 12,5' })
  @IsBoolean()
  decimalComma: boolean;

  @ApiProperty({
    example: 'YYYY-MM-DD HH:mm',
    description:
      'Pattern of local timestamps (tokens YYYY MM DD HH mm ss); with date and time columns, of the two joined by a space',
  })
  @IsString()
  @Matches(/YYYY/, { message: 'timestampFormat must contain YYYY, MM, DD, HH and mm' })
  @Matches(/MM/, { message: 'timestampFormat must contain YYYY, MM, DD, HH and mm' })
  @Matches(/DD/, { message: 'timestampFormat must contain YYYY, MM, DD, HH and mm' })
  @Matches(/HH/, { message: 'timestampFormat must contain YYYY, MM, DD, HH and mm' })
  @Matches(/mm/, { message: 'timestampFormat must contain YYYY, MM, DD, HH and mm' })
  timestampFormat: string;

  @ApiProperty({ example: 'Europe/Stockholm', description: 'Zone of local times without offset' })
  @IsTimeZone()
  timezone: string;

  @ApiProperty({ type: ImportColumnsDto })
  @ValidateNested()
  @Type(() => ImportColumnsDto)
  columns: ImportColumnsDto;
}

export class ImportProfileDto extends CreateImportProfileDto {
  @ApiProperty() id: number;
}

export class HistoryQueryDto {
  @ApiProperty({ example: 'aldre-direkt' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  answerGroupId: string;

  @ApiProperty({ example: '2025-10-26', description: 'First local date' })
  @IsLocalDate()
  from: string;

  @ApiProperty({ example: '2025-10-26', description: 'Last local date, inclusive' })
  @IsLocalDate()
  to: string;
}

export class HistoryIntervalDto {
  @ApiProperty({ example: '2025-10-26T02:15:00+01:00', description: 'Local time with offset' })
  intervalStart: string;
  @ApiProperty() intervalMinutes: number;
  @ApiProperty() offered: number;
  @ApiProperty({ type: Number, nullable: true }) answered: number | null;
  @ApiProperty({ type: Number, nullable: true }) answeredWithinTarget: number | null;
  @ApiProperty({ type: Number, nullable: true }) abandoned: number | null;
  @ApiProperty({ type: Number, nullable: true }) ahtSeconds: number | null;
}
