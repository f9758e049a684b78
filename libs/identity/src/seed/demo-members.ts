import { Role } from '@mreza/shared/auth';

export interface DemoMember {
  email: string;
  firstName: string;
  lastName: string;
  /** Latin name of the organisation (seeded). */
  organisation: string;
  position: string;
  expertise: string[];
  role: Role;
  isLiaisonOfficer?: boolean;
  /** Months since the record was confirmed, to show the reconfirmation flow. */
  confirmedMonthsAgo?: number;
}

export const SKGO = 'Stalna konferencija gradova i opština – Savez gradova i opština Srbije';

/** People a demo visitor meets: a coordinator at SKGO and experts in several municipalities. */
export const DEMO_MEMBERS: readonly DemoMember[] = [
  {
    email: 'snezana.popovic@demo.mreza.local',
    firstName: 'Snežana',
    lastName: 'Popović',
    organisation: SKGO,
    position: 'Koordinatorka tematskih mreža',
    expertise: ['socijalna zaštita', 'rodna ravnopravnost'],
    role: Role.STAFF,
  },
  {
    email: 'jelena.jovanovic@demo.mreza.local',
    firstName: 'Jelena',
    lastName: 'Jovanović',
    organisation: 'Čačak',
    position: 'Kontakt osoba za saradnju sa SKGO',
    expertise: ['lokalna samouprava', 'javne nabavke'],
    role: Role.MEMBER,
    isLiaisonOfficer: true,
  },
  {
    email: 'marko.petrovic@demo.mreza.local',
    firstName: 'Marko',
    lastName: 'Petrović',
    organisation: 'Novi Sad',
    position: 'Načelnik lokalne poreske administracije',
    expertise: ['lokalne finansije', 'porez na imovinu'],
    role: Role.MEMBER,
  },
  {
    email: 'ana.nikolic@demo.mreza.local',
    firstName: 'Ana',
    lastName: 'Nikolić',
    organisation: 'Niš',
    position: 'Savetnica za socijalnu zaštitu',
    expertise: ['socijalna zaštita', 'usluge u zajednici'],
    role: Role.MEMBER,
  },
  {
    email: 'milan.stojanovic@demo.mreza.local',
    firstName: 'Milan',
    lastName: 'Stojanović',
    organisation: 'Kragujevac',
    position: 'Rukovodilac odeljenja za urbanizam',
    expertise: ['urbanističko planiranje', 'GIS'],
    role: Role.MEMBER,
  },
  {
    email: 'ivana.djordjevic@demo.mreza.local',
    firstName: 'Ivana',
    lastName: 'Đorđević',
    organisation: 'Subotica',
    position: 'Energetska menadžerka',
    expertise: ['energetska efikasnost'],
    role: Role.MEMBER,
  },
  {
    email: 'nemanja.ilic@demo.mreza.local',
    firstName: 'Nemanja',
    lastName: 'Ilić',
    organisation: 'Leskovac',
    position: 'Službenik za javne nabavke',
    expertise: ['javne nabavke'],
    role: Role.MEMBER,
    confirmedMonthsAgo: 14,
  },
  {
    email: 'dragana.markovic@demo.mreza.local',
    firstName: 'Dragana',
    lastName: 'Marković',
    organisation: 'Valjevo',
    position: 'Koordinatorka za inkluziju Roma',
    expertise: ['inkluzija Roma', 'obrazovanje'],
    role: Role.MEMBER,
  },
];
