import type { Page } from 'playwright-core';
import { checkScreen, tabTo } from './support/accessibility';
import { pathOf, screenshot, useBrowserPage } from './support/browser';
import { organisationId, signInAdmin } from './support/graphql';
import type { Person } from './support/people';
import { createMember, signIn } from './support/people';

const MEMBER: Person = {
  email: 'vesna.kostic@kragujevac.test',
  firstName: 'Vesna',
  lastName: 'Kostić',
  position: 'Šefica odseka za budžet',
};
const PASSWORD = 'Kragujevac-Mreze-Lozinka-2026';

async function searchNetworks(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Pretraga po nazivu' }).fill(query);
}

describe('networks', () => {
  const browser = useBrowserPage();

  beforeAll(async () => {
    const admin = await signInAdmin();
    await createMember(admin, MEMBER, await organisationId(admin, 'Kragujevac'), PASSWORD);
  });

  it('lets a member join an open network, ask to join a closed one, and see the members', async () => {
    const { page } = browser;
    await signIn(page, MEMBER, PASSWORD);
    await page.getByRole('link', { name: 'Mreže', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mreže' }).waitFor();
    await screenshot(page, 'networks-list');
    await checkScreen(page, 'networks-list');

    // Typed in Cyrillic, found in the Latin interface.
    await searchNetworks(page, 'порес');
    await page
      .getByRole('button', {
        name: 'Zatraži pristup mreži Rukovodioci lokalnih poreskih administracija',
      })
      .click();
    await page.getByRole('button', { name: 'Zahtev poslat' }).first().waitFor();
    await screenshot(page, 'networks-request-sent');

    // Typed without diacritics.
    await searchNetworks(page, 'lokalne finansije');
    await page.getByRole('button', { name: 'Pridruži se mreži Lokalne finansije' }).click();
    await page.getByText('Član', { exact: true }).first().waitFor();

    await page.getByRole('link', { name: 'Lokalne finansije' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Lokalne finansije' }).waitFor();
    // The feed opens first; the members are a tab away.
    await page.getByRole('tab', { name: 'Članovi' }).click();
    const members = page.getByRole('tabpanel', { name: 'Članovi' });
    await members.getByText(`${MEMBER.firstName} ${MEMBER.lastName}`).waitFor();
    // Other tests of the run add people with the same position to this network.
    await members.getByText(MEMBER.position).first().waitFor();
    await screenshot(page, 'network-members');
    await checkScreen(page, 'network-members');
    expect(browser.pageErrors).toEqual([]);
  });

  it('signs in and opens a network with the keyboard alone', async () => {
    const { page } = browser;
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Prijava' }).waitFor();
    await tabTo(page, 'Adresa e-pošte');
    await page.keyboard.type(MEMBER.email);
    await tabTo(page, 'Lozinka');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 1, name: `Dobro došli, ${MEMBER.firstName}` })
      .waitFor();

    // The skip link comes first, then the header's navigation.
    await tabTo(page, 'Pređi na sadržaj');
    await tabTo(page, 'Mreže');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mreže' }).waitFor();
    await tabTo(page, 'Lokalne finansije', 120);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Lokalne finansije' }).waitFor();
    expect(pathOf(page)).toBe('/networks/local-finances');
    await checkScreen(page, 'network-feed');
    expect(browser.pageErrors).toEqual([]);
  });
});
