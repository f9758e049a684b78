import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';
import { ThreadPostObject } from '../posts/post.object';
import { NetworkReference, UserReference } from '../references/references.object';
import { ThreadObject } from '../threads/thread.object';
import { FlagReason, FlagResolution } from './flag.repository';
import { ModerationAction } from './moderation-log.repository';
import { FlagAction } from './moderation.service';

registerEnumType(FlagReason, { name: 'FlagReason' });
registerEnumType(FlagResolution, { name: 'FlagResolution' });
registerEnumType(FlagAction, { name: 'FlagAction' });
registerEnumType(ModerationAction, { name: 'ModerationAction' });

@ObjectType('Flag', { description: "A member's report of a post, for the network's coordinators." })
export class FlagObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  postId!: string;

  @Field(() => NetworkReference)
  network!: NetworkReference;

  @Field(() => UserReference)
  flaggedBy!: UserReference;

  @Field(() => FlagReason)
  reason!: FlagReason;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => FlagResolution, { nullable: true })
  resolution!: FlagResolution | null;

  @Field(() => UserReference, { nullable: true })
  resolvedBy!: UserReference | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;
}

@ObjectType('FlagWithContext', { description: 'An open flag with the post and its thread.' })
export class FlagWithContextObject extends FlagObject {
  @Field(() => ThreadPostObject)
  post!: ThreadPostObject;

  @Field(() => ThreadObject)
  thread!: ThreadObject;
}

@ObjectType()
export class FlagWithContextConnection extends Connection(FlagWithContextObject) {}

@ObjectType('HeldPost', { description: 'A post waiting for review, with its thread.' })
export class HeldPostObject {
  @Field(() => ThreadPostObject)
  post!: ThreadPostObject;

  @Field(() => ThreadObject)
  thread!: ThreadObject;
}

@ObjectType()
export class HeldPostConnection extends Connection(HeldPostObject) {}

@ObjectType('Mute', { description: 'A member who can read but not post until it ends.' })
export class MuteObject {
  @Field(() => ID)
  id!: string;

  @Field(() => NetworkReference)
  network!: NetworkReference;

  @Field(() => UserReference)
  member!: UserReference;

  @Field()
  reason!: string;

  @Field(() => UserReference)
  mutedBy!: UserReference;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType('ModerationRules', { description: 'When posts of a network wait for review.' })
export class ModerationRulesObject {
  @Field(() => Int)
  holdNewMembersDays!: number;

  @Field(() => [String])
  heldKeywords!: string[];

  @Field(() => [String])
  heldLinkDomains!: string[];
}

@ObjectType('ModerationLogEntry', { description: 'One moderation action: who, what, why, when.' })
export class ModerationLogEntryObject {
  @Field(() => ID)
  id!: string;

  @Field(() => NetworkReference)
  network!: NetworkReference;

  @Field(() => UserReference)
  actor!: UserReference;

  @Field(() => ModerationAction)
  action!: ModerationAction;

  @Field()
  targetType!: string;

  @Field(() => ID)
  targetId!: string;

  @Field(() => UserReference, { nullable: true })
  subject!: UserReference | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field({ description: 'What else the action concerned, as a JSON object.' })
  details!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class ModerationLogEntryConnection extends Connection(ModerationLogEntryObject) {}
