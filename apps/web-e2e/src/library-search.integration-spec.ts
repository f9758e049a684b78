import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { checkScreen } from './support/accessibility';
import { pathOf, screenshot, useBrowserPage } from './support/browser';
import { eventually } from './support/eventually';
import { graphql, networkId as networkIdOf, organisationId, signInAdmin } from './support/graphql';
import { addTextDocument } from './support/library';
import type { Person } from './support/people';
import { addToNetwork, createMember, signIn } from './support/people';

const MEMBER: Person = {
  email: 'ana.markovic@biblioteka.test',
  firstName: 'Ana',
  lastName: 'Marković',
  position: 'Savetnica za zaštitu životne sredine',
};
const PASSWORD = 'Biblioteka-Pretraga-Lozinka-2026';
const SLUG = 'local-finances';
const NETWORK_NAME = 'Lokalne finansije';
const TITLE = 'Čišćenje retenzije Ribnica u Kraljevu';
/** Only in the PDF's text, not in its title or metadata: found only once the text is extracted. */
const WORD_LATIN = 'žabokrečina';
const WORD_CYRILLIC = 'жабокречина';
const COLLECTION = 'Zaštita voda: izabrane prakse';
/** Shares words of TITLE: the document's page lists it among similar documents. */
const RELATED_TITLE = 'Kvalitet vode retenzije Ribnica posle čišćenja';
const MINUTES_TITLE = 'Zapisnik sa sastanka o budžetskom kalendaru';
const DEJAVU_SANS = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
/** The document page's picture of the PDF's first page (its link's name too). */
const FIRST_PAGE_ALT = `Prva strana dokumenta: ${TITLE}`;

/**
 * The natural width of the image `selector` finds: 0 while it loads, when it failed, or when there
 * is none. (Source text: this project compiles without the DOM's types.)
 */
const naturalWidthOf = (selector: string) => `(() => {
  const image = document.querySelector(${JSON.stringify(selector)});
  return image && image.complete ? image.naturalWidth : 0;
})()`;

/** Waits until the image `selector` finds has loaded, then gives its natural width. */
async function loadedImageWidth(page: Page, selector: string): Promise<number> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForFunction(`${naturalWidthOf(selector)} > 0`, undefined, { timeout: 20_000 });
  return page.evaluate<number>(naturalWidthOf(selector));
}

/** A two-page PDF with real Serbian text (DejaVu Sans, so č, ć, ž are characters, not shapes). */
async function aPdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(readFileSync(DEJAVU_SANS), { subset: true });
  const pages = [
    [
      'Čišćenje retenzije Ribnica',
      `${WORD_LATIN[0]?.toUpperCase()}${WORD_LATIN.slice(1)} je 2023. prekrila 12 hektara vodene površine.`,
      'Grad je sa mesnim zajednicama organizovao mehaničko uklanjanje i praćenje kvaliteta vode.',
    ],
    ['Troškovi: 4,2 miliona dinara iz budžetskog fonda za zaštitu životne sredine.'],
  ];
  for (const lines of pages) {
    const page = document.addPage([595, 842]);
    lines.forEach((line, index) => {
      page.drawText(line, { x: 50, y: 780 - index * 16, size: 11, font });
    });
  }
  return Buffer.from(await document.save());
}

