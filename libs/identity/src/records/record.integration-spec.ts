import { Role } from '@mreza/shared/auth';
import { codeOf } from '@mreza/shared/testing';
import type { IdentityTestApp } from '../testing/identity-test-app';
import { aMunicipality, aUser, startIdentity } from '../testing/identity-test-app';

const DEPART = `mutation($i: RecordDepartureInput!) {
  recordDeparture(input: $i) { user { id status leftAt } successorInvitedEmail }
}`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { user { id organisationId position } } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { user { recordReconfirmationDue } } }`;
const monthsAgo = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
};

describe('member records', () => {
  let app: IdentityTestApp;
  let organisationId: string;

  beforeAll(async () => {
    app = await startIdentity({ RECORD_CONFIRMATION_MONTHS: '12' });
    organisationId = (await aMunicipality(app)).id;
  });

  afterAll(() => app.close());

  describe('reconfirmation', () => {
    it('asks a member with an old record to reconfirm, and lists them for staff until they do', async () => {
      const stale = await aUser()
        .inOrganisation(organisationId)
        .confirmedAt(monthsAgo(13))
        .create(app);
      const login = await app.client.ok(LOGIN, {
        i: { email: stale.email, password: 'Zelena-Planina-Kisobran-47' },
      });
      expect(login.login.user.recordReconfirmationDue).toBe(true);

      const staffToken = await app.signIn((await aUser().withRole(Role.STAFF).create(app)).email);
      const staleIds = async () => {
        const ids: string[] = [];
        let after: string | null = null;
        do {
          const page: any = await app.client.ok(
            'query($after: String) { staleRecords(first: 100, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }',
            { after },
            staffToken,
          );
          ids.push(...page.staleRecords.nodes.map((node: { id: string }) => node.id));
          after = page.staleRecords.pageInfo.hasNextPage
            ? page.staleRecords.pageInfo.endCursor
            : null;
        } while (after);
        return ids;
      };
      expect(await staleIds()).toContain(stale.id);

      const token = await app.signIn(stale.email);
      const confirmed = await app.client.ok(
        'mutation($i: ConfirmRecordInput!) { confirmRecord(input: $i) { position recordReconfirmationDue } }',
        { i: { organisationId, position: 'Šef kabineta' } },
        token,
      );
      expect(confirmed.confirmRecord).toEqual({
        position: 'Šef kabineta',
        recordReconfirmationDue: false,
      });
      expect(await staleIds()).not.toContain(stale.id);
    });

    it('shows the stale list to staff only', async () => {
      const token = await app.signIn((await aUser().create(app)).email);
      expect(codeOf(await app.client.request('{ staleRecords { nodes { id } } }', {}, token))).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('departure and succession', () => {
    it("lets the organisation's liaison officer record a departure and invite the successor", async () => {
      const liaison = await aUser().inOrganisation(organisationId).asLiaisonOfficer().create(app);
      const leaving = await aUser().inOrganisation(organisationId).create(app);
      const leavingToken = await app.signIn(leaving.email);
      const successorEmail = `naslednik.${Date.now()}@opstina.test`;

      const departure = await app.client.ok(
        DEPART,
        {
          i: {
            userId: leaving.id,
            successor: { email: successorEmail, firstName: 'Petar', lastName: 'Lazić' },
          },
        },
        await app.signIn(liaison.email),
      );
      expect(departure.recordDeparture).toMatchObject({
        user: { id: leaving.id, status: 'DEACTIVATED' },
        successorInvitedEmail: successorEmail,
      });
      expect(codeOf(await app.client.request('{ me { id } }', {}, leavingToken))).toBe(
        'UNAUTHENTICATED',
      );

      const accepted = await app.client.ok(ACCEPT, {
        i: {
          token: await app.tokenMailedTo(successorEmail),
          password: 'Naslednik-Preuzima-Mrezu-1',
        },
      });
      const successor = accepted.acceptInvitation.user;
      expect(successor).toMatchObject({ organisationId, position: 'Savetnik' });

      const events = await app.query<{ payload: Record<string, string> }>(
        `SELECT payload FROM identity.outbox WHERE type = 'identity.user.succeeded' AND payload->>'predecessorId' = $1`,
        [leaving.id],
      );
      expect(events).toEqual([
        { payload: { predecessorId: leaving.id, successorId: successor.id, organisationId } },
      ]);

      const viewer = await app.signIn(liaison.email);
      const former = await app.client.ok(
        'query($id: ID!) { user(id: $id) { displayName status successorId } }',
        { id: leaving.id },
        viewer,
      );
      expect(former.user).toEqual({
        displayName: `${leaving.firstName} ${leaving.lastName}`,
        status: 'DEACTIVATED',
        successorId: successor.id,
      });
    });

    it('refuses colleagues who are not the liaison officer, and other organisations', async () => {
      const otherOrganisation = (await aMunicipality(app)).id;
      const leaving = await aUser().inOrganisation(organisationId).create(app);
      const colleague = await aUser().inOrganisation(organisationId).create(app);
      const foreignLiaison = await aUser()
        .inOrganisation(otherOrganisation)
        .asLiaisonOfficer()
        .create(app);
      for (const actor of [colleague, foreignLiaison]) {
        const result = await app.client.request(
          DEPART,
          { i: { userId: leaving.id } },
          await app.signIn(actor.email),
        );
        expect(codeOf(result)).toBe('FORBIDDEN');
      }
      const [row] = await app.query<{ status: string }>(
        'SELECT status FROM identity.users WHERE id = $1',
        [leaving.id],
      );
      expect(row.status).toBe('ACTIVE');
    });

    it('lets members record their own departure once', async () => {
      const leaving = await aUser().inOrganisation(organisationId).create(app);
      const token = await app.signIn(leaving.email);
      await app.client.ok(DEPART, { i: { userId: leaving.id } }, token);
      const staffToken = await app.signIn((await aUser().withRole(Role.STAFF).create(app)).email);
      expect(
        codeOf(await app.client.request(DEPART, { i: { userId: leaving.id } }, staffToken)),
      ).toBe('ALREADY_LEFT');
    });

    it('writes nothing when the successor e-mail already has an account', async () => {
      const leaving = await aUser().inOrganisation(organisationId).create(app);
      const existing = await aUser().create(app);
      const staffToken = await app.signIn((await aUser().withRole(Role.STAFF).create(app)).email);
      const result = await app.client.request(
        DEPART,
        {
          i: {
            userId: leaving.id,
            successor: { email: existing.email, firstName: 'A', lastName: 'B' },
          },
        },
        staffToken,
      );
      expect(codeOf(result)).toBe('EMAIL_TAKEN');
      const [row] = await app.query<{ status: string }>(
        'SELECT status FROM identity.users WHERE id = $1',
        [leaving.id],
      );
      expect(row.status).toBe('ACTIVE');
    });
  });
});
