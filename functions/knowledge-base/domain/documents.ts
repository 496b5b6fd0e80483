import { type HotlineId, LANGUAGES, type Language } from '../../../contracts/hotlines';
import type { KbArticle, ReferralBody, ResultKind } from './types';

/** One searchable text in one language: an article, or one language version of a referral body. */
export interface SearchDocument {
  /** Unique inside the index: `article:<id>` or `referral:<id>:<lang>`. */
  readonly key: string;
  readonly id: string;
  readonly kind: ResultKind;
  readonly lang: Language;
  readonly title: string;
  readonly body: string;
  readonly tags: string;
  readonly category: string;
  readonly hotlines: readonly HotlineId[];
}

export function articleKey(id: string): string {
  return `article:${id}`;
}

export function referralKey(id: string, lang: Language): string {
  return `referral:${id}:${lang}`;
}

export function articleDocument(article: KbArticle): SearchDocument {
  return {
    key: articleKey(article.id),
    id: article.id,
    kind: 'article',
    lang: article.lang,
    title: article.title.normalize('NFC'),
    body: article.body.normalize('NFC'),
    tags: (article.tags ?? []).join(' ; ').normalize('NFC'),
    category: (article.category ?? '').normalize('NFC'),
    hotlines: article.hotlines,
  };
}

const CONTACT_LABELS: Readonly<
  Record<Language, { phone: string; email: string; website: string; hours: string }>
> = {
  kk: { phone: 'Телефон', email: 'Электрондық пошта', website: 'Сайт', hours: 'Жұмыс уақыты' },
  ru: { phone: 'Телефон', email: 'Электронная почта', website: 'Сайт', hours: 'Часы работы' },
  en: { phone: 'Phone', email: 'E-mail', website: 'Website', hours: 'Hours' },
};

/** The referral's competence followed by its contacts, as the operator reads them out. */
function referralBody(referral: ReferralBody, lang: Language, competence: string): string {
  const labels = CONTACT_LABELS[lang];
  const hours = referral.hours?.[lang] ?? referral.hours?.ru;
  const contacts = [
    referral.phone && `${labels.phone}: ${referral.phone}.`,
    referral.email && `${labels.email}: ${referral.email}.`,
    referral.website && `${labels.website}: ${referral.website}.`,
    hours && `${labels.hours}: ${hours}.`,
  ].filter(Boolean);
  return [competence, ...contacts].join(' ');
}

/** A referral body becomes one document per language it is written in. */
export function referralDocuments(referral: ReferralBody): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const lang of LANGUAGES) {
    const name = referral.name[lang];
    const competence = referral.competence[lang];
    if (name === undefined || competence === undefined) continue;
    documents.push({
      key: referralKey(referral.id, lang),
      id: referral.id,
      kind: 'referral',
      lang,
      title: name.normalize('NFC'),
      body: referralBody(referral, lang, competence).normalize('NFC'),
      tags: '',
      category: (referral.region ?? '').normalize('NFC'),
      hotlines: referral.hotlines,
    });
  }
  return documents;
}
