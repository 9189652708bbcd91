/**
 * Which loops are "the same company": people type "Amazon", "amazon.com", "Amazon Inc." or "AWS".
 * A name is lowercased, accents dropped, a web address reduced to its name ("www.amazon.co.uk" →
 * "amazon"), legal suffixes dropped (Inc, Ltd, LLC, GmbH…), punctuation made spaces; then a small
 * alias table maps well-known other names to one key. Anything else must match after that.
 */
const LEGAL_SUFFIXES = [
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'bv',
  'nv',
  'ab',
  'oy',
  'pty',
  'srl',
  'spa',
  'kk',
]

/** Other names of one employer, as people write them in interview notes (already normalised). */
export const COMPANY_ALIASES: Readonly<Record<string, string>> = {
  aws: 'amazon',
  'amazon web services': 'amazon',
  'amazon com': 'amazon',
  facebook: 'meta',
  fb: 'meta',
  'meta platforms': 'meta',
  instagram: 'meta',
  whatsapp: 'meta',
  alphabet: 'google',
  'google cloud': 'google',
  gcp: 'google',
  youtube: 'google',
  deepmind: 'google',
  msft: 'microsoft',
  azure: 'microsoft',
  linkedin: 'microsoft',
  github: 'microsoft',
  'apple computer': 'apple',
  x: 'twitter',
  'x corp': 'twitter',
}

const DOMAIN_ENDINGS = /\.(com|org|net|io|ai|co|dev|app|tech|inc)(\.[a-z]{2})?$|\.[a-z]{2}$/

export function companyKey(name: string): string {
  let text = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
  text = text.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '')
  // A web address: keep what is before the first slash and drop the domain ending.
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/.*)?$/.test(text)) {
    text = (text.split('/')[0] ?? text).replace(DOMAIN_ENDINGS, '')
  }
  text = text
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  const words = text.split(' ').filter(Boolean)
  while (words.length > 1 && LEGAL_SUFFIXES.includes(words.at(-1) as string)) words.pop()
  const key = words.join(' ')
  return COMPANY_ALIASES[key] ?? key
}

/** True when two typed names mean the same employer; an empty name matches nothing. */
export function sameCompany(a: string, b: string): boolean {
  const key = companyKey(a)
  return key !== '' && key === companyKey(b)
}
