import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@mreza/shared/graphql';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  unreadOnly = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], {
    nullable: true,
    description: 'The notifications to mark read; leave out to mark all of them.',
  })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true, message: 'ids must be valid ids' })
  ids?: string[] | null;
}
