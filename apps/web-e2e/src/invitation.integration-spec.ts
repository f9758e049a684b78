import { checkScreen } from './support/accessibility';
import { pathOf, screenshot, useBrowserPage } from './support/browser';
import { organisationId, signInAdmin } from './support/graphql';
import type { Person } from './support/people';
import { invite } from './support/people';

const INVITEE: Person = {
  email: 'milica.jovanovic@cacak.test',
  firstName: 'Milica',
  lastName: 'Jovanović',
  position: 'Savetnica za lokalni ekonomski razvoj',
};
const PASSWORD = 'Cacak-Invitation-Lozinka-2026';

describe('invitation', () => {
  const browser = useBrowserPage();

  it('lets an invitee choose a password from the e-mailed link and greets them', async () => {
    const admin = await signInAdmin();
    const link = await invite(admin, INVITEE, await organisationId(admin, 'Čačak'));

    const { page } = browser;
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Prihvatanje poziva' }).waitFor();
    await page.getByText('Poziv za: Milica Jovanović', { exact: true }).waitFor();
    await page.getByText(`Adresa e-pošte: ${INVITEE.email}`, { exact: true }).waitFor();
    await page.getByText('Organizacija: Čačak', { exact: true }).waitFor();
    await screenshot(page, 'invitation');
    await checkScreen(page, 'invitation');

    await page.getByRole('textbox', { name: 'Nova lozinka', exact: true }).fill(PASSWORD);
    await page.getByRole('textbox', { name: 'Ponovite lozinku', exact: true }).fill(PASSWORD);
    await screenshot(page, 'invitation-password-chosen');
    await page.getByRole('button', { name: 'Aktiviraj nalog' }).click();

    await page.getByRole('heading', { level: 1, name: 'Dobro došli, Milica' }).waitFor();
    await page.getByText('Dobro došli u Mrežu, Milica!', { exact: true }).waitFor();
    const profile = page.getByRole('region', { name: 'Vaš profil' });
    await profile.getByText('Milica Jovanović', { exact: true }).waitFor();
    await profile.getByText(INVITEE.position, { exact: true }).waitFor();
    await profile.getByText('Čačak', { exact: true }).waitFor();
    expect(pathOf(page)).toBe('/');
    await screenshot(page, 'home-invitee');
    await checkScreen(page, 'home-invitee');
    expect(browser.pageErrors).toEqual([]);
  });
});
