import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Role } from '@mreza/shared/auth';
import { ConfigError } from '@mreza/shared/config';
import { TransactionRunner } from '@mreza/shared/database';
import { demoPersonId } from '@mreza/shared/demo';
import { EventOutbox } from '@mreza/shared/events';
import type { UserEntity } from '../accounts/user.entity';
import { ContactVisibility, UserStatus } from '../accounts/user.entity';
import { profileChanged } from '../accounts/user.events';
import type { NewUser } from '../accounts/user.repository';
import { UserRepository } from '../accounts/user.repository';
import { IDENTITY_CONFIG, type IdentityConfig } from '../identity.config';
import { OrganisationKind } from '../organisations/organisation.entity';
import { OrganisationRepository } from '../organisations/organisation.repository';
import {
  OTHER_ORGANISATIONS,
  SERBIAN_LOCAL_GOVERNMENTS,
} from '../organisations/seed/serbian-local-governments';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertStrongPassword, WeakPasswordError } from '../passwords/password-policy';
import { DEMO_MEMBERS, SKGO } from './demo-members';

export const DEFAULT_ADMIN_EMAIL = 'admin@mreza.local';

export interface SeedReport {
  organisationsAdded: number;
  /** Present when an administrator was created; the password only when it was generated. */
  admin?: { email: string; generatedPassword?: string };
  /** Present when demo members were created now: their shared, generated password. */
  demo?: { emails: string[]; password: string };
}

/** Fills an empty platform; safe to run at every start (adds only what is missing). */
@Injectable()
export class SeedService {
  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly organisations: OrganisationRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
  ) {}

  async run(): Promise<SeedReport> {
    const report: SeedReport = { organisationsAdded: await this.seedOrganisations() };
    report.admin = await this.seedAdministrator();
    if (this.config.SEED_DEMO_DATA) report.demo = await this.seedDemoMembers();
    return report;
  }

  private seedOrganisations(): Promise<number> {
    return this.organisations.insertMissing([
      ...SERBIAN_LOCAL_GOVERNMENTS.map((unit) => ({
        nameLatin: unit.nameLatin,
        nameCyrillic: unit.nameCyrillic,
        acronym: null,
        kind: unit.kind === 'CITY' ? OrganisationKind.CITY : OrganisationKind.MUNICIPALITY,
        district: unit.district,
        country: 'RS',
      })),
      ...OTHER_ORGANISATIONS.map((organisation) => ({
        nameLatin: organisation.nameLatin,
        nameCyrillic: organisation.nameCyrillic,
        acronym: organisation.acronym ?? null,
        kind: OrganisationKind[organisation.kind],
        district: null,
        country: organisation.country,
      })),
    ]);
  }

  /**
   * MREZA_ADMIN_EMAIL names the first administrator; without it, admin@mreza.local is created
   * while there is no administrator yet. A generated password is reported once.
   */
  private async seedAdministrator(): Promise<SeedReport['admin']> {
    const email = (this.config.MREZA_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
    if (await this.users.findByEmail(email)) return undefined;
    if (!this.config.MREZA_ADMIN_EMAIL && (await this.users.countActiveAdmins()) > 0)
      return undefined;
    const given = this.config.MREZA_ADMIN_PASSWORD;
    if (given) {
      try {
        assertStrongPassword(given, [email]);
      } catch (error) {
        if (error instanceof WeakPasswordError) {
          throw new ConfigError(`Invalid configuration: MREZA_ADMIN_PASSWORD: ${error.message}`);
        }
        throw error;
      }
    }
    const password = given ?? generatePassword();
    const skgo = await this.organisations.findByName('RS', SKGO);
    await this.insertAndPublish(
      await this.newUser({
        email,
        password,
        firstName: 'Administrator',
        lastName: 'Mreže',
        organisationId: skgo?.id ?? null,
        position: 'Administrator platforme',
        expertise: [],
        role: Role.ADMIN,
      }),
    );
    return { email, generatedPassword: given ? undefined : password };
  }

  private async seedDemoMembers(): Promise<SeedReport['demo']> {
    const missing = [];
    for (const member of DEMO_MEMBERS) {
      if (!(await this.users.findByEmail(member.email))) missing.push(member);
    }
    if (missing.length === 0) return undefined;
    const password = generatePassword();
    for (const member of missing) {
      const organisation = await this.organisations.findByName('RS', member.organisation);
      const confirmedAt = new Date();
      confirmedAt.setUTCMonth(confirmedAt.getUTCMonth() - (member.confirmedMonthsAgo ?? 0));
      const user = await this.newUser({
        ...member,
        password,
        organisationId: organisation?.id ?? null,
      });
      await this.insertAndPublish({
        ...user,
        // The shared id lets the other services' seeds give them memberships and posts.
        id: demoPersonId(member.email),
        isLiaisonOfficer: member.isLiaisonOfficer ?? false,
        recordConfirmedAt: confirmedAt,
      });
    }
    return { emails: missing.map((member) => member.email), password };
  }

  /** Other services (the networks' member directory) learn of seeded people like any other. */
  private insertAndPublish(user: NewUser & { id?: string }): Promise<void> {
    return this.transaction.run(async (tx) => {
      await this.outbox.record(tx, profileChanged(await this.users.insert(user, tx)));
    });
  }

  private async newUser(
    person: Pick<
      UserEntity,
      'email' | 'firstName' | 'lastName' | 'organisationId' | 'position' | 'expertise' | 'role'
    > & {
      password: string;
    },
  ): Promise<NewUser> {
    return {
      email: person.email,
      passwordHash: await this.hasher.hash(person.password),
      role: person.role,
      status: UserStatus.ACTIVE,
      firstName: person.firstName,
      lastName: person.lastName,
      organisationId: person.organisationId,
      position: person.position,
      expertise: person.expertise,
      languages: ['sr'],
      phone: null,
      contactVisibility: ContactVisibility.MEMBERS,
      isLiaisonOfficer: false,
      interfaceLanguage: 'sr-Latn',
      recordConfirmedAt: new Date(),
    };
  }
}

/** Four groups of random characters: strong, and easy enough to type once. */
function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]);
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join('')).join('-');
}
