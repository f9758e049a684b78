import type { DemoPersonKey } from '@mreza/shared/demo';
import { PostKind } from '../feeds/post.entity';
import { NetworkRole } from '../membership/network-member.entity';

/**
 * What a demo visitor finds in the networks (SEED_DEMO_DATA): identity's eight demo members in
 * one to three networks each, Marko Petrović coordinating Local finances, a few posts and one
 * pinned announcement. Fixed post ids make the seed idempotent.
 */
export const DEMO_MEMBERSHIPS: Record<DemoPersonKey, { slug: string; role?: NetworkRole }[]> = {
  snezanaPopovic: [{ slug: 'social-protection' }, { slug: 'gender-equality' }],
  jelenaJovanovic: [
    { slug: 'liaison-officers' },
    { slug: 'public-procurement' },
    { slug: 'local-finances' },
  ],
  markoPetrovic: [
    { slug: 'local-finances', role: NetworkRole.COORDINATOR },
    { slug: 'heads-of-local-tax-administrations' },
  ],
  anaNikolic: [{ slug: 'social-protection' }, { slug: 'gender-equality' }],
  milanStojanovic: [{ slug: 'heads-of-urban-planning' }, { slug: 'gis' }],
  ivanaDjordjevic: [
    { slug: 'energy-efficiency' },
    { slug: 'eco-officers' },
    { slug: 'local-finances' },
  ],
  nemanjaIlic: [{ slug: 'public-procurement' }, { slug: 'local-finances' }],
  draganaMarkovic: [{ slug: 'roma-inclusion' }, { slug: 'social-protection' }],
};

export interface DemoPost {
  id: string;
  slug: string;
  author: DemoPersonKey;
  kind: PostKind;
  pinned: boolean;
  /** How long before the seed ran it was written, for a feed that looks lived in. */
  hoursAgo: number;
  body: string;
}

/** The pinned announcement: its row tells the seed the demo content is in place. */
export const DEMO_ANNOUNCEMENT: DemoPost = {
  id: 'de300000-0000-4000-8000-0000000000a1',
  slug: 'local-finances',
  author: 'markoPetrovic',
  kind: PostKind.ANNOUNCEMENT,
  pinned: true,
  hoursAgo: 26,
  body: [
    '**Onlajn sastanak mreže: izmene Zakona o finansiranju lokalne samouprave**',
    '',
    'Poštovane koleginice i kolege, sastanak mreže održaćemo u četvrtak od 10 do 12 časova.',
    '',
    'Dnevni red:',
    '',
    '1. Izmene u raspodeli transfera i ustupljenih prihoda',
    '2. Iskustva sa utvrđivanjem poreza na imovinu za 2027. godinu',
    '3. Pitanja za Ministarstvo finansija',
    '',
    'Pitanja pošaljite do utorka, kako bismo ih objedinili.',
  ].join('\n'),
};

export const DEMO_POSTS: readonly DemoPost[] = [
  DEMO_ANNOUNCEMENT,
  {
    id: 'de300000-0000-4000-8000-0000000000b1',
    slug: 'local-finances',
    author: 'jelenaJovanovic',
    kind: PostKind.POST,
    pinned: false,
    hoursAgo: 20,
    body:
      'Da li je neko već usvojio odluku o prosečnim cenama kvadratnog metra za 2027? ' +
      'Zanima nas kako ste odredili zone u prigradskim naseljima.',
  },
  {
    id: 'de300000-0000-4000-8000-0000000000b2',
    slug: 'local-finances',
    author: 'nemanjaIlic',
    kind: PostKind.POST,
    pinned: false,
    hoursAgo: 7,
    body:
      'Leskovac je odluku usvojio u novembru. Zone smo uskladili sa planom generalne ' +
      'regulacije, a za prigradska naselja uzeli promet iz poslednje tri godine. ' +
      'Rado ću podeliti obrazloženje.',
  },
  {
    id: 'de300000-0000-4000-8000-0000000000b3',
    slug: 'social-protection',
    author: 'anaNikolic',
    kind: PostKind.POST,
    pinned: false,
    hoursAgo: 30,
    body:
      'U Nišu smo proširili uslugu pomoći u kući na još dve seoske mesne zajednice. ' +
      'Podelićemo iskustva sa javnom nabavkom usluge i saradnjom sa centrom za socijalni rad.',
  },
  {
    id: 'de300000-0000-4000-8000-0000000000b4',
    slug: 'energy-efficiency',
    author: 'ivanaDjordjevic',
    kind: PostKind.POST,
    pinned: false,
    hoursAgo: 3,
    body:
      'Subotica je objavila javni poziv za sufinansiranje mera energetske sanacije ' +
      'porodičnih kuća. Ko još priprema poziv ove godine? Možemo uporediti kriterijume.',
  },
];
