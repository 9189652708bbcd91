import { reachRank, type Reach } from '../story/levels'

/** Alternatives (regex fragments) as one whole-word pattern. */
const anyOf = (alternatives: readonly string[]) => new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'g')

const SITES =
  '(?:hospitals|clinics|stores|offices|plants|warehouses|studios|schools|campuses|branches|factories|sites|locations|facilities|depots|terminals|hubs|restaurants|divisions|departments|agencies|business units)'

/**
 * How people say how far their work reached, read from scopeText() (lower case, dashes as spaces).
 * Each pattern is a way of writing it, not a story's keyword: several teams can be said with a count
 * ("3 squads"), by naming them ("the ios, android and backend folks"), by their leads ("went to each
 * backend tech lead"), by sites ("all nine hospitals") or by who outside the company took part.
 */
const REACH_PATTERNS: Array<[Reach, RegExp]> = [
  [
    'industry',
    anyOf([
      'industry wide|across the industry|industry standard|(?:whole|entire) industry|standards body',
      'open source (?:community|standard|ecosystem)|(?:popular|widely used) open source',
      'contributed upstream|upstreamed|filed (?:it |a bug |an issue |the bug |a fix )?upstream',
      '(?:pr|patch|fix) (?:was )?(?:merged|landed|accepted) upstream|upstream (?:pr|patch)',
      'other (?:studios|companies|engines|projects|vendors) (?:picked|adopted|started using)',
      'used by (?:\\d+|many|dozens of|hundreds of)\\+? (?:other )?(?:orgs|organi[sz]ations|companies|projects)',
      '(?:external|outside) (?:contributors|maintainers|co maintainers)',
    ]),
  ],
  [
    'company',
    anyOf([
      'company ?wide|company level|firm ?wide|enterprise ?wide|all employees',
      'across (?:the|our) (?:whole |entire )?company|across all (?:products|business units|brands)',
      // "the whole company knew" is an audience, not the work's reach.
      '(?:entire|whole) company(?! (?:knew|watched|was watching|saw|heard|noticed))',
      'every (?:team|engineer|product|department|service|svc|repo|repository|app|system|endpoint) (?:in|at|across) the company',
    ]),
  ],
  [
    'org',
    anyOf([
      'org ?wide|organi[sz]ation ?wide|engineering ?wide|division ?wide|department ?wide|fleet ?wide',
      '(?:across|for) (?:the|our|my) (?:whole |entire )?(?:org|organi[sz]ation|division|department|engineering org|engineering)\\b',
      '(?:entire|whole) (?:org|organi[sz]ation|division|department|engineering org|engineering)|all (?:of )?engineering',
      'every team|all (?:the |our |of the )?(?:product |engineering )?teams|every (?:squad|service team|product team)',
      '(?:across|for) the (?:whole |entire )?fleet',
      `(?:all|every|each|both) (?:of )?(?:the |our )?(?:\\w+ )?(?:\\w+ )?(?:and (?:the )?\\w+ )?${SITES}`,
      'the (?:\\w+ )?(?:divisions|departments|agencies|business units)',
    ]),
  ],
  [
    'multi-team',
    anyOf([
      'cross ?team|multi ?team|inter ?team|cross ?functional|across (?:\\w+ )?teams|both teams|two teams',
      '(?:multiple|several|many|various|other|partner|sister|adjacent|neighbou?ring|downstream|upstream|dependent|consuming|client) teams',
      '(?:partner|another|the other|sister|platform|infra|infrastructure|security|data|mobile|sre|ops|outsourced|offshore|external|vendor|vendors|contractor|agency) team',
      '[a-z]+ and (?:the )?[a-z]+ (?:teams|folks|ppl)',
      // Leads of several groups: "went to each backend tech lead", "the technical leads of each service".
      '(?:each|every|all|both|several) (?:of )?(?:the |our )?(?:\\w+ )?(?:tech |team |eng |engineering )?leads?|leads of (?:each|every|all|the) ',
      '(?:program|regional|field) offices',
      // Other companies count as other teams.
      'outsourced (?:to|it|the)|(?:an? |the )?external (?:studio|vendor|partner|company|firm|agency|contractor)s?',
      'third party (?:vendor|studio|firm|company)|(?:several|multiple|other) (?:external )?(?:vendors|partner companies|contractors|agencies)',
      '(?:their|the vendors|the partners|the suppliers) (?:\\w+ )?(?:engineers|devs|team|lead)',
      '(?:external|outside) (?:consultants?|auditors?|suppliers?)|consultants? \\(external',
      'partner (?:bank|company|companies|firm|org|organi[sz]ation|studio|vendor)s?',
    ]),
  ],
  [
    'team',
    anyOf([
      'my team|our team|the team|(?:whole|entire) team|team wide|my squad|our squad|the squad|my group',
    ]),
  ],
  [
    'individual',
    anyOf([
      'just me|only me|by myself|on my own|solo|single handedly|myself alone|one person show',
      '(?<!not [a-z ]{0,30})alone',
    ]),
  ],
]

