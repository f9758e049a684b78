import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@mreza/shared/auth';
import type { TestApp } from '@mreza/shared/testing';
import { GraphQLClient, startTestApp, useTestEnvironment } from '@mreza/shared/testing';
import type { UserEntity } from '../accounts/user.entity';
import { ContactVisibility, UserStatus } from '../accounts/user.entity';
import { UserRepository } from '../accounts/user.repository';
import { loadIdentityConfig } from '../identity.config';
import { IdentityModule } from '../identity.module';
import { OrganisationKind } from '../organisations/organisation.entity';
import { OrganisationRepository } from '../organisations/organisation.repository';
import { PasswordHasher } from '../passwords/password-hasher';

export const TEST_PASSWORD = 'Zelena-Planina-Kisobran-47';

export interface IdentityTestApp extends TestApp {
  client: GraphQLClient;
  /** Signs in and returns the access token. */
  signIn(email: string, password?: string): Promise<string>;
  /** The link token in the newest e-mail to the address (invitation, reset). */
  tokenMailedTo(email: string): Promise<string>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** The identity service in-process against the run's test database. */
export async function startIdentity(env: Record<string, string> = {}): Promise<IdentityTestApp> {
  useTestEnvironment({ SEED_DEMO_DATA: 'false', ...env });
  const testApp = await startTestApp(IdentityModule.forRoot(loadIdentityConfig()));
  const client = new GraphQLClient(testApp.url);
  const dataSource = testApp.app.get(DataSource);
  return {
    ...testApp,
    client,
    async signIn(email, password = TEST_PASSWORD) {
      const data = await client.ok<{ login: { accessToken: string } }>(
        'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        { i: { email, password } },
      );
      return data.login.accessToken;
    },
    async tokenMailedTo(email) {
      const [mail] = await dataSource.query<{ body: string }[]>(
        `SELECT body FROM identity.mail_messages WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`,
        [email.toLowerCase()],
      );
      const token = mail?.body.match(/token=([\w-]+)/)?.[1];
      if (!token) throw new Error(`no mailed token for ${email}`);
      return token;
    },
    query: (sql, params) => dataSource.query(sql, params),
  };
}

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

/** Fluent test data: `aUser().withRole(Role.STAFF).inOrganisation(id).create(app)`. */
export function aUser() {
  const person = {
    email: `user-${unique()}@test.mreza.local`,
    firstName: 'Test',
    lastName: `Korisnik ${unique()}`,
    role: Role.MEMBER,
    status: UserStatus.ACTIVE,
    organisationId: null as string | null,
    isLiaisonOfficer: false,
    recordConfirmedAt: new Date(),
    password: TEST_PASSWORD,
  };
  const builder = {
    withRole(role: Role) {
      person.role = role;
      return builder;
    },
    named(firstName: string, lastName: string) {
      person.firstName = firstName;
      person.lastName = lastName;
      return builder;
    },
    withEmail(email: string) {
      person.email = email;
      return builder;
    },
    inOrganisation(organisationId: string) {
      person.organisationId = organisationId;
      return builder;
    },
    asLiaisonOfficer() {
      person.isLiaisonOfficer = true;
      return builder;
    },
    withStatus(status: UserStatus) {
      person.status = status;
      return builder;
    },
    confirmedAt(date: Date) {
      person.recordConfirmedAt = date;
      return builder;
    },
    async create(app: { app: INestApplication }): Promise<UserEntity> {
      const hasher = app.app.get(PasswordHasher);
      return app.app.get(UserRepository).insert({
        email: person.email,
        passwordHash: await hasher.hash(person.password),
        role: person.role,
        status: person.status,
        firstName: person.firstName,
        lastName: person.lastName,
        organisationId: person.organisationId,
        position: 'Savetnik',
        expertise: [],
        languages: ['sr'],
        phone: '+381 11 123 4567',
        contactVisibility: ContactVisibility.MEMBERS,
        isLiaisonOfficer: person.isLiaisonOfficer,
        interfaceLanguage: 'sr-Latn',
        recordConfirmedAt: person.recordConfirmedAt,
      });
    },
  };
  return builder;
}

/** A municipality to put people in. */
export async function aMunicipality(app: { app: INestApplication }, name = `Opština ${unique()}`) {
  return app.app.get(OrganisationRepository).insert({
    nameLatin: name,
    nameCyrillic: name,
    acronym: null,
    kind: OrganisationKind.MUNICIPALITY,
    district: 'Test okrug',
    country: 'RS',
  });
}
