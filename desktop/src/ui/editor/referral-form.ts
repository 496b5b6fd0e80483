/**
 * The referral-directory form as plain data: what the editor types (every field a string, empty meaning
 * "not given") to and from the body `PUT /kb/referrals/{id}` takes (`functions/knowledge-base/domain/
 * referral-input.ts` is the schema and gives the errors). Pure, so it is tested without a browser.
 */

export const REFERRAL_KINDS = [
  'central',
  'local',
  'ombudsman',
  'emergency',
  'state-company',
  'fund',
  'ngo',
  'court',
] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export const REFERRAL_LANGS = ['kk', 'ru', 'en'] as const;
export type ReferralLang = (typeof REFERRAL_LANGS)[number];

/** The texts written in each language. */
export const LOCALIZED_FIELDS = ['name', 'competence', 'hours'] as const;
export type LocalizedField = (typeof LOCALIZED_FIELDS)[number];

/** Contacts and where the body serves. */
export const CONTACT_FIELDS = ['phone', 'email', 'website', 'region'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export type ReferralForm = {
  id: string;
  kind: ReferralKind;
  /** The stored version the edit is based on; 0 for a new body (saving fails if the id is taken). */
  version: number;
  /** Which hotlines' directories list the body; kept as stored (a new body serves the editor's hotline). */
  hotlines: readonly string[];
} & Record<`${LocalizedField}.${ReferralLang}`, string> &
  Record<ContactField, string>;

type Localized = Partial<Record<ReferralLang, string>>;

export function emptyReferralForm(hotline: string): ReferralForm {
  const form: Record<string, unknown> = { id: '', kind: 'central', version: 0, hotlines: [hotline] };
  for (const field of LOCALIZED_FIELDS) for (const lang of REFERRAL_LANGS) form[`${field}.${lang}`] = '';
  for (const field of CONTACT_FIELDS) form[field] = '';
  return form as ReferralForm;
}

/** A stored body (as `GET /kb/referrals/{id}` answers) in the form. */
export function referralToForm(stored: Readonly<Record<string, unknown>>, hotline: string): ReferralForm {
  const form = emptyReferralForm(hotline) as Record<string, unknown>;
  form['id'] = String(stored['id'] ?? '');
  if (REFERRAL_KINDS.includes(stored['kind'] as ReferralKind)) form['kind'] = stored['kind'];
  form['version'] = typeof stored['version'] === 'number' ? stored['version'] : 0;
  if (Array.isArray(stored['hotlines'])) form['hotlines'] = stored['hotlines'].map(String);
  for (const field of LOCALIZED_FIELDS) {
    const texts = (stored[field] ?? {}) as Localized;
    for (const lang of REFERRAL_LANGS) form[`${field}.${lang}`] = texts[lang] ?? '';
  }
  for (const field of CONTACT_FIELDS) form[field] = typeof stored[field] === 'string' ? stored[field] : '';
  return form as ReferralForm;
}

/**
 * The body to send: text trimmed, empty fields left out (an empty translation or contact is "not given"),
 * `hours` only when some language has them. The server checks the rest and names each problem.
 */
export function formToReferral(form: ReferralForm): Record<string, unknown> {
  const body: Record<string, unknown> = { kind: form.kind, hotlines: [...form.hotlines] };
  for (const field of LOCALIZED_FIELDS) {
    const texts: Localized = {};
    for (const lang of REFERRAL_LANGS) {
      const text = form[`${field}.${lang}`].trim();
      if (text !== '') texts[lang] = text;
    }
    // name and competence are required: sent even when empty, so the server says which language is missing.
    if (field !== 'hours' || Object.keys(texts).length > 0) body[field] = texts;
  }
  for (const field of CONTACT_FIELDS) {
    const value = form[field].trim();
    if (value !== '') body[field] = value;
  }
  return body;
}
