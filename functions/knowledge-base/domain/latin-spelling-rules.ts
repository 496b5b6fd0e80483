/**
 * How people in Kazakhstan write Kazakh and Russian words in Latin letters, as data: each rule reads a piece
 * of a Latin word as a piece of a Cyrillic one, at a cost (0 = the usual reading; higher = a less likely one).
 * The Cyrillic side is written folded, as index terms are (ә -> а, қ -> к, ғ -> г, ң -> н, ө -> о, ұ/ү -> у,
 * і -> и, һ -> х, ё -> е; see `normalize.ts`): the index cannot tell "қ" from "к" anyway, so "q" and "k" both
 * lead to "к" and the Kazakh stemmer reads the word as it reads Kazakh typed without Kazakh letters.
 *
 * A rule is written `latin cyrillic [cost]`; `^` before the Latin side ties it to the start of a word, `$`
 * after it to the end; `-` on the Cyrillic side reads the piece as nothing. `docs/knowledge-base-spellings.md`
 * lists the same tables for people.
 */

export interface SpellingRuleSet {
  readonly name: string;
  readonly source: string;
  readonly rules: readonly string[];
}

/** Letters every system reads the same way. */
const SHARED: SpellingRuleSet = {
  name: 'shared letters',
  source: 'all of the systems below',
  rules: [
    ...['a а', 'b б', 'd д', 'e е', 'f ф', 'g г', 'k к', 'l л', 'm м', 'n н', 'o о', 'p п', 'r р'],
    ...['s с', 't т', 'u у', 'v в', 'z з', 'i и'],
  ],
};

const KAZAKH_2021: SpellingRuleSet = {
  name: 'Kazakh, 2021 Latin alphabet',
  source:
    'the revised Kazakh Latin alphabet presented by the Government of Kazakhstan on 28 January 2021 ' +
    '(Ä ä, Ğ ğ, I ı, İ i, Ñ ñ, Ö ö, Q q, Ş ş, Ū ū, Ü ü, Y y; И and Й both İ i)',
  rules: [
    ...['ä а', 'ğ г', 'ı и', 'i й 0.3', 'ñ н', 'ö о', 'q к', 'ş ш', 'ū у', 'ü у', 'y ы', 'j ж', 'h х'],
    // И before a vowel is written i: "qūpiasöz" құпиясөз, "psihologia" психология.
    ...['ia ия 0.1', 'iu ию 0.3'],
    // Ç and Ŋ were in the 2019 draft; Ç is also what Turkish-keyboard users type for Ч.
    'ç ч',
    'ŋ н',
  ],
};

const KAZAKH_2018: SpellingRuleSet = {
  name: 'Kazakh, 2018 Latin alphabet (acutes)',
  source:
    'Decree of the President of Kazakhstan No. 637 of 19 February 2018, amending Decree No. 569 of ' +
    '26 October 2017 (Á á, Ǵ ǵ, Í í, Ń ń, Ó ó, Ú ú, Ý ý, Sh sh, Ch ch)',
  rules: ['á а', 'ǵ г', 'í и', 'í й 0.2', 'ń н', 'ó о', 'ú у', 'ý у', 'sh ш', 'ch ч'],
};

const KAZAKH_2017: SpellingRuleSet = {
  name: 'Kazakh, 2017 Latin alphabet (apostrophes)',
  source:
    'Decree of the President of Kazakhstan No. 569 of 26 October 2017 "On the transition of the Kazakh ' +
    "alphabet from Cyrillic to the Latin script\" (A' a', G' g', I' i', N' n', O' o', S' s', " +
    "C' c', U' u', Y' y')",
  rules: ["a' а", "g' г", "i' и", "i' й 0.2", "n' н", "o' о", "s' ш", "c' ч", "u' у", "y' у"],
};

const KAZAKH_ASCII: SpellingRuleSet = {
  name: 'Kazakh typed with plain ASCII letters',
  source:
    'common practice on phones and in chats: q for қ, gh or g for ғ, sh for ш, zh or j for ж, ch for ч, ' +
    'ng for ң, y for ы, u for ұ/ү/у, i for і/и/й, w for у, ə (an Azerbaijani keyboard) for ә',
  rules: [
    ...[
      'gh г',
      'zh ж',
      'ng н 0.3',
      'kh к 0.8',
      'w у 0.5',
      'ae а 0.6',
      'ə а 0.1',
      'y й 0.4',
      'y и 0.8',
      'i ы 0.9',
    ],
    // "ai", "ei", "oi", "ui": a vowel followed by i is a diphthong with й far more often than two vowels.
    ...['ai ай 0.05', 'ei ей 0.05', 'oi ой 0.05', 'ui уй 0.05', 'yi ый 0.1'],
  ],
};

