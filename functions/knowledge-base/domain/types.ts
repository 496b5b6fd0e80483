import type { HotlineId, Language } from '../../../contracts/hotlines';

/** Whose knowledge base this is: the hotline, and the languages it answers in (from its configuration). */
export interface KbScope {
  readonly hotline: HotlineId;
  readonly languages: readonly Language[];
}

/** A published knowledge-base article as the search engine sees it (editing and versions live elsewhere). */
export interface KbArticle {
  /** Stable id, e.g. `1414-eds-renew-ru`. */
  readonly id: string;
  readonly lang: Language;
  readonly title: string;
  readonly body: string;
  readonly tags?: readonly string[];
  readonly category?: string;
  readonly hotlines: readonly HotlineId[];
  /** Shared by the kk/ru/en versions of one article, e.g. `1414-eds-renew`. */
  readonly translationGroup?: string;
}

/** Text in the state language and Russian, and in English where the hotline offers it. */
export interface LocalizedText {
  readonly kk: string;
  readonly ru: string;
  readonly en?: string;
}

export type ReferralKind =
  | 'central'
  | 'local'
  | 'ombudsman'
  | 'emergency'
  | 'state-company'
  | 'fund'
  | 'ngo'
  | 'court';

/** A competent body an operator refers the caller to (1414 rules point 10, 111 rules). */
export interface ReferralBody {
  readonly id: string;
  readonly kind: ReferralKind;
  readonly name: LocalizedText;
  /** What questions the body resolves, written for the operator to read out. */
  readonly competence: LocalizedText;
  readonly phone?: string;
  readonly email?: string;
  readonly website?: string;
  readonly hours?: LocalizedText;
  /** Region the body serves; absent for the whole country. */
  readonly region?: string;
  readonly hotlines: readonly HotlineId[];
}

export type ResultKind = 'article' | 'referral';

export interface SearchOptions {
  readonly lang?: Language;
  readonly hotline?: HotlineId;
  /** Default 10. */
  readonly limit?: number;
  /** Default both kinds. */
  readonly kinds?: readonly ResultKind[];
}

export interface SearchResult {
  readonly id: string;
  readonly title: string;
  readonly score: number;
  /** A window of the body around the best matching terms. */
  readonly snippet: string;
  /** `[start, end)` character ranges inside `snippet` that matched the query, for highlighting. */
  readonly highlights: readonly (readonly [number, number])[];
  /**
   * `[start, end)` character ranges inside `title` that matched the query. A query typed in Latin letters
   * marks the Cyrillic words it was read as ("spravka" marks "Справка"): results are shown as written.
   */
  readonly titleHighlights: readonly (readonly [number, number])[];
  readonly lang: Language;
  readonly kind: ResultKind;
}
