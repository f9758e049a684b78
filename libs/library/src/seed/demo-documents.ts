import type { GoodPracticeSnapshot, LibraryVisibility } from '@mreza/shared/events';
import type { DemoPersonKey } from '@mreza/shared/demo';

/** A demo library document: its file (Markdown) and metadata, with fixed ids. */
export interface DemoDocument {
  id: string;
  objectKey: string;
  filename: string;
  title: string;
  summary: string;
  visibility: LibraryVisibility;
  /** Network slugs (libs/networks/src/networks/seed/sctm-networks.ts). */
  networkSlugs: string[];
  /** Topic slugs seeded by the library's migration. */
  topicSlugs: string[];
  tags: string[];
  languages: string[];
  year: number;
  author: DemoPersonKey;
  authorName: string;
  goodPractice: GoodPracticeSnapshot;
  body: string;
}

const id = (n: number) => `de3d0c00-0000-4000-8000-00000000000${n}`;

/**
 * What a demo visitor finds in the library (SEED_DEMO_DATA): good practices of the demo
 * members' municipalities, in Serbian Latin, Serbian Cyrillic and English; one of them PUBLIC,
 * so an anonymous visitor finds it too.
 */
export const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    id: id(1),
    objectKey: `demo/${id(1)}/pomoc-u-kuci.md`,
    filename: 'Pomoć u kući za starije na seoskom području.md',
    title: 'Pomoć u kući za starije na seoskom području',
    summary:
      'Kako je grad Niš proširio uslugu pomoći u kući na udaljena sela: mobilni timovi, ' +
      'saradnja sa mesnim zajednicama i centrom za socijalni rad.',
    visibility: 'NETWORK',
    networkSlugs: ['social-protection'],
    topicSlugs: ['social-protection'],
    tags: ['pomoć u kući', 'stari', 'selo'],
    languages: ['sr-Latn'],
    year: 2024,
    author: 'anaNikolic',
    authorName: 'Ana Nikolić',
    goodPractice: {
      problem:
        'Stariji u razuđenim seoskim mesnim zajednicama žive sami, daleko od doma zdravlja; ' +
        'lista čekanja za pomoć u kući imala je više od 120 ljudi.',
      approach:
        'Četiri mobilna tima gerontodomaćica sa vozilom, raspored po mesnim zajednicama, ' +
        'javna nabavka usluge sa kriterijumom kvaliteta i dežurni telefon.',
      results:
        'Usluga stiže do 310 korisnika u 18 sela; lista čekanja je ispražnjena za osam meseci.',
      costsAndFunding:
        'Oko 14 miliona dinara godišnje iz budžeta grada i namenskog transfera za socijalnu zaštitu.',
      lessonsLearnt:
        'Mesne zajednice najbolje znaju ko je sam; vozila i gorivo planirati od prvog dana.',
      contactPerson: 'Ana Nikolić, Gradska uprava za socijalnu zaštitu',
    },
    body: `# Pomoć u kući za starije na seoskom području

## Polazište

U seoskim mesnim zajednicama grada živi sve više samačkih staračkih domaćinstava. Najbliža
ambulanta je često udaljena više od deset kilometara, a javni prevoz ide dva puta dnevno.

## Šta smo uradili

1. Popis korisnika zajedno sa mesnim zajednicama i Crvenim krstom.
2. Četiri mobilna tima gerontodomaćica, svaki sa vozilom i rasporedom obilazaka.
3. Javna nabavka usluge sa kriterijumom kvaliteta (obuka osoblja, supervizija).
4. Dežurni telefon za hitne potrebe, povezan sa centrom za socijalni rad.

## Rezultati

Usluga danas obuhvata 310 korisnika u 18 sela. Korisnici dobijaju pomoć u održavanju
domaćinstva, nabavci namirnica i lekova i odlasku kod lekara.
`,
  },
  {
    id: id(2),
    objectKey: `demo/${id(2)}/programsko-budzetiranje.md`,
    filename: 'Programsko budžetiranje - pokazatelji učinka.md',
    title: 'Programsko budžetiranje: pokazatelji učinka',
    summary:
      'Kako opština bira merljive pokazatelje učinka za programe budžeta i prati ih tokom godine.',
    visibility: 'ALL_MEMBERS',
    networkSlugs: ['local-finances'],
    topicSlugs: ['local-finances'],
    tags: ['budžet', 'programsko budžetiranje', 'pokazatelji'],
    languages: ['sr-Latn'],
    year: 2025,
    author: 'markoPetrovic',
    authorName: 'Marko Petrović',
    goodPractice: {
      problem:
        'Pokazatelji učinka u programskom budžetu bili su preuzeti iz uputstva i nisu govorili ' +
        'ništa o tome šta su građani dobili.',
      approach:
        'Radionice sa svakim budžetskim korisnikom, najviše tri pokazatelja po programu, ' +
        'početne i ciljne vrednosti, tromesečni izveštaj skupštini.',
      results:
        'Od 17 programa, 15 ima pokazatelje sa izvorom podataka; izveštaj o učinku je ' +
        'deo završnog računa.',
      costsAndFunding: 'Bez dodatnih troškova; radionice je vodilo odeljenje za finansije.',
      lessonsLearnt:
        'Manje pokazatelja, ali sa jasnim izvorom podataka; rukovodioci programa moraju ' +
        'učestvovati od početka.',
      contactPerson: 'Marko Petrović, Odeljenje za budžet i finansije',
    },
    body: `# Programsko budžetiranje: pokazatelji učinka

Pokazatelj učinka govori šta je program promenio za građane, a ne koliko je novca potrošeno.

## Koraci

- Za svaki program najviše tri pokazatelja: ishod, izlaz i efikasnost.
- Početna vrednost iz poslednje godine za koju postoje podaci; ciljna vrednost za tri godine.
- Izvor podataka i odgovorno lice za svaki pokazatelj.
- Tromesečni izveštaj o učinku uz izveštaj o izvršenju budžeta.

## Primer

Program 0101 — Poljoprivreda i ruralni razvoj: broj registrovanih poljoprivrednih gazdinstava
koja su dobila subvenciju; prosečno vreme od zahteva do isplate (u danima).
`,
  },
  {
    id: id(3),
    objectKey: `demo/${id(3)}/energetska-sanacija.md`,
    filename: 'Energetska sanacija javnih zgrada.md',
    title: 'Energetska sanacija javnih zgrada',
    summary:
      'Sanacija škola i vrtića: energetski pregled, prioriteti po uštedi po dinaru, ' +
      'ugovaranje i praćenje potrošnje posle radova.',
    visibility: 'PUBLIC',
    networkSlugs: ['energy-efficiency'],
    topicSlugs: ['energy-efficiency'],
    tags: ['energetska efikasnost', 'javne zgrade', 'škole'],
    languages: ['sr-Latn'],
    year: 2023,
    author: 'ivanaDjordjevic',
    authorName: 'Ivana Đorđević',
    goodPractice: {
      problem:
        'Škole i vrtići troše dve trećine energije opštinskih zgrada; računi za grejanje rastu ' +
        'svake godine.',
      approach:
        'Energetski pregled 22 zgrade, rang-lista po uštedi po uloženom dinaru, zamena ' +
        'stolarije, izolacija fasada i tavanica, prelazak sa mazuta na toplotne pumpe.',
      results:
        'Potrošnja energije za grejanje u sedam saniranih zgrada manja je za 43 %, a emisija ' +
        'CO2 za 380 tona godišnje.',
      costsAndFunding:
        '96 miliona dinara: 40 % opštinski budžet, 60 % javni poziv Ministarstva rudarstva i energetike.',
      lessonsLearnt:
        'Meriti potrošnju pre i posle radova; energetski menadžer mora imati pristup računima.',
      contactPerson: 'Ivana Đorđević, energetska menadžerka opštine',
    },
    body: `# Energetska sanacija javnih zgrada

## Energetski pregled

Svaka zgrada dobila je energetski pasoš: potrošnja po kvadratnom metru, stanje omotača,
sistem grejanja. Prioritet je određen uštedom po uloženom dinaru.

## Mere

- zamena stolarije i izolacija fasada i tavanica;
- prelazak sa mazuta na toplotne pumpe vazduh–voda;
- termostatski ventili i daljinsko praćenje potrošnje.

## Praćenje

Energetski menadžer mesečno upisuje potrošnju u informacioni sistem za energetski menadžment
(ISEM) i izveštava veće opštine.
`,
  },
  {
    id: id(4),
    objectKey: `demo/${id(4)}/elektronska-nabavka.md`,
    filename: 'Електронска јавна набавка у малој општини.md',
    title: 'Електронска јавна набавка у малој општини',
    summary:
      'Како је општина са двоје запослених у набавкама прешла на Портал јавних набавки и ' +
      'скратила поступке.',
    visibility: 'NETWORK',
    networkSlugs: ['public-procurement'],
    topicSlugs: ['public-procurement'],
    tags: ['јавне набавке', 'портал'],
    languages: ['sr-Cyrl'],
    year: 2024,
    author: 'nemanjaIlic',
    authorName: 'Немања Илић',
    goodPractice: {
      problem: 'Поступци јавних набавки трајали су у просеку 54 дана, а понуђача је било мало.',
      approach:
        'Обука запослених за Портал јавних набавки, годишњи план набавки објављен у јануару, ' +
        'шаблони конкурсне документације и оквирни споразуми за стална добра.',
      results:
        'Просечно трајање поступка смањено је на 31 дан, а просечан број понуда са 1,6 на 3,2.',
      costsAndFunding: 'Обука у оквиру програма СКГО; без додатних трошкова за општину.',
      lessonsLearnt:
        'Шаблони документације штеде највише времена; план набавки објавити што раније.',
      contactPerson: 'Немања Илић, службеник за јавне набавке',
    },
    body: `# Електронска јавна набавка у малој општини

## Полазиште

Општина има двоје запослених у служби за јавне набавке. Поступци су трајали дуго, а на
многе позиве стизала је само једна понуда.

## Шта смо урадили

- обука запослених за рад на Порталу јавних набавки;
- годишњи план набавки објављен већ у јануару;
- шаблони конкурсне документације за радове, добра и услуге;
- оквирни споразуми за канцеларијски материјал и гориво.

## Резултати

Поступак данас траје у просеку 31 дан. Више понуђача значи и ниже цене: уштеда у 2024.
години износи око осам процената процењене вредности.
`,
  },
  {
    id: id(5),
    objectKey: `demo/${id(5)}/gender-responsive-budgeting.md`,
    filename: 'Gender-responsive budgeting.md',
    title: 'Gender-responsive budgeting in a Serbian municipality',
    summary:
      'How a municipality added gender objectives and indicators to its programme budget, ' +
      'and what changed in the services it funds.',
    visibility: 'ALL_MEMBERS',
    networkSlugs: ['gender-equality'],
    topicSlugs: ['gender-equality', 'local-finances'],
    tags: ['gender budgeting', 'programme budget'],
    languages: ['en'],
    year: 2024,
    author: 'snezanaPopovic',
    authorName: 'Snežana Popović',
    goodPractice: {
      problem:
        'The budget said nothing about who benefits from public services: women in rural ' +
        'areas used sports and culture programmes far less than men.',
      approach:
        'Sex-disaggregated data for every programme, one gender objective and indicator in ' +
        'five programmes, and a public hearing on the draft budget held in the evening.',
      results:
        'Participation of women in municipal sports programmes rose from 22 % to 41 % in two ' +
        'years; childcare opening hours now match shift work.',
      costsAndFunding: 'Staff time only; training by the Standing Conference (SKGO).',
      lessonsLearnt:
        'Start with programmes that already collect data on users; the council must see the ' +
        'indicators every quarter.',
      contactPerson: 'Snežana Popović, gender equality officer',
    },
    body: `# Gender-responsive budgeting in a Serbian municipality

## Why

A programme budget shows what money buys, but not for whom. Without data broken down by sex
and age, the council could not see that women in rural areas used municipal programmes less.

## Steps

1. Every budget user reports the users of its programmes by sex and age.
2. Five programmes get a gender objective and an indicator with a baseline and a target.
3. The draft budget is discussed at an evening public hearing, with childcare on site.

## Results

Participation of women in municipal sports programmes rose from 22 % to 41 %; kindergarten
opening hours were extended to match shift work in the local factory.
`,
  },
];
