import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PostReaction } from '../post.entity';

@InputType()
export class ReplyInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;

  @Field()
  @IsString()
  @MaxLength(1_000_000)
  body!: string;

  @Field(() => ID, { nullable: true, description: 'A published post of the same thread.' })
  @IsOptional()
  @IsUUID()
  quotePostId?: string | null;
}

@ArgsType()
export class ThreadPostReactionArgs {
  @Field(() => ID)
  @IsUUID()
  postId!: string;

  @Field(() => PostReaction)
  @IsEnum(PostReaction)
  reaction!: PostReaction;
}
