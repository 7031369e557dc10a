import { AGENT_STATES, type AgentState } from '@bemanna/adherence';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ABSENCE_KINDS, type AbsenceKind } from '../../absences/absence.entity';
import { ID_MESSAGE, ID_PATTERN, IsLocalDate } from '../../common/validators';

const ACTIVITY_TYPES = ['phone', 'break', 'lunch', 'meeting', 'training', 'backoffice'] as const;

export const STATE_IMPORT_SCOPES = ['all', 'agents'] as const;
export type StateImportScope = (typeof STATE_IMPORT_SCOPES)[number];

export class ImportStatesDto {
  @ApiPropertyOptional({
    enum: STATE_IMPORT_SCOPES,
    default: 'all',
    description:
      'all: the file speaks for every agent over its period (an agent without rows was logged ' +
      'out); agents: only for the agents in it, e.g. a correction of a few',
  })
  @IsOptional()
  @IsIn(STATE_IMPORT_SCOPES)
  scope?: StateImportScope;
}

export class AgentStateImportDto {
  @ApiProperty() id: number;
  @ApiProperty() fileName: string;
  @ApiProperty() fileSha256: string;
  @ApiProperty() rowCount: number;
  @ApiProperty({ description: 'Agents whose stored states the file changed' })
  agentsChanged: number;
  @ApiProperty({ description: "Agents whose stored states already equalled the file's" })
  agentsUnchanged: number;
  @ApiProperty({ enum: STATE_IMPORT_SCOPES }) scope: StateImportScope;
  @ApiProperty({ description: 'First state start in the file (ISO 8601 with offset)' })
  coveredFrom: string;
  @ApiProperty({ description: 'Last state end in the file' }) coveredTo: string;
  @ApiProperty() createdAt: string;
}

export class AdherenceQueryDto {
  @ApiProperty({ example: '2026-11-23', description: 'First local date' })
  @IsLocalDate()
  from: string;

  @ApiProperty({ example: '2026-11-29', description: 'Last local date (inclusive)' })
  @IsLocalDate()
  to: string;

  @ApiPropertyOptional({ example: 'team-1', description: "Only this team's agents" })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  teamId?: string;
}

export class AgentDayParamsDto {
  @ApiProperty({ example: 'a-001' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  agentId: string;

  @ApiProperty({ example: '2026-11-23' })
  @IsLocalDate()
  date: string;
}

/** Minutes that add up, and the ratios they give (null when nothing was scheduled). */
export class AdherenceFiguresDto {
  @ApiProperty({ description: 'Covered minutes of published shifts, lunch included' })
  scheduledMinutes: number;
  @ApiProperty({ description: 'Of those, minutes in a state that keeps to the activity' })
  adherentMinutes: number;
  @ApiProperty() phoneScheduledMinutes: number;
  @ApiProperty({ description: 'Scheduled phone minutes ready, talking or in wrap-up' })
  phoneAdherentMinutes: number;
  @ApiProperty({ description: 'Covered scheduled minutes outside lunch' })
  paidScheduledMinutes: number;
  @ApiProperty({ description: 'Logged in and not at lunch, and breaks taken logged out' })
  workedMinutes: number;
  @ApiProperty({ description: 'Worked minutes outside any published shift' })
  unscheduledWorkMinutes: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.93 }) adherence: number | null;
  @ApiProperty({ type: Number, nullable: true }) phoneAdherence: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Worked over paid scheduled' })
  conformance: number | null;
}

export class AdherenceDayDto extends AdherenceFiguresDto {
  @ApiProperty({ example: '2026-11-23' }) date: string;
}

export class AgentAdherenceDayDto extends AdherenceDayDto {
  @ApiProperty({ description: 'Out-of-adherence spans of at least 5 minutes' })
  exceptionCount: number;
  @ApiProperty({
    enum: ABSENCE_KINDS,
    nullable: true,
    description: 'A registered absence that day: its shift is not counted',
  })
  absence: AbsenceKind | null;
}

export class AgentAdherenceDto {
  @ApiProperty() agentId: string;
  @ApiProperty() agentName: string;
  @ApiProperty({ type: String, nullable: true }) teamId: string | null;
  @ApiProperty({ type: AdherenceFiguresDto }) total: AdherenceFiguresDto;
  @ApiProperty({ type: [AgentAdherenceDayDto] }) days: AgentAdherenceDayDto[];
}

