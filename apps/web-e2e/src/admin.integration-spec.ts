import type { Page } from 'playwright-core';
import { checkScreen } from './support/accessibility';
import { pathOf, screenshot, useBrowserPage } from './support/browser';
import { eventually } from './support/eventually';
import { graphql, organisationId, signInAdmin } from './support/graphql';
import { addTextDocument } from './support/library';
import { signInAsAdmin } from './support/people';

const ORGANISATION = { latin: 'Opština Ljubovija', cyrillic: 'Општина Љубовија' };
const INVITEE = {
  firstName: 'Đorđe',
  lastName: 'Lukić',
  email: 'djordje.lukic@ljubovija.test',
};
const APPLICANT = {
  email: 'neznanac@primer.test',
  firstName: 'Petar',
  lastName: 'Nepoznati',
  position: 'Savetnik',
};
const DOCUMENT = 'Smernice za javne rasprave o budžetu';

async function openSection(page: Page, link: string, heading = link): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Administracija' })
    .getByRole('link', { name: link, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('administration', () => {
  const browser = useBrowserPage();

  it('creates an organisation, invites a member into it, and shows the invitation in the outbox', async () => {
    const { page } = browser;
    await signInAsAdmin(page);
    await page.getByRole('button', { name: /Meni naloga/ }).click();
    await page.getByRole('menuitem', { name: 'Administracija' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organizacije' }).waitFor();
    await checkScreen(page, 'admin-organisations');

    // A new organisation: the Cyrillic name written from the Latin one.
    await page.getByRole('button', { name: 'Nova organizacija' }).click();
    const form = page.getByRole('dialog', { name: 'Nova organizacija' });
    await form.getByRole('textbox', { name: 'Naziv latinicom' }).fill(ORGANISATION.latin);
    await form.getByRole('button', { name: 'Prepiši ćirilicom iz latinice' }).click();
    await expect(form.getByRole('textbox', { name: 'Naziv ćirilicom' }).inputValue()).resolves.toBe(
      ORGANISATION.cyrillic,
    );
    await form.getByRole('textbox', { name: 'Okrug' }).fill('Mačvanski');
    await checkScreen(page, 'admin-organisation-form');
    await form.getByRole('button', { name: 'Dodaj organizaciju' }).click();
    await form.waitFor({ state: 'detached' });

    // Found by its Cyrillic name. (Identity's ILIKE does not fold the case of Cyrillic letters in
    // the embedded PostgreSQL's C locale, so the search keeps the capital Љ.)
    await page
      .getByRole('searchbox', { name: 'Pretraga po nazivu ili skraćenici' })
      .fill('Љубовиј');
    const list = page.getByRole('list', { name: 'Organizacije' });
    await list.getByText(ORGANISATION.latin, { exact: true }).waitFor();
    await list.getByText(/Општина Љубовија · Mačvanski · RS/).waitFor();
    await screenshot(page, 'admin-organisation-created');

    // An invitation into it.
    await openSection(page, 'Pozivi');
    await page.getByRole('textbox', { name: 'Ime', exact: true }).fill(INVITEE.firstName);
    await page.getByRole('textbox', { name: 'Prezime', exact: true }).fill(INVITEE.lastName);
    await page.getByRole('textbox', { name: 'Adresa e-pošte', exact: true }).fill(INVITEE.email);
    await page
      .getByRole('textbox', { name: 'Organizacija' })
      .or(page.getByRole('combobox', { name: 'Organizacija' }))
      .fill('Ljubovija');
    await page.getByRole('option', { name: ORGANISATION.latin }).click();
    await page.getByRole('button', { name: 'Pošalji poziv' }).click();
    const open = page.getByRole('list', { name: 'Otvoreni pozivi' });
    await open.getByText(`${INVITEE.firstName} ${INVITEE.lastName}`).waitFor();
    await open.getByText(`${INVITEE.email} · ${ORGANISATION.latin}`).waitFor();
    await checkScreen(page, 'admin-invitations');

    // The e-mail with the link to accept.
    await openSection(page, 'Poslata pošta');
    const mail = page
      .getByRole('listitem')
      .filter({ hasText: `Za: ${INVITEE.email}` })
      .first();
    await mail.waitFor();
    await mail.getByRole('button', { name: 'Prikaži poruku' }).click();
    await mail.getByText(/\/invitation\?token=/).waitFor();
    await checkScreen(page, 'admin-mail');
    expect(browser.pageErrors).toEqual([]);
  });

  it('rejects an access request with a reason, and lists accounts, networks and records to check', async () => {
    const { page } = browser;
    const admin = await signInAdmin();
    await graphql(
      'mutation($input: RequestRegistrationInput!) { requestRegistration(input: $input) { id } }',
      { input: { ...APPLICANT, organisationId: await organisationId(admin, 'Kragujevac') } },
    );
    await signInAsAdmin(page);
    await page.goto('/admin/registrations');
    await page.getByRole('heading', { level: 1, name: 'Zahtevi za pristup' }).waitFor();
    await page.getByText(APPLICANT.email, { exact: false }).waitFor();
    await checkScreen(page, 'admin-registrations');

    await page
      .getByRole('button', { name: `Odbij zahtev: ${APPLICANT.firstName} ${APPLICANT.lastName}` })
      .click();
    const dialog = page.getByRole('dialog');
    // Without a reason the request is not rejected.
    await dialog.getByRole('button', { name: 'Odbij zahtev', exact: true }).click();
    await dialog.getByText('Napišite zašto se zahtev odbija.').waitFor();
    await dialog
      .getByRole('textbox', { name: 'Obrazloženje' })
      .fill('Platforma je namenjena zaposlenima u lokalnim samoupravama.');
    await dialog.getByRole('button', { name: 'Odbij zahtev', exact: true }).click();
    await page.getByText('Nema zahteva koji čekaju odluku.').waitFor();

    await openSection(page, 'Nalozi');
    await page.getByRole('searchbox', { name: 'Pretraga po imenu' }).fill('Administrator');
    await page.getByRole('link', { name: 'Vaš profil' }).waitFor();
    await checkScreen(page, 'admin-accounts');

    await openSection(page, 'Mreže');
    await page.getByRole('list', { name: 'Mreže' }).getByText('Lokalne finansije').waitFor();
    await checkScreen(page, 'admin-networks');

    await openSection(page, 'Podaci za proveru');
    await page.getByText('Podaci svih članova su potvrđeni na vreme.').waitFor();
    await checkScreen(page, 'admin-stale-records');
    expect(browser.pageErrors).toEqual([]);
  });

  it('deletes a document, finds it among the deleted documents, restores it and opens it again', async () => {
    const { page } = browser;
    const admin = await signInAdmin();
    // Staff add documents visible to every member; the library may not know the account yet.
    const documentId = await eventually(() =>
      addTextDocument(admin, {
        title: DOCUMENT,
        kind: 'GUIDELINE',
        text: 'Kako opština najavljuje javnu raspravu o nacrtu budžeta i odgovara na predloge.',
      }),
    );
    await signInAsAdmin(page);
    await page.goto(`/library/documents/${documentId}`);
    await page.getByRole('heading', { level: 1, name: DOCUMENT }).waitFor({ timeout: 45_000 });

    await page.getByRole('button', { name: 'Obriši', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Obrisati dokument?' })
      .getByRole('button', { name: 'Obriši', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Biblioteka' }).waitFor();
    // Staff are told where it went, until when, and may undo.
    const notice = page
      .getByRole('alert')
      .filter({ hasText: `Dokument „${DOCUMENT}” je obrisan.` });
    await notice.getByText(/Do .+ može se vratiti iz Administracije/).waitFor();
    await notice.getByRole('button', { name: 'Poništi brisanje' }).waitFor();
    await screenshot(page, 'library-deleted-notice');
    await notice.getByRole('link', { name: 'Otvori obrisane dokumente' }).click();

    await page.getByRole('heading', { level: 1, name: 'Obrisani dokumenti' }).waitFor();
    const row = page
      .getByRole('list', { name: 'Obrisani dokumenti' })
      .getByRole('listitem')
      .filter({ hasText: DOCUMENT });
    await row.getByText('Smernice', { exact: true }).waitFor();
    await row.getByText(/Obrisao\/la: Administrator/).waitFor();
    await row.getByText(/Može se vratiti do /).waitFor();
    await screenshot(page, 'admin-deleted-documents');
    await checkScreen(page, 'admin-deleted-documents');

    await row.getByRole('button', { name: `Vrati: ${DOCUMENT}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Vratiti dokument?' });
    await dialog.getByRole('button', { name: 'Vrati dokument' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `Dokument „${DOCUMENT}” je vraćen u biblioteku.` })
      .waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: `Otvori dokument „${DOCUMENT}”` }).click();
    await page.getByRole('heading', { level: 1, name: DOCUMENT }).waitFor({ timeout: 45_000 });
    expect(pathOf(page)).toBe(`/library/documents/${documentId}`);
    // Back in the library for everyone.
    const { document } = await graphql<{ document: { title: string } }>(
      'query($id: ID!) { document(id: $id) { title } }',
      { id: documentId },
      admin,
    );
    expect(document.title).toBe(DOCUMENT);
    expect(browser.pageErrors).toEqual([]);
  });

  it('keeps the e-mail notification settings chosen in the profile', async () => {
    const { page } = browser;
    await signInAsAdmin(page);
    await page.goto('/profile');
    const section = page.getByRole('region', { name: 'Obaveštenja e-poštom' });
    await section.getByRole('radio', { name: 'Jednom nedeljno' }).check();
    await page.getByText('Podešavanja obaveštenja su sačuvana.').waitFor();
    const saved = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        (response.request().postData() ?? '').includes('announcementEmails":false'),
    );
    await section.getByRole('switch', { name: /Obaveštenja koordinatora e-poštom/ }).uncheck();
    await saved;
    await checkScreen(page, 'profile');

    await page.reload();
    await expect(section.getByRole('radio', { name: 'Jednom nedeljno' }).isChecked()).resolves.toBe(
      true,
    );
    await expect(
      section.getByRole('switch', { name: /Obaveštenja koordinatora e-poštom/ }).isChecked(),
    ).resolves.toBe(false);
    expect(browser.pageErrors).toEqual([]);
  });
});
