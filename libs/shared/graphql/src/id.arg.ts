import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { BadInputError } from './domain-error';

/** An `ID!` argument that must be a UUID, refused as BAD_USER_INPUT before any query runs. */
export const IdArg = (name = 'id') =>
  Args(
    name,
    { type: () => ID },
    new ParseUUIDPipe({ exceptionFactory: () => new BadInputError(`${name} is not a valid id`) }),
  );