export class TeamAdherenceDto {
  @ApiProperty({ type: String, nullable: true }) teamId: string | null;
  @ApiProperty({ type: String, nullable: true }) teamName: string | null;
  @ApiProperty({ type: AdherenceFiguresDto }) total: AdherenceFiguresDto;
  @ApiProperty({ type: [AdherenceDayDto] }) days: AdherenceDayDto[];
}

export class PhoneIntervalDto {
  @ApiProperty({ description: 'Interval start, ISO 8601 with offset' }) start: string;
  @ApiProperty({ description: 'Agents scheduled on the phone (average over the interval)' })
  scheduledAgents: number;
  @ApiProperty({ description: 'Agents ready, talking or in wrap-up (average)' })
  phoneAgents: number;
}

export class DayServiceLevelDto {
  @ApiProperty({ example: '2026-11-23' }) date: string;
  @ApiProperty({ description: 'Forecast calls of the intervals the states cover wholly' })
  calls: number;
  @ApiProperty({ description: "Service level with the schedule's phone agents" })
  scheduled: number;
  @ApiProperty({ description: 'Service level with the agents who were on the phone' })
  actual: number;
}

export class WeekServiceLevelDto {
  @ApiProperty() calls: number;
  @ApiProperty({ type: Number, nullable: true }) scheduled: number | null;
  @ApiProperty({ type: Number, nullable: true }) actual: number | null;
}

export class ServiceLevelEffectDto {
  @ApiProperty({ type: [DayServiceLevelDto] }) days: DayServiceLevelDto[];
  @ApiProperty({ type: WeekServiceLevelDto }) total: WeekServiceLevelDto;
}

export class AdherenceReportDto {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: String, nullable: true }) teamId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'End of the latest imported states: adherence is known up to here',
  })
  coveredUntil: string | null;
  @ApiProperty({ type: [Number], description: 'The published versions the shifts come from' })
  scheduleVersionIds: number[];
  @ApiProperty({ type: AdherenceFiguresDto }) total: AdherenceFiguresDto;
  @ApiProperty({ type: [AdherenceDayDto] }) days: AdherenceDayDto[];
  @ApiProperty({
    type: ServiceLevelEffectDto,
    nullable: true,
    description:
      "What adherence and absence did to the service level: the forecast calls' Erlang C service " +
      'level with the phone agents scheduled and with those who were on the phone, per group and ' +
      'interval. Null for one team: the service level depends on all teams.',
  })
  serviceLevel: ServiceLevelEffectDto | null;
  @ApiProperty({ type: [TeamAdherenceDto] }) teams: TeamAdherenceDto[];
  @ApiProperty({ type: [AgentAdherenceDto] }) agents: AgentAdherenceDto[];
  @ApiProperty({ type: [PhoneIntervalDto] }) intervals: PhoneIntervalDto[];
}

export class ScheduledActivityDto {
  @ApiProperty({ enum: ACTIVITY_TYPES }) type: (typeof ACTIVITY_TYPES)[number];
  @ApiProperty() start: string;
  @ApiProperty() end: string;
}

export class AgentStateSpanDto {
  @ApiProperty({ enum: AGENT_STATES }) state: AgentState;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() start: string;
  @ApiProperty() end: string;
}

export class AdherenceExceptionDto {
  @ApiProperty() start: string;
  @ApiProperty() end: string;
  @ApiProperty() minutes: number;
  @ApiProperty({ enum: ACTIVITY_TYPES, nullable: true, description: 'null: no shift then' })
  activity: (typeof ACTIVITY_TYPES)[number] | null;
  @ApiProperty({ enum: AGENT_STATES }) state: AgentState;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export class AgentDayDetailDto {
  @ApiProperty() agentId: string;
  @ApiProperty() agentName: string;
  @ApiProperty() date: string;
  @ApiProperty({ type: Number, nullable: true }) scheduleVersionId: number | null;
  @ApiProperty({ enum: ABSENCE_KINDS, nullable: true }) absence: AbsenceKind | null;
  @ApiProperty({ type: [ScheduledActivityDto] }) activities: ScheduledActivityDto[];
  @ApiProperty({ type: [AgentStateSpanDto] }) states: AgentStateSpanDto[];
  @ApiProperty({ type: [AdherenceExceptionDto] }) exceptions: AdherenceExceptionDto[];
  @ApiProperty({ type: AdherenceFiguresDto }) figures: AdherenceFiguresDto;
  @ApiProperty({ type: String, nullable: true }) coveredUntil: string | null;
}
