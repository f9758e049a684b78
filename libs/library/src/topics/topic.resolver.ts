import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Role, Roles } from '@mreza/shared/auth';
import { IdArg } from '@mreza/shared/graphql';
import { CreateTopicInput, UpdateTopicInput } from './dto/topic.inputs';
import { TopicObject } from './topic.object';
import { TopicService } from './topic.service';

@Resolver(() => TopicObject)
export class TopicResolver {
  constructor(private readonly topics: TopicService) {}

  @Public()
  @Query(() => [TopicObject], { description: 'The topic taxonomy, in Serbian Latin order.' })
  libraryTopics(
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<TopicObject[]> {
    return this.topics.list(includeArchived);
  }

  @Roles(Role.STAFF, Role.ADMIN)
  @Mutation(() => TopicObject, { description: 'Staff and administrators manage topics.' })
  createLibraryTopic(@Args('input') input: CreateTopicInput): Promise<TopicObject> {
    return this.topics.create(input.slug, input);
  }

  @Roles(Role.STAFF, Role.ADMIN)
  @Mutation(() => TopicObject, { description: 'Renames or archives a topic.' })
  updateLibraryTopic(
    @IdArg('id') id: string,
    @Args('input') input: UpdateTopicInput,
  ): Promise<TopicObject> {
    return this.topics.update(id, input, input.archived);
  }
}
