import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Cursor } from '@mreza/shared/database';
import { decodeCursor } from '@mreza/shared/database';
import { DomainError } from './domain-error';

/** `first` / `after` arguments of every list; `first` is capped so no page is unbounded. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export class InvalidCursorError extends DomainError {
  constructor() {
    super('INVALID_CURSOR', 'The `after` cursor is not valid');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The decoded `after` cursor. Cursors are not signed, so a forged one is checked before it
 * reaches SQL: the id must be a UUID and, for lists ordered by time, the key a timestamp.
 */
export function cursorFrom(
  after: string | undefined,
  key: 'text' | 'timestamp' = 'text',
): Cursor | undefined {
  if (!after) return undefined;
  const cursor = decodeCursor(after);
  const valid =
    cursor !== undefined &&
    UUID.test(cursor.id) &&
    (key === 'text' || !Number.isNaN(Date.parse(cursor.key)));
  if (!valid) throw new InvalidCursorError();
  return cursor;
}
