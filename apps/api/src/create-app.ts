import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { DatabaseErrorFilter } from './common/database-error.filter';
import { validationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres';

/** Room for a large centre's week (several thousand shifts) in one request. */
const JSON_BODY_LIMIT = '20mb';

export interface RunningApp {
  app: INestApplication;
  /** Closes the app, then the embedded PostgreSQL if one was started. */
  close(): Promise<void>;
}

/** Routes under /api, validation, error mapping and the OpenAPI page: shared by main and tests. */
export function configureApp(app: INestApplication): void {
  // A whole week's schedule saved as JSON is about 0.5 MB for the demo centre's 90 agents;
  // Express's default limit (100 kB) refused it with 413.
  (app as NestExpressApplication).useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.setGlobalPrefix('api', { exclude: ['health'] });
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new DatabaseErrorFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Bemanna API')
      .setDescription(
        'Workforce management for Swedish municipal contact centres: answer groups, agents, ' +
          'interval history, forecasts and staffing requirements.',
      )
      .setVersion('0.1.0')
      .build(),
  );
  // The web app generates its typed client from /api/docs-json.
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/**
 * Builds the API on the configured PostgreSQL, or on an embedded one when no DATABASE_URL is
 * set. Migrations run while the app initialises.
 */
export async function createApp(config: AppConfig): Promise<RunningApp> {
  let embedded: EmbeddedPostgres | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir);
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedPostgres).url;
  try {
    const app = await NestFactory.create(
      AppModule.forRoot({ config, databaseUrl, embedded: !!embedded }),
      {
        bufferLogs: true,
      },
    );
    app.useLogger(app.get(Logger));
    configureApp(app);
    await app.init();
    return {
      app,
      async close() {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
