import { Injectable } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type { PosterStanding } from '../access/discussion-access';
import { PostStatus } from '../posts/post.entity';
import { holdReason } from './hold-policy';
import { ModerationRulesRepository } from './moderation-rules.repository';

export interface Publication {
  status: PostStatus.PUBLISHED | PostStatus.HELD;
  /** Why it is held, shown to its author. */
  reason: string | null;
}

/** Decides whether a new or edited post is published at once or held for a coordinator. */
@Injectable()
export class HoldService {
  constructor(private readonly rules: ModerationRulesRepository) {}

  async assess(standing: PosterStanding, text: string, tx: Tx): Promise<Publication> {
    const rules = await this.rules.find(standing.network.id, tx);
    const reason = holdReason(
      rules,
      text,
      { joinedAt: standing.membership?.joinedAt ?? null, exempt: standing.moderator },
      new Date(),
    );
    return reason ? { status: PostStatus.HELD, reason } : { status: PostStatus.PUBLISHED, reason };
  }
}
