import { ClosedDayDto } from '../../calendar/dto/closed-day.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RULE_DETAIL_TEXTS, type RuleDetailKey } from '@bemanna/schedule';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AbsenceDto } from '../../absences/dto/absence.dto';
import { ID_MESSAGE, ID_PATTERN, IsLocalDate } from '../../common/validators';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const CLOCK_MESSAGE = '$property must be a local time HH:MM';
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_MESSAGE = '$property must be ISO 8601 with offset, e.g. 2026-11-23T08:00:00+01:00';
export const ACTIVITY_TYPES = [
  'phone',
  'break',
  'lunch',
  'meeting',
  'training',
  'backoffice',
] as const;
export const EDIT_TYPES = ['move', 'resize', 'swap', 'changeActivity', 'remove', 'add'] as const;

/**
 * Working-time rules (see DEFAULT_RULES). In a request each is optional: left out, it is the
 * centre's (`/api/schedule-rules`), else the default. In an answer every one is given.
 */
export class ScheduleRulesDto {
  @ApiPropertyOptional({ type: [Number], example: [360, 420, 480, 510] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsInt({ each: true })
  @Min(15, { each: true })
  @Max(1440, { each: true })
  shiftLengthsMinutes?: number[];

  @ApiPropertyOptional({ example: 15 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(240)
  startGranularityMinutes?: number;

  @ApiPropertyOptional({ example: '07:00' })
  @IsOptional()
  @Matches(CLOCK, { message: CLOCK_MESSAGE })
  earliestStart?: string;

  @ApiPropertyOptional({ example: '18:00' })
  @IsOptional()
  @Matches(CLOCK, { message: CLOCK_MESSAGE })
  latestEnd?: string;

  @ApiPropertyOptional({ example: 30, description: 'Unpaid lunch' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  lunchMinutes?: number;

  @ApiPropertyOptional({ example: 300 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  lunchRequiredAboveMinutes?: number;

  @ApiPropertyOptional({ example: 15, description: 'Each paid break' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  breakMinutes?: number;

  @ApiPropertyOptional({ example: 300 })
  @IsOptional()
  @IsInt()
  @Min(60)
  @Max(1440)
  maxWorkWithoutBreakMinutes?: number;

  @ApiPropertyOptional({
    example: 60,
    description: 'Shortest stretch of work before, between and after breaks and lunch',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(300)
  minWorkBetweenBreaksMinutes?: number;

  @ApiPropertyOptional({ example: 660 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  minDailyRestMinutes?: number;

  @ApiPropertyOptional({ example: 2160 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10080)
  minWeeklyRestMinutes?: number;

  @ApiPropertyOptional({ example: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7)
  maxDaysPerWeek?: number;

  @ApiPropertyOptional({ example: 60 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2400)
  contractToleranceMinutes?: number;
}

/** The centre's working-time rules, the defaults, and which rules the planner changed. */
export class ScheduleRulesViewDto {
  @ApiProperty({ type: ScheduleRulesDto, description: 'The rules a generated week keeps' })
  rules: ScheduleRulesDto;
  @ApiProperty({ type: ScheduleRulesDto, description: "Bemanna's defaults" })
  defaults: ScheduleRulesDto;
  @ApiProperty({ type: [String], description: 'Rules that differ from the defaults' })
  changed: string[];
}

export class GenerateScheduleDto {
  @ApiProperty({ example: '2026-11-23', description: 'Local date of the Monday' })
  @IsLocalDate()
  weekStart: string;

  @ApiProperty({ example: 1, description: 'Forecast version whose calls the week is planned for' })
  @IsInt()
  @Min(1)
  forecastVersionId: number;

  @ApiPropertyOptional({
    type: [String],
    example: ['aldre-direkt'],
    description: 'Answer groups to plan; all when absent. Agents come with skills in these.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  answerGroupIds?: string[];

  @ApiPropertyOptional({ example: 'Vecka 48, förslag 1' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: ScheduleRulesDto, description: 'Overrides of the default rules' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleRulesDto)
  rules?: ScheduleRulesDto;

  @ApiPropertyOptional({
    example: 60,
    default: 60,
    description: 'Weekly team meeting per team (0: none)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  teamMeetingMinutes?: number;

  @ApiPropertyOptional({
    example: 45,
    default: 45,
    description:
      'Time budget of the optimiser, seconds: the staffing bound gets up to 85% of it; of what is left after construction, team meetings get up to 5% of the budget, the day MIPs that re-place pauses half and the local search the rest',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  timeLimitSeconds?: number;

  @ApiPropertyOptional({
    example: 1,
    description: 'Seed: the same inputs and seed give the same schedule',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number;
}

export class SchedulesQueryDto {
  @ApiPropertyOptional({ example: '2026-11-23', description: 'Only versions of this week' })
  @IsOptional()
  @IsLocalDate()
  weekStart?: string;
}

export class ScheduleEditDto {
  @ApiProperty({ enum: EDIT_TYPES })
  @IsIn(EDIT_TYPES)
  type: (typeof EDIT_TYPES)[number];

  @ApiProperty({ example: 'a-001' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  agentId: string;

  @ApiProperty({ example: '2026-11-23', description: 'Local date the shift starts' })
  @IsLocalDate()
  date: string;

  @ApiPropertyOptional({
    example: '2026-11-23T09:00:00+01:00',
    description: 'move: new shift start; resize: new start; changeActivity and add: start',
  })
  @ValidateIf(
    (edit: ScheduleEditDto) =>
      edit.type === 'move' ||
      edit.type === 'changeActivity' ||
      edit.type === 'add' ||
      edit.start !== undefined,
  )
  @Matches(ISO_WITH_OFFSET, { message: ISO_MESSAGE })
  start?: string;

  @ApiPropertyOptional({
    example: '2026-11-23T17:00:00+01:00',
    description: 'resize: new end; changeActivity and add: end',
  })
  @ValidateIf(
    (edit: ScheduleEditDto) =>
      edit.type === 'changeActivity' || edit.type === 'add' || edit.end !== undefined,
  )
  @Matches(ISO_WITH_OFFSET, { message: ISO_MESSAGE })
  end?: string;

  @ApiPropertyOptional({ example: 'a-002', description: 'swap: the other agent' })
  @ValidateIf((edit: ScheduleEditDto) => edit.type === 'swap')
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  otherAgentId?: string;

  @ApiPropertyOptional({ enum: ACTIVITY_TYPES, description: 'changeActivity: the new activity' })
  @ValidateIf((edit: ScheduleEditDto) => edit.type === 'changeActivity')
  @IsIn(ACTIVITY_TYPES)
  activity?: (typeof ACTIVITY_TYPES)[number];

  @ApiPropertyOptional({ example: 'bygglov', description: 'changeActivity to phone: the group' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  answerGroup?: string;

  @ApiPropertyOptional({
    example: 'epost',
    description: 'changeActivity to backoffice: the written queue worked, if any',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  writtenQueue?: string;

  @ApiPropertyOptional({
    description: 'add: paid beyond the contract (mertid or övertid), outside its minutes',
  })
  @IsOptional()
  @IsBoolean()
  overtime?: boolean;
}

export class ScheduleEditsDto {
  @ApiProperty({ type: [ScheduleEditDto], description: 'Applied in order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ScheduleEditDto)
  edits: ScheduleEditDto[];
}

/** Who could cover a day: on the version as the planner's unsaved edits leave it. */
export class CoverRequestDto {
  @ApiProperty({ example: '2026-11-24', description: 'Local date of the planning week' })
  @IsLocalDate()
  date: string;

  @ApiPropertyOptional({ type: [ScheduleEditDto], description: 'Unsaved edits, applied first' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ScheduleEditDto)
  edits?: ScheduleEditDto[];
}

export class CoverOptionDto {
  @ApiProperty({ example: 'a-007' }) agentId: string;
  @ApiProperty({ example: '2026-11-24T08:00:00+01:00' }) start: string;
  @ApiProperty({ example: '2026-11-24T16:30:00+01:00' }) end: string;
  @ApiProperty({ description: 'Calls answered within the target that the shift adds' })
  answeredGain: number;
  @ApiProperty({ description: 'Change of the weekly service level the shift brings, 0..1' })
  serviceLevelGain: number;
}

export class SaveScheduleDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'The whole edited schedule ({ shifts }); or give `edits` instead',
  })
  @ValidateIf((dto: SaveScheduleDto) => dto.edits === undefined)
  @IsObject({ message: 'schedule must be an object { shifts: [...] } (or give edits instead)' })
  schedule?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [ScheduleEditDto], description: 'Edits to apply to this version' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ScheduleEditDto)
  edits?: ScheduleEditDto[];

  @ApiPropertyOptional({ description: 'Save even though hard rules are broken', default: false })
  @IsOptional()
  @IsBoolean()
  force?: boolean;

  @ApiPropertyOptional({ example: 'Bytt pass mellan Anna och Karin' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @ApiPropertyOptional({ example: 'Vecka 48, justerad' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}

export class SaveWithAbsencesDto {
  @ApiPropertyOptional({
    example: 'Vecka 47 (med frånvaro)',
    description: 'Default "<name> (absences)"',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}

export class RuleDetailDto {
  @ApiProperty({
    enum: Object.keys(RULE_DETAIL_TEXTS),
    example: 'dailyRest',
    description: 'What broke the rule; `message` is its English wording',
  })
  key: RuleDetailKey;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { rest: 600, min: 660 },
  })
  values: Record<string, string | number>;
}

export class BrokenRuleDto {
  @ApiProperty({ example: 'dailyRest', description: 'The rule broken' }) rule: string;
  @ApiPropertyOptional() agentId?: string;
  @ApiPropertyOptional({ example: '$.shifts[3].activities[1]' }) path?: string;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ type: RuleDetailDto }) detail?: RuleDetailDto;
}

export class ServiceSummaryDto {
  @ApiProperty() calls: number;
  @ApiProperty({ description: 'Call-weighted service level, 0..1' }) serviceLevel: number;
  @ApiProperty() intervalsBelowGoal: number;
}

export class GroupServiceDto {
  @ApiProperty({ description: 'Answer group id' }) answerGroup: string;
  @ApiProperty({ type: ServiceSummaryDto }) week: ServiceSummaryDto;
}

export class DayServiceDto extends ServiceSummaryDto {
  @ApiProperty({ example: '2026-11-23' }) date: string;
}

export class WrittenQueueServiceDto {
  @ApiProperty({ example: 'epost' }) writtenQueue: string;
  @ApiProperty({ example: 'E-post och webbformulär' }) name: string;
  @ApiProperty({ description: 'Cases due this week' }) casesDue: number;
  @ApiProperty() answeredInTime: number;
  @ApiProperty({ description: 'answeredInTime / casesDue, 1 when none is due' })
  shareInTime: number;
}

export class ScheduleStatsDto {
  @ApiPropertyOptional() seconds?: number;
  @ApiPropertyOptional() lpStatus?: string;
  @ApiPropertyOptional() moves?: number;
  @ApiPropertyOptional({ description: 'Traditional 08:00-16:30 schedule on the same week' })
  traditionalServiceLevel?: number;
}

export class ScheduleVersionSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() weekStart: string;
  @ApiProperty({ enum: ['draft', 'published', 'superseded'] }) status: string;
  @ApiProperty({ type: Number, nullable: true }) forecastVersionId: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Version this one was edited from' })
  derivedFromId: number | null;
  @ApiProperty({ type: Number, nullable: true }) jobId: number | null;
  @ApiProperty({ description: 'Weekly call-weighted service level' }) serviceLevel: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Upper bound on the service level' })
  bound: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '(bound - achieved) / bound' })
  gap: number | null;
  @ApiProperty({ description: 'Hard rules broken (only after a forced save)' })
  brokenRules: number;
  @ApiProperty({
    type: [GroupServiceDto],
    description: "Each answer group's weekly service level, from the report",
  })
  answerGroups: GroupServiceDto[];
  @ApiProperty({
    type: [WrittenQueueServiceDto],
    description: "Each written queue's cases answered in time, from the report",
  })
  writtenQueues: WrittenQueueServiceDto[];
  @ApiProperty({ type: ScheduleStatsDto, nullable: true }) stats: ScheduleStatsDto | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) publishedAt: string | null;
}

export class ScheduleVersionDto extends ScheduleVersionSummaryDto {
  @ApiProperty({
    type: [ClosedDayDto],
    description:
      "The week's public holidays and eves that are days off, by the configured country's calendar: closed unless a group's special days open them, contracts a fifth shorter for each on a weekday",
  })
  closedDays: ClosedDayDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The scenario (CONTRACT.md section 3) the week was planned for',
  })
  scenario: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: '{ shifts: [{ agentId, start, end, activities }] }',
  })
  schedule: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The evaluation report: service level per group, interval, day and week; broken rules',
  })
  report: Record<string, unknown>;
}

/** A written queue's cases answered in time before and after a change to the shifts. */
export class WrittenQueueChangeDto {
  @ApiProperty({ example: 'epost' }) writtenQueue: string;
  @ApiProperty({ description: 'Cases due this week' }) casesDue: number;
  @ApiProperty() answeredInTimeBefore: number;
  @ApiProperty() answeredInTimeAfter: number;
  @ApiProperty({ description: 'Share of the cases due answered in time, 0..1' })
  shareInTimeBefore: number;
  @ApiProperty() shareInTimeAfter: number;
}

/** A version's weekly and daily service level before and after a change to its shifts. */
export class ServiceChangeDto {
  @ApiProperty({ type: ServiceSummaryDto }) before: ServiceSummaryDto;
  @ApiProperty({ type: ServiceSummaryDto }) after: ServiceSummaryDto;
  @ApiProperty({ description: 'after - before, weekly service level' })
  serviceLevelChange: number;
  @ApiProperty({ type: [DayServiceDto] }) daysBefore: DayServiceDto[];
  @ApiProperty({ type: [DayServiceDto] }) daysAfter: DayServiceDto[];
  @ApiProperty({
    type: [WrittenQueueChangeDto],
    description: "Each written queue's cases in time before and after",
  })
  writtenQueues: WrittenQueueChangeDto[];
}

export class EditCheckDto extends ServiceChangeDto {
  @ApiProperty({ description: 'True when no hard rule is broken' }) valid: boolean;
  @ApiProperty({ type: [BrokenRuleDto], description: 'Every rule the edited schedule breaks' })
  brokenRules: BrokenRuleDto[];
  @ApiProperty({ type: [String], description: 'Names of the rules broken, each once' })
  rulesBroken: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The edited schedule' })
  schedule: Record<string, unknown>;
}

export class LostShiftDto {
  @ApiProperty({ example: '2026-11-23' }) date: string;
  @ApiProperty({ example: '2026-11-23T08:00:00+01:00' }) start: string;
  @ApiProperty({ example: '2026-11-23T16:30:00+01:00' }) end: string;
}

export class AbsenceLossDto extends AbsenceDto {
  @ApiProperty({ type: [LostShiftDto], description: "The version's shifts on the days away" })
  lostShifts: LostShiftDto[];
}

/**
 * What registered absences do to a version: the shifts of agents away on their days (sick
 * leave after the week was planned) are lost, and the service level falls accordingly.
 */
export class AbsenceImpactDto extends ServiceChangeDto {
  @ApiProperty({ type: [AbsenceLossDto], description: 'Absences that take shifts, by start' })
  absences: AbsenceLossDto[];
}

export class PublishScheduleDto {
  @ApiPropertyOptional({
    description: 'Publish even though the daily rest breaks against the published weeks around it',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}
