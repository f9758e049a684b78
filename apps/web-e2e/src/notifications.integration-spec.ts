import { checkScreen } from './support/accessibility';
import { screenshot, useBrowserPage } from './support/browser';
import { eventually } from './support/eventually';
import { graphql, organisationId, signInAdmin } from './support/graphql';
import type { Person } from './support/people';
import { addToNetwork, createMember, signIn } from './support/people';

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

describe('notifications', () => {
  const browser = useBrowserPage();

  beforeAll(async () => {
    const admin = await signInAdmin();
    const organisation = await organisationId(admin, 'Niš');
    const member = await createMember(admin, MEMBER, organisation, PASSWORD);
    const coordinator = await createMember(admin, COORDINATOR, organisation, PASSWORD);

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
    await addToNetwork(admin, createNetwork.id, member.id);
    await addToNetwork(admin, createNetwork.id, coordinator.id, 'COORDINATOR');
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
    await eventually(async () => {
      const { unreadNotificationCount } = await graphql<{ unreadNotificationCount: number }>(
        '{ unreadNotificationCount }',
        {},
        member.token,
      );
      if (unreadNotificationCount === 0)
        throw new Error('the announcement never notified the member');
    }, 30_000);
  });

  it('shows a member the unread count on the bell, the announcement in it, and marks it read', async () => {
    const { page } = browser;
    await signIn(page, MEMBER, PASSWORD);

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
