import { checkScreen } from './support/accessibility';
import { screenshot, useBrowserPage } from './support/browser';
import { eventually } from './support/eventually';
import { graphql, networkId, organisationId, signInAdmin } from './support/graphql';
import type { Person } from './support/people';
import { addToNetwork, createMember, signIn } from './support/people';

// The demo members of Local finances (libs/shared/demo, the networks seed): the platform of the
// browser tests starts without demo data, so the administrator creates them as the seed would.
const COORDINATOR: Person = {
  email: 'marko.petrovic@finansije.test',
  firstName: 'Marko',
  lastName: 'Petrović',
  position: 'Koordinator mreže za lokalne finansije',
};
const JELENA: Person = {
  email: 'jelena.jovanovic@finansije.test',
  firstName: 'Jelena',
  lastName: 'Jovanović',
  position: 'Šefica odseka za budžet',
};
const NEMANJA: Person = {
  email: 'nemanja.ilic@finansije.test',
  firstName: 'Nemanja',
  lastName: 'Ilić',
  position: 'Referent za lokalne prihode',
};
const PASSWORD = 'Finansije-Diskusija-Lozinka-2026';
const SLUG = 'local-finances';
const TITLE = 'Porez na imovinu za 2027: prosečne cene po zonama';

describe('discussions', () => {
  const browser = useBrowserPage();
  let threadId = '';
  let nemanjaToken = '';

  beforeAll(async () => {
    const admin = await signInAdmin();
    const organisation = await organisationId(admin, 'Kraljevo');
    const coordinator = await createMember(admin, COORDINATOR, organisation, PASSWORD);
    const jelena = await createMember(admin, JELENA, organisation, PASSWORD);
    const nemanja = await createMember(admin, NEMANJA, organisation, PASSWORD);
    const network = await networkId(admin, SLUG);
    await addToNetwork(admin, network, coordinator.id, 'COORDINATOR');
    for (const person of [jelena, nemanja]) await addToNetwork(admin, network, person.id);
    // Discussions learns of the coordinator's role from the networks' events: wait for it.
    await eventually(() =>
      graphql('query($n: ID!) { openFlagCount(networkId: $n) }', { n: network }, coordinator.token),
    );
    const created = await eventually(() =>
      graphql<{ createThread: { id: string } }>(
        'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
        {
          i: {
            networkId: network,
            title: TITLE,
            body: 'Kako ste odredili **zone** u prigradskim naseljima? Delim našu odluku.',
            tags: ['porez na imovinu'],
          },
        },
        jelena.token,
      ),
    );
    threadId = created.createThread.id;
    nemanjaToken = nemanja.token;
    // Nemanja's membership must be known to discussions before he replies in the browser.
    await eventually(() =>
      graphql('query($id: ID!) { thread(id: $id) { id } }', { id: threadId }, nemanja.token),
    );
  });

  it('shows a reply live in another member’s open thread, with the typing indicator', async () => {
    const jelenaPage = browser.page;
    await signIn(jelenaPage, JELENA, PASSWORD);
    await jelenaPage.goto(`/networks/${SLUG}?tab=threads`);
    await jelenaPage.getByRole('link', { name: TITLE }).waitFor();
    await screenshot(jelenaPage, 'discussions-threads-tab');
    await checkScreen(jelenaPage, 'discussions-threads-tab');
    await jelenaPage.getByRole('link', { name: TITLE }).click();
    await jelenaPage.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    const other = await jelenaPage
      .context()
      .browser()
      ?.newContext({
        baseURL: new URL(jelenaPage.url()).origin,
        viewport: { width: 390, height: 844 },
        locale: 'sr-RS',
        timezoneId: 'Europe/Belgrade',
      });
    if (!other) throw new Error('no browser');
    other.setDefaultTimeout(20_000);
    const nemanjaPage = await other.newPage();
    const nemanjaErrors: string[] = [];
    nemanjaPage.on('pageerror', (error) => nemanjaErrors.push(error.message));
    try {
      await signIn(nemanjaPage, NEMANJA, PASSWORD);
      await nemanjaPage.goto(`/threads/${threadId}`);
      await nemanjaPage.getByRole('heading', { level: 1, name: TITLE }).waitFor();

      const reply = nemanjaPage.getByRole('combobox', { name: 'Vaš odgovor' });
      await reply.pressSequentially('Mi smo zone odredili prema ');
      // Jelena sees that Nemanja is typing.
      await jelenaPage.getByText(`${NEMANJA.firstName} ${NEMANJA.lastName} piše…`).waitFor();
      await reply.pressSequentially('katastarskim opštinama, @Jel');
      await nemanjaPage.getByRole('option', { name: 'Jelena Jovanović' }).waitFor();
      await screenshot(nemanjaPage, 'discussions-mention-autocomplete');
      await reply.press('Enter');
      await reply.pressSequentially('pogledajte prilog.');
      await nemanjaPage.getByRole('button', { name: 'Odgovori', exact: true }).click();
      await nemanjaPage
        .getByRole('article', { name: `Poruka: ${NEMANJA.firstName} ${NEMANJA.lastName}` })
        .waitFor();

      // Without a reload, the reply appears in Jelena's thread, the mention as her name.
      const live = jelenaPage.getByRole('article', {
        name: `Poruka: ${NEMANJA.firstName} ${NEMANJA.lastName}`,
      });
      await live.getByText('katastarskim opštinama').waitFor();
      await live.getByText('@Jelena Jovanović').waitFor();
      await screenshot(jelenaPage, 'discussions-thread-live-reply');
      await checkScreen(jelenaPage, 'discussions-thread-live-reply');
      await screenshot(nemanjaPage, 'discussions-thread-mobile');
      expect(nemanjaErrors).toEqual([]);
    } finally {
      await other.close();
    }
    expect(browser.pageErrors).toEqual([]);
  });

  it('finds the reply in search and opens it at its place in the thread', async () => {
    const page = browser.page;
    await signIn(page, JELENA, PASSWORD);
    // The reply of the test above reaches the search index through the queue.
    const hit = page.getByRole('link', { name: TITLE }).first();
    await eventually(async () => {
      await page.goto('/search?q=katastarskim');
      await hit.waitFor({ timeout: 3_000 });
    }, 60_000);
    expect(await hit.getAttribute('href')).toMatch(new RegExp(`^/threads/${threadId}#post-`));
    await hit.click();
    const reply = page.getByRole('article', {
      name: `Poruka: ${NEMANJA.firstName} ${NEMANJA.lastName}`,
    });
    await reply.getByText('katastarskim opštinama').waitFor();
    expect(await reply.isVisible()).toBe(true);
    expect(browser.pageErrors).toEqual([]);
  });

  it('lets a member flag a post and the coordinator hide it from the moderation queue', async () => {
    const { page } = browser;
    const OFF_TOPIC = 'Ko ide na utakmicu u subotu?';
    await graphql(
      'mutation($i: ReplyInput!) { reply(input: $i) { id } }',
      { i: { threadId, body: OFF_TOPIC } },
      nemanjaToken,
    );
    await signIn(page, JELENA, PASSWORD);
    await page.goto(`/threads/${threadId}`);
    const post = page
      .getByRole('article', { name: `Poruka: ${NEMANJA.firstName} ${NEMANJA.lastName}` })
      .filter({ hasText: OFF_TOPIC });
    await post.getByRole('button', { name: 'Prijavi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Prijava poruke' });
    await dialog.getByRole('radio', { name: 'Nije na temu' }).check();
    await dialog
      .getByRole('textbox', { name: 'Napomena za koordinatore' })
      .fill('Link vodi van teme.');
    await screenshot(page, 'discussions-flag-dialog');
    await checkScreen(page, 'discussions-flag-dialog');
    await dialog.getByRole('button', { name: 'Prijavi' }).click();
    await page.getByText('Hvala: koordinatori će je pregledati.').waitFor();

    // The coordinator resolves it.
    await page.context().clearCookies();
    await page.evaluate('localStorage.clear()');
    await page.goto('/sign-in');
    await signIn(page, COORDINATOR, PASSWORD);
    await page.goto(`/networks/${SLUG}?tab=moderation`);
    const flag = page.getByRole('listitem', {
      name: `Prijava: ${JELENA.firstName} ${JELENA.lastName}`,
    });
    await flag.getByText('Link vodi van teme.').waitFor();
    await screenshot(page, 'discussions-moderation-queue');
    await checkScreen(page, 'discussions-moderation-queue');
    await flag.getByRole('button', { name: 'Sakrij' }).click();
    const hide = page.getByRole('dialog', { name: 'Sakrivanje poruke' });
    await hide.getByRole('textbox', { name: 'Razlog' }).fill('Van teme mreže.');
    await hide.getByRole('button', { name: 'Sakrij' }).click();
    await page.getByText('Nema otvorenih prijava.').waitFor();

    await page.getByText('Dnevnik', { exact: true }).click();
    await page.getByText('Van teme mreže.').waitFor();
    await screenshot(page, 'discussions-moderation-log');

    await page.goto(`/threads/${threadId}`);
    const hidden = page
      .getByRole('article', { name: `Poruka: ${NEMANJA.firstName} ${NEMANJA.lastName}` })
      .filter({ hasText: 'Koordinator je sakrio ovu poruku.' });
    await hidden.getByText('Koordinator je sakrio ovu poruku.').waitFor();
    await hidden.getByText('Razlog: Van teme mreže.').waitFor();
    await screenshot(page, 'discussions-thread-hidden-post');
    expect(browser.pageErrors).toEqual([]);
  });
});