const RUSSIAN: SpellingRuleSet = {
  name: 'Russian in Latin letters (translit)',
  source:
    'GOST 7.79-2000 system B, ICAO Doc 9303 (passports), BGN/PCGN and the Wikipedia/Yandex practice ' +
    '(checked letter by letter against the `iuliia` schemas in `transliterate-standards.test.ts`), and informal ' +
    "translit: ya/ja for я, yu/ju for ю, zh for ж, kh/h for х, ts/c for ц, ch for ч, sh for ш, shch for щ, ' for ь",
  rules: [
    ...['^e э 0.3', 'e э 1', '^ye е 0.1', 'ye е 0.2', 'ye ье 0.4', 'yo е 0.1', 'jo е 0.4', 'io е 0.8'],
    ...['zh ж', 'y й 0.4', 'j й 0.3', 'y ы 0.1', 'i ы 0.9', 'h х 0.1', 'kh х', 'x х 0.3', 'x кс 0.5'],
    ...['c ц 0.3', 'c с 0.6', 'c к 0.8', 'cz ц 0.1', 'ts ц 0.2', 'tc ц 0.5', 'ch ч', 'sh ш'],
    ...['shch щ', 'sch щ 0.2', 'shh щ 0.2', 'w в 0.5', 'w ш 0.9', 'q к 0.5'],
    ...["' ь 0.1", "' - 0.3", "'' ъ 0.3", "y' ы 0.2"],
    ...['yu ю', 'ju ю 0.1', 'iu ю 0.2', 'ya я', 'ja я 0.1', 'ia я 0.2', 'ie ье 0.6', 'ie ъе 0.9'],
    // After a consonant "yo", "ya", "yu" are often ьё, ья, ью: "byot" бьёт, "statya" статья, "vyuga" вьюга.
    ...['yo ье 0.3', 'ya ья 0.4', 'yu ью 0.4'],
    // BGN/PCGN, Wikipedia and Yandex write й as y after a vowel: "deystvuyushchey", "sboy".
    ...['ay ай 0.05', 'ey ей 0.05', 'oy ой 0.05', 'uy уй 0.1', 'iy ий 0.1', 'yo е 0.1', 'ë е', 'ё е'],
    // Most people leave the soft sign out: "pravitelstva", "poluchat", "mobilnykh", "vosmi", "-tsya".
    ...['t$ ть 0.2', 'tsya$ ться 0.2', 'l ль 0.4', 'n нь 0.5', 's сь 0.5', 't ть 0.5', 'd дь 0.6'],
    ...['r рь 0.6', 'm мь 0.7', 'v вь 0.7', 'z зь 0.7', 'sh шь 0.7', 'ch чь 0.7'],
    // ISO 9 / GOST 7.79 system A letters some keyboards offer.
    ...['č ч 0.1', 'š ш 0.1', 'ž ж 0.1'],
    // Adjective endings: "novyy", "noviy", "novyj", "novyi", "novy" all mean -ый; "-iy", "-ij" -ий.
    ...['yy$ ый', 'yj$ ый 0.1', 'yi$ ый 0.1', 'iy$ ий', 'ij$ ий 0.1', 'ii$ ий 0.3', 'y$ ый 0.6'],
  ],
};

export const SPELLING_RULE_SETS: readonly SpellingRuleSet[] = [
  SHARED,
  KAZAKH_2021,
  KAZAKH_2018,
  KAZAKH_2017,
  KAZAKH_ASCII,
  RUSSIAN,
];

/**
 * Two letters usually read together (sh = ш); reading them apart (с + х) costs this much more. "ts" and
 * "ng" split freely: "отсутствие" and "тенге" are as common as "цон" and "қолтаңба".
 */
export const SPLIT_COST: Readonly<Record<string, number>> = {
  sh: 0.8,
  zh: 0.8,
  ch: 0.8,
  kh: 0.5,
  gh: 0.6,
  ya: 0.4,
  yu: 0.4,
  yo: 0.4,
  ja: 0.3,
  ju: 0.3,
  ia: 0.2,
  iu: 0.4,
  ai: 0.3,
  ei: 0.3,
  oi: 0.3,
  ui: 0.3,
  // "yy" is the ending -ый, not ы twice; "shch" is щ, not ш + ч.
  yy: 0.5,
  hc: 0.3,
};

/** Apostrophe look-alikes people type (GOST 7.79 B writes ` and ' too); all read as `'`. */
export const APOSTROPHES = /['’ʼ‘´`ʻʹ]/g;
