import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';
import { MembershipRequestStatus } from './membership-request.entity';
import { NetworkRole } from './network-member.entity';
import { UserReference } from './user-reference.object';

registerEnumType(MembershipRequestStatus, { name: 'MembershipRequestStatus' });

@ObjectType('NetworkMember')
export class NetworkMemberObject {
  @Field(() => ID)
  networkId!: string;

  @Field(() => UserReference)
  user!: UserReference;

  @Field(() => NetworkRole)
  role!: NetworkRole;

  @Field(() => Date)
  joinedAt!: Date;
}

@ObjectType()
export class NetworkMemberConnection extends Connection(NetworkMemberObject) {}

@ObjectType('MembershipRequest', { description: 'A request to join a closed network.' })
export class MembershipRequestObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => UserReference)
  user!: UserReference;

  @Field(() => MembershipRequestStatus)
  status!: MembershipRequestStatus;

  @Field(() => String, { nullable: true, description: "The coordinator's reason." })
  reason!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}

@ObjectType()
export class MembershipRequestConnection extends Connection(MembershipRequestObject) {}

@ObjectType('JoinResult', {
  description: 'An open network makes a membership at once; a closed one, a pending request.',
})
export class JoinResultObject {
  @Field(() => NetworkMemberObject, { nullable: true })
  membership!: NetworkMemberObject | null;

  @Field(() => MembershipRequestObject, { nullable: true })
  request!: MembershipRequestObject | null;
}
