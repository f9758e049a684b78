import type { SearchItemType, SearchLanguage } from '../engine/search-engine';

export interface CorpusItem {
  key: string;
  type: SearchItemType;
  title: string;
  summary?: string;
  body: string;
  language?: SearchLanguage;
}

/**
 * Realistic texts of Serbian towns and municipalities and of their association, in Latin and
 * Cyrillic script, and some in English: library documents, discussion threads and posts,
 * network posts, people and networks.
 */
export const CORPUS: CorpusItem[] = [
  {
    key: 'socijalna-cir',
    type: 'DOCUMENT',
    title: 'Социјална заштита старијих у општини Ивањица',
    summary: 'Добра пракса: помоћ у кући за старије и особе са инвалидитетом',
    body: 'Општина Ивањица је са центром за социјални рад организовала услугу помоћи у кући за 120 старијих суграђана у сеоским подручјима. Геронтодомаћице обилазе кориснике два пута недељно.',
  },
  {
    key: 'socijalna-lat',
    type: 'THREAD',
    title: 'Finansiranje usluga socijalne zaštite iz budžeta lokalne samouprave',
    body: '',
  },
  {
    key: 'socijalna-post',
    type: 'POST',
    title: '',
    body: 'Kod nas se usluge socijalne zaštite finansiraju namenskim transferima, ali to nije dovoljno za dnevni boravak dece sa smetnjama u razvoju.',
  },
  {
    key: 'nabavke-zakon',
    type: 'DOCUMENT',
    title: 'Vodič kroz Zakon o javnim nabavkama za opštinske službe',
    summary: 'Postupci javnih nabavki male vrednosti, otvoreni postupak, plan nabavki',
    body: 'Zakon o javnim nabavkama propisuje da naručilac donosi plan javnih nabavki do 31. januara. Za nabavke male vrednosti primenjuje se pojednostavljeni postupak. Portal javnih nabavki je obavezan za objavu.',
  },
  {
    key: 'nabavke-thread',
    type: 'THREAD',
    title: 'Iskustva sa elektronskim portalom javnih nabavki',
    body: '',
  },
  {
    key: 'nabavke-cir',
    type: 'NETWORK_POST',
    title: '',
    body: 'Подсећамо службенике за јавне набавке да је рок за достављање извештаја Канцеларији за јавне набавке 10. јул.',
  },
  {
    key: 'energija-doc',
    type: 'DOCUMENT',
    title: 'Energetska efikasnost javnih zgrada: obnova škola i vrtića',
    summary: 'Zamena stolarije, izolacija fasada i kotlarnice na biomasu',
    body: 'Grad Kraljevo je zamenom stolarije i izolacijom fasada na sedam škola smanjio potrošnju energije za grejanje za 38 odsto. Energetski menadžer prati potrošnju kroz sistem energetskog menadžmenta.',
  },
  {
    key: 'energija-cir',
    type: 'THREAD',
    title: 'Енергетски менаџер у локалној самоуправи – обавезе и обуке',
    body: '',
  },
  {
    key: 'energy-en',
    type: 'DOCUMENT',
    title: 'Energy efficiency in municipal buildings: a regional guide',
    summary: 'Financing retrofits of schools and kindergartens in South-East Europe',
    body: 'Municipalities across the region are retrofitting public buildings. This guide explains energy audits, financing models and monitoring of consumption.',
    language: 'en',
  },
  {
    key: 'urbanizam-doc',
    type: 'DOCUMENT',
    title: 'Планирање и изградња: објединјена процедура за грађевинске дозволе',
    summary: 'Електронско издавање грађевинских дозвола и локацијских услова',
    body: 'Обједињена процедура електронским путем омогућава да се грађевинска дозвола добије у року од пет радних дана. Одељење за урбанизам издаје локацијске услове.',
  },
  {
    key: 'urbanizam-thread',
    type: 'THREAD',
    title: 'Plan detaljne regulacije i javni uvid – kako uključiti građane',
    body: '',
  },
  {
    key: 'porez-doc',
    type: 'DOCUMENT',
    title: 'Porez na imovinu: utvrđivanje i naplata u lokalnoj poreskoj administraciji',
    summary: 'Zone, prosečne cene kvadratnog metra i poreska rešenja',
    body: 'Lokalna poreska administracija utvrđuje porez na imovinu na osnovu prosečnih cena kvadratnog metra u zonama. Naplata poreza je porasla nakon slanja opomena elektronskom poštom.',
  },
  {
    key: 'porez-cir',
    type: 'NETWORK_POST',
    title: '',
    body: 'Локалне пореске администрације: нови правилник о пореским решењима ступа на снагу 1. марта.',
  },
  {
    key: 'gis-doc',
    type: 'DOCUMENT',
    title: 'Geografski informacioni sistem opštine: katastar komunalne infrastrukture',
    summary: 'GIS za vodovod, kanalizaciju i javnu rasvetu',
    body: 'Opština Inđija je uspostavila GIS sa slojevima vodovoda, kanalizacije i javne rasvete, povezan sa katastrom nepokretnosti.',
  },
  {
    key: 'romi-doc',
    type: 'DOCUMENT',
    title: 'Инклузија Рома: локални акциони план и мобилни тимови',
    summary: 'Здравствене медијаторке, педагошки асистенти и стамбено збрињавање',
    body: 'Мобилни тим за инклузију Рома окупља координатора за ромска питања, здравствену медијаторку и педагошког асистента. Локални акциони план предвиђа легализацију неформалних насеља.',
  },
  {
    key: 'rodna-doc',
    type: 'DOCUMENT',
    title: 'Rodno odgovorno budžetiranje u opštinama',
    summary: 'Rodna ravnopravnost u planiranju budžeta i programskim ciljevima',
    body: 'Rodno odgovorno budžetiranje uvodi rodnu perspektivu u programski budžet. Savet za rodnu ravnopravnost prati pokazatelje po polu.',
  },
  {
    key: 'gender-en',
    type: 'NETWORK_POST',
    title: '',
    body: 'Workshop on gender equality and gender responsive budgeting for municipal finance officers, Belgrade, 14 May.',
    language: 'en',
  },
  {
    key: 'vanredne-doc',
    type: 'DOCUMENT',
    title: 'Plan zaštite i spasavanja od poplava za opštinski štab za vanredne situacije',
    summary: 'Procena rizika od katastrofa, evakuacija, odbrana od poplava',
    body: 'Štab za vanredne situacije usvaja plan zaštite i spasavanja na osnovu procene rizika od katastrofa. Tokom poplava 2014. godine evakuisano je više od 30.000 ljudi.',
  },
  {
    key: 'vanredne-cir',
    type: 'THREAD',
    title: 'Поплаве и клизишта: искуства штабова за ванредне ситуације',
    body: '',
  },
  {
    key: 'mladi-doc',
    type: 'DOCUMENT',
    title: 'Kancelarija za mlade: lokalni akcioni plan za mlade',
    summary: 'Omladinska politika, zapošljavanje mladih i volonterizam',
    body: 'Kancelarija za mlade sprovodi lokalni akcioni plan za mlade kroz programe zapošljavanja, volonterizma i neformalnog obrazovanja.',
  },
  {
    key: 'ruralni-doc',
    type: 'DOCUMENT',
    title: 'Рурални развој: субвенције пољопривредницима из општинског буџета',
    summary: 'Програм подршке за спровођење пољопривредне политике',
    body: 'Општински програм подршке пољопривреди обухвата субвенције за набавку опреме, сертификацију органске производње и удруживање пољопривредника у задруге.',
  },
  {
    key: 'otpad-doc',
    type: 'DOCUMENT',
    title: 'Upravljanje komunalnim otpadom i reciklaža',
    summary: 'Regionalna deponija, primarna selekcija i reciklažna dvorišta',
    body: 'Reciklažno dvorište i primarna selekcija otpada smanjili su količinu otpada na regionalnoj deponiji. Javno komunalno preduzeće organizuje odvoženje kabastog otpada.',
  },
  {
    key: 'ljudski-doc',
    type: 'DOCUMENT',
    title: 'Upravljanje ljudskim resursima u jedinicama lokalne samouprave',
    summary: 'Kadrovski plan, ocenjivanje službenika i stručno usavršavanje',
    body: 'Kadrovski plan se donosi uz budžet. Službenici se ocenjuju jednom godišnje, a program stručnog usavršavanja sprovodi Nacionalna akademija za javnu upravu.',
  },
  {
    key: 'imovina-doc',
    type: 'DOCUMENT',
    title: 'Javna svojina lokalne samouprave: evidencija i upis nepokretnosti',
    summary: 'Popis imovine, upis prava javne svojine u katastar',
    body: 'Evidencija nepokretnosti u javnoj svojini vodi se u skladu sa uredbom, a upis prava javne svojine u katastar nepokretnosti je uslov za raspolaganje imovinom.',
  },
  {
    key: 'led-doc',
    type: 'DOCUMENT',
    title: 'Lokalni ekonomski razvoj: privlačenje investicija i industrijske zone',
    summary:
      'Kancelarija za LER, podsticaji investitorima, sertifikacija povoljnog poslovnog okruženja',
    body: 'Kancelarija za lokalni ekonomski razvoj priprema ponudu industrijske zone sa infrastrukturom i vodi investitore kroz procedure.',
  },
  {
    key: 'zdravlje-cir',
    type: 'DOCUMENT',
    title: 'Здравствена заштита на локалу: домови здравља и патронажа',
    summary: 'Оснивачка права над домовима здравља и финансирање из буџета',
    body: 'Општина као оснивач дома здравља финансира одржавање објеката и опреме, а патронажна служба обилази новорођенчад и старије.',
  },
  {
    key: 'sport-doc',
    type: 'DOCUMENT',
    title: 'Finansiranje sporta u opštini: godišnji programi sportskih organizacija',
    summary: 'Javni poziv za programe u oblasti sporta',
    body: 'Sportski savez ocenjuje godišnje programe sportskih organizacija, a opština raspisuje javni poziv i zaključuje ugovore.',
  },
  {
    key: 'pr-doc',
    type: 'DOCUMENT',
    title: 'Komunikacija sa građanima: opštinski portal i društvene mreže',
    summary: 'Odnosi s javnošću, krizno komuniciranje',
    body: 'Služba za odnose s javnošću objavljuje vesti na opštinskom portalu i društvenim mrežama, a u kriznim situacijama koordinira komunikaciju sa štabom.',
  },
  {
    key: 'bezbednost-en',
    type: 'DOCUMENT',
    title: 'Local safety councils: a handbook for municipalities',
    summary: 'Community policing, traffic safety and crime prevention',
    body: 'Local safety councils bring together the police, schools and municipal services to plan crime prevention and traffic safety measures.',
    language: 'en',
  },
  {
    key: 'person-djordjevic',
    type: 'PERSON',
    title: 'Ђорђе Ђорђевић',
    summary: 'Координатор за енергетску ефикасност · енергетски менаџмент',
    body: '',
  },
  {
    key: 'person-jovanovic',
    type: 'PERSON',
    title: 'Milica Jovanović',
    summary: 'Službenica za javne nabavke · javne nabavke, ugovori',
    body: '',
  },
  {
    key: 'network-social',
    type: 'NETWORK',
    title: 'Socijalna zaštita',
    summary: 'Социјална заштита · Social Protection',
    body: '',
  },
  {
    key: 'network-gis',
    type: 'NETWORK',
    title: 'Geografski informacioni sistemi (GIS)',
    summary: 'Географски информациони системи · Geographic Information Systems',
    body: '',
  },
  {
    key: 'ciscenje-cir',
    type: 'NETWORK_POST',
    title: '',
    body: 'Зимска служба: план чишћења снега и посипања улица у Чачку.',
  },
];

