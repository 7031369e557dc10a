import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

/** PostgreSQL error classes that mean the request, not the server, was wrong. */
const CLIENT_ERRORS: Record<string, { status: HttpStatus; message: string }> = {
  '23505': { status: HttpStatus.CONFLICT, message: 'A record with this id already exists' },
  '23503': {
    status: HttpStatus.CONFLICT,
    message: 'The record refers to, or is referred to by, another record',
  },
  '23514': { status: HttpStatus.BAD_REQUEST, message: 'A value is outside its allowed range' },
  '22P02': { status: HttpStatus.BAD_REQUEST, message: 'A value has the wrong format' },
  '22007': { status: HttpStatus.BAD_REQUEST, message: 'A date or time has the wrong format' },
  '22008': { status: HttpStatus.BAD_REQUEST, message: 'A date or time is out of range' },
};

/**
 * A safety net behind DTO validation: a constraint the database enforces turns into 4xx with
 * the constraint's detail rather than a 500. Anything else is logged and answered 500.
 */
@Catch(QueryFailedError)
export class DatabaseErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(DatabaseErrorFilter.name);

  catch(exception: QueryFailedError, host: ArgumentsHost): void {
    const code = (exception.driverError as { code?: string }).code ?? '';
    const detail = (exception.driverError as { detail?: string }).detail;
    const known = CLIENT_ERRORS[code];
    const response = host.switchToHttp().getResponse<Response>();
    if (!known) {
      this.logger.error(exception.message, exception.stack);
      response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
        statusCode: 500,
        message: 'Internal server error',
      });
      return;
    }
    response.status(known.status).json({
      statusCode: known.status,
      message: detail ? `${known.message}: ${detail}` : known.message,
    });
  }
}
