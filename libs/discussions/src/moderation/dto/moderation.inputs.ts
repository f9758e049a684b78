import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { FlagReason } from '../flag.repository';
import { FlagAction } from '../moderation.service';

@InputType()
export class FlagPostInput {
  @Field(() => ID)
  @IsUUID()
  postId!: string;

  @Field(() => FlagReason)
  @IsEnum(FlagReason)
  reason!: FlagReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1_000)
  note?: string | null;
}

@InputType()
export class ResolveFlagInput {
  @Field(() => ID)
  @IsUUID()
  flagId!: string;

  @Field(() => FlagAction)
  @IsEnum(FlagAction)
  action!: FlagAction;

  @Field(() => String, {
    nullable: true,
    description: 'Required to hide, delete or warn: the author sees it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1_000)
  reason?: string | null;
}

@InputType()
export class MuteMemberInput {
  @Field(() => ID)
  @IsUUID()
  networkId!: string;

  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => Date, { description: 'When the mute ends (1 hour to 365 days from now).' })
  @IsDate()
  until!: Date;

  @Field()
  @IsString()
  @MaxLength(1_000)
  reason!: string;
}

@InputType()
export class ModerationRulesInput {
  @Field(() => Int, { description: 'Hold posts of members who joined fewer days ago (0: off).' })
  @IsInt()
  holdNewMembersDays!: number;

  @Field(() => [String])
  @ArrayMaxSize(1_000)
  @IsString({ each: true })
  heldKeywords!: string[];

  @Field(() => [String])
  @ArrayMaxSize(1_000)
  @IsString({ each: true })
  heldLinkDomains!: string[];
}
