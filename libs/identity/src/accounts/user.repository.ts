import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { containsPattern, keysetPage, managerOf, toPage } from '@mreza/shared/database';
import { Role } from '@mreza/shared/auth';
import { UserEntity, UserStatus } from './user.entity';

export interface DirectorySearch {
  query?: string;
  organisationId?: string;
  position?: string;
  includeInactive: boolean;
}

export type NewUser = Omit<
  UserEntity,
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'failedLoginCount'
  | 'loginBlockedUntil'
  | 'leftAt'
  | 'successorId'
>;

export type UserPatch = Partial<Omit<UserEntity, 'id' | 'createdAt' | 'updatedAt'>>;

/** The directory's sort key as stored: PostgreSQL's lower() differs from JavaScript's on Č, Š, Ž. */
const directoryKey = (user: UserEntity) => `${user.lastName}\u0000${user.firstName}`;

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, tx?: Tx): Promise<UserEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(UserEntity, { id });
  }

  findByIds(ids: readonly string[], tx?: Tx): Promise<UserEntity[]> {
    return managerOf(this.dataSource, tx).findBy(UserEntity, { id: In([...ids]) });
  }

  findByEmail(email: string, tx?: Tx): Promise<UserEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(UserEntity, { email: email.toLowerCase() });
  }

  /** Locks the row for the rest of the transaction (login counters, hand-overs). */
  findForUpdate(id: string, tx: Tx): Promise<UserEntity | null> {
    return managerOf(this.dataSource, tx).findOne(UserEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** A new user; the id is generated unless given (the seed's demo members have fixed ones). */
  async insert(user: NewUser & { id?: string }, tx?: Tx): Promise<UserEntity> {
    const manager = managerOf(this.dataSource, tx);
    return manager.save(manager.create(UserEntity, user));
  }

  async update(id: string, patch: UserPatch, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(UserEntity, { id }, patch);
  }

  async countActiveAdmins(): Promise<number> {
    return this.dataSource.manager.countBy(UserEntity, {
      role: Role.ADMIN,
      status: UserStatus.ACTIVE,
    });
  }

  /** The member directory, by last then first name. */
  async findDirectoryPage(
    search: DirectorySearch,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<UserEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(UserEntity, 'u');
    if (!search.includeInactive)
      query.andWhere('u.status = :active', { active: UserStatus.ACTIVE });
    if (search.organisationId) {
      query.andWhere('u.organisation_id = :organisationId', {
        organisationId: search.organisationId,
      });
    }
    if (search.position) {
      query.andWhere('u.position ILIKE :position', { position: containsPattern(search.position) });
    }
    if (search.query) {
      const pattern = containsPattern(search.query);
      query.andWhere(
        new Brackets((where) =>
          where
            .where("(u.first_name || ' ' || u.last_name) ILIKE :pattern", { pattern })
            .orWhere("(u.last_name || ' ' || u.first_name) ILIKE :pattern"),
        ),
      );
    }
    keysetPage(query, {
      keys: ['u.last_name', 'u.first_name', 'u.id'],
      direction: 'ASC',
      limit,
      after: cursor && [...cursor.key.split('\u0000'), cursor.id],
    });
    return toPage(await query.getMany(), limit, (user) => ({
      key: directoryKey(user),
      id: user.id,
    }));
  }

  /** Active members whose record was last confirmed before `before`, oldest first. */
  async findStalePage(
    before: Date,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<UserEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .where('u.status = :active', { active: UserStatus.ACTIVE })
      .andWhere('u.record_confirmed_at < :before', { before });
    keysetPage(query, {
      keys: ['u.record_confirmed_at', 'u.id'],
      direction: 'ASC',
      limit,
      after: cursor && [cursor.key, cursor.id],
    });
    return toPage(await query.getMany(), limit, (user) => ({
      key: user.recordConfirmedAt.toISOString(),
      id: user.id,
    }));
  }
}
