import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import type { HoldRules } from './hold-policy';
import { NO_RULES } from './hold-policy';

@Injectable()
export class ModerationRulesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(networkId: string, tx?: Tx): Promise<HoldRules> {
    const [row] = await managerOf(this.dataSource, tx).query<
      { hold_new_members_days: number; held_keywords: string[]; held_link_domains: string[] }[]
    >(
      `SELECT hold_new_members_days, held_keywords, held_link_domains
       FROM discussions.moderation_rules WHERE network_id = $1`,
      [networkId],
    );
    return row
      ? {
          holdNewMembersDays: row.hold_new_members_days,
          heldKeywords: row.held_keywords,
          heldLinkDomains: row.held_link_domains,
        }
      : NO_RULES;
  }

  async save(networkId: string, rules: HoldRules, updatedBy: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO discussions.moderation_rules
         (network_id, hold_new_members_days, held_keywords, held_link_domains, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (network_id) DO UPDATE SET hold_new_members_days = $2, held_keywords = $3,
         held_link_domains = $4, updated_by = $5, updated_at = now()`,
      [networkId, rules.holdNewMembersDays, rules.heldKeywords, rules.heldLinkDomains, updatedBy],
    );
  }
}
