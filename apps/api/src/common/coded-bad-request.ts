import { BadRequestException } from '@nestjs/common';
import type { ErrorDetail } from './error-detail';

/**
 * A 400 a planner can meet in normal use (a forecast before any history, a schedule for a week
 * the forecast does not cover): the English `message`, and a `detail` key with values that the
 * web app words in the user's language (its `apiErrors.*` texts).
 */
export function codedBadRequest(
  message: string,
  key: string,
  values: ErrorDetail['values'] = {},
): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message,
    detail: { key, values } satisfies ErrorDetail,
  });
}
