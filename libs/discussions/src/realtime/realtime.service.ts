import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { DiscussionAccess } from '../access/discussion-access';
import { AccountSuspendedError, NotAMemberError } from '../access/access.errors';
import { PostService } from '../posts/post.service';
import type { ThreadPostEntity } from '../posts/post.entity';
import type { ThreadEntity } from '../threads/thread.entity';

/** The checks behind the socket messages: who may listen to which room. */
@Injectable()
export class RealtimeService {
  constructor(
    private readonly access: DiscussionAccess,
    private readonly posts: PostService,
  ) {}

  /** Suspended or deactivated accounts get no live connection. */
  async requireActive(viewer: AuthUser): Promise<void> {
    if ((await this.access.accountStatus(viewer.id)) !== 'ACTIVE') {
      throw new AccountSuspendedError();
    }
  }

  /** Joining a thread's room: read access now, and what the client missed. */
  joinThread(
    viewer: AuthUser,
    threadId: string,
    lastSeenPostId: string | null,
  ): Promise<{ thread: ThreadEntity; missed: ThreadPostEntity[] }> {
    return this.posts.replay(viewer, threadId, lastSeenPostId);
  }

  async joinNetwork(viewer: AuthUser, networkId: string): Promise<void> {
    if (!(await this.access.canRead(viewer, networkId))) throw new NotAMemberError();
  }
}
