/**
 * Words and phrases callers and articles use for the same thing, across Kazakh, Russian and English,
 * abbreviations and spelled-out forms. Each phrase is analyzed like any text (stems, folded Kazakh letters,
 * stopwords dropped), so one inflected form per phrase is enough. Phrases are separated by `|`.
 */
export interface SynonymGroup {
  readonly id: string;
  readonly phrases: readonly string[];
}

const GROUPS: Readonly<Record<string, string>> = {
  eds:
    'ЭЦП | ЕЦП | ecp | ЭЦҚ | ЭП | электронная цифровая подпись | ' +
    'электронно-цифровая подпись | цифровая подпись | электронная подпись | ' +
    'электрондық цифрлық қолтаңба | электрондық қолтаңба | цифрлық қолтаңба | EDS | ' +
    'digital signature | electronic signature | e-signature | ЭЦП ключ',
  nca:
    'НУЦ | НУЦ РК | национальный удостоверяющий центр | ҰКО | ұлттық куәландырушы орталық | ' +
    'NCA | national certification authority | national certification centre | PKI | пки',
  ncalayer: 'NCALayer | NCA Layer | нкалейер | нкалеер | нкалаер | нкалайер | НКА лейер',
  egov:
    'egov | e-gov | егов | игов | электронное правительство | электрондық үкімет | ' +
    'e-government | electronic government | egov kz | портал электронного правительства',
  'mobile-app':
    'мобайл | mobile | мобильное приложение | мобильді қосымша | mobile app | ' +
    'mobile application | смартфон | smartphone',
  'sole-proprietor':
    'ИП | индивидуальный предприниматель | индивидуальное предпринимательство | ЖК | ' +
    'жеке кәсіпкер | жеке кәсіпкерлік | sole proprietor | sole proprietorship | ' +
    'individual entrepreneur',
  iin:
    'ИИН | индивидуальный идентификационный номер | ЖСН | жеке сәйкестендіру нөмірі | IIN | ' +
    'individual identification number',
  gov4c:
    'ЦОН | центр обслуживания населения | ХҚКО | халыққа қызмет көрсету орталығы | ' +
    'Правительство для граждан | Азаматтарға арналған үкімет | Government for Citizens | ' +
    'public service center | public service centre | PSC | gov4c',
  bullying:
    'травля | травят | затравили | буллинг | булинг | кибербуллинг | издеваются | ' +
    'издевательства | обижают | унижают | дразнят | қорлау | қорлайды | мазақтау | ' +
    'мазақтайды | кемсіту | bullying | bullied | cyberbullying',
  'domestic-violence':
    'бытовое насилие | домашнее насилие | насилие в семье | семейное насилие | избивает | ' +
    'избиение | побои | бьет | избил | тұрмыстық зорлық-зомбылық | ' +
    'отбасылық зорлық-зомбылық | ұрады | ұрып-соғу | отбасындағы зорлық-зомбылық | ' +
    'domestic violence | family violence | abuse at home',
  divorce: 'развод | развестись | расторжение брака | ажырасу | ажырасқым | некені бұзу | ' + 'divorce',
  'criminal-record':
    'несудимость | судимость | справка о несудимости | соттылық | соттылығы | соттылықтың | ' +
    'criminal record | police clearance | no criminal record',
  'residence-registration':
    'прописка | прописаться | прописать | регистрация по месту жительства | ' +
    'временная регистрация | тұрғылықты жері бойынша тіркеу | тіркеуге тұру | ' +
    'уақытша тіркеу | residence registration | address registration | propiska',
  'address-certificate':
    'адресная справка | мекенжай анықтамасы | мекенжай туралы анықтама | ' + 'address certificate',
  'pension-fund':
    'ЕНПФ | единый накопительный пенсионный фонд | БЖЗҚ | ' +
    'бірыңғай жинақтаушы зейнетақы қоры | UAPF | ENPF | unified accumulative pension fund',
  pension: 'пенсия | пенсионный | зейнетақы | зейнеткер | пенсионер | pension | pensioner | ' + 'retirement',
  benefit:
    'пособие | соцвыплата | социальная выплата | жәрдемақы | әлеуметтік төлем | ' +
    'social benefit | benefit | allowance',
  complaint:
    'жалоба | пожаловаться | обжаловать | обжалование | шағым | шағымдану | шағымдансам | ' +
    'complaint | complain',
  police:
    'полиция | полицейский | участковый | учаскелік | police | МВД | ' +
    'министерство внутренних дел | ІІМ | ішкі істер министрлігі | ' +
    'Ministry of Internal Affairs | Ministry of Interior',
  'human-rights-ombudsman':
    'омбудсмен | омбудсман | уполномоченный по правам человека | ' +
    'адам құқықтары жөніндегі уәкіл | ombudsman | commissioner for human rights | ' +
    'human rights commissioner',
  'children-ombudsman':
    'уполномоченный по правам ребенка | детский омбудсмен | ' +
    'бала құқықтары жөніндегі уәкіл | commissioner for children rights | ' +
    "children's ombudsman",
  akimat:
    'акимат | аким | әкімдік | әкімшілік | әкім | akimat | akim | ' +
    'местный исполнительный орган | жергілікті атқарушы орган | local executive body | ' +
    'local authority',
  'psychological-help':
    'психолог | психологическая помощь | психологическая поддержка | психологиялық көмек | ' +
    'психологиялық қолдау | psychologist | psychological help | psychological support | ' +
    'counselling',
  suicide:
    'суицид | самоубийство | покончить с собой | не хочу жить | хочу умереть | ' +
    'жить не хочется | өзіне қол жұмсау | суицидтік | өзімді өлтіргім | өзін-өзі өлтіру | ' +
    'өлгім келеді | өмір сүргім келмейді | suicide | kill myself',
  renew:
    'продлить | продление | перевыпуск | перевыпустить | обновить | ұзарту | ұзартамын | жаңарту | ' +
    'жаңартамын | ' +
    'қайта шығару | renew | renewal | reissue | extend',
  sms: 'SMS | смс | эсэмэс | СМС-хабарлама | text message',
  password: 'пароль | құпиясөз | құпия сөз | password | passcode',
  'mobile-citizens-database':
    'база мобильных граждан | БМГ | мобильді азаматтар базасы | mobile citizens database | ' +
    'mobile citizens base',
  'one-time-password':
    'одноразовый пароль | смс-код | код из смс | бір реттік құпиясөз | ' +
    'бір реттік құпия сөз | SMS code | one-time password | OTP',
  'state-service':
    'госуслуга | государственная услуга | мемлекеттік қызмет | мемқызмет | public service | ' +
    'state service | government service',
  'unified-contact-center':
    '1414 | единый контакт-центр | бірыңғай байланыс орталығы | unified contact center | ' +
    'unified contact centre',
  child:
    'ребенок | дети | детский | несовершеннолетний | подросток | бала | ' +
    'кәмелетке толмаған | жасөспірім | child | children | minor | teenager',
  spouse: 'муж | жена | супруг | супруга | сожитель | жұбай | күйеу | husband | wife | spouse',
  'contact-with-child':
    'общаться с ребенком | видеться с ребенком | встречаться с ребенком | порядок общения | ' +
    'баламен араласу | баламен кездесу | баламен араластырмайды | баламен кездестірмейді | ' +
    'баламен көрісу | contact with the child | visiting rights',
  guardianship: 'опека | опекун | попечительство | қорғаншылық | қамқоршылық | guardianship | custody',
  disability: 'инвалидность | инвалид | мүгедектік | мүгедек | disability | disabled',
  unemployment: 'безработица | безработный | жұмыссыз | жұмыссыздық | unemployed | unemployment',
  tax:
    'налог | налоговая | налоговый | КГД | комитет государственных доходов | салық | ' +
    'мемлекеттік кірістер комитеті | tax | state revenue committee',
  login: 'вход | войти | авторизация | кіру | login | log in | sign in',
  alimony: 'алименты | алимент | содержание ребенка | alimony | child support',
};

export const SYNONYM_GROUPS: readonly SynonymGroup[] = Object.entries(GROUPS).map(([id, phrases]) => ({
  id,
  phrases: phrases.split('|').map((phrase) => phrase.trim()),
}));
