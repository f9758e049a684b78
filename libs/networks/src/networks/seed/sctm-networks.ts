import { NetworkVisibility } from '../network.entity';
import type { NetworkFields } from '../network.repository';

/**
 * The 24 thematic networks of the Standing Conference of Towns and Municipalities of Serbia
 * (SCTM / SKGO), and one regional NALAS network as an example. Networks of designated office
 * holders (liaison officers, heads of administrations and departments) are closed.
 */
export const SEED_NETWORKS: readonly NetworkFields[] = [
  {
    slug: 'liaison-officers',
    visibility: NetworkVisibility.CLOSED,
    nameLatin: 'Kontakt osobe',
    nameCyrillic: 'Контакт особе',
    nameEnglish: 'Liaison Officers',
    descriptionLatin:
      'Po jedna kontakt osoba u svakom gradu i opštini: stalna veza između SKGO i lokalne samouprave.',
    descriptionCyrillic:
      'По једна контакт особа у сваком граду и општини: стална веза између СКГО и локалне самоуправе.',
    descriptionEnglish:
      'One focal point in each town and municipality: the standing link between SCTM and local government.',
  },
  {
    slug: 'heads-of-local-administrations',
    visibility: NetworkVisibility.CLOSED,
    nameLatin: 'Načelnici gradskih i opštinskih uprava',
    nameCyrillic: 'Начелници градских и општинских управа',
    nameEnglish: 'Heads of Local Administrations',
    descriptionLatin:
      'Načelnici uprava razmenjuju iskustva u organizaciji i vođenju lokalne administracije.',
    descriptionCyrillic:
      'Начелници управа размењују искуства у организацији и вођењу локалне администрације.',
    descriptionEnglish:
      'Heads of town and municipal administrations exchange experience in running local administration.',
  },
  {
    slug: 'local-finances',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Lokalne finansije',
    nameCyrillic: 'Локалне финансије',
    nameEnglish: 'Local Finances',
    descriptionLatin: 'Budžet, finansijsko planiranje i izveštavanje u lokalnoj samoupravi.',
    descriptionCyrillic: 'Буџет, финансијско планирање и извештавање у локалној самоуправи.',
    descriptionEnglish: 'Budgeting, financial planning and reporting in local government.',
  },
  {
    slug: 'heads-of-local-tax-administrations',
    visibility: NetworkVisibility.CLOSED,
    nameLatin: 'Rukovodioci lokalnih poreskih administracija',
    nameCyrillic: 'Руководиоци локалних пореских администрација',
    nameEnglish: 'Heads of Local Tax Administrations',
    descriptionLatin: 'Utvrđivanje, naplata i kontrola izvornih prihoda lokalne samouprave.',
    descriptionCyrillic: 'Утврђивање, наплата и контрола изворних прихода локалне самоуправе.',
    descriptionEnglish: 'Assessment, collection and control of local own-source revenues.',
  },
  {
    slug: 'heads-of-urban-planning',
    visibility: NetworkVisibility.CLOSED,
    nameLatin: 'Rukovodioci odeljenja za urbanizam',
    nameCyrillic: 'Руководиоци одељења за урбанизам',
    nameEnglish: 'Heads of Urban Planning Departments',
    descriptionLatin:
      'Prostorno i urbanističko planiranje, objedinjena procedura i izdavanje dozvola.',
    descriptionCyrillic:
      'Просторно и урбанистичко планирање, обједињена процедура и издавање дозвола.',
    descriptionEnglish: 'Spatial and urban planning, the one-stop procedure and building permits.',
  },
  {
    slug: 'slap-coordinators',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'SLAP koordinatori',
    nameCyrillic: 'СЛАП координатори',
    nameEnglish: 'SLAP Coordinators',
    descriptionLatin: 'Koordinatori baze infrastrukturnih projekata SLAP u gradovima i opštinama.',
    descriptionCyrillic:
      'Координатори базе инфраструктурних пројеката СЛАП у градовима и општинама.',
    descriptionEnglish:
      'Coordinators of the SLAP infrastructure project database in towns and municipalities.',
  },
  {
    slug: 'eco-officers',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Eko službenici',
    nameCyrillic: 'Еко службеници',
    nameEnglish: 'ECO Officers',
    descriptionLatin:
      'Zaštita životne sredine, upravljanje otpadom i usklađivanje sa propisima EU.',
    descriptionCyrillic:
      'Заштита животне средине, управљање отпадом и усклађивање са прописима ЕУ.',
    descriptionEnglish: 'Environmental protection, waste management and alignment with EU rules.',
  },
  {
    slug: 'energy-efficiency',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Energetska efikasnost',
    nameCyrillic: 'Енергетска ефикасност',
    nameEnglish: 'Energy Efficiency',
    descriptionLatin:
      'Energetski menadžment, ušteda energije u javnim zgradama i obnovljivi izvori.',
    descriptionCyrillic:
      'Енергетски менаџмент, уштеда енергије у јавним зградама и обновљиви извори.',
    descriptionEnglish:
      'Energy management, saving energy in public buildings and renewable sources.',
  },
  {
    slug: 'gis',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Geografski informacioni sistemi (GIS)',
    nameCyrillic: 'Географски информациони системи (ГИС)',
    nameEnglish: 'Geographic Information Systems (GIS)',
    descriptionLatin: 'Prostorni podaci, digitalne karte i GIS alati u lokalnoj upravi.',
    descriptionCyrillic: 'Просторни подаци, дигиталне карте и ГИС алати у локалној управи.',
    descriptionEnglish: 'Spatial data, digital maps and GIS tools in local administration.',
  },
  {
    slug: 'construction-inspectors',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Građevinski inspektori',
    nameCyrillic: 'Грађевински инспектори',
    nameEnglish: 'Construction Inspectors',
    descriptionLatin:
      'Inspekcijski nadzor nad izgradnjom, ozakonjenje i primena propisa o gradnji.',
    descriptionCyrillic: 'Инспекцијски надзор над изградњом, озакоњење и примена прописа о градњи.',
    descriptionEnglish:
      'Inspection of construction works, legalisation and building regulations in practice.',
  },
  {
    slug: 'local-economic-development',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Lokalni ekonomski razvoj',
    nameCyrillic: 'Локални економски развој',
    nameEnglish: 'Local Economic Development',
    descriptionLatin:
      'Privlačenje investicija, podrška privredi i kancelarije za lokalni ekonomski razvoj.',
    descriptionCyrillic:
      'Привлачење инвестиција, подршка привреди и канцеларије за локални економски развој.',
    descriptionEnglish:
      'Attracting investment, supporting business and local economic development offices.',
  },
  {
    slug: 'rural-development',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Ruralni razvoj',
    nameCyrillic: 'Рурални развој',
    nameEnglish: 'Rural Development',
    descriptionLatin: 'Podrška poljoprivredi i razvoju sela, programi i fondovi za ruralni razvoj.',
    descriptionCyrillic:
      'Подршка пољопривреди и развоју села, програми и фондови за рурални развој.',
    descriptionEnglish:
      'Support for agriculture and villages, rural development programmes and funds.',
  },
  {
    slug: 'pr-managers',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Menadžeri za odnose s javnošću',
    nameCyrillic: 'Менаџери за односе с јавношћу',
    nameEnglish: 'Municipal PR Managers',
    descriptionLatin: 'Komunikacija lokalne samouprave sa građanima i medijima.',
    descriptionCyrillic: 'Комуникација локалне самоуправе са грађанима и медијима.',
    descriptionEnglish: 'How local government communicates with citizens and the media.',
  },
  {
    slug: 'social-protection',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Socijalna zaštita',
    nameCyrillic: 'Социјална заштита',
    nameEnglish: 'Social Protection',
    descriptionLatin: 'Usluge socijalne zaštite u zajednici i lokalne socijalne politike.',
    descriptionCyrillic: 'Услуге социјалне заштите у заједници и локалне социјалне политике.',
    descriptionEnglish: 'Community-based social care services and local social policy.',
  },
  {
    slug: 'gender-equality',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Rodna ravnopravnost',
    nameCyrillic: 'Родна равноправност',
    nameEnglish: 'Gender Equality',
    descriptionLatin: 'Rodna ravnopravnost u lokalnim politikama, budžetu i uslugama.',
    descriptionCyrillic: 'Родна равноправност у локалним политикама, буџету и услугама.',
    descriptionEnglish: 'Gender equality in local policies, budgets and services.',
  },
  {
    slug: 'health-care',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Zdravstvena zaštita',
    nameCyrillic: 'Здравствена заштита',
    nameEnglish: 'Health Care',
    descriptionLatin:
      'Uloga lokalne samouprave u primarnoj zdravstvenoj zaštiti i javnom zdravlju.',
    descriptionCyrillic:
      'Улога локалне самоуправе у примарној здравственој заштити и јавном здрављу.',
    descriptionEnglish: 'The role of local government in primary health care and public health.',
  },
  {
    slug: 'sport',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Poslovi u oblasti sporta',
    nameCyrillic: 'Послови у области спорта',
    nameEnglish: 'Sport Affairs',
    descriptionLatin: 'Finansiranje sporta, sportski objekti i programi za građane.',
    descriptionCyrillic: 'Финансирање спорта, спортски објекти и програми за грађане.',
    descriptionEnglish: 'Funding sport, sports facilities and programmes for citizens.',
  },
  {
    slug: 'roma-inclusion',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Inkluzija Roma',
    nameCyrillic: 'Инклузија Рома',
    nameEnglish: 'Roma Inclusion',
    descriptionLatin:
      'Lokalne mere za uključivanje Roma: stanovanje, obrazovanje, zapošljavanje i zdravlje.',
    descriptionCyrillic:
      'Локалне мере за укључивање Рома: становање, образовање, запошљавање и здравље.',
    descriptionEnglish:
      'Local measures for Roma inclusion: housing, education, employment and health.',
  },
  {
    slug: 'emergencies',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Vanredne situacije',
    nameCyrillic: 'Ванредне ситуације',
    nameEnglish: 'Emergencies',
    descriptionLatin: 'Zaštita i spasavanje, procena rizika i planovi za vanredne situacije.',
    descriptionCyrillic: 'Заштита и спасавање, процена ризика и планови за ванредне ситуације.',
    descriptionEnglish: 'Civil protection, risk assessment and emergency plans.',
  },
  {
    slug: 'hr-management',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Upravljanje ljudskim resursima',
    nameCyrillic: 'Управљање људским ресурсима',
    nameEnglish: 'HR Management',
    descriptionLatin:
      'Zapošljavanje, stručno usavršavanje i ocenjivanje zaposlenih u lokalnoj upravi.',
    descriptionCyrillic:
      'Запошљавање, стручно усавршавање и оцењивање запослених у локалној управи.',
    descriptionEnglish:
      'Recruitment, professional development and appraisal of local government staff.',
  },
  {
    slug: 'youth-policy',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Omladinska politika',
    nameCyrillic: 'Омладинска политика',
    nameEnglish: 'Youth Policy',
    descriptionLatin: 'Kancelarije za mlade i lokalni akcioni planovi za mlade.',
    descriptionCyrillic: 'Канцеларије за младе и локални акциони планови за младе.',
    descriptionEnglish: 'Youth offices and local youth action plans.',
  },
  {
    slug: 'public-property',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Upravljanje javnom svojinom',
    nameCyrillic: 'Управљање јавном својином',
    nameEnglish: 'Public Property Management',
    descriptionLatin: 'Evidencija, upis i upravljanje imovinom lokalne samouprave.',
    descriptionCyrillic: 'Евиденција, упис и управљање имовином локалне самоуправе.',
    descriptionEnglish: 'Registering, recording and managing the property of local government.',
  },
  {
    slug: 'public-procurement',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Javne nabavke',
    nameCyrillic: 'Јавне набавке',
    nameEnglish: 'Public Procurement',
    descriptionLatin: 'Planiranje i sprovođenje javnih nabavki u skladu sa zakonom.',
    descriptionCyrillic: 'Планирање и спровођење јавних набавки у складу са законом.',
    descriptionEnglish: 'Planning and conducting public procurement in line with the law.',
  },
  {
    slug: 'local-safety',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'Lokalna bezbednost',
    nameCyrillic: 'Локална безбедност',
    nameEnglish: 'Local Safety',
    descriptionLatin:
      'Saveti za bezbednost, bezbednost saobraćaja i prevencija kriminala u zajednici.',
    descriptionCyrillic:
      'Савети за безбедност, безбедност саобраћаја и превенција криминала у заједници.',
    descriptionEnglish: 'Safety councils, road safety and crime prevention in the community.',
  },
  {
    slug: 'nalas-fiscal-decentralisation',
    visibility: NetworkVisibility.OPEN,
    nameLatin: 'NALAS — Fiskalna decentralizacija',
    nameCyrillic: 'НАЛАС — Фискална децентрализација',
    nameEnglish: 'NALAS — Fiscal Decentralisation',
    descriptionLatin:
      'Regionalna razmena stručnjaka Jugoistočne Evrope o finansiranju lokalnih samouprava.',
    descriptionCyrillic:
      'Регионална размена стручњака Југоисточне Европе о финансирању локалних самоуправа.',
    descriptionEnglish:
      'Regional peer exchange across South-East Europe on financing local government.',
  },
];
