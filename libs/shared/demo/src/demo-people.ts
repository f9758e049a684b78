/**
 * The demo members identity's seed creates (SEED_DEMO_DATA=true), with the ids it gives them, so
 * the other services' seeds can give them a place too (networks: memberships and posts) without
 * reading identity's data. Identity's seed holds their names, organisations and roles.
 */
export const DEMO_PEOPLE = {
  snezanaPopovic: {
    id: 'de300000-0000-4000-8000-000000000001',
    email: 'snezana.popovic@demo.mreza.local',
  },
  jelenaJovanovic: {
    id: 'de300000-0000-4000-8000-000000000002',
    email: 'jelena.jovanovic@demo.mreza.local',
  },
  markoPetrovic: {
    id: 'de300000-0000-4000-8000-000000000003',
    email: 'marko.petrovic@demo.mreza.local',
  },
  anaNikolic: { id: 'de300000-0000-4000-8000-000000000004', email: 'ana.nikolic@demo.mreza.local' },
  milanStojanovic: {
    id: 'de300000-0000-4000-8000-000000000005',
    email: 'milan.stojanovic@demo.mreza.local',
  },
  ivanaDjordjevic: {
    id: 'de300000-0000-4000-8000-000000000006',
    email: 'ivana.djordjevic@demo.mreza.local',
  },
  nemanjaIlic: {
    id: 'de300000-0000-4000-8000-000000000007',
    email: 'nemanja.ilic@demo.mreza.local',
  },
  draganaMarkovic: {
    id: 'de300000-0000-4000-8000-000000000008',
    email: 'dragana.markovic@demo.mreza.local',
  },
} as const;

export type DemoPersonKey = keyof typeof DEMO_PEOPLE;

/** The id the seed gave the demo member with this e-mail address, if it is one. */
export function demoPersonId(email: string): string | undefined {
  return Object.values(DEMO_PEOPLE).find((person) => person.email === email.toLowerCase())?.id;
}
