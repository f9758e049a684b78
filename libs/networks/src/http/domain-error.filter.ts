import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@mreza/shared/graphql';

const statusOf = (code: string): number => {
  if (code === 'UNAUTHENTICATED') return HttpStatus.UNAUTHORIZED;
  if (code === 'FORBIDDEN') return HttpStatus.FORBIDDEN;
  if (code === 'BAD_USER_INPUT') return HttpStatus.BAD_REQUEST;
  if (code.endsWith('NOT_FOUND')) return HttpStatus.NOT_FOUND;
  return HttpStatus.CONFLICT;
};

/** Domain errors on plain HTTP routes: a status and `{ code, message }`, as GraphQL gives them. */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(statusOf(error.code))
      // The route may have set text/csv before failing.
      .type('application/json')
      .json({ code: error.code, message: error.message });
  }
}
