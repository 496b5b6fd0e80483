import type { LocalizedText, ReferralBody } from '../domain/types';

/**
 * The competent bodies operators refer callers to (1414 rules point 10; the 111 rules). Phone numbers are
 * given only for the national short numbers; other contacts are official websites and the e-mail addresses
 * named in the 1414 rules. Check them against the bodies' own pages before a production launch.
 */

const ROUND_THE_CLOCK: LocalizedText = { kk: 'тәулік бойы', ru: 'круглосуточно', en: 'around the clock' };
const OFFICE_HOURS: LocalizedText = {
  kk: 'жұмыс күндері, нақты кестені органның сайтынан қараңыз',
  ru: 'в рабочие дни, точный график — на сайте органа',
  en: 'working days; see the body’s website for the exact schedule',
};

export const REFERRALS: readonly ReferralBody[] = [
  {
    id: 'emergency-112',
    kind: 'emergency',
    name: {
      kk: 'Бірыңғай құтқару қызметі 112',
      ru: 'Единая служба спасения 112',
      en: 'Emergency number 112',
    },
    competence: {
      kk: 'Өмірге немесе денсаулыққа қауіп төнгенде кез келген шұғыл жағдай: зорлық-зомбылық, өрт, жазатайым оқиға.',
      ru: 'Любая экстренная ситуация с угрозой жизни или здоровью: насилие, пожар, несчастный случай.',
      en: 'Any emergency threatening life or health: violence, fire, accident.',
    },
    phone: '112',
    hours: ROUND_THE_CLOCK,
    hotlines: ['1414', '111'],
  },
  {
    id: 'police-102',
    kind: 'emergency',
    name: {
      kk: 'Полиция 102 (Ішкі істер министрлігі)',
      ru: 'Полиция 102 (Министерство внутренних дел)',
      en: 'Police 102 (Ministry of Internal Affairs)',
    },
    competence: {
      kk: 'Тұрмыстық зорлық-зомбылық, ұрып-соғу, қорқыту, бопсалау, баланың жоғалуы; қорғау нұсқамасын шығару; учаскелік инспекторлар.',
      ru: 'Бытовое насилие, побои, угрозы, вымогательство, пропажа ребёнка; вынесение защитного предписания; участковые инспекторы.',
      en: 'Domestic violence, beatings, threats, extortion, missing children; protective orders; district police inspectors.',
    },
    phone: '102',
    website: 'https://www.gov.kz/memleket/entities/qriim',
    hours: ROUND_THE_CLOCK,
    hotlines: ['1414', '111'],
  },
  {
    id: 'ambulance-103',
    kind: 'emergency',
    name: { kk: 'Жедел медициналық жәрдем 103', ru: 'Скорая медицинская помощь 103', en: 'Ambulance 103' },
    competence: {
      kk: 'Жарақат, улану, өзіне қол жұмсау әрекеті және өмірге қауіп төндіретін басқа жағдайлар кезіндегі шұғыл медициналық көмек.',
      ru: 'Срочная медицинская помощь при травмах, отравлениях, попытке самоубийства и других угрозах жизни.',
      en: 'Urgent medical help for injuries, poisoning, suicide attempts and other threats to life.',
    },
    phone: '103',
    hours: ROUND_THE_CLOCK,
    hotlines: ['1414', '111'],
  },
  {
    id: 'ministry-labour',
    kind: 'central',
    name: {
      kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі',
      ru: 'Министерство труда и социальной защиты населения Республики Казахстан',
      en: 'Ministry of Labour and Social Protection of the Population',
    },
    competence: {
      kk: 'Еңбек қатынастары, жұмыспен қамту, зейнетақы және әлеуметтік төлемдер саясаты, мүгедектігі бар адамдарды әлеуметтік қорғау, отбасыларға әлеуметтік көмек.',
      ru: 'Трудовые отношения, занятость, политика пенсий и социальных выплат, социальная защита лиц с инвалидностью, социальная помощь семьям.',
      en: 'Labour relations, employment, pension and social benefit policy, social protection of persons with disabilities, social assistance to families.',
    },
    website: 'https://www.gov.kz/memleket/entities/enbek',
    hours: OFFICE_HOURS,
    hotlines: ['1414', '111'],
  },
  {
    id: 'labour-inspection',
    kind: 'local',
    name: {
      kk: 'Мемлекеттік еңбек инспекциясы (облыстардағы еңбек инспекциясы басқармалары)',
      ru: 'Государственная инспекция труда (управления инспекции труда областей и городов)',
      en: 'State labour inspectorate (regional labour inspection departments)',
    },
    competence: {
      kk: 'Жалақыны төлемеу, заңсыз жұмыстан шығару, жүкті әйелдер мен балалы ата-аналарды кемсіту, еңбек қауіпсіздігі.',
      ru: 'Невыплата зарплаты, незаконное увольнение, дискриминация беременных и родителей с детьми, охрана труда.',
      en: 'Unpaid wages, unlawful dismissal, discrimination against pregnant women and parents, workplace safety.',
    },
    hours: OFFICE_HOURS,
    hotlines: ['1414', '111'],
  },
  {
    id: 'children-rights-committee',
    kind: 'central',
    name: {
      kk: 'Оқу-ағарту министрлігінің Балалардың құқықтарын қорғау комитеті',
      ru: 'Комитет по охране прав детей Министерства просвещения',
      en: "Committee for the Protection of Children's Rights of the Ministry of Education",
    },
    competence: {
      kk: 'Балалардың құқықтарын қорғау, қорғаншылық және қамқоршылық, жетім балалар мен ата-анасының қамқорлығынсыз қалған балалар, мектептегі буллинг.',
      ru: 'Защита прав детей, опека и попечительство, дети-сироты и дети без попечения родителей, буллинг в школах.',
      en: "Protection of children's rights, guardianship, orphans and children without parental care, bullying in schools.",
    },
    website: 'https://www.gov.kz/memleket/entities/edu',
    hours: OFFICE_HOURS,
    hotlines: ['111'],
  },
  {
    id: 'human-rights-commissioner',
    kind: 'ombudsman',
    name: {
      kk: 'Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл',
      ru: 'Уполномоченный по правам человека в Республике Казахстан',
      en: 'Commissioner for Human Rights (Ombudsman) of Kazakhstan',
    },
    competence: {
      kk: 'Мемлекеттік органдар мен лауазымды адамдардың адам құқықтары мен бостандықтарын бұзуы туралы шағымдар, басқа жолдармен шешілмеген.',
      ru: 'Жалобы на нарушение прав и свобод человека государственными органами и должностными лицами, если другие пути не помогли.',
      en: 'Complaints about violations of human rights and freedoms by state bodies and officials when other remedies have failed.',
    },
    website: 'https://www.gov.kz/memleket/entities/ombudsman',
    hours: OFFICE_HOURS,
    hotlines: ['1414', '111'],
  },
  {
    id: 'children-rights-commissioner',
    kind: 'ombudsman',
    name: {
      kk: 'Қазақстан Республикасындағы Бала құқықтары жөніндегі уәкіл және өңірлік уәкілдер',
      ru: 'Уполномоченный по правам ребёнка в Республике Казахстан и региональные уполномоченные',
      en: "Commissioner for Children's Rights and regional commissioners",
    },
    competence: {
      kk: 'Баланың құқықтары мен заңды мүдделерінің бұзылуы туралы өтініштер, балаларға қатысты зорлық-зомбылық және буллинг, мемлекеттік органдардың әрекетсіздігі.',
      ru: 'Обращения о нарушении прав и законных интересов детей, насилие и буллинг в отношении детей, бездействие государственных органов.',
      en: "Appeals about violations of children's rights and legitimate interests, violence and bullying against children, inaction of state bodies.",
    },
    hours: OFFICE_HOURS,
    hotlines: ['111'],
  },
  {
    id: 'akimat-education-guardianship',
    kind: 'local',
    name: {
      kk: 'Аудан (қала) әкімдігінің білім бөлімі — қорғаншылық және қамқоршылық органы',
      ru: 'Отдел образования акимата района (города) — орган опеки и попечительства',
      en: 'District (city) akimat education department — guardianship authority',
    },
    competence: {
      kk: 'Баланың тұрғылықты жері туралы дауларда қорытынды, қорғаншылық, баланы отбасына орналастыру, мектептегі буллингке шағымдар, балабақшаға кезек.',
      ru: 'Заключения по спорам о месте жительства ребёнка, опека, устройство детей в семьи, жалобы на буллинг в школе, очередь в детский сад.',
      en: "Opinions in disputes over a child's residence, guardianship, family placement, complaints about school bullying, kindergarten queues.",
    },
    hours: OFFICE_HOURS,
    hotlines: ['1414', '111'],
  },
  {
    id: 'akimat-employment-social',
    kind: 'local',
    name: {
      kk: 'Аудан (қала) әкімдігінің жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
      ru: 'Отдел занятости и социальных программ акимата района (города)',
      en: 'District (city) akimat department of employment and social programmes',
    },
    competence: {
      kk: 'Атаулы әлеуметтік көмек, тұрғын үй көмегі, әлеуметтік қызметтер, қиын жағдайдағы отбасыларға көмек, жұмыссыздарды тіркеу.',
      ru: 'Адресная социальная помощь, жилищная помощь, социальные услуги, помощь семьям в трудной жизненной ситуации, учёт безработных.',
      en: 'Targeted social assistance, housing assistance, social services, help for families in difficulty, registering the unemployed.',
    },
    hours: OFFICE_HOURS,
    hotlines: ['1414', '111'],
  },
  {
    id: 'crisis-centres',
    kind: 'ngo',
    name: {
      kk: 'Зорлық-зомбылықтан зардап шеккендерге арналған дағдарыс орталықтары',
      ru: 'Кризисные центры для пострадавших от насилия',
      en: 'Crisis centres for survivors of violence',
    },
    competence: {
      kk: 'Тұрмыстық зорлық-зомбылықтан зардап шеккен әйелдер мен балаларға уақытша баспана, психологиялық және заң көмегі.',
      ru: 'Временное убежище, психологическая и юридическая помощь женщинам и детям, пострадавшим от бытового насилия.',
      en: 'Temporary shelter, psychological and legal help for women and children affected by domestic violence.',
    },
    hours: {
      kk: 'көпшілігі тәулік бойы; жақын орталықтың байланысын 111 береді',
      ru: 'большинство круглосуточно; контакты ближайшего центра даёт 111',
      en: 'most around the clock; 111 gives the nearest centre’s contacts',
    },
    hotlines: ['111'],
  },
  {
    id: 'government-for-citizens',
    kind: 'state-company',
    name: {
      kk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы (ХҚКО)',
      ru: 'Государственная корпорация «Правительство для граждан» (ЦОН)',
      en: 'Government for Citizens State Corporation (public service centers)',
    },
    competence: {
      kk: 'Мемлекеттік қызметтерді бір терезе қағидатымен көрсету: құжаттар, анықтамалар, тіркеу, зейнетақы мен жәрдемақы тағайындау, ЭЦҚ алу кезінде жеке басын растау.',
      ru: 'Оказание государственных услуг по принципу одного окна: документы, справки, регистрация, назначение пенсий и пособий, подтверждение личности для ЭЦП.',
      en: 'One-stop state services: documents, certificates, registration, pensions and benefits, identity checks for an EDS.',
    },
    website: 'https://gov4c.kz',
    hours: OFFICE_HOURS,
    hotlines: ['1414', '111'],
  },
  {
    id: 'nca',
    kind: 'state-company',
    name: {
      kk: 'Қазақстан Республикасының Ұлттық куәландырушы орталығы (ҰКО)',
      ru: 'Национальный удостоверяющий центр Республики Казахстан (НУЦ РК)',
      en: 'National Certification Authority of Kazakhstan (NCA)',
    },
    competence: {
      kk: 'ЭЦҚ беру, қайта шығару және кері қайтарып алу, NCALayer бағдарламасы, тіркеу куәліктері.',
      ru: 'Выдача, перевыпуск и отзыв ЭЦП, программа NCALayer, регистрационные свидетельства.',
      en: 'Issuing, reissuing and revoking EDS keys, the NCALayer program, registration certificates.',
    },
    email: 'support@pki.gov.kz',
    website: 'https://pki.gov.kz',
    hours: ROUND_THE_CLOCK,
    hotlines: ['1414'],
  },
  {
    id: 'ici-operator',
    kind: 'state-company',
    name: {
      kk: '«Электрондық үкіметтің» ақпараттық-коммуникациялық инфрақұрылымының операторы («Ұлттық ақпараттық технологиялар» АҚ)',
      ru: 'Оператор информационно-коммуникационной инфраструктуры «электронного правительства» (АО «Национальные информационные технологии»)',
      en: 'Operator of the e-government information and communication infrastructure (National Information Technologies JSC)',
    },
    competence: {
      kk: 'egov.kz порталының және мемлекеттік органдардың ақпараттық жүйелерінің жұмысы, ақаулар, техникалық қолдау.',
      ru: 'Работа портала egov.kz и информационных систем государственных органов, сбои, техническая поддержка.',
      en: "Operation of egov.kz and state bodies' information systems, outages, technical support.",
    },
    email: 'sd@nitec.kz',
    website: 'https://nitec.kz',
    hours: ROUND_THE_CLOCK,
    hotlines: ['1414'],
  },
  {
    id: 'enpf',
    kind: 'fund',
    name: {
      kk: 'Бірыңғай жинақтаушы зейнетақы қоры (БЖЗҚ)',
      ru: 'Единый накопительный пенсионный фонд (ЕНПФ)',
      en: 'Unified Accumulative Pension Fund (UAPF)',
    },
    competence: {
      kk: 'Жеке зейнетақы шоттары, зейнетақы жарналары туралы үзінді көшірме, зейнетақы жинақтарынан төлемдер.',
      ru: 'Индивидуальные пенсионные счета, выписки о пенсионных взносах, выплаты из пенсионных накоплений.',
      en: 'Individual pension accounts, statements of pension contributions, payments from pension savings.',
    },
    website: 'https://www.enpf.kz',
    hours: OFFICE_HOURS,
    hotlines: ['1414'],
  },
  {
    id: 'gfss',
    kind: 'fund',
    name: {
      kk: 'Мемлекеттік әлеуметтік сақтандыру қоры',
      ru: 'Государственный фонд социального страхования',
      en: 'State Social Insurance Fund',
    },
    competence: {
      kk: 'Жүктілік пен босануға, бала күтіміне, жұмысынан айырылуға байланысты әлеуметтік төлемдер.',
      ru: 'Социальные выплаты по беременности и родам, по уходу за ребёнком, по потере работы.',
      en: 'Social payments for maternity, childcare and loss of employment.',
    },
    website: 'https://www.gfss.kz',
    hours: OFFICE_HOURS,
    hotlines: ['1414', '111'],
  },
  {
    id: 'state-revenue-committee',
    kind: 'central',
    name: {
      kk: 'Қаржы министрлігінің Мемлекеттік кірістер комитеті',
      ru: 'Комитет государственных доходов Министерства финансов',
      en: 'State Revenue Committee of the Ministry of Finance',
    },
    competence: {
      kk: 'Салықтар, жеке кәсіпкерлердің салық режимдері мен есептілігі, берешек, салық төлеушінің кабинеті.',
      ru: 'Налоги, налоговые режимы и отчётность ИП, задолженность, кабинет налогоплательщика.',
      en: 'Taxes, tax regimes and reporting of sole proprietors, tax debts, the taxpayer account.',
    },
    website: 'https://kgd.gov.kz',
    hours: OFFICE_HOURS,
    hotlines: ['1414'],
  },
  {
    id: 'legal-statistics-committee',
    kind: 'central',
    name: {
      kk: 'Бас прокуратураның Құқықтық статистика және арнайы есепке алу жөніндегі комитеті',
      ru: 'Комитет по правовой статистике и специальным учётам Генеральной прокуратуры',
      en: "Prosecutor General's Committee on Legal Statistics and Special Records",
    },
    competence: {
      kk: 'Соттылығының бар-жоғы туралы анықтамалар, арнайы есепке алу мәліметтері, анықтамадағы қателерді түзету.',
      ru: 'Справки о наличии либо отсутствии судимости, сведения специальных учётов, исправление ошибок в справке.',
      en: 'Criminal record certificates, special records data, correcting errors in a certificate.',
    },
    website: 'https://qamqor.gov.kz',
    hours: OFFICE_HOURS,
    hotlines: ['1414'],
  },
  {
    id: 'civil-status-registry',
    kind: 'local',
    name: {
      kk: 'Азаматтық хал актілерін тіркеу органдары (АХАЖ)',
      ru: 'Органы регистрации актов гражданского состояния (ЗАГС)',
      en: 'Civil registry offices',
    },
    competence: {
      kk: 'Туу, неке қию, ажырасу (кәмелетке толмаған балалар болмаса және келісім болса), әке болуды анықтау, тегін ауыстыруды тіркеу.',
      ru: 'Регистрация рождения, брака, развода (по согласию и без несовершеннолетних детей), установления отцовства, перемены фамилии.',
      en: 'Registration of births, marriages, divorces (by consent without minor children), paternity and change of name.',
    },
    hours: OFFICE_HOURS,
    hotlines: ['1414', '111'],
  },
  {
    id: 'courts',
    kind: 'court',
    name: {
      kk: 'Аудандық (қалалық) соттар',
      ru: 'Районные (городские) суды',
      en: 'District (city) courts',
    },
    competence: {
      kk: 'Алимент өндіру (сот бұйрығы, талап арыз), балалар болған кезде ажырасу, баланың тұрғылықты жерін анықтау, ерекше талаптар белгілеу.',
      ru: 'Взыскание алиментов (судебный приказ, иск), развод при наличии детей, определение места жительства ребёнка, установление особых требований.',
      en: "Alimony (court order, claim), divorce with children, deciding a child's residence, special requirements for offenders.",
    },
    website: 'https://sud.gov.kz',
    hours: OFFICE_HOURS,
    hotlines: ['111'],
  },
];
