import type { DemoPersonKey } from '@mreza/shared/demo';

export interface DemoThread {
  /** Fixed, so the seed knows it already ran. */
  id: string;
  networkSlug: string;
  author: DemoPersonKey;
  title: string;
  tags: string[];
  body: string;
  replies: { author: DemoPersonKey; body: string; quotesOpening?: boolean }[];
}

/** A mention as the web client's autocomplete writes it. */
const mention = (name: string, id: string) => `[@${name}](mention:${id})`;

/**
 * What a demo visitor finds in the discussions (SEED_DEMO_DATA): threads of the demo members in
 * the networks the networks seed put them in, with replies, a quote and a mention.
 */
export const demoThreads = (ids: Record<DemoPersonKey, string>): DemoThread[] => [
  {
    id: 'de3d0000-0000-4000-8000-000000000001',
    networkSlug: 'local-finances',
    author: 'jelenaJovanovic',
    title: 'Program budžet za 2027: kako opisujete ciljeve i pokazatelje?',
    tags: ['budžet', 'programsko budžetiranje'],
    body:
      'Pripremamo nacrt odluke o budžetu za 2027. i ponovo imamo problem sa pokazateljima ' +
      'učinka za programe 0602 (opšte usluge lokalne samouprave). Kako ste vi definisali ' +
      'ciljeve da budu merljivi, a da ih odeljenja zaista prate tokom godine?',
    replies: [
      {
        author: 'markoPetrovic',
        quotesOpening: true,
        body:
          'Mi smo za 0602 prešli na tri pokazatelja: prosečno vreme rešavanja predmeta, udeo ' +
          'elektronskih zahteva i broj pritužbi građana. Podatke vuče pisarnica iz SUP-a, pa ' +
          'nema dodatnog posla za odeljenja.',
      },
      {
        author: 'ivanaDjordjevic',
        body:
          'Kod nas je pomoglo da se pokazatelji dogovore na radionici sa rukovodiocima pre ' +
          `nacrta, ne posle. ${mention('Nemanja Ilić', ids.nemanjaIlic)}, vi ste to radili ` +
          'prošle godine sa javnim nabavkama?',
      },
      {
        author: 'nemanjaIlic',
        body:
          'Jesmo: plan nabavki smo vezali za programe i dobili smo jasniju sliku šta se kasni. ' +
          'Mogu da podelim obrazac tabele ako je nekome potreban.',
      },
    ],
  },
  {
    id: 'de3d0000-0000-4000-8000-000000000002',
    networkSlug: 'local-finances',
    author: 'nemanjaIlic',
    title: 'Porez na imovinu: iskustva sa masovnom procenom vrednosti',
    tags: ['porez na imovinu', 'lokalni prihodi'],
    body:
      'Da li je neko uradio masovnu procenu vrednosti nepokretnosti za zone? Zanima nas ' +
      'koliko je trajalo i da li ste angažovali spoljne procenitelje.',
    replies: [
      {
        author: 'markoPetrovic',
        body:
          'U Kragujevcu smo zone revidirali 2025. uz podatke RGZ-a o prometu. Ključno je bilo ' +
          'da se odluka o zonama usvoji pre 30. novembra.',
      },
    ],
  },
  {
    id: 'de3d0000-0000-4000-8000-000000000003',
    networkSlug: 'social-protection',
    author: 'anaNikolic',
    title: 'Pomoć u kući za starije: standardi i cena usluge',
    tags: ['socijalna zaštita', 'usluge u zajednici'],
    body:
      'Planiramo proširenje usluge pomoći u kući na seoska područja. Kako ste obračunali ' +
      'cenu sata usluge i da li ste uveli participaciju korisnika?',
    replies: [
      {
        author: 'snezanaPopovic',
        quotesOpening: true,
        body:
          'Cena kod nas uključuje i putne troškove gerontodomaćica, inače se seoska područja ' +
          'ne mogu pokriti. Participacija je prema prihodima domaćinstva, po odluci skupštine.',
      },
      {
        author: 'draganaMarkovic',
        body:
          'Dodala bih da je za romska naselja presudno bilo da angažujemo i zdravstvene ' +
          'medijatorke: one znaju ko je zaista ostao bez podrške.',
      },
    ],
  },
];
