import { BadRequestException, ConflictException } from '@nestjs/common';
import type { ErrorDetail } from './error-detail';

function codedBody(
  statusCode: number,
  error: string,
  message: string,
  key: string,
  values: ErrorDetail['values'],
) {
  return { statusCode, error, message, detail: { key, values } satisfies ErrorDetail };
}

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
  return new BadRequestException(codedBody(400, 'Bad Request', message, key, values));
}

/** A 409 worded the same way: what the request asks clashes with what is stored. */
export function codedConflict(
  message: string,
  key: string,
  values: ErrorDetail['values'] = {},
): ConflictException {
  return new ConflictException(codedBody(409, 'Conflict', message, key, values));
}
