import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser } from '@mreza/shared/auth';
import { toConnection } from '@mreza/shared/graphql';
import { NetworkLoader } from '../networks/network.loader';
import { toNetworkObject } from '../networks/network.mapper';
import { NetworkObject } from '../networks/network.object';
import { MarkNotificationsReadArgs, NotificationsArgs } from './dto/notification.args';
import { toNotificationObject } from './notification.mapper';
import { NotificationConnection, NotificationObject } from './notification.object';
import { NotificationService } from './notification.service';

@Resolver(() => NotificationObject)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly networks: NetworkLoader,
  ) {}

  @Query(() => NotificationConnection, {
    description: "The viewer's notifications, newest first.",
  })
  async notifications(
    @CurrentUser() viewer: AuthUser,
    @Args() { first, after, unreadOnly }: NotificationsArgs,
  ): Promise<NotificationConnection> {
    return toConnection(
      await this.service.list(viewer, first, after, unreadOnly),
      toNotificationObject,
    );
  }

  @Query(() => Int, { description: "How many of the viewer's notifications are unread." })
  unreadNotificationCount(@CurrentUser() viewer: AuthUser): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Int, {
    description: "Marks the viewer's own notifications read; answers how many were marked.",
  })
  markNotificationsRead(
    @CurrentUser() viewer: AuthUser,
    @Args() { ids }: MarkNotificationsReadArgs,
  ): Promise<number> {
    return this.service.markRead(viewer, ids);
  }

  @ResolveField(() => NetworkObject, {
    description:
      "The network it is about, as the viewer sees it (a closed network's member count only for its members).",
  })
  async network(
    @Parent() notification: NotificationObject,
    @CurrentUser() viewer: AuthUser,
  ): Promise<NetworkObject> {
    return toNetworkObject(await this.networks.load(viewer, notification.networkId));
  }
}
