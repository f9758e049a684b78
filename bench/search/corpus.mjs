// The bench corpus: municipal text with a realistic word distribution, generated inside
// PostgreSQL so a million items seed in minutes.
//
// Why it looks like this: the first bench drew every word uniformly from ~190 words, so every
// query word was in ~20 % of all rows and every query matched 70,000–200,000 items — a worst
// case real text never reaches. Real text has (1) a Zipf-like word distribution: a few words
// (function words, "opština", "grad") are everywhere, most words are rare, with a long tail of
// names; (2) topics: a text about social protection says "socijalna zaštita" many times, one
// about waste hardly ever; (3) inflection (zaštita, zaštite, zaštiti, zaštitom), two scripts
// and some English.
//
// So each item has a topic (one of TOPICS) and a script (3/4 Latin, 1/4 Cyrillic; 1 in 10
// items is English). Each word is drawn with probability TOPIC_SHARE from its topic's words,
// otherwise from the whole vocabulary by Zipf's law (rank r with probability ∝ 1/r, by the
// inverse of the continuous CDF: r = ⌊(N+1)^u⌋). The vocabulary, in rank order: function
// words, general municipal words, topic words, the names of ~140 municipalities, then a long
// tail of ~3,000 generated surnames and place names; nouns and adjectives in 3–5 case forms.
// With 40-word posts and 3,500-word documents, a two-word topic query matches ~0.1–1 % of
// posts and 5–15 % of documents, a single common word ("opština", "grad", "budžet") 10–60 %
// of everything: the bench keeps a few of those among its queries, they are the worst case.

const FUNCTION_SR = `i u na je se da za od o sa su koji koja koje kao što po iz do ili a ali će
biti bilo sve više kroz prema kod nije to ove ovaj tog ovog njihov svih kako kada gde još samo
već oko godine godina dana radi posle pre između bez tokom mogu treba može`;

const GENERAL_SR = `opština grad građani lokalna samouprava projekat program plan odluka
skupština veće načelnik uprava budžet sredstva dinara sednica predsednik savet odeljenje služba
zaposleni institucija saradnja partneri rezultat cilj aktivnost mera podrška realizacija period
izveštaj analiza strategija razvoj predlog nacrt zakon pravilnik uredba ministarstvo republika
pokrajina okrug zajednica udruženje organizacija javno preduzeće ustanova korisnici usluga
kvalitet primer praksa iskustvo obuka seminar radionica konferencija sastanak inicijativa
procena rizik prioritet potreba problem rešenje pristup informacije podaci evidencija sistem
postupak zahtev rok obaveza pravo odgovornost kontrola nadzor inspekcija komunalna infrastruktura`;

