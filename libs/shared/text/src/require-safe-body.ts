import { DomainError } from '@mreza/shared/graphql';
import { MAX_BODY_LENGTH, postBodyProblem } from './markdown-body';

export class BodyTooLongError extends DomainError {
  constructor(length: number) {
    super(
      'BODY_TOO_LONG',
      `A post can be at most ${MAX_BODY_LENGTH.toLocaleString('en')} characters long`,
      { maxLength: MAX_BODY_LENGTH, length },
    );
  }
}

export class BodyEmptyError extends DomainError {
  constructor() {
    super('BODY_EMPTY', 'Write something first');
  }
}

/** Script, frames or `javascript:` links: refused rather than stored. */
export class UnsafeMarkdownError extends DomainError {
  constructor(reason: string) {
    super('UNSAFE_MARKDOWN', `The text contains ${reason}, which is not allowed`);
  }
}

/** Refuses an empty, over-long or unsafe post body, each with its own error code. */
export function requireSafeBody(body: string): void {
  const problem = postBodyProblem(body);
  if (!problem) return;
  switch (problem.kind) {
    case 'empty':
      throw new BodyEmptyError();
    case 'too-long':
      throw new BodyTooLongError(problem.length);
    case 'unsafe':
      throw new UnsafeMarkdownError(problem.reason);
  }
}
