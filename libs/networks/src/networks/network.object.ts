import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';
import { NetworkRole } from '../membership/network-member.entity';
import { NetworkVisibility } from './network.entity';

registerEnumType(NetworkVisibility, { name: 'NetworkVisibility' });
registerEnumType(NetworkRole, { name: 'NetworkRole' });

@ObjectType('Network', { description: 'A thematic network of local experts.' })
@Directive('@key(fields: "id")')
export class NetworkObject {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field({ description: 'Name in Serbian Latin script.' })
  nameLatin!: string;

  @Field({ description: 'Name in Serbian Cyrillic script.' })
  nameCyrillic!: string;

  @Field()
  nameEnglish!: string;

  @Field()
  descriptionLatin!: string;

  @Field()
  descriptionCyrillic!: string;

  @Field()
  descriptionEnglish!: string;

  @Field(() => NetworkVisibility)
  visibility!: NetworkVisibility;

  @Field(() => Date, { nullable: true, description: 'Archived networks are read-only.' })
  archivedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Null for a closed network the viewer does not belong to.',
  })
  memberCount!: number | null;

  @Field(() => NetworkRole, {
    nullable: true,
    description: "The viewer's role; null if not a member.",
  })
  viewerMembership!: NetworkRole | null;

  @Field({ description: 'The viewer has asked to join and awaits a decision.' })
  viewerRequestPending!: boolean;
}

@ObjectType()
export class NetworkConnection extends Connection(NetworkObject) {}
