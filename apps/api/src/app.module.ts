import fs from 'node:fs';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AbsencesModule } from './absences/absences.module';
import { AdherenceModule } from './adherence/adherence.module';
import { AgentsModule } from './agents/agents.module';
import { AnswerGroupsModule } from './answer-groups/answer-groups.module';
import { CalendarModule } from './calendar/calendar.module';
import { ConfigModule } from './config/config.module';
import { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { DemoModule } from './demo/demo.module';
import { FinanceModule } from './finance/finance.module';
import { ForecastRunsModule } from './forecast-runs/forecast-runs.module';
import { ForecastsModule } from './forecasts/forecasts.module';
import { HealthModule } from './health/health.module';
import { HistoryModule } from './history/history.module';
import { JobsModule } from './jobs/jobs.module';
import { RequirementsModule } from './requirements/requirements.module';
import { SchedulesModule } from './schedules/schedules.module';
import { TeamsModule } from './teams/teams.module';
import { WrittenQueuesModule } from './written-queues/written-queues.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The PostgreSQL to use: the configured server or the embedded one already started. */
  databaseUrl: string;
  embedded: boolean;
}

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: a Nest dynamic module is a class with a static factory
export class AppModule {
  static forRoot({ config, databaseUrl, embedded }: AppModuleOptions): DynamicModule {
    const webApp = fs.existsSync(config.webDir)
      ? [
          ServeStaticModule.forRoot({
            rootPath: config.webDir,
            // The web app's pages fall back to index.html; the API's paths never match. Not
            // `exclude`: for excluded paths the module answers every error, a malformed JSON
            // body too, with 404 "Cannot POST …" (@nestjs/serve-static 5), where Nest says 400.
            renderPath: /^\/(?!api(\/|$)|health(\/|$))/,
          }),
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          // Every route, in the path syntax of Nest 11 (the library's default, '*', is the old
          // one and logged a warning on every start).
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            // Health probes every few seconds would drown the log.
            autoLogging: { ignore: (request) => request.url === '/health' },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, embedded)),
        // Recurring work (the nightly forecast); its jobs stop when the app shuts down.
        ScheduleModule.forRoot(),
        ...webApp,
        HealthModule,
        AnswerGroupsModule,
        WrittenQueuesModule,
        TeamsModule,
        AgentsModule,
        AbsencesModule,
        CalendarModule,
        HistoryModule,
        JobsModule,
        // Before ForecastsModule: its GET /forecasts/compare must match before GET /forecasts/:id.
        ForecastRunsModule,
        ForecastsModule,
        RequirementsModule,
        SchedulesModule,
        AdherenceModule,
        FinanceModule,
        DemoModule,
      ],
    };
  }
}