/** Topics: [Latin words]. Two-word queries of the bench come from these. */
const TOPICS_SR = [
  `socijalna zaštita centar socijalni rad pomoć kući starije osobe korisnici usluge dnevni
   boravak hraniteljstvo porodica deca invaliditet jednokratna novčana pomoć narodna kuhinja
   personalni asistent ugrožene kategorije`,
  `javne nabavke tender ponuda ponuđač ugovor vrednost postupak otvoreni kriterijum najniža cena
   dokumentacija portal komisija žalba zaštita prava naručilac okvirni sporazum`,
  `energetska efikasnost izolacija fasada stolarija grejanje toplana kotlarnica biomasa solarni
   paneli uštede potrošnja energija emisija obnova javni objekti energetski menadžer pasoš`,
  `urbanizam građevinska dozvola plan detaljne regulacije generalni urbanistički lokacijski
   uslovi objedinjena procedura legalizacija parcela katastar imovina gradilište projektant`,
  `porez na imovinu lokalna poreska administracija naplata prihodi taksa naknada obveznik
   rešenje prinudna naplata dug kamata olakšice budžetski prihodi`,
  `vodovod kanalizacija otpadne vode prečistač vodosnabdevanje mreža cevovod kvar pritisak
   kvalitet vode hlorisanje izvorište bunar priključak`,
  `otpad reciklaža deponija sakupljanje odvoženje kontejneri primarna separacija kompostiranje
   divlje deponije komunalno preduzeće ambalaža plastika reciklažno dvorište`,
  `vanredne situacije poplave štab evakuacija zaštita i spasavanje požar suša klizište
   elementarne nepogode procena ugroženosti sirene dobrovoljci nasipi odbrana`,
  `mladi kancelarija za mlade zapošljavanje omladinska politika volonteri studenti stipendije
   preduzetništvo praksa veštine omladinski klub lokalni akcioni plan`,
  `investicije industrijska zona investitori radna mesta fabrika infrastruktura subvencije
   privreda kancelarija za lokalni ekonomski razvoj greenfield brownfield`,
  `poljoprivreda subvencije poljoprivrednici zadruga navodnjavanje mehanizacija stočarstvo
   voćarstvo ratarstvo seoski turizam agrarni budžet registrovana gazdinstva`,
  `obrazovanje škola vrtić predškolska ustanova učenici nastavnici prevoz učenika upis
   užina digitalna nastava školska zgrada fiskulturna sala`,
  `zdravstvo dom zdravlja patronaža lekar ambulanta hitna pomoć pacijenti preventivni pregledi
   vakcinacija apoteka zdravstvena zaštita`,
  `sport sportski savez javni poziv klubovi sportski objekti hala stadion bazen rekreacija
   takmičenje turnir finansiranje programa`,
  `kultura biblioteka muzej pozorište festival manifestacija kulturni centar baština galerija
   koncert izložba dom kulture`,
  `romi inkluzija romska naselja medijatorka zdravstvene medijatorke lokalni koordinator
   stanovanje legalizacija naselja obrazovanje romske dece`,
  `rodna ravnopravnost žene nasilje u porodici prevencija sigurna kuća rodno budžetiranje
   savet za ravnopravnost osnaživanje žena preduzetnice`,
  `saobraćaj bezbednost saobraćaja raskrsnica semafor parking javni prevoz autobus linija
   biciklističke staze pešački prelaz putevi asfaltiranje`,
  `učešće građana javna rasprava mesna zajednica participativno budžetiranje konsultacije
   peticija zbor građana transparentnost otvoreni podaci`,
  `turizam turistička organizacija smeštaj turisti manifestacije banja promocija kapaciteti
   noćenja seoski turizam ponuda vodič`,
  `životna sredina zagađenje vazduha kvalitet vazduha merne stanice zelene površine drveće
   parkovi buka emisije zaštita prirode`,
  `digitalizacija elektronska uprava e-uprava portal onlajn usluge servisi baze podataka
   informacioni sistem bezbednost podataka digitalne veštine`,
  `javna rasveta led svetiljke ulice održavanje potrošnja struje modernizacija ugovor o
   javno-privatnom partnerstvu`,
  `stanovanje socijalno stanovanje stanovi zgrade stambena zajednica upravnik zgrade
   energetska sanacija krovovi liftovi`,
];

const FUNCTION_EN = `the of and to in a is for on that by with as are from this be at or it was
an which their has have will been not more all also its can new into other these local`;

const GENERAL_EN = `municipality city council citizens local government mayor budget project
programme plan decision assembly administration services funds report strategy development
policy public institutions cooperation partners results support implementation law ministry
region community association organisation utility company quality practice experience training
workshop meeting initiative assessment risk priority needs access information data system
procedure request obligation responsibility control inspection infrastructure`;

const TOPICS_EN = [
  `social protection welfare centre home care elderly people beneficiaries day care foster
   families children disability allowance soup kitchen personal assistant vulnerable groups`,
  `public procurement tender bid bidder contract value procedure open criteria lowest price
   documentation portal committee appeal contracting authority framework agreement`,
  `energy efficiency insulation facade windows heating district heating boiler biomass solar
   panels savings consumption energy emissions renovation public buildings energy manager`,
  `urban planning building permit regulation plan master plan location conditions unified
   procedure legalisation plot cadastre property construction site architect`,
  `property tax local tax administration collection revenue fee charge taxpayer enforced
   collection debt interest relief`,
  `water supply sewage wastewater treatment plant network pipeline leak pressure water quality
   chlorination source well connection`,
  `waste recycling landfill collection containers separation composting illegal dumps utility
   packaging plastic recycling yard`,
  `emergency floods headquarters evacuation rescue fire drought landslide natural disasters
   risk assessment sirens volunteers embankments defence`,
  `youth youth office employment youth policy volunteers students scholarships entrepreneurship
   internship skills youth club local action plan`,
  `investment industrial zone investors jobs factory infrastructure subsidies economy local
   economic development office greenfield brownfield`,
  `agriculture subsidies farmers cooperative irrigation machinery livestock fruit growing crops
   rural tourism agrarian budget registered farms`,
  `education school kindergarten preschool pupils teachers pupil transport enrolment meals
   digital teaching school building gym`,
  `health health centre home nursing doctor clinic emergency patients preventive checkups
   vaccination pharmacy health care`,
  `sport sports association public call clubs sports facilities hall stadium pool recreation
   competition tournament programme funding`,
  `culture library museum theatre festival event cultural centre heritage gallery concert
   exhibition`,
  `roma inclusion roma settlements health mediators local coordinator housing legalisation
   settlements roma children education`,
  `gender equality women domestic violence prevention safe house gender budgeting equality
   council women empowerment women entrepreneurs`,
  `traffic road safety intersection traffic lights parking public transport bus line cycle
   paths pedestrian crossing roads paving`,
  `citizen participation public hearing local community participatory budgeting consultations
   petition citizens assembly transparency open data`,
  `tourism tourist organisation accommodation tourists events spa promotion capacity overnight
   stays rural tourism offer guide`,
  `environment air pollution air quality monitoring stations green areas trees parks noise
   emissions nature protection`,
  `digitalisation electronic government e-government portal online services databases
   information system data security digital skills`,
  `street lighting led lamps streets maintenance electricity consumption modernisation
   public-private partnership contract`,
  `housing social housing flats buildings residents association building manager energy
   renovation roofs lifts`,
];

