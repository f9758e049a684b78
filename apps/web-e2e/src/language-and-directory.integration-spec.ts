import { checkScreen } from './support/accessibility';
import { pathOf, screenshot, useBrowserPage } from './support/browser';
import { organisationId, signInAdmin } from './support/graphql';
import type { Person } from './support/people';
import { createMember } from './support/people';
import { ADMIN } from './support/platform';

const MEMBER: Person = {
  email: 'dragana.djordjevic@novisad.test',
  firstName: 'Dragana',
  lastName: 'Đorđević',
  position: 'Načelnica odeljenja za urbanizam',
};

describe('interface language and directory', () => {
  const browser = useBrowserPage();

  beforeAll(async () => {
    const admin = await signInAdmin();
    const noviSad = await organisationId(admin, 'Novi Sad');
    await createMember(admin, MEMBER, noviSad, 'Novosadska-Lozinka-Za-Imenik-2026');
  });

  it('shows sign-in in Cyrillic and English, then finds a member in the directory', async () => {
    const { page } = browser;
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Prijava' }).waitFor();

    await page
      .getByRole('combobox', { name: 'Jezik interfejsa' })
      .selectOption({ label: 'Ћирилица' });
    await page.getByRole('heading', { level: 1, name: 'Пријава' }).waitFor();
    await page.getByRole('button', { name: 'Пријави се' }).waitFor();
    await screenshot(page, 'sign-in-cyrillic');
    await checkScreen(page, 'sign-in-cyrillic');

    await page
      .getByRole('combobox', { name: 'Језик интерфејса' })
      .selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await screenshot(page, 'sign-in-english');

    await page.getByRole('textbox', { name: 'E-mail address', exact: true }).fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The language saved in the administrator's profile (Serbian Latin) takes over.
    await page.getByRole('heading', { level: 1, name: 'Dobro došli, Administrator' }).waitFor();

    await page.getByRole('link', { name: 'Otvori imenik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imenik članova' }).waitFor();
    await page.getByRole('searchbox', { name: 'Pretraga po imenu' }).fill('Đorđević');
    await page.getByRole('status').filter({ hasText: 'Prikazan je 1 član' }).waitFor();
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Dragana Đorđević' }),
    });
    await card.getByText(MEMBER.position, { exact: true }).waitFor();
    await card.getByText('Novi Sad', { exact: true }).waitFor();
    expect(pathOf(page)).toBe('/directory');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Đorđević');
    await screenshot(page, 'directory-search');
    await checkScreen(page, 'directory-search');
    expect(browser.pageErrors).toEqual([]);
  });
});
