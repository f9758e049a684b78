import { Role } from '@mreza/shared/auth';
import { codeOf } from '@mreza/shared/testing';
import type { IdentityTestApp } from '../testing/identity-test-app';
import { aMunicipality, aUser, startIdentity } from '../testing/identity-test-app';

const DIRECTORY = `query($f: DirectoryFilterInput, $first: Int, $after: String) {
  users(filter: $f, first: $first, after: $after) {
    nodes { id email phone displayName organisation { nameLatin } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const UPDATE =
  'mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { position expertise interfaceLanguage contactVisibility } }';

describe('accounts and the member directory', () => {
  let app: IdentityTestApp;
  let organisationId: string;

  beforeAll(async () => {
    app = await startIdentity();
    organisationId = (await aMunicipality(app, `Kladovo ${Date.now()}`)).id;
  });

  afterAll(() => app.close());

  it('pages through the directory of an organisation without gaps or repeats', async () => {
    const names = ['Čolić', 'Šarić', 'Živković', 'Adamović', 'Đurić', 'čelik'];
    const people = await Promise.all(
      names.map((lastName) =>
        aUser().named('Ana', lastName).inOrganisation(organisationId).create(app),
      ),
    );
    const token = await app.signIn(people[0].email);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await app.client.ok(
        DIRECTORY,
        { f: { organisationId }, first: 2, after },
        token,
      );
      seen.push(...page.users.nodes.map((node: { id: string }) => node.id));
      after = page.users.pageInfo.hasNextPage ? page.users.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual(people.map((person) => person.id).sort());
  });

  it('refuses malformed ids and forged cursors as bad input', async () => {
    const token = await app.signIn((await aUser().create(app)).email);
    const badId = await app.client.request('{ user(id: "not-a-uuid") { id } }', {}, token);
    expect(codeOf(badId)).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.client.request('{ organisation(id: "1") { id } }'))).toBe(
      'BAD_USER_INPUT',
    );
    const forged = Buffer.from(JSON.stringify(['x', "1' OR 1=1 --"])).toString('base64url');
    const page = await app.client.request(DIRECTORY, { after: forged }, token);
    expect(codeOf(page)).toBe('INVALID_CURSOR');
  });

  it('hides contact details of members who show them to staff only', async () => {
    const privatePerson = await aUser().inOrganisation(organisationId).create(app);
    const privateToken = await app.signIn(privatePerson.email);
    await app.client.ok(UPDATE, { i: { contactVisibility: 'STAFF' } }, privateToken);

    const lookup = async (token: string) =>
      (
        await app.client.ok(
          'query($id: ID!) { user(id: $id) { email phone } }',
          { id: privatePerson.id },
          token,
        )
      ).user;
    const memberToken = await app.signIn((await aUser().create(app)).email);
    const staffToken = await app.signIn((await aUser().withRole(Role.STAFF).create(app)).email);
    expect(await lookup(memberToken)).toEqual({ email: null, phone: null });
    expect(await lookup(staffToken)).toEqual({
      email: privatePerson.email,
      phone: '+381 11 123 4567',
    });
    expect(await lookup(privateToken)).toEqual({
      email: privatePerson.email,
      phone: '+381 11 123 4567',
    });
  });

  it('updates the profile and refuses invalid values', async () => {
    const person = await aUser().create(app);
    const token = await app.signIn(person.email);
    const updated = await app.client.ok(
      UPDATE,
      {
        i: {
          position: '  Menadžer za energetiku ',
          expertise: ['energetska efikasnost'],
          interfaceLanguage: 'sr-Cyrl',
        },
      },
      token,
    );
    expect(updated.updateProfile).toMatchObject({
      position: 'Menadžer za energetiku',
      expertise: ['energetska efikasnost'],
      interfaceLanguage: 'sr-Cyrl',
    });
    expect(
      codeOf(await app.client.request(UPDATE, { i: { interfaceLanguage: 'klingon' } }, token)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await app.client.request(UPDATE, { i: { position: 'x'.repeat(201) } }, token)),
    ).toBe('BAD_USER_INPUT');
    const events = await app.query(
      `SELECT 1 FROM identity.outbox WHERE type = 'identity.user.profile-changed' AND payload->>'userId' = $1`,
      [person.id],
    );
    expect(events).toHaveLength(1);
    for (const cleared of [{ firstName: null }, { lastName: '   ' }, { contactVisibility: null }]) {
      const result = await app.client.request(UPDATE, { i: cleared }, token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/cannot be empty/);
    }
    const clearedPosition = await app.client.ok(UPDATE, { i: { position: null } }, token);
    expect(clearedPosition.updateProfile.position).toBeNull();
  });

  it('keeps at least one active administrator', async () => {
    const admin = await aUser().withRole(Role.ADMIN).create(app);
    const other = await aUser().withRole(Role.ADMIN).create(app);
    const token = await app.signIn(admin.email);
    const SET_ROLE = 'mutation($i: SetUserRoleInput!) { setUserRole(input: $i) { role } }';
    expect(
      (await app.client.ok(SET_ROLE, { i: { userId: other.id, role: 'STAFF' } }, token)).setUserRole
        .role,
    ).toBe('STAFF');

    await app.query(
      `UPDATE identity.users SET status = 'SUSPENDED' WHERE role = 'ADMIN' AND id <> $1`,
      [admin.id],
    );
    const demote = await app.client.request(
      SET_ROLE,
      { i: { userId: admin.id, role: 'MEMBER' } },
      token,
    );
    expect(codeOf(demote)).toBe('LAST_ADMINISTRATOR');
  });

  describe('organisations', () => {
    const CREATE =
      'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id nameLatin country } }';

    it('are listed for anyone, found by either script', async () => {
      const name = `Zaječar ${Date.now()}`;
      const created = await aMunicipality(app, name);
      await app.query('UPDATE identity.organisations SET name_cyrillic = $1 WHERE id = $2', [
        `Зајечар ${Date.now()}`,
        created.id,
      ]);
      const byCyrillic = await app.client.ok(
        '{ organisations(filter: { query: "Зајеч" }) { nodes { id } } }',
      );
      const byLatin = await app.client.ok(
        '{ organisations(filter: { query: "zaječ" }) { nodes { id } } }',
      );
      expect(byCyrillic.organisations.nodes.map((node: { id: string }) => node.id)).toContain(
        created.id,
      );
      expect(byLatin.organisations.nodes.map((node: { id: string }) => node.id)).toContain(
        created.id,
      );
      for (const query of ['zajec', 'ЗАЈЕЧАР', 'зајечар']) {
        const found = await app.client.ok(
          '{ organisations(filter: { query: $q }) { nodes { id } } }'.replace('$q', `"${query}"`),
        );
        expect(found.organisations.nodes.map((node: { id: string }) => node.id)).toContain(
          created.id,
        );
      }
    });

    it('are created by administrators only, without duplicates', async () => {
      const input = {
        nameLatin: `Udruženje ${Date.now()}`,
        nameCyrillic: 'Удружење',
        kind: 'ASSOCIATION',
      };
      const memberToken = await app.signIn((await aUser().create(app)).email);
      const adminToken = await app.signIn((await aUser().withRole(Role.ADMIN).create(app)).email);
      expect(codeOf(await app.client.request(CREATE, { i: input }, memberToken))).toBe('FORBIDDEN');
      expect(
        (await app.client.ok(CREATE, { i: input }, adminToken)).createOrganisation.country,
      ).toBe('RS');
      expect(codeOf(await app.client.request(CREATE, { i: input }, adminToken))).toBe(
        'DUPLICATE_ORGANISATION',
      );
      expect(
        codeOf(
          await app.client.request(
            CREATE,
            { i: { ...input, nameLatin: 'X', country: 'Serbia' } },
            adminToken,
          ),
        ),
      ).toBe('BAD_USER_INPUT');
    });
  });

  it('lets administrators rename and archive organisations, which then take no one new', async () => {
    const adminToken = await app.signIn((await aUser().withRole(Role.ADMIN).create(app)).email);
    const organisation = await aMunicipality(app);
    const UPDATE_ORG =
      'mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { nameLatin acronym } }';
    const renamed = await app.client.ok(
      UPDATE_ORG,
      { i: { id: organisation.id, nameLatin: `${organisation.nameLatin} (novo)`, acronym: 'NOV' } },
      adminToken,
    );
    expect(renamed.updateOrganisation).toEqual({
      nameLatin: `${organisation.nameLatin} (novo)`,
      acronym: 'NOV',
    });
    const nulled = await app.client.request(
      UPDATE_ORG,
      { i: { id: organisation.id, nameLatin: null } },
      adminToken,
    );
    expect(codeOf(nulled)).toBe('BAD_USER_INPUT');

    await app.client.ok(
      'mutation($id: ID!) { setOrganisationArchived(id: $id, archived: true) { archivedAt } }',
      { id: organisation.id },
      adminToken,
    );
    const invite = await app.client.request(
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
      {
        i: {
          email: `x.${Date.now()}@a.test`,
          firstName: 'A',
          lastName: 'B',
          organisationId: organisation.id,
        },
      },
      adminToken,
    );
    expect(codeOf(invite)).toBe('UNKNOWN_ORGANISATION');
    const listed = await app.client.ok(
      'query($q: String) { organisations(filter: { query: $q }) { nodes { id } } }',
      {
        q: organisation.nameLatin,
      },
    );
    expect(listed.organisations.nodes).toEqual([]);
  });

  describe('self-registration', () => {
    const REQUEST =
      'mutation($i: RequestRegistrationInput!) { requestRegistration(input: $i) { id status } }';
    const DECIDE =
      'mutation($i: DecideRegistrationInput!) { decideRegistration(input: $i) { status decisionReason } }';

    it('is approved by staff with an invitation, or rejected with a reason', async () => {
      const staffToken = await app.signIn((await aUser().withRole(Role.STAFF).create(app)).email);
      const ask = (email: string) =>
        app.client.ok(REQUEST, {
          i: { email, firstName: 'Vesna', lastName: 'Kostić', organisationId },
        });
      const approvedEmail = `vesna.${Date.now()}@opstina.test`;
      const rejectedEmail = `drugi.${Date.now()}@opstina.test`;
      const approved = (await ask(approvedEmail)).requestRegistration;
      const rejected = (await ask(rejectedEmail)).requestRegistration;
      expect(
        codeOf(
          await app.client.request(REQUEST, {
            i: { email: approvedEmail, firstName: 'V', lastName: 'K', organisationId },
          }),
        ),
      ).toBe('REGISTRATION_PENDING');

      expect(
        codeOf(
          await app.client.request(
            DECIDE,
            { i: { requestId: rejected.id, approve: false } },
            staffToken,
          ),
        ),
      ).toBe('BAD_USER_INPUT');
      await app.client.ok(DECIDE, { i: { requestId: approved.id, approve: true } }, staffToken);
      await app.client.ok(
        DECIDE,
        { i: { requestId: rejected.id, approve: false, reason: 'Nije zaposlen u JLS' } },
        staffToken,
      );

      expect(await app.tokenMailedTo(approvedEmail)).toBeTruthy();
      const [rejection] = await app.query<{ body: string }>(
        'SELECT body FROM identity.mail_messages WHERE recipient = $1',
        [rejectedEmail],
      );
      expect(rejection.body).toContain('Nije zaposlen u JLS');
      expect(
        codeOf(
          await app.client.request(
            DECIDE,
            { i: { requestId: approved.id, approve: false, reason: 'x' } },
            staffToken,
          ),
        ),
      ).toBe('REGISTRATION_NOT_PENDING');
    });
  });

  it('shows the mail outbox to administrators only', async () => {
    const OUTBOX = '{ mailOutbox(first: 5) { nodes { recipient subject sentAt } } }';
    const staffToken = await app.signIn((await aUser().withRole(Role.STAFF).create(app)).email);
    const adminToken = await app.signIn((await aUser().withRole(Role.ADMIN).create(app)).email);
    expect(codeOf(await app.client.request(OUTBOX, {}, staffToken))).toBe('FORBIDDEN');
    expect((await app.client.ok(OUTBOX, {}, adminToken)).mailOutbox.nodes).toEqual(
      expect.any(Array),
    );
  });
});
