import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser, Role, Roles } from '@mreza/shared/auth';
import { PageArgs, toConnection } from '@mreza/shared/graphql';
import { UserConnection, UserObject } from '../accounts/user.object';
import { UserPresenter } from '../accounts/user.presenter';
import { DepartureObject } from './departure.object';
import { ConfirmRecordInput, RecordDepartureInput } from './dto/record.inputs';
import { RecordService } from './record.service';

@Resolver()
export class RecordResolver {
  constructor(
    private readonly records: RecordService,
    private readonly presenter: UserPresenter,
  ) {}

  @Mutation(() => UserObject, {
    description: 'Confirms that my position and organisation are current.',
  })
  async confirmRecord(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ConfirmRecordInput,
  ): Promise<UserObject> {
    return this.presenter.present(await this.records.confirm(viewer, input), viewer);
  }

  @Roles(Role.ADMIN, Role.STAFF)
  @Query(() => UserConnection, {
    description: 'Members whose record is due for reconfirmation, oldest first.',
  })
  async staleRecords(
    @CurrentUser() viewer: AuthUser,
    @Args() { first, after }: PageArgs,
  ): Promise<UserConnection> {
    const page = await this.records.staleRecords(first, after);
    return toConnection(page, (user) => this.presenter.present(user, viewer));
  }

  @Mutation(() => DepartureObject, {
    description: 'Records that a member left; optionally invites a successor.',
  })
  async recordDeparture(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RecordDepartureInput,
  ): Promise<DepartureObject> {
    const departure = await this.records.recordDeparture(actor, input);
    return {
      user: this.presenter.present(departure.user, actor),
      successorInvitedEmail: departure.successorInvitation?.email ?? null,
    };
  }
}
