import { DataSourceOptions } from 'typeorm';
import { Absence } from '../absences/absence.entity';
import { AgentStateSpan } from '../adherence/agent-state.entity';
import { AgentStateImport } from '../adherence/agent-state-import.entity';
import { Agent } from '../agents/agent.entity';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { AnswerGroupShrinkage } from '../answer-groups/answer-group-shrinkage.entity';
import { FinanceScenario } from '../finance/finance-scenario.entity';
import { ForecastInterval } from '../forecasts/forecast-interval.entity';
import { ForecastVersion } from '../forecasts/forecast-version.entity';
import { HistoryImport } from '../history/history-import.entity';
import { HistoryInterval } from '../history/history-interval.entity';
import { ImportProfile } from '../history/import-profile.entity';
import { Team } from '../teams/team.entity';
import { Unit } from '../teams/unit.entity';
import { Job } from '../jobs/job.entity';
import { ScheduleRulesSetting } from '../schedules/schedule-rules.entity';
import { ScheduleVersion } from '../schedules/schedule-version.entity';
import { InitialSchema1763900000000 } from './migrations/1763900000000-initial-schema';
import { JobsForecastRunsSchedules1764000000000 } from './migrations/1764000000000-jobs-forecast-runs-schedules';
import { JobStep1764100000000 } from './migrations/1764100000000-job-step';
import { JobErrorDetail1764200000000 } from './migrations/1764200000000-job-error-detail';
import { Absences1764300000000 } from './migrations/1764300000000-absences';
import { AgentPreferences1764400000000 } from './migrations/1764400000000-agent-preferences';
import { ScheduleRules1764500000000 } from './migrations/1764500000000-schedule-rules';
import { JobCancelled1764600000000 } from './migrations/1764600000000-job-cancelled';
import { AgentStates1764700000000 } from './migrations/1764700000000-agent-states';
import { FinanceScenarios1764800000000 } from './migrations/1764800000000-finance-scenarios';
import { AgentStateImportScope1764900000000 } from './migrations/1764900000000-agent-state-import-scope';
import { WrittenQueues1765000000000 } from './migrations/1765000000000-written-queues';
import { WrittenQueueDays1765100000000 } from './migrations/1765100000000-written-queue-days';
import { WrittenQueueDay } from '../written-queues/written-queue-day.entity';
import { WrittenQueue } from '../written-queues/written-queue.entity';

export const ENTITIES = [
  AnswerGroup,
  AnswerGroupShrinkage,
  Unit,
  Team,
  Agent,
  Absence,
  ImportProfile,
  HistoryImport,
  HistoryInterval,
  ForecastVersion,
  ForecastInterval,
  Job,
  ScheduleVersion,
  ScheduleRulesSetting,
  AgentStateImport,
  AgentStateSpan,
  FinanceScenario,
  WrittenQueue,
  WrittenQueueDay,
];

export const MIGRATIONS = [
  InitialSchema1763900000000,
  JobsForecastRunsSchedules1764000000000,
  JobStep1764100000000,
  JobErrorDetail1764200000000,
  Absences1764300000000,
  AgentPreferences1764400000000,
  ScheduleRules1764500000000,
  JobCancelled1764600000000,
  AgentStates1764700000000,
  FinanceScenarios1764800000000,
  AgentStateImportScope1764900000000,
  WrittenQueues1765000000000,
  WrittenQueueDays1765100000000,
];

/**
 * TypeORM over `pg` for both a real server and the embedded one. The schema comes only from
 * migrations, run on start; `synchronize` stays off.
 */
export function dataSourceOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // The embedded PGlite is a single backend: one connection, so transactions stay whole.
    extra: { max: embedded ? 1 : 10 },
  };
}
