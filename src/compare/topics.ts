/**
 * What a section is about, read from its heading the way counsel reads a
 * heading: "Short title and commencement" is two topics, "Definitions" is
 * the interpretation section, "Cognizance of offences" is about consent to
 * prosecution, "Act binds the Crown" is the model's "Act binds the State".
 * Used to pair sections by meaning when their texts share few words, and
 * when a section's text is not available at all (its heading is all there
 * is; its placeholder text never pairs).
 *
 * Topics are tried in order, most specific first, and each consumes the
 * words it matched, so "Exceptions to offences in section 10(1)" is about
 * exceptions and "Offences by companies" about corporate liability, not
 * about the offences themselves.
 */

/** One topic and the heading words that name it (normalised: lower case, single spaces). */
const TOPICS: ReadonlyArray<readonly [string, RegExp]> = [
  ['transitional', /\b(?:held when this act comes into force|transitional|savings? and transitional)\b/g],
  ['amendments', /\b(?:consequential amendments?|amendments? (?:of|to) (?:other )?(?:acts?|enactments?)|repeals?|repealed)\b/g],
  [
    'information-offence',
    /\b(?:offences? relating to information|false (?:or misleading )?(?:information|statements?|documents?|declarations?)|misleading (?:information|statements?)|failure to (?:comply|provide|supply)|providing false)\b/g
  ],
  ['corporate', /\b(?:bod(?:y|ies) corporate|corporations?|companies|company|officers? of an? (?:corporation|company|body))\b/g],
  [
    'prosecution',
    /\b(?:consent to prosecutions?|prosecutions?|cognizance(?: of offences)?|proceedings(?: for offences)?|attorney general s consent)\b/g
  ],
  ['jurisdiction', /\b(?:jurisdiction(?: of (?:the )?courts?)?|trial of offences)\b/g],
  ['joint', /\b(?:military (?:co ?operation|operations)|interoperability|international military)\b/g],
  [
    'exceptions',
    /\b(?:exceptions?(?: (?:to|from) offences?)?|exemptions?|legality of acts|lawful (?:acts|conduct)|permitted (?:conduct|acts)|conduct which is permitted|defences?)\b/g
  ],
  [
    'retention',
    /\b(?:retention|retain|(?:may )?authori[sz]e\w* (?:cluster munitions |\w+ )?for (?:certain|permitted) purposes|permitted purposes|licen[cs]\w*|permits?)\b/g
  ],
  ['bomblets', /\b(?:explosive bomblets?|bomblets?)\b/g],
  ['meaning-cm', /\bmeaning of (?:cluster munitions?|prohibited munitions?)\b/g],
  ['interpretation', /\b(?:interpretation|definitions?|meanings? of (?:words|terms|expressions))\b/g],
  ['short-title', /\b(?:short title|citation|title)\b/g],
  ['commencement', /\b(?:commencement|coming into (?:force|operation)|comes into (?:force|operation)|entry into force)\b/g],
  ['binds', /\b(?:act binds|binds the (?:crown|state|government)|bind the (?:crown|state|government))\b/g],
  ['mines', /\bdoes not apply to (?:anti personnel )?mines\b/g],
  [
    'abroad',
    /\b(?:offences? (?:committed )?(?:outside|abroad)|extra ?territorial\w*(?: application)?|(?:in and )?outside (?:the )?\w+|elsewhere)\b/g
  ],
  ['purpose', /\b(?:purposes?|objects?|objectives?)(?: of (?:this )?(?:act|part|division|subpart))?\b/g],
  ['investment', /\b(?:investment|invest\w*|financ\w*)\b/g],
  ['transit', /\btransit\b/g],
  ['foreign', /\b(?:stockpiling by foreign|foreign (?:states?|forces)|visiting forces?)\b/g],
  // "Assisting", "Abetment"; not "Legal assistance" or "victim assistance".
  ['assist', /\b(?:assist|assists|assisting|encourag\w*|induc\w*|abetment|abet\w*)\b/g],
  ['import-export', /\b(?:customs|import\w*|export\w*)\b/g],
  ['seizure', /\b(?:seizure|seize\w*|forfeiture|forfeit\w*)(?: (?:and |or )?(?:seizure|forfeiture|destruction|detention))*\b/g],
  ['stockpile-destruction', /\b(?:destruction|destroy\w*)\b/g],
  ['entry', /\b(?:entry|search|warrants?|inspection)\b/g],
  ['information-power', /\b(?:information|records|documents|returns)\b/g],
  ['authority', /\b(?:national authority|authority|functions of the minister)\b/g],
  ['clearance', /\b(?:clearance|remnants?|survey\w*|clear land|mark(?:ing)?)\b/g],
  ['education', /\brisk reduction education\b/g],
  ['victims', /\bvictims?\b/g],
  ['fault', /\b(?:fault element|mental element|intention)\b/g],
  ['prohibitions', /\b(?:prohibit\w*|prohibited (?:acts|conduct|activities))\b/g],
  ['offences', /\b(?:punishment for|offences?)\b/g],
  ['penalties', /\b(?:penalt(?:y|ies)|punishments?|sentenc\w*)\b/g],
  ['regulations', /\b(?:regulations|rules|power to make rules)\b/g],
  ['application', /\b(?:application|applies|extent)\b/g]
];

