import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** One rejected field: its path in the request (`openingHours.2`) and what was wrong. */
export interface FieldError {
  field: string;
  messages: string[];
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** 400 with every field at fault, as the global validation pipe answers. */
export function fieldErrors(message: string, errors: FieldError[]): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message, errors });
}

/** A library's JSON path (`$.agents[3].skills`) as the request field `scenario.agents[3].skills`. */
export function pathField(prefix: string, path: string): string {
  return `${prefix}${path.replace(/^\$/, '')}`;
}

/**
 * The global pipe: unknown fields are rejected, values converted to the DTO's types, and a
 * bad request answers 400 with every field at fault.
 */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => fieldErrors('Validation failed', flatten(errors)),
  });
}
