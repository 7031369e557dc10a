import { ApiProperty } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({
    example: 'serviceLevelGoal',
    description: 'Path of the field, e.g. months.0.shrinkage',
  })
  field: string;

  @ApiProperty({ type: [String], example: ['serviceLevelGoal must not be greater than 1'] })
  messages: string[];
}

/** The 400 answer of every endpoint: what was wrong, field by field. */
export class ValidationErrorDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'Validation failed' }) message: string;
  @ApiProperty({ type: [FieldErrorDto] }) errors: FieldErrorDto[];
}
