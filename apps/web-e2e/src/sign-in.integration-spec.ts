import { checkScreen } from './support/accessibility';
import { pathOf, screenshot, useBrowserPage } from './support/browser';
import { ADMIN } from './support/platform';

const SKGO = 'Stalna konferencija gradova i opština – Savez gradova i opština Srbije';

describe('sign-in', () => {
  const browser = useBrowserPage();

  it('greets the administrator on the home page with their name and organisation', async () => {
    const { page } = browser;
    await page.goto('/');
    // Without a session the home page sends the visitor to sign in.
    await page.getByRole('heading', { level: 1, name: 'Prijava' }).waitFor();
    expect(pathOf(page)).toBe('/sign-in');
    await screenshot(page, 'sign-in');
    await checkScreen(page, 'sign-in');

    await page.getByRole('textbox', { name: 'Adresa e-pošte', exact: true }).fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Lozinka', exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Prijavi se' }).click();

    await page.getByRole('heading', { level: 1, name: 'Dobro došli, Administrator' }).waitFor();
    const profile = page.getByRole('region', { name: 'Vaš profil' });
    await profile.getByText('Administrator Mreže', { exact: true }).waitFor();
    await profile.getByText(SKGO, { exact: true }).waitFor();
    expect(pathOf(page)).toBe('/');
    await screenshot(page, 'home-administrator');
    await checkScreen(page, 'home-administrator');
    expect(browser.pageErrors).toEqual([]);
  });

  it('says so when the password is wrong, and stays on sign-in', async () => {
    const { page } = browser;
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: 'Adresa e-pošte', exact: true }).fill(ADMIN.email);
    const password = page.getByRole('textbox', { name: 'Lozinka', exact: true });
    await password.fill('Nije-Prava-Lozinka-2026');
    await page.getByRole('button', { name: 'Prijavi se' }).click();

    await page
      .getByRole('alert')
      .filter({ hasText: 'Adresa e-pošte ili lozinka nije tačna.' })
      .waitFor();
    await screenshot(page, 'sign-in-wrong-password');
    await checkScreen(page, 'sign-in-wrong-password');
    expect(pathOf(page)).toBe('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Prijava' }).waitFor();
    expect(await password.inputValue()).toBe('');
    expect(browser.pageErrors).toEqual([]);
  });

  it('keeps the public pages accessible and fit for a phone', async () => {
    const { page } = browser;
    await page.goto('/request-access');
    await page.getByRole('heading', { level: 1, name: 'Zahtev za pristup' }).waitFor();
    await checkScreen(page, 'request-access');

    await page.goto('/reset-password?token=istekao-token-1234567890');
    await page.getByRole('heading', { level: 1, name: 'Izbor nove lozinke' }).waitFor();
    await checkScreen(page, 'reset-password');

    await page.goto('/nema-ove-strane');
    await page.getByRole('heading', { level: 1, name: 'Strana nije pronađena' }).waitFor();
    await checkScreen(page, 'not-found');
    expect(browser.pageErrors).toEqual([]);
  });
});