const MUNICIPALITIES = `Beograd|Novi Sad|Niš|Kragujevac|Subotica|Zrenjanin|Pančevo|Čačak|Kraljevo|
Novi Pazar|Smederevo|Leskovac|Užice|Vranje|Valjevo|Šabac|Sombor|Požarevac|Pirot|Zaječar|Kikinda|
Sremska Mitrovica|Jagodina|Vršac|Bor|Prokuplje|Loznica|Ruma|Inđija|Stara Pazova|Paraćin|Ćuprija|
Aranđelovac|Gornji Milanovac|Ivanjica|Prijepolje|Priboj|Nova Varoš|Sjenica|Tutin|Raška|
Vrnjačka Banja|Trstenik|Kruševac|Aleksinac|Svrljig|Knjaževac|Negotin|Kladovo|Majdanpek|Golubac|
Kučevo|Žagubica|Despotovac|Svilajnac|Velika Plana|Smederevska Palanka|Topola|Lazarevac|Obrenovac|
Mladenovac|Bačka Palanka|Bečej|Temerin|Vrbas|Kula|Apatin|Odžaci|Senta|Ada|Kanjiža|Novi Bečej|
Žitište|Sečanj|Plandište|Alibunar|Kovin|Bela Crkva|Opovo|Kovačica|Šid|Irig|Pećinci|Bogatić|
Vladimirci|Koceljeva|Ljig|Mionica|Lajkovac|Ub|Osečina|Krupanj|Ljubovija|Mali Zvornik|
Bajina Bašta|Kosjerić|Požega|Arilje|Lučani|Čajetina|Ražanj|Doljevac|Merošina|Gadžin Han|
Bela Palanka|Babušnica|Dimitrovgrad|Crna Trava|Vlasotince|Lebane|Medveđa|Bojnik|Kuršumlija|Blace|
Žitorađa|Surdulica|Bosilegrad|Trgovište|Bujanovac|Preševo|Vladičin Han|Boljevac|Sokobanja|
Batočina|Knić|Rača|Lapovo|Rekovac|Varvarin|Ćićevac|Brus|Aleksandrovac|Kanjiža|Titel|Žabalj|
Srbobran|Bački Petrovac|Beočin|Sremski Karlovci|Bačka Topola|Mali Iđoš|Čoka|Nova Crnja`
  .split('|')
  .map((name) => name.trim())
  .filter(Boolean);

/** A few case forms of a Serbian word (rough rules: enough to make the stemmer work). */
function forms(word) {
  if (word.length < 4 || /[^a-zčćžšđ]/.test(word)) return [word];
  if (word.endsWith('a'))
    return [word, `${word.slice(0, -1)}e`, `${word.slice(0, -1)}i`, `${word.slice(0, -1)}u`];
  if (/[eo]$/.test(word)) return [word, `${word.slice(0, -1)}a`, `${word.slice(0, -1)}u`];
  if (word.endsWith('i')) return [word, `${word.slice(0, -1)}ih`, `${word.slice(0, -1)}im`];
  return [word, `${word}a`, `${word}u`, `${word}om`];
}

/** ~3,000 surnames and place names: the long tail of names real text has. */
function tail(count) {
  const first = [
    'Pe',
    'Mar',
    'Jo',
    'Ni',
    'Sta',
    'Mil',
    'Dra',
    'Ra',
    'Vu',
    'Lu',
    'Bo',
    'Ze',
    'Đo',
    'Ste',
    'Ko',
    'Tri',
    'Ve',
    'Sla',
    'Bran',
    'Lj',
  ];
  const middle = [
    'tro',
    'ko',
    'va',
    'no',
    'jan',
    'le',
    'di',
    'si',
    'ša',
    'ri',
    'mi',
    'ba',
    'će',
    'tić',
    'la',
  ];
  const end = ['vić', 'nović', 'ić', 'ević', 'ski', 'ac', 'ica', 'ište', 'ovo', 'evac'];
  const words = [];
  for (let i = 0; words.length < count; i++) {
    const word =
      first[i % first.length] +
      middle[Math.floor(i / first.length) % middle.length] +
      end[Math.floor(i / (first.length * middle.length)) % end.length];
    words.push(word);
  }
  return words;
}