describe('library and search', () => {
  const browser = useBrowserPage();
  let member = { token: '', id: '' };
  let networkId = '';
  let adminToken = '';
  let relatedId = '';

  beforeAll(async () => {
    adminToken = await signInAdmin();
    const organisation = await organisationId(adminToken, 'Kraljevo');
    member = await createMember(adminToken, MEMBER, organisation, PASSWORD);
    networkId = await networkIdOf(adminToken, SLUG);
    await addToNetwork(adminToken, networkId, member.id);
    // The library learns of the membership from the networks' events: once it has, the member
    // may add documents to the network.
    await eventually(() =>
      addTextDocument(member.token, {
        title: MINUTES_TITLE,
        kind: 'MINUTES',
        text: 'Zapisnik sa sastanka mreže o budžetskom kalendaru.',
        networkIds: [networkId],
      }),
    );
    relatedId = await addTextDocument(member.token, {
      title: RELATED_TITLE,
      kind: 'REPORT',
      text: 'Merenja kiseonika i providnosti vode tokom godine posle uklanjanja rastinja.',
      networkIds: [networkId],
    });
  });

  it('uploads a PDF with its good-practice account, finds it by a word of its text typed in Cyrillic, and opens it', async () => {
    const { page } = browser;
    await signIn(page, MEMBER, PASSWORD);

    // The library, from the main navigation.
    await page.getByRole('banner').getByRole('link', { name: 'Biblioteka', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Biblioteka' }).waitFor();
    await page.getByRole('link', { name: MINUTES_TITLE }).waitFor();
    await screenshot(page, 'library-list');
    await checkScreen(page, 'library-list');

    // Upload: the file goes to storage first, with a progress bar.
    await page.getByRole('link', { name: 'Dodaj dokument' }).click();
    await page.getByRole('heading', { level: 1, name: 'Novi dokument' }).waitFor();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Izaberi datoteku' }).click(),
    ]);
    await chooser.setFiles({
      name: 'ciscenje-retenzije-ribnica.pdf',
      mimeType: 'application/pdf',
      buffer: await aPdf(),
    });
    await page.getByText('Datoteka je poslata.').waitFor();
    expect(
      await page
        .getByRole('progressbar', { name: 'Slanje datoteke' })
        .getAttribute('aria-valuenow'),
    ).toBe('100');

    // The metadata, with the good-practice fields of a good practice (the default kind).
    await page.getByRole('textbox', { name: 'Naslov', exact: true }).fill(TITLE);
    await page
      .getByRole('textbox', { name: 'Sažetak', exact: true })
      .fill('Kako je grad očistio retenziju i sa kim je sarađivao.');
    await page.getByRole('radio', { name: 'Članovi izabranih mreža' }).check();
    await page.getByRole('combobox', { name: 'Mreže', exact: true }).click();
    await page.getByRole('option', { name: NETWORK_NAME, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Teme', exact: true }).click();
    await page.getByRole('option', { name: 'Lokalne finansije', exact: true }).click();
    await page.keyboard.press('Escape');
    const tags = page.getByRole('combobox', { name: 'Oznake', exact: true });
    await tags.fill('retenzija');
    await tags.press('Enter');
    await page
      .getByRole('textbox', { name: 'Problem', exact: true })
      .fill('Vodena površina retenzije je zarasla, a voda je gubila kiseonik.');
    await page
      .getByRole('textbox', { name: 'Pristup', exact: true })
      .fill('Mehaničko čišćenje uz mesne zajednice i mesečno praćenje kvaliteta vode.');
    await page
      .getByRole('textbox', { name: 'Rezultati', exact: true })
      .fill('Očišćeno 12 hektara; kvalitet vode vraćen u drugu klasu.');
    await page
      .getByRole('textbox', { name: 'Troškovi i finansiranje', exact: true })
      .fill('4,2 miliona dinara iz budžetskog fonda.');
    await page.getByRole('textbox', { name: 'Osoba za kontakt', exact: true }).fill('Ana Marković');
    await screenshot(page, 'library-upload-form');
    await checkScreen(page, 'library-upload-form');
    await page.getByRole('button', { name: 'Dodaj u biblioteku' }).click();

    // The document's page: its facts, the good practice, the version, the download. (Longer
    // wait: on a loaded two-core machine the first load of a document has taken over 20 s.)
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 45_000 });
    const documentPath = pathOf(page);
    expect(documentPath).toMatch(/^\/library\/documents\/[0-9a-f-]{36}$/);
    const documentId = documentPath.split('/').pop() ?? '';
    await page.getByRole('heading', { level: 2, name: 'Opis dobre prakse' }).waitFor();
    await page.getByText('Vodena površina retenzije je zarasla').waitFor();
    await page.getByText('Verzija 1 · ciscenje-retenzije-ribnica.pdf').waitFor();

    // A coordinator's collection holds it (made by the administrator, a curator of every one).
    const { createDocumentCollection } = await graphql<{
      createDocumentCollection: { id: string };
    }>(
      'mutation($i: CreateCollectionInput!) { createDocumentCollection(input: $i) { id } }',
      { i: { networkId, title: COLLECTION } },
      adminToken,
    );
    await graphql(
      'mutation($c: ID!, $d: ID!) { addDocumentToCollection(collectionId: $c, documentId: $d) { id } }',
      { c: createDocumentCollection.id, d: documentId },
      adminToken,
    );

    // Extraction runs in a worker and search indexes from events: wait until it finds the word.
    await eventually(async () => {
      const { search } = await graphql<{ search: { nodes: { id: string }[] } }>(
        'query($q: String!) { search(query: $q, first: 5) { nodes { id } } }',
        { q: WORD_CYRILLIC },
        member.token,
      );
      if (!search.nodes.some((hit) => hit.id === documentId)) throw new Error('not indexed yet');
    }, 60_000);
    await eventually(async () => {
      const { similarDocuments } = await graphql<{ similarDocuments: { id: string }[] }>(
        'query($d: ID!) { similarDocuments(documentId: $d) { id } }',
        { d: documentId },
        member.token,
      );
      if (!similarDocuments.some((hit) => hit.id === relatedId)) throw new Error('not indexed yet');
    });
    // The worker drew the first page with the text: the document now has a thumbnail.
    await eventually(async () => {
      const { document } = await graphql<{ document: { thumbnailUrl: string | null } }>(
        'query($d: ID!) { document(id: $d) { thumbnailUrl } }',
        { d: documentId },
        member.token,
      );
      if (!document.thumbnailUrl) throw new Error('no thumbnail yet');
    });

    // The header's search box: the word in Cyrillic suggests the document (written in Latin).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('link', { name: COLLECTION }).waitFor();
    // Documents like it, in a list under their own heading, each linking to its page.
    const similar = page.getByRole('region', { name: 'Slični dokumenti' });
    await similar.getByRole('heading', { level: 2, name: 'Slični dokumenti' }).waitFor();
    const related = similar.getByRole('listitem').getByRole('link', { name: RELATED_TITLE });
    await related.waitFor();
    expect(await related.getAttribute('href')).toBe(`/library/documents/${relatedId}`);
    expect(await similar.getByRole('link', { name: TITLE, exact: true }).count()).toBe(0);
    // The first page, beside the facts, loaded from storage and linking to the download.
    const firstPage = page.getByRole('img', { name: FIRST_PAGE_ALT });
    await firstPage.waitFor();
    expect(await firstPage.getAttribute('src')).toMatch(/\/storage\/.*\/thumbnails\//);
    const firstPageWidth = await loadedImageWidth(page, 'figure img');
    expect(firstPageWidth).toBeGreaterThan(0);
    expect(firstPageWidth).toBeLessThanOrEqual(320);
    expect(await page.getByRole('link', { name: FIRST_PAGE_ALT }).getAttribute('href')).toMatch(
      /\/storage\//,
    );
    await screenshot(page, 'library-document');
    await checkScreen(page, 'library-document');

    const search = page.getByRole('searchbox', { name: 'Pretraga' });
    await search.click();
    await search.pressSequentially(WORD_CYRILLIC, { delay: 30 });
    await page.getByRole('option', { name: new RegExp(TITLE) }).waitFor();
    await screenshot(page, 'search-suggestions');
    await search.press('Enter');

    // The results page: the hit, its snippet with the word highlighted, facets with counts.
    await page.getByRole('heading', { level: 1, name: `Pretraga: ${WORD_CYRILLIC}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe(WORD_CYRILLIC);
    const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
    await hit.waitFor();
    expect((await hit.locator('mark').first().textContent())?.toLowerCase()).toContain('žabokreč');
    const documents = page.getByRole('checkbox', { name: /^Dokument \(\d+\)$/ });
    // The box follows the address, which changes a moment after the click.
    await documents.click();
    await page.waitForURL(/type=DOCUMENT/);
    await hit.waitFor();
    // Waits for the box to show checked: the facets render again once their counts reload.
    await page.getByRole('checkbox', { name: /^Dokument \(\d+\)$/, checked: true }).waitFor();
    await screenshot(page, 'search-results');
    await checkScreen(page, 'search-results');

    // Without diacritics, in Latin, the same document.
    await page.goto(`/search?q=${encodeURIComponent('zabokrecina')}`);
    await page.getByRole('link', { name: TITLE }).waitFor();

    // Open it: the download link points at storage through the gateway. Storage refuses the first
    // page's first link, as it would once expired: the page asks for a new link and shows it.
    let refused = 0;
    const thumbnails = (url: URL) => url.pathname.includes('/thumbnails/');
    await page.route(thumbnails, async (route) => {
      if (refused > 0) return route.continue();
      refused += 1;
      return route.fulfill({ status: 403, body: 'Request has expired' });
    });
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 45_000 });
    expect(await loadedImageWidth(page, 'figure img')).toBeGreaterThan(0);
    expect(refused).toBe(1);
    await page.unroute(thumbnails);
    const download = page.getByRole('link', { name: /^Preuzmi \(PDF, / });
    expect(await download.getAttribute('href')).toMatch(/\/storage\//);
    const version = page.getByRole('link', { name: 'Preuzmi verziju 1' });
    expect(await version.getAttribute('href')).toMatch(/\/storage\//);
    const file = await fetch(new URL((await download.getAttribute('href')) ?? '', page.url()));
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');

    // Minutes later the page's links have expired: following one asks for a fresh link first.
    await page.clock.install();
    await page.clock.fastForward('06:00');
    const asked = page.waitForRequest(
      (request) => request.postData()?.includes('query Document(') ?? false,
    );
    const downloaded = page.waitForEvent('download');
    await download.click();
    await asked;
    expect((await downloaded).url()).toMatch(/\/storage\//);

    // The preview: the PDF shown in the page from memory.
    await page.getByRole('button', { name: 'Prikaži pregled' }).click();
    await page.locator(`iframe[title="Pregled dokumenta: ${TITLE}"]`).waitFor();
    await screenshot(page, 'library-document-preview');

    // The network's library tab lists its documents.
    await page.goto(`/networks/${SLUG}?tab=library`);
    await page.getByRole('link', { name: TITLE }).waitFor();
    await page.getByRole('link', { name: MINUTES_TITLE }).waitFor();
    await page.getByRole('link', { name: COLLECTION }).waitFor();
    // The PDF's card shows its first page; the minutes, a text file, have none.
    expect(
      await loadedImageWidth(page, `li a[href="/library/documents/${documentId}"] img`),
    ).toBeGreaterThan(0);
    expect(
      await page
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: MINUTES_TITLE }) })
        .locator('img')
        .count(),
    ).toBe(0);
    await screenshot(page, 'library-network-tab');
    await checkScreen(page, 'library-network-tab');

    // The collection, in order.
    await page.getByRole('link', { name: COLLECTION }).click();
    await page.getByRole('heading', { level: 1, name: COLLECTION }).waitFor();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await screenshot(page, 'library-collection');
    await checkScreen(page, 'library-collection');

    expect(browser.pageErrors).toEqual([]);
  });

  it('says in the interface language why a file is refused', async () => {
    const { page } = browser;
    await signIn(page, MEMBER, PASSWORD);
    await page.goto('/library/new');
    await page.getByRole('heading', { level: 1, name: 'Novi dokument' }).waitFor();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Izaberi datoteku' }).click(),
    ]);
    await chooser.setFiles({
      name: 'program.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ not a document'),
    });
    await page
      .getByRole('alert')
      .getByText('Biblioteka ne prima ovu vrstu datoteke', { exact: false })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Dodaj u biblioteku' }).isDisabled()).toBe(true);
    await screenshot(page, 'library-upload-refused');
    await checkScreen(page, 'library-upload-refused');
    expect(browser.pageErrors).toEqual([]);
  });
});
