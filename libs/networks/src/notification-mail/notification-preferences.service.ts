import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { TransactionRunner } from '@mreza/shared/database';
import { rejectNulls } from '@mreza/shared/graphql';
import type { DigestFrequency } from './notification-preferences.entity';
import { DEFAULT_PREFERENCES } from './notification-preferences.entity';
import type { Preferences } from './notification-preferences.repository';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

export interface PreferencesChange {
  digest?: DigestFrequency | null;
  announcementEmails?: boolean | null;
}

/** Each member's own choices about e-mail; nobody reads or changes anyone else's. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly preferences: NotificationPreferencesRepository,
    private readonly transaction: TransactionRunner,
  ) {}

  async ofViewer(viewer: AuthUser): Promise<Preferences> {
    return withDefaults(await this.preferences.find(viewer.id));
  }

  /** Changes the given fields of the viewer's preferences; the others keep their value. */
  update(viewer: AuthUser, change: PreferencesChange): Promise<Preferences> {
    rejectNulls(change, ['digest', 'announcementEmails']);
    return this.transaction.run(async (tx) => {
      const current = withDefaults(await this.preferences.findForUpdate(viewer.id, tx));
      return withDefaults(
        await this.preferences.save(
          viewer.id,
          {
            digest: change.digest ?? current.digest,
            announcementEmails: change.announcementEmails ?? current.announcementEmails,
          },
          tx,
        ),
      );
    });
  }
}

const withDefaults = (row: Preferences | null): Preferences => ({
  digest: row?.digest ?? DEFAULT_PREFERENCES.digest,
  announcementEmails: row?.announcementEmails ?? DEFAULT_PREFERENCES.announcementEmails,
});