/** Topics that are close without being the same: an "Offences" section often states the penalties. */
const RELATED: Record<string, readonly string[]> = {
  offences: ['penalties'],
  penalties: ['offences'],
  application: ['jurisdiction'],
  jurisdiction: ['application'],
  'information-power': ['information-offence', 'authority'],
  'information-offence': ['information-power'],
  retention: ['exceptions'],
  exceptions: ['retention', 'joint'],
  joint: ['exceptions'],
  'stockpile-destruction': ['seizure'],
  seizure: ['stockpile-destruction', 'entry'],
  entry: ['seizure'],
  clearance: ['education'],
  education: ['clearance']
};

/** Text cues for topics a heading may not name ("This Act comes into operation on …" in a "Short title and construction" section). */
const TEXT_TOPICS: ReadonlyArray<readonly [string, RegExp]> = [
  ['short-title', /\bmay be (?:cited|called) as\b/],
  ['commencement', /\b(?:comes|shall come) into (?:force|operation)\b|\bcommences on\b/],
  ['binds', /\b(?:binds|shall bind|is binding on) (?:the )?(?:crown|state|government|her majesty|his majesty)\b/],
  [
    'prosecution',
    /\b(?:written )?consent of the (?:attorney general|director of public prosecutions)\b|\bonly by (?:the )?(?:attorney general|director)\b|\bno court shall take cognizance\b/
  ]
];

/** Normalise for topic matching: lower case, letters and digits, single spaces. */
function norm(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/['’]s\b/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/**
 * The topics of a section: its heading's, and for a short section the cues
 * of its text (a short-title section that also says when the Act comes into
 * operation is about commencement too). `definitions` says the section only
 * defines terms (an amending section inserting definitions pairs with the
 * model's interpretation section).
 */
export function sectionTopics(heading: string, options: {text?: string; definitions?: boolean} = {}): Set<string> {
  const out = new Set<string>();
  const words = norm(heading);
  let rest = words;
  for (const [topic, re] of TOPICS) {
    re.lastIndex = 0;
    if (!re.test(rest)) continue;
    out.add(topic === 'abroad' ? 'application' : topic);
    re.lastIndex = 0;
    rest = rest.replace(re, ' ');
  }
  // A defence for military cooperation is about joint operations, not the general exceptions.
  if (out.has('joint')) out.delete('exceptions');
  // "Application of this subpart to certain explosive bomblets", "Application of Customs and Excise Act 1996": the other topic is what it is about.
  if (out.size > 1 && /^ application (?:of|to)\b/.test(words) && !/\boutside\b|\bextra ?territorial/.test(words)) out.delete('application');
  const text = options.text ?? '';
  if (text && text.length <= 1_200) {
    const t = norm(text);
    for (const [topic, re] of TEXT_TOPICS) if (re.test(t)) out.add(topic);
    // "Application of this Act: This Act shall bind the State" is about binding the State (unless it also reaches abroad).
    if (out.has('binds') && text.length <= 300 && !/\b(?:outside|abroad|elsewhere|extends? to)\b/.test(t)) out.delete('application');
  }
  if (options.definitions) {
    out.add('interpretation');
    // Definitions that define cluster munitions are the model's "Meaning of cluster munition" too; a section
    // defining other words ("Meaning of 'officer'") is not.
    if (/\bcluster munitions?\b(?: \w+){0,3} (?:means|includes|has the meaning)\b/.test(norm(text))) out.add('meaning-cm');
  }
  return out;
}

/**
 * Topics of a whole Act's sections, read together: where the Act has a
 * prohibitions section ("Prohibited conduct", "Prohibitions"), that section is
 * its offences clause and a section headed "Offences" makes them offences
 * and sets their penalties (the model's "Penalties"). Otherwise prohibitions
 * are offences.
 */
export function actTopics(sections: ReadonlyArray<Set<string>>): void {
  const prohibitions = sections.some((t) => t.has('prohibitions'));
  for (const topics of sections) {
    if (prohibitions && topics.has('offences') && !topics.has('prohibitions')) {
      topics.delete('offences');
      topics.add('penalties');
    }
    if (topics.delete('prohibitions')) topics.add('offences');
  }
}

/** How well two sets of topics agree: 1 for a shared topic, 0.5 for a related one, 0 otherwise. */
export function topicAgreement(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let best = 0;
  for (const t of a) {
    if (b.has(t)) return 1;
    for (const r of RELATED[t] ?? []) if (b.has(r)) best = 0.5;
  }
  return best;
}
