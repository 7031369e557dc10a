import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
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
  ValidateNested,
} from 'class-validator';
import { ID_MESSAGE, ID_PATTERN, IsLocalDate } from '../../common/validators';

/** What an agent would like of the schedule, honoured after service level and fairness. */
export class AgentPreferencesDto {
  @ApiPropertyOptional({
    type: [Number],
    example: [4],
    description: 'Weekdays the agent would rather have off, 0 = Monday ... 6 = Sunday',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  daysOff?: number[];

  @ApiPropertyOptional({ enum: ['early', 'late'], description: 'Rather start early or end late' })
  @IsOptional()
  @IsIn(['early', 'late'])
  shiftTime?: 'early' | 'late';
}

export class CreateAgentDto {
  @ApiProperty({ example: 'a-001' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id: string;

  @ApiProperty({ example: 'Anna Andersson' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'team-1' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  teamId?: string | null;

  @ApiProperty({ example: 2400, description: 'Paid minutes per week by contract (2,400 = 40 h)' })
  @IsInt()
  @Min(0)
  @Max(10080)
  contractMinutesPerWeek: number;

  @ApiProperty({ example: 100, description: 'Employment percentage (sysselsättningsgrad), 0..100' })
  @IsNumber()
  @Min(0)
  @Max(100)
  employmentPercent: number;

  @ApiProperty({ example: '2024-01-01', description: 'First day of employment' })
  @IsLocalDate()
  startDate: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-31' })
  @IsOptional()
  @IsLocalDate()
  endDate?: string | null;

  @ApiProperty({
    type: [String],
    example: ['bygglov'],
    description: 'Answer groups the agent can take',
  })
  @IsArray()
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  skills: string[];

  @ApiPropertyOptional({ type: AgentPreferencesDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgentPreferencesDto)
  preferences?: AgentPreferencesDto | null;
}

export class UpdateAgentDto extends PartialType(OmitType(CreateAgentDto, ['id'] as const)) {}

export class AgentDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) teamId: string | null;
  @ApiProperty() contractMinutesPerWeek: number;
  @ApiProperty() employmentPercent: number;
  @ApiProperty() startDate: string;
  @ApiProperty({ type: String, nullable: true }) endDate: string | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: AgentPreferencesDto, nullable: true })
  preferences: AgentPreferencesDto | null;
}
