import { Directive, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';
import { OrganisationKind } from './organisation.entity';

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

@ObjectType('Organisation', {
  description: 'A town or municipality, an association, a ministry or a partner organisation.',
})
@Directive('@key(fields: "id")')
export class OrganisationObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name in Serbian Latin script (or the original language).' })
  nameLatin!: string;

  @Field({ description: 'Name in Serbian Cyrillic script.' })
  nameCyrillic!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Administrative district (okrug).' })
  district!: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;
}

@ObjectType()
export class OrganisationConnection extends Connection(OrganisationObject) {}
