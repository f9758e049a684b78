import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { MembershipRequestStatus } from '../membership-request.entity';
import { NetworkRole } from '../network-member.entity';

@InputType()
export class MemberFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId is not a valid id' })
  organisationId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the position.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  position?: string;
}

@ArgsType()
export class DecideMembershipArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId is not a valid id' })
  requestId!: string;

  @Field()
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Required when rejecting; sent to the requester.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@ArgsType()
export class RemoveMemberArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId is not a valid id' })
  networkId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId is not a valid id' })
  userId!: string;

  @Field({ description: 'Why the member is removed; recorded with the removal.' })
  @IsString()
  @Length(1, 1000)
  reason!: string;
}

@ArgsType()
export class SetNetworkRoleArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId is not a valid id' })
  networkId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId is not a valid id' })
  userId!: string;

  @Field(() => NetworkRole)
  @IsEnum(NetworkRole)
  role!: NetworkRole;
}

@ArgsType()
export class RequestListArgs {
  @Field(() => MembershipRequestStatus, {
    nullable: true,
    defaultValue: MembershipRequestStatus.PENDING,
    description: 'Null lists every request.',
  })
  @IsOptional()
  @IsEnum(MembershipRequestStatus)
  status?: MembershipRequestStatus | null;
}
