import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser } from '@mreza/shared/auth';
import { UpdateNotificationPreferencesInput } from './dto/notification-preferences.input';
import { toPreferencesObject } from './notification-preferences.mapper';
import { NotificationPreferencesObject } from './notification-preferences.object';
import { NotificationPreferencesService } from './notification-preferences.service';

@Resolver(() => NotificationPreferencesObject)
export class NotificationPreferencesResolver {
  constructor(private readonly service: NotificationPreferencesService) {}

  @Query(() => NotificationPreferencesObject, {
    description: "The viewer's own choices about e-mail from the networks.",
  })
  async notificationPreferences(
    @CurrentUser() viewer: AuthUser,
  ): Promise<NotificationPreferencesObject> {
    return toPreferencesObject(await this.service.ofViewer(viewer));
  }

  @Mutation(() => NotificationPreferencesObject, {
    description: "Changes the viewer's own choices; fields left out keep their value.",
  })
  async updateNotificationPreferences(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferencesObject> {
    return toPreferencesObject(await this.service.update(viewer, input));
  }
}
