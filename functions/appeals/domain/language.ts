import type { Language } from '../../../contracts/hotlines';

/**
 * A guess of the language an appeal is written in, to answer in the same language. Kazakh and Russian
 * share the Cyrillic alphabet; Kazakh adds nine letters (ә ғ қ ң ө ұ ү һ і) that make up roughly one
 * letter in ten of Kazakh text. A Russian letter that names a Kazakh place (Қарағанды) has a few of
 * them, so Kazakh needs them to be a noticeable share, not merely present.
 */

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC_LETTERS = /\p{Script=Cyrillic}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;
// Keyboards without a Kazakh layout make people type a Latin i for і and a Latin ə for ә inside
// Cyrillic words ("сiздiң", "өтiнiш"); those stand-ins count as Kazakh letters.
const KAZAKH_STAND_INS = /(?<=\p{Script=Cyrillic})[iIəƏ]|[iIəƏ](?=\p{Script=Cyrillic})/gu;

/** Share of Kazakh-only letters among Cyrillic ones from which a text counts as Kazakh. */
export const KAZAKH_SHARE = 0.03;
/**
 * Share of Cyrillic among all letters from which a text counts as Kazakh or Russian. Russian mail is
 * full of Latin product names (NCALayer, Google Chrome, Windows) that can outnumber the Russian
 * letters of a short sentence; an English letter with one Russian word stays English.
 */
export const CYRILLIC_SHARE = 0.3;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * `kk` when Kazakh-specific letters are at least 3 % of the Cyrillic letters, `ru` for other Cyrillic
 * text, `en` when less than 30 % of the letters are Cyrillic or there are no letters at all. Lines quoted
 * from earlier mail (`> ...`) are left out while anything else remains, so a Russian reply to an
 * English acknowledgement counts as Russian.
 */
export function guessLanguage(text: string): Language {
  const ownLines = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n');
  const sample = /\p{L}/u.test(ownLines) ? ownLines : text;
  const standIns = count(sample, KAZAKH_STAND_INS);
  const cyrillic = count(sample, CYRILLIC_LETTERS) + standIns;
  const latin = count(sample, LATIN_LETTERS) - standIns;
  if (cyrillic === 0 || cyrillic / (cyrillic + latin) < CYRILLIC_SHARE) return 'en';
  return (count(sample, KAZAKH_LETTERS) + standIns) / cyrillic >= KAZAKH_SHARE ? 'kk' : 'ru';
}