const split = (text) => text.split(/\s+/).filter(Boolean);

const CYRILLIC = {
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  ž: 'ж',
  z: 'з',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  ć: 'ћ',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  č: 'ч',
  š: 'ш',
};

/** Serbian Latin → Cyrillic, as a Cyrillic writer would type it. */
export function toCyrillic(text) {
  return text
    .replace(/lj/g, 'љ')
    .replace(/nj/g, 'њ')
    .replace(/dž/g, 'џ')
    .replace(/Lj/g, 'Љ')
    .replace(/Nj/g, 'Њ')
    .replace(/Dž/g, 'Џ')
    .replace(/[a-zčćžšđ]/g, (c) => CYRILLIC[c] ?? c)
    .replace(/[A-ZČĆŽŠĐ]/g, (c) => (CYRILLIC[c.toLowerCase()] ?? c.toLowerCase()).toUpperCase());
}

/** Topic words padded to the same length, flattened (topic t is [t*K+1 .. t*K+K] in SQL). */
function topicMatrix(topics, inflect) {
  const lists = topics.map((topic) => split(topic).flatMap(inflect));
  const k = Math.max(...lists.map((list) => list.length));
  return {
    k,
    words: lists.flatMap((list) => Array.from({ length: k }, (_, i) => list[i % list.length])),
  };
}

export const TOPIC_SHARE = 0.3;

export function vocabulary() {
  const seen = new Set();
  const unique = (words) => words.filter((word) => !seen.has(word) && seen.add(word));
  const sr = unique([
    ...split(FUNCTION_SR),
    ...split(GENERAL_SR).flatMap(forms),
    ...TOPICS_SR.flatMap((topic) => split(topic).flatMap(forms)),
    ...MUNICIPALITIES,
    ...tail(3000),
  ]);
  const en = [
    ...new Set([
      ...split(FUNCTION_EN),
      ...split(GENERAL_EN),
      ...TOPICS_EN.flatMap(split),
      ...MUNICIPALITIES,
      ...tail(3000),
    ]),
  ];
  const topicsSr = topicMatrix(TOPICS_SR, forms);
  const topicsEn = topicMatrix(TOPICS_EN, (word) => [word]);
  return {
    sr,
    srCyrillic: sr.map(toCyrillic),
    en,
    topicsSr: topicsSr.words,
    topicsSrCyrillic: topicsSr.words.map(toCyrillic),
    topicsEn: topicsEn.words,
    topicCount: TOPICS_SR.length,
    topicSize: { sr: topicsSr.k, en: topicsEn.k },
    distinct: new Set([...sr, ...en, ...sr.map(toCyrillic)]).size,
  };
}

/**
 * SQL for `count` words of an item's text, for a row with `g` (its number): its script is
 * `g % 20` (0–1 English, 2–6 Cyrillic, else Latin), its topic `g % topics` (mixed with a
 * prime so posts and documents of one network do not all share one topic). Parameters: the
 * arrays of `vocabulary()` as $1..$6 (see `VOCABULARY_PARAMS`).
 */
export function textSql(count, v) {
  const script = `(g % 20)`;
  const topic = `((g::bigint * 7919) % ${v.topicCount})`;
  const zipf = (array) =>
    `(${array})[floor(exp(random() * ln(array_length(${array}, 1) + 1)))::int]`;
  const pick = (array, k) => `(${array})[${topic} * ${k} + 1 + floor(random() * ${k})::int]`;
  const word = `CASE WHEN ${script} < 2 THEN
      CASE WHEN random() < ${TOPIC_SHARE} THEN ${pick('$6::text[]', v.topicSize.en)} ELSE ${zipf('$3::text[]')} END
    WHEN ${script} < 7 THEN
      CASE WHEN random() < ${TOPIC_SHARE} THEN ${pick('$5::text[]', v.topicSize.sr)} ELSE ${zipf('$2::text[]')} END
    ELSE
      CASE WHEN random() < ${TOPIC_SHARE} THEN ${pick('$4::text[]', v.topicSize.sr)} ELSE ${zipf('$1::text[]')} END
    END`;
  return `array_to_string(ARRAY(SELECT ${word} FROM generate_series(1, ${count}) WHERE g IS NOT NULL), ' ')`;
}

export const languageSql = `CASE WHEN g % 20 < 2 THEN 'en' ELSE 'sr' END`;

export const vocabularyParams = (v) => [
  v.sr,
  v.srCyrillic,
  v.en,
  v.topicsSr,
  v.topicsSrCyrillic,
  v.topicsEn,
];
