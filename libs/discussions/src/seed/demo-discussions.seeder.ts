import { ReplicaSeeder } from '@mreza/shared/replicas';
import { TransactionRunner } from '@mreza/shared/database';
import type { DemoPersonKey } from '@mreza/shared/demo';
import { DEMO_PEOPLE } from '@mreza/shared/demo';
import { EventOutbox } from '@mreza/shared/events';
import { PostStatus } from '../posts/post.entity';
import { postPublished } from '../posts/post.events';
import { PostRepository } from '../posts/post.repository';
import { mentionedUserIds } from '../posts/mentions';
import { ReplicaRepository } from '../replicas/replica.repository';
import { threadCreated } from '../threads/thread.events';
import { ThreadRepository } from '../threads/thread.repository';
import type { DemoThread } from './demo-threads';
import { demoThreads } from './demo-threads';

/**
 * Writes the demo threads once the replicas know the demo networks and memberships. Those
 * arrive as events after the networks seed, so this waits for them in the background instead
 * of holding up the service's start. Once only: a thread already there (even deleted) is left.
 */
export class DemoDiscussionsSeeder extends ReplicaSeeder {
  private readonly ids = Object.fromEntries(
    Object.entries(DEMO_PEOPLE).map(([key, person]) => [key, person.id]),
  ) as Record<DemoPersonKey, string>;

  constructor(
    enabled: boolean,
    private readonly replicas: ReplicaRepository,
    private readonly threads: ThreadRepository,
    private readonly posts: PostRepository,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
  ) {
    super(enabled);
  }

  /** Seeds every demo thread whose network and people are known; returns how many wait. */
  async seedWhatIsReady(): Promise<number> {
    let waiting = 0;
    for (const thread of demoThreads(this.ids)) {
      if (await this.threads.findById(thread.id)) continue;
      const networkId = await this.replicas.networkIdBySlug(thread.networkSlug);
      const people = [thread.author, ...thread.replies.map((reply) => reply.author)];
      const members = networkId
        ? await this.replicas.membersAmong(
            networkId,
            people.map((key) => this.ids[key]),
          )
        : [];
      if (!networkId || members.length < new Set(people).size) {
        waiting++;
        continue;
      }
      await this.seed(thread, networkId);
      this.logger.log(`demo thread "${thread.title}" seeded`);
    }
    return waiting;
  }

  private seed(demo: DemoThread, networkId: string): Promise<void> {
    return this.transaction.run(async (tx) => {
      const authorId = this.ids[demo.author];
      const thread = await this.threads.insert(
        {
          id: demo.id,
          networkId,
          authorId,
          title: demo.title,
          tags: demo.tags,
          documentIds: [],
          status: PostStatus.PUBLISHED,
        },
        tx,
      );
      const opening = await this.posts.insert(
        {
          threadId: thread.id,
          authorId,
          body: demo.body,
          quotePostId: null,
          opening: true,
          status: PostStatus.PUBLISHED,
          moderationReason: null,
        },
        tx,
      );
      await this.outbox.record(tx, threadCreated(thread, authorId));
      await this.outbox.record(tx, postPublished(thread, opening, [], authorId));
      for (const reply of demo.replies) {
        const replyAuthor = this.ids[reply.author];
        const post = await this.posts.insert(
          {
            threadId: thread.id,
            authorId: replyAuthor,
            body: reply.body,
            quotePostId: reply.quotesOpening ? opening.id : null,
            opening: false,
            status: PostStatus.PUBLISHED,
            moderationReason: null,
          },
          tx,
        );
        const mentioned = mentionedUserIds(reply.body);
        await this.posts.insertMentions(post.id, mentioned, tx);
        await this.threads.recordReply(thread.id, tx);
        await this.outbox.record(tx, postPublished(thread, post, mentioned, replyAuthor));
      }
    });
  }
}

export const demoDiscussionsSeederProvider = (enabled: boolean) => ({
  provide: DemoDiscussionsSeeder,
  inject: [ReplicaRepository, ThreadRepository, PostRepository, EventOutbox, TransactionRunner],
  useFactory: (
    replicas: ReplicaRepository,
    threads: ThreadRepository,
    posts: PostRepository,
    outbox: EventOutbox,
    transaction: TransactionRunner,
  ) => new DemoDiscussionsSeeder(enabled, replicas, threads, posts, outbox, transaction),
});
