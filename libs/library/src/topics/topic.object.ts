import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('LibraryTopic', { description: 'A topic of the library’s managed taxonomy.' })
export class TopicObject {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  nameLatin!: string;

  @Field()
  nameCyrillic!: string;

  @Field()
  nameEnglish!: string;

  @Field({ description: 'Archived topics stay on documents but are offered for no new ones.' })
  archived!: boolean;
}
