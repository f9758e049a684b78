import { BadRequestException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';
import { formatGraphQLError } from './format-error';

const format = (error: Error) => {
  const graphQLError = new GraphQLError(error.message, { originalError: error });
  return formatGraphQLError(graphQLError.toJSON(), graphQLError);
};

describe(formatGraphQLError.name, () => {
  it('exposes a domain error with its code', () => {
    expect(format(new DomainError('THREAD_LOCKED', 'The thread is locked'))).toMatchObject({
      message: 'The thread is locked',
      extensions: { code: 'THREAD_LOCKED' },
    });
  });

  it('turns validation failures into BAD_USER_INPUT with their messages', () => {
    const error = new BadRequestException({ message: ['email must be an email'] });
    expect(format(error)).toMatchObject({
      message: 'email must be an email',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('hides the text of unexpected errors', () => {
    const formatted = format(new Error('duplicate key value violates unique constraint "x"'));
    expect(formatted).toEqual(
      expect.objectContaining({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    );
  });
});
