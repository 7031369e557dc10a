import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN, IsLocalDate } from '../../common/validators';
import { ABSENCE_KINDS, type AbsenceKind } from '../absence.entity';

export class CreateAbsenceDto {
  @ApiProperty({ example: 'a-001' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  agentId: string;

  @ApiProperty({ enum: ABSENCE_KINDS, example: 'sick' })
  @IsIn(ABSENCE_KINDS)
  kind: AbsenceKind;

  @ApiProperty({ example: '2026-11-23', description: 'First day away' })
  @IsLocalDate()
  fromDate: string;

  @ApiProperty({ example: '2026-11-24', description: 'Last day away (inclusive)' })
  @IsLocalDate()
  toDate: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Friskanmälan väntas onsdag' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

/** Sick leave ends early or runs on: dates, kind and note may change, the agent may not. */
export class UpdateAbsenceDto extends PartialType(OmitType(CreateAbsenceDto, ['agentId'])) {}

export class AbsencesQueryDto {
  @ApiPropertyOptional({ example: '2026-11-23', description: 'Absences ending on or after' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-29', description: 'Absences starting on or before' })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @ApiPropertyOptional({ example: 'a-001' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  agentId?: string;
}

export class AbsenceDto {
  @ApiProperty() id: number;
  @ApiProperty() agentId: string;
  @ApiProperty({ example: 'Anna Andersson' }) agentName: string;
  @ApiProperty({ type: String, nullable: true }) teamId: string | null;
  @ApiProperty({ enum: ABSENCE_KINDS }) kind: AbsenceKind;
  @ApiProperty({ example: '2026-11-23' }) fromDate: string;
  @ApiProperty({ example: '2026-11-24' }) toDate: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() createdAt: string;
}