export interface RelevanceQuery {
  query: string;
  /** The items a person asking this expects among the first five. */
  expected: string[];
  /** Still typing: the last word is a prefix (otherwise the query ends with a space). */
  typing?: boolean;
}

export const QUERIES: RelevanceQuery[] = [
  {
    query: 'Социјална заштита',
    expected: ['socijalna-cir', 'socijalna-lat', 'socijalna-post', 'network-social'],
  },
  {
    query: 'socijalna zaštita',
    expected: ['socijalna-cir', 'socijalna-lat', 'socijalna-post', 'network-social'],
  },
  {
    query: 'socijalna zastita',
    expected: ['socijalna-cir', 'socijalna-lat', 'socijalna-post', 'network-social'],
  },
  { query: 'pomoć u kući', expected: ['socijalna-cir'] },
  { query: 'pomoc u kuci za starije', expected: ['socijalna-cir'] },
  {
    query: 'javne nabavke',
    expected: ['nabavke-zakon', 'nabavke-thread', 'nabavke-cir', 'person-jovanovic'],
  },
  {
    query: 'јавне набавке',
    expected: ['nabavke-zakon', 'nabavke-thread', 'nabavke-cir', 'person-jovanovic'],
  },
  { query: '"nabavke male vrednosti"', expected: ['nabavke-zakon'] },
  { query: 'plan nabavki', expected: ['nabavke-zakon'] },
  { query: 'portal javnih nabavki', expected: ['nabavke-thread', 'nabavke-zakon'] },
  { query: 'energetska efikasnost', expected: ['energija-doc', 'person-djordjevic'] },
  { query: 'енергетска ефикасност', expected: ['energija-doc', 'person-djordjevic'] },
  { query: 'energetski menadzer', expected: ['energija-cir', 'energija-doc', 'person-djordjevic'] },
  { query: 'energy efficiency', expected: ['energy-en'] },
  { query: 'retrofitting schools', expected: ['energy-en'] },
  { query: 'gradjevinska dozvola', expected: ['urbanizam-doc'] },
  { query: 'грађевинске дозволе', expected: ['urbanizam-doc'] },
  { query: 'objedinjena procedura', expected: ['urbanizam-doc'] },
  { query: 'javni uvid plan detaljne regulacije', expected: ['urbanizam-thread'] },
  { query: 'porez na imovinu', expected: ['porez-doc'] },
  { query: 'пореска решења', expected: ['porez-cir', 'porez-doc'] },
  { query: 'lokalna poreska administracija', expected: ['porez-doc', 'porez-cir'] },
  { query: 'GIS vodovod', expected: ['gis-doc'] },
  { query: 'geografski informacioni sistem', expected: ['gis-doc', 'network-gis'] },
  { query: 'Inđija', expected: ['gis-doc'] },
  { query: 'Indjija', expected: ['gis-doc'] },
  { query: 'inkluzija Roma', expected: ['romi-doc'] },
  { query: 'zdravstvene medijatorke', expected: ['romi-doc'] },
  { query: 'rodno odgovorno budžetiranje', expected: ['rodna-doc', 'gender-en'] },
  { query: 'gender responsive budgeting', expected: ['gender-en'] },
  { query: 'poplave', expected: ['vanredne-doc', 'vanredne-cir'] },
  { query: 'штаб за ванредне ситуације', expected: ['vanredne-cir', 'vanredne-doc'] },
  { query: 'kancelarija za mlade', expected: ['mladi-doc'] },
  { query: 'subvencije poljoprivrednicima', expected: ['ruralni-doc'] },
  { query: 'reciklaža otpada', expected: ['otpad-doc'] },
  { query: 'reciklazno dvoriste', expected: ['otpad-doc'] },
  { query: 'kadrovski plan', expected: ['ljudski-doc'] },
  { query: 'upis javne svojine', expected: ['imovina-doc'] },
  { query: 'industrijska zona investitori', expected: ['led-doc'] },
  { query: 'dom zdravlja', expected: ['zdravlje-cir'] },
  { query: 'патронажа', expected: ['zdravlje-cir'] },
  { query: 'programi sportskih organizacija', expected: ['sport-doc'] },
  { query: 'drustvene mreze', expected: ['pr-doc'] },
  { query: 'traffic safety', expected: ['bezbednost-en'] },
  { query: 'Đorđević', expected: ['person-djordjevic'] },
  { query: 'Djordjevic', expected: ['person-djordjevic'] },
  { query: 'Dordevic', expected: ['person-djordjevic'] },
  { query: 'čišćenje snega', expected: ['ciscenje-cir'] },
  { query: 'ciscenje snega', expected: ['ciscenje-cir'] },
  { query: 'javne nabavke -portal', expected: ['nabavke-cir', 'person-jovanovic'] },
  {
    query: 'energ',
    typing: true,
    expected: ['energija-doc', 'energija-cir', 'energy-en', 'person-djordjevic'],
  },
  { query: 'rodna ravnopr', typing: true, expected: ['rodna-doc'] },
  { query: 'kanalizacija', expected: ['gis-doc'] },
  { query: 'socjalna zastita', expected: ['network-social', 'socijalna-lat'] },
];
