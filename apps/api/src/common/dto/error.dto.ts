import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({
    example: 'serviceLevelGoal',
    description: 'Path of the field, e.g. months.0.shrinkage',
  })
  field: string;

  @ApiProperty({ type: [String], example: ['serviceLevelGoal must not be greater than 1'] })
  messages: string[];
}

/** A reason a client can word in its language: a key and the values it names. */
export class ErrorDetailDto {
  @ApiProperty({
    example: 'forecastMissesWeek',
    description:
      'noHistoryBefore, noAnswerGroups, forecastMissesWeek or noAgentsForGroups; for a failed job also noRuleKeepingWeek (agent, contractMinutes) or interruptedByRestarts (attempts)',
  })
  key: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { version: 3, firstDay: '2026-11-23', lastDay: '2026-12-20', week: '2027-01-04' },
  })
  values: Record<string, string | number>;
}

/**
 * The 400 answer of every endpoint: what was wrong, field by field; a reason that is not one
 * field's (no history to learn from, a week the forecast does not cover) has a `detail` instead.
 */
export class ValidationErrorDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'Validation failed', description: 'In English' }) message: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
  @ApiPropertyOptional({ type: ErrorDetailDto }) detail?: ErrorDetailDto;
}