export function reachOf(text: string, evidence: string[]): Reach | null {
  let best: Reach | null = null
  for (const [reach, pattern] of REACH_PATTERNS) {
    const match = pattern.exec(text)
    pattern.lastIndex = 0
    if (!match) continue
    if (best === null || reachRank(reach) > reachRank(best)) best = reach
    evidence.push(match[0])
  }
  return best
}

/** "the payments team"; "on the engine team" is the writer's own team, not another. */
const NAMED_TEAM =
  /\b(?:(on|in|joined|inside|within|of) )?(the|a|with|our|my) ([a-z]+) (?:team|squad|group|department|division)\b/g
/** "2 ppl from networking", "the pki folks", "a solutions engineer from sales": people of another group. */
const GROUP_PEOPLE =
  /\b(?:(?:folks|ppl|people|engineers?|devs?|person|someone|somebody|lead) from (?:the )?([a-z]+)|the ([a-z]+) (?:folks|ppl|people))\b/g
/**
 * Engineering named in one list with other departments means work across functions ("sales, cs and
 * eng"); departments listed without it are usually who asked for things ("asks from sales, cs, finance").
 */
const DEPARTMENT =
  '(?:sales|marketing|legal|finance|compliance|procurement|hr|cs|customer success|support|eng|engineering|ops|operations|it|qa|security|infra|sre|networking|analytics)'
const DEPARTMENT_LIST = new RegExp(
  `\\b${DEPARTMENT}(?:(?:,| \\+| and| &|, and) (?:the )?${DEPARTMENT}\\b)+`,
  'g',
)
const ENGINEERING = new Set(['eng', 'engineering'])
const NOT_A_TEAM_NAME = new Set(
  'whole entire same new other one single small core full wider broader extended larger bigger right best first our my your their this that these those wrong key most many few some all both'.split(
    ' ',
  ),
)

/**
 * How many teams the story names without counting them: "our team … the payments team … the search
 * team" is three; so is "2 ppl from networking, 1 from the kernel folks" with the writer's own.
 */
export function namedTeams(text: string, evidence: string[]): number {
  const others = new Set<string>()
  const own = new Set<string>()
  let self = /\b(?:our|my) (?:own )?(?:team|squad)\b/.test(text)
  const add = (name: string, phrase: string) => {
    if (!name || NOT_A_TEAM_NAME.has(name) || /^\d/.test(name)) return
    others.add(name)
    evidence.push(phrase)
  }
  for (const match of text.matchAll(NAMED_TEAM)) {
    const [phrase, membership, owner, name = ''] = match
    if (membership && owner === 'the') own.add(name)
    if (owner === 'our' || owner === 'my' || membership) self = true
    else add(name, phrase)
  }
  for (const match of text.matchAll(GROUP_PEOPLE)) {
    add(match[1] ?? match[2] ?? '', match[0])
    // "ppl from networking", "the pki folks": another group than the writer's, even if theirs is unnamed.
    self = true
  }
  for (const [list] of text.matchAll(DEPARTMENT_LIST)) {
    const names = list.split(/,? (?:\+|and|&)? ?(?:the )?|, /).filter(Boolean)
    if (!names.some((name) => ENGINEERING.has(name))) continue
    for (const name of names) if (!ENGINEERING.has(name)) add(name, list)
    self = true
  }
  for (const name of own) others.delete(name)
  return others.size + (self && others.size > 0 ? 1 : 0)
}
