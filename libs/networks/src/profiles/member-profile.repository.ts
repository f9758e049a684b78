import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import { foldSerbian } from '@mreza/shared/text';

export interface MemberProfile {
  userId: string;
  displayName: string;
  organisationId: string | null;
  position: string | null;
}

/** The replica of identity's profiles; an `identity.user.profile-changed` consumer keeps it. */
@Injectable()
export class MemberProfileRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Idempotent: the same event applied twice leaves the same row. */
  async upsertProfile(profile: MemberProfile, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO networks.member_profiles
         (user_id, display_name, organisation_id, position, position_search)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id) DO UPDATE SET
         display_name = excluded.display_name,
         organisation_id = excluded.organisation_id,
         position = excluded.position,
         position_search = excluded.position_search,
         updated_at = now()`,
      [
        profile.userId,
        profile.displayName,
        profile.organisationId,
        profile.position,
        foldSerbian(profile.position ?? ''),
      ],
    );
  }
}
