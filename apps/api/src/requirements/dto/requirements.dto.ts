import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Min } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN, IsLocalDate } from '../../common/validators';

export class RequirementsQueryDto {
  @ApiProperty({ example: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  forecastVersionId: number;

  @ApiPropertyOptional({
    example: 'aldre-direkt',
    description: 'One answer group; all when absent',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  answerGroupId?: string;

  @ApiProperty({ example: '2026-11-23', description: 'First local date' })
  @IsLocalDate()
  from: string;

  @ApiProperty({ example: '2026-11-29', description: 'Last local date, inclusive' })
  @IsLocalDate()
  to: string;
}

export class IntervalRequirementDto {
  @ApiProperty({ example: '2026-11-23T08:00:00+01:00' }) intervalStart: string;
  @ApiProperty({ description: 'Forecast offered calls' }) calls: number;
  @ApiProperty() ahtSeconds: number;
  @ApiProperty({ description: 'calls * AHT / interval length' }) trafficErlangs: number;
  @ApiProperty({ description: 'Agents required on the phone' }) agents: number;
  @ApiProperty({ description: 'Expected service level with that many agents' })
  serviceLevel: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Average speed of answer, seconds' })
  asaSeconds: number | null;
  @ApiProperty() occupancy: number;
  @ApiPropertyOptional({ description: 'Erlang A only: share of callers who hang up' })
  abandonRate?: number;
  @ApiProperty() shrinkage: number;
  @ApiProperty({ description: 'agents / (1 - shrinkage): agents to schedule' })
  scheduledAgents: number;
}

export class RequirementTotalsDto {
  @ApiProperty() calls: number;
  @ApiProperty({ description: 'Agent-hours on the phone' }) agentHours: number;
  @ApiProperty({ description: 'Agent-hours to schedule, shrinkage included' })
  scheduledAgentHours: number;
  @ApiProperty({ description: 'Full-time equivalents: scheduled hours / 8 per day, / 40 per week' })
  fte: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Call-weighted expected service level',
  })
  serviceLevel: number | null;
}

export class DayRequirementDto extends RequirementTotalsDto {
  @ApiProperty({ example: '2026-11-23' }) date: string;
}

export class WeekRequirementDto extends RequirementTotalsDto {
  @ApiProperty({ example: '2026-W48' }) week: string;
  @ApiProperty({ example: '2026-11-23', description: 'Monday of the week' }) weekStart: string;
}

export class GroupRequirementsDto {
  @ApiProperty() answerGroupId: string;
  @ApiProperty({ enum: ['erlang-c', 'erlang-a'] }) model: 'erlang-c' | 'erlang-a';
  @ApiProperty() serviceLevelGoal: number;
  @ApiProperty() targetSeconds: number;
  @ApiProperty({ type: [IntervalRequirementDto] }) intervals: IntervalRequirementDto[];
  @ApiProperty({ type: [DayRequirementDto] }) days: DayRequirementDto[];
  @ApiProperty({ type: [WeekRequirementDto] }) weeks: WeekRequirementDto[];
}

export class RequirementsDto {
  @ApiProperty() forecastVersionId: number;
  @ApiProperty() intervalMinutes: number;
  @ApiProperty() timezone: string;
  @ApiProperty({ description: 'Hours per FTE and week (40); per day, a fifth of it' })
  fteHoursPerWeek: number;
  @ApiProperty({ type: [GroupRequirementsDto] }) answerGroups: GroupRequirementsDto[];
  @ApiProperty({ type: RequirementTotalsDto, description: 'All groups together over the range' })
  total: RequirementTotalsDto;
}
