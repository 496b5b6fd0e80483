/**
 * The competent body an appeal is referred to, as the applicant is told it: taken from the referral
 * directory kept with the knowledge base, named in the appeal's language. The operators' API (`POST
 * /appeals/{number}/transitions`, which `npm run appeals -- refer` calls) names bodies only this way.
 */

/** A body of the referral directory, as the knowledge base keeps it and `GET /kb/referrals/{id}` answers. */
export interface DirectoryBody {
  readonly id: string;
  readonly name: { readonly kk?: string; readonly ru?: string; readonly en?: string };
  readonly phone?: string;
  readonly email?: string;
  readonly website?: string;
}

/** What the register records of the body and tells the applicant. */
export interface ReferredBody {
  readonly name: string;
  /** Phone, e-mail and site, as one line; absent when the directory has none. */
  readonly contacts?: string;
}

/** Where the directory has no name in the appeal's language: Russian, then Kazakh, then English. */
const FALLBACK_LANGUAGES = ['ru', 'kk', 'en'] as const;

/** The body's name in `language` (else Russian, Kazakh, English, else its id) and its phone, e-mail and site. */
export function referralFromDirectory(body: DirectoryBody, language: string): ReferredBody {
  const names: Readonly<Record<string, string | undefined>> = body.name;
  const name =
    [language, ...FALLBACK_LANGUAGES].map((lang) => names[lang]?.trim()).find((value) => value) ?? body.id;
  const contacts = [body.phone, body.email, body.website]
    .map((value) => value?.trim())
    .filter((value) => value)
    .join(', ');
  return { name, ...(contacts ? { contacts } : {}) };
}

/**
 * The directory's entry, unless the operator said otherwise: a name or contacts given with the referral
 * (e.g. the regional office of a ministry) replace the directory's, each on its own.
 */
export function referredBody(
  listed: ReferredBody,
  given: { readonly name?: string | undefined; readonly contacts?: string | undefined },
): ReferredBody {
  const contacts = given.contacts ?? listed.contacts;
  return { name: given.name ?? listed.name, ...(contacts ? { contacts } : {}) };
}
