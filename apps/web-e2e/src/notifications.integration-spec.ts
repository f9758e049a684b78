import type { Page } from 'playwright-core';
import { checkScreen } from './support/accessibility';
import { screenshot, useBrowserPage } from './support/browser';
import type { Person } from './support/graphql';
import { createMember, graphql, organisationId, signInAdmin } from './support/graphql';

const MEMBER: Person = {
  email: 'milica.jankovic@nis.test',
  firstName: 'Milica',
  lastName: 'Janković',
  position: 'Savetnica za lokalne finansije',
};
const COORDINATOR: Person = {
  email: 'dejan.savic@nis.test',
  firstName: 'Dejan',
  lastName: 'Savić',
  position: 'Načelnik odeljenja za finansije',
};
const PASSWORD = 'Nis-Obavestenja-Lozinka-2026';
const NETWORK = 'Budžetski kalendar';

/** Signs in through the API and answers the access token and the user's id. */
async function signInApi(email: string): Promise<{ token: string; id: string }> {
  const data = await graphql<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password: PASSWORD } },
  );
  const token = data.login.accessToken;
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
    sub: string;
  };
  return { token, id: claims.sub };
}

async function signIn(page: Page, person: Person): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Adresa e-pošte', exact: true }).fill(person.email);
  await page.getByRole('textbox', { name: 'Lozinka', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Prijavi se' }).click();
  await page.getByRole('heading', { level: 1, name: `Dobro došli, ${person.firstName}` }).waitFor();
}

describe('notifications', () => {
  const browser = useBrowserPage();

  beforeAll(async () => {
    const admin = await signInAdmin();
    const organisation = await organisationId(admin, 'Niš');
    await createMember(admin, MEMBER, organisation, PASSWORD);
    await createMember(admin, COORDINATOR, organisation, PASSWORD);
    const member = await signInApi(MEMBER.email);
    const coordinator = await signInApi(COORDINATOR.email);

    const { createNetwork } = await graphql<{ createNetwork: { id: string } }>(
      'mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }',
      {
        i: {
          slug: 'budzetski-kalendar',
          nameLatin: NETWORK,
          nameCyrillic: 'Буџетски календар',
          nameEnglish: 'Budget calendar',
          visibility: 'OPEN',
        },
      },
      admin,
    );
    for (const person of [member, coordinator]) {
      await graphql(
        'mutation($n: ID!, $u: ID!) { addNetworkMember(networkId: $n, userId: $u) { role } }',
        { n: createNetwork.id, u: person.id },
        admin,
      );
    }
    await graphql(
      'mutation($n: ID!, $u: ID!) { setNetworkRole(networkId: $n, userId: $u, role: COORDINATOR) { role } }',
      { n: createNetwork.id, u: coordinator.id },
      admin,
    );
    await graphql(
      'mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }',
      {
        i: {
          networkId: createNetwork.id,
          body: 'Rok za predlog budžeta je **15. decembar**. Pošaljite pitanja do petka.',
          pinned: true,
        },
      },
      coordinator.token,
    );
    // The notification is written from the announcement's event: wait until it is there.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { unreadNotificationCount } = await graphql<{ unreadNotificationCount: number }>(
        '{ unreadNotificationCount }',
        {},
        member.token,
      );
      if (unreadNotificationCount > 0) break;
      if (Date.now() > deadline) throw new Error('the announcement never notified the member');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  it('shows a member the unread count on the bell, the announcement in it, and marks it read', async () => {
    const { page } = browser;
    await signIn(page, MEMBER);

    const bell = page.getByRole('button', { name: 'Obaveštenja, nepročitanih: 1' });
    await bell.waitFor();
    // The start page lists it among the unread ones too.
    const unread = page.getByRole('region', { name: 'Nepročitana obaveštenja' });
    await unread.getByText('Nova objava koordinatora').waitFor();

    await bell.click();
    const popover = page.getByRole('dialog', { name: 'Obaveštenja' });
    await popover.getByText(NETWORK).waitFor();
    await popover.getByText(/Rok za predlog budžeta/).waitFor();
    await screenshot(page, 'notifications-bell');

    // Opening it marks it read and goes to the network, where the announcement heads the feed.
    await popover.getByRole('button', { name: /Nova objava koordinatora/ }).click();
    await page.getByRole('heading', { level: 1, name: NETWORK }).waitFor();
    await page.getByRole('button', { name: 'Obaveštenja, nepročitanih: 0' }).waitFor();
    const announcement = page.getByRole('article', {
      name: `Obaveštenje koordinatora: ${COORDINATOR.firstName} ${COORDINATOR.lastName}`,
    });
    await announcement.getByText('15. decembar').waitFor();
    await announcement.getByText('Pročitao je 1 član').waitFor();
    await screenshot(page, 'notifications-read');
    await checkScreen(page, 'notifications-read');
    expect(browser.pageErrors).toEqual([]);
  });
});
