import type { INestApplication } from '@nestjs/common';
import { managerOf, TransactionRunner } from '@mreza/shared/database';
import { DataSource } from 'typeorm';
import type { NetworkPostEntity } from '../feeds/post.entity';
import { PostKind, PostReaction } from '../feeds/post.entity';
import { PostRepository } from '../feeds/post.repository';
import { ReactionRepository } from '../feeds/reaction.repository';
import type { NetworkEntity } from '../networks/network.entity';
import type { TestUser } from './networks-test-app';

let sequence = 0;

/** Fluent test posts, written straight to the table: `aPost().in(n).by(u).create(app)`. */
export function aPost() {
  const spec = {
    network: undefined as NetworkEntity | undefined,
    author: undefined as TestUser | undefined,
    kind: PostKind.POST,
    pinned: false,
    body: `Objava ${(sequence++).toString(36)}`,
    reactions: [] as { user: TestUser; reaction: PostReaction }[],
    minutesAgo: undefined as number | undefined,
  };
  const builder = {
    in(network: NetworkEntity) {
      spec.network = network;
      return builder;
    },
    by(user: TestUser) {
      spec.author = user;
      return builder;
    },
    announcement({ pinned = false } = {}) {
      spec.kind = PostKind.ANNOUNCEMENT;
      spec.pinned = pinned;
      return builder;
    },
    saying(body: string) {
      spec.body = body;
      return builder;
    },
    /** Backdated, for tests that need a certain order (posts in one millisecond sort by id). */
    minutesAgo(minutes: number) {
      spec.minutesAgo = minutes;
      return builder;
    },
    reactedBy(user: TestUser, reaction = PostReaction.LIKE) {
      spec.reactions.push({ user, reaction });
      return builder;
    },
    async create({ app }: { app: INestApplication }): Promise<NetworkPostEntity> {
      const { network, author } = spec;
      if (!network || !author) throw new Error('aPost() needs .in(network) and .by(user)');
      return app.get(TransactionRunner).run(async (tx) => {
        const post = await app.get(PostRepository).insert(
          {
            networkId: network.id,
            authorId: author.id,
            kind: spec.kind,
            body: spec.body,
            pinned: spec.pinned,
          },
          tx,
        );
        if (spec.minutesAgo !== undefined) {
          const backdated = await managerOf(app.get(DataSource), tx).query(
            `UPDATE networks.network_posts SET created_at = date_trunc('milliseconds', now()) - make_interval(mins => $2)
             WHERE id = $1 RETURNING created_at`,
            [post.id, spec.minutesAgo],
          );
          post.createdAt = (backdated as [{ created_at: Date }[]])[0][0].created_at;
        }
        for (const { user, reaction } of spec.reactions) {
          await app.get(ReactionRepository).add(post.id, user.id, reaction, tx);
        }
        return post;
      });
    },
  };
  return builder;
}
