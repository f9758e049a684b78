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

/** The decoded `after` cursor; a cursor this server did not make is a clear input error. */
export function cursorFrom(after: string | undefined): Cursor | undefined {
  if (!after) return undefined;
  const cursor = decodeCursor(after);
  if (!cursor) throw new DomainError('INVALID_CURSOR', 'The `after` cursor is not valid');
  return cursor;
}
