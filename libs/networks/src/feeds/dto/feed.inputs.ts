import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsEnum, IsString, IsUUID } from 'class-validator';
import { PostReaction } from '../post.entity';

// Body length and safety are checked by the service (BODY_TOO_LONG, UNSAFE_MARKDOWN), not here,
// so a client gets the feature's own codes.

@InputType()
export class CreatePostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId is not a valid id' })
  networkId!: string;

  @Field({ description: 'Markdown, at most 20,000 characters.' })
  @IsString()
  body!: string;
}

@InputType()
export class PublishAnnouncementInput extends CreatePostInput {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Pinned announcements head the network feed.',
  })
  @IsBoolean()
  pinned = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Also e-mail it to every member (but the author) who has not turned announcement e-mails off.',
  })
  @IsBoolean()
  emailMembers = false;
}

@ArgsType()
export class ReactionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'postId is not a valid id' })
  postId!: string;

  @Field(() => PostReaction)
  @IsEnum(PostReaction)
  reaction!: PostReaction;
}

@ArgsType()
export class EditPostArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'postId is not a valid id' })
  postId!: string;

  @Field({ description: 'The new Markdown, at most 20,000 characters.' })
  @IsString()
  body!: string;
}

@ArgsType()
export class MarkAnnouncementsReadArgs {
  @Field(() => [ID], { description: 'At most 100 announcements at once.' })
  @IsArray()
  @IsUUID('all', { each: true, message: 'postIds must be valid ids' })
  postIds!: string[];
}
