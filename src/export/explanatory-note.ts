/**
 * The explanatory note `build` writes beside the bill (`explanatory-note.md`),
 * in the Government's voice: a general policy statement (the Convention, the
 * State and the Convention, what the bill does, the policy choices and the
 * penalties), a fiscal statement, a statement on compatibility with rights,
 * and a clause-by-clause analysis.
 *
 * Every statement is derived from the built bill and its build record
 * (src/report/facts.ts): a section is named only if the bill prints it, with
 * the heading it prints; a penalty figure is quoted as the bill prints it; a
 * drafting note's sentence is dropped when it speaks of a provision the bill
 * does not contain. Each section's purpose comes from the `Policy:`
 * paragraph of the model's drafting note (written for this note), else from
 * its `Why:` paragraph with the drafting office's vocabulary left out.
 */
import type {Bill, Provision, Section} from '../bill/model.js';
import {isoPlusDays} from '../util/dates.js';
import {joinList} from '../model/params.js';
import {type Block, type Inline, toMarkdown} from '../report/document.js';
import {BillFacts, type BuiltBill, capitalise, type ItemFacts} from '../report/facts.js';

/** A built bill with the model's drafting notes (a `Draft` from assembly is one). */
export interface NoteInput extends BuiltBill {
  /** Drafting notes by model clause id, with their conditions applied (`Draft.notes`). */
  notes: ReadonlyMap<string, readonly string[]>;
}

/** Words of the drafting office, not of a note for Parliament. */
const toolWords = /\b(parameters?|checklist|switch|strength component|the model|this model|model law|drafters?|the project)\b/i;

/** Advocacy framing: a Government note states its own reasons rather than a campaign's. */
const campaignWords = /\b(Cluster Munition Coalition|Human Rights Watch|CMC|HRW|campaign(ers)?|NGOs?|civil society)\b/i;

/** Second person has no place in a note for Parliament. */
const secondPerson = /\b(you|your|yours)\b/i;

/**
 * Topics a sentence may speak of only when the bill has the provision: a
 * note must not mention "the stockpile duty" in a bill without one. Each rule
 * names the model clauses any one of which makes the topic present.
 */
const TOPICS: ReadonlyArray<{pattern: RegExp; clauses: readonly string[]}> = [
  {
    pattern:
      /\bstockpile (duty|destruction)\b|\bdestr\w+ (of )?(the |its |their )?(national )?stockpiles?\b|\bseparat\w+ .{0,40}stocks?\b/i,
    clauses: ['s-stockpile-destruction']
  },
  {
    pattern:
      /\bretention\b|\bretain\w*\b.{0,60}\b(training|counter-measures)\b|\btrain\w* deminers\b|\bauthorised munitions\b|\bArticle 3\((6|7|8)\)/i,
    clauses: ['s-retention']
  },
  {pattern: /\bclearance (programme|operators?|duty)\b|\bclear and destroy\b|\bArticle 4\(/i, clauses: ['s-clearance']},
  {pattern: /\bvictim assistance\b|\bfocal point\b|\bArticle 5\(/i, clauses: ['s-victim-assistance', 's-victim-focal-point']},
  {pattern: /\binvest(ment|ing|s)?\b|\bfinanc(e|ing)\b/i, clauses: ['s-investment']},
  {pattern: /\bforeign stockpil\w*|\bvisiting forces\b/i, clauses: ['s-foreign-stockpiling']},
  {
    pattern: /\bexpressly request\w*\b|\binteroperability\b/i,
    clauses: ['s-joint-operations-express-request', 's-joint-operations-interoperability']
  }
];

/** The text of one paragraph of a drafting note that starts with `label:` (up to the next labelled paragraph). */
function labelled(note: string, label: string): string | undefined {
  const paragraph = note
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p.startsWith(`${label}:`));
  if (!paragraph) return undefined;
  // A `Why:` paragraph runs on into the drafting office's own labels (Convention:, Checklist:, Precedents:, Options:).
  return paragraph
    .slice(label.length + 1)
    .split(/\s+(?:Convention|Checklist|Precedents?|Options|Policy|Why):\s/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences (and the clauses of a sentence joined by semicolons), each with the punctuation that ends it. */
function units(text: string): string[] {
  return text.split(/(?<=[.;])\s+(?=[A-Z"“(]|otherwise\b|so\b|and\b|but\b)/).filter(Boolean);
}

/** A purpose text fit for the note: units that name absent provisions, shifted numbers or the tool's words left out. */
function fitForNote(text: string, keep: (unit: string) => boolean): string {
  const kept = units(text).filter(keep);
  if (kept.length === 0) return '';
  const joined = kept
    .join(' ')
    .replace(/;\s*$/, '.')
    .replace(/;(?=\s+[A-Z])/g, '.');
  const out = capitalise(joined.trim());
  return /[.!?]["”’)]?$/.test(out) ? out : `${out}.`;
}

/**
 * The purpose of a section for the note: the `Policy:` paragraph of its
 * drafting note, else the `Why:` paragraph, each sentence kept only when it
 * speaks of what the bill contains.
 */
export function purposeOf(note: string | undefined, keep: (unit: string) => boolean = () => true): string {
  if (!note) return '';
  const policy = labelled(note, 'Policy');
  if (policy !== undefined) return fitForNote(policy, (u) => !secondPerson.test(u) && keep(u));
  const why = labelled(note, 'Why');
  if (why === undefined) return '';
  return fitForNote(why, (u) => !toolWords.test(u) && !campaignWords.test(u) && !secondPerson.test(u) && keep(u));
}

/** Lower-case a heading's first word for use mid-sentence, unless it is a word the bill capitalises. */
function lowerFirst(heading: string): string {
  return /^(Act|Court|Crown|State|Convention|Minister|Government|Part|Schedule)\b/.test(heading)
    ? heading
    : heading.charAt(0).toLowerCase() + heading.slice(1);
}

const articleList = (articles: readonly string[]) =>
  articles.length === 0 ? '' : `Article${articles.length > 1 ? 's' : ''} ${joinList([...articles])}`;

/** Every provision of a section (depth first) with its citation ("section 16(4)"). */
function provisionsOf(section: Section): Array<{provision: Provision; citation: string}> {
  const out: Array<{provision: Provision; citation: string}> = [];
  const walk = (list: readonly Provision[]) => {
    for (const p of list) {
      out.push({provision: p, citation: `section ${section.number}${p.path.map((l) => `(${l})`).join('')}`});
      walk(p.children);
    }
  };
  walk(section.children);
  return out;
}

/** The option the answers chose for an item (from the item's options and its parameters' values). */
function chosenOption(facts: BillFacts, item: ItemFacts): string | undefined {
  for (const param of item.item.params) {
    const option = item.item.options.find((o) => o.id === facts.value(param));
    if (option) return option.label;
  }
  return undefined;
}

/** One line per decided item: what the bill does about it, never contradicting the sections it prints. */
function choiceLine(facts: BillFacts, r: ItemFacts): Inline[] | undefined {
  const {noun, country} = facts;
  const title: Inline = {text: r.item.title, bold: true};
  const arts = r.item.articles.length ? ` (Convention ${articleList(r.item.articles)})` : '';
  const where = r.sections.length ? facts.refs(r.sections) : '';
  const provides = where ? `the ${noun} provides for it in ${where}` : '';
  switch (r.status) {
    case 'act': {
      const option = chosenOption(facts, r);
      if (!option && r.item.kind !== 'policy') return undefined;
      if (!where) return [title, `: the Government intends to legislate; the ${noun} does not yet contain a provision for it${arts}.`];
      return [title, `: ${provides}${option ? `, taking the option "${option}"` : ''}${arts}.`];
    }
    case 'existing-law':
      return where
        ? [title, `: ${provides}; existing law also applies (${r.citation ?? 'citation to be added'})${arts}.`]
        : [
            title,
            `: existing law already provides for it (${r.citation ?? 'citation to be added'}), so the ${noun} does not repeat it${arts}.`
          ];
    case 'administrative':
      return where
        ? [title, `: ${provides}; the ${r.agency ?? 'responsible agency'} carries it out${arts}.`]
        : [title, `: carried out by the ${r.agency ?? 'responsible agency'} as an administrative measure, without legislation${arts}.`];
    case 'not-applicable': {
      const why = sentence(r.reason);
      return [title, `: does not arise for ${country}.${why}${where ? ` ${capitalise(provides)} nonetheless.` : ''}`];
    }
    case 'decided-against': {
      const why = sentence(r.reason);
      return [title, `: the Government has decided not to legislate for it.${why}${where ? ` ${capitalise(provides)} nonetheless.` : ''}`];
    }
    default:
      return where
        ? [title, `: ${provides}; the Government is still considering the policy${arts}.`]
        : [title, `: the Government is still considering whether legislation is needed; the ${noun} makes no provision for it${arts}.`];
  }
}

/**
 * What the commencement section does and how it stands against the day the
 * Convention binds the State, from the mode the bill printed and its dates:
 * never "in force by the time the Convention binds the State" for a section
 * that can commence later.
 */
function commencementPurpose(facts: BillFacts, eif: string | undefined): string {
  const {noun, country} = facts;
  const mode = facts.value('commencement.mode');
  const printed = (name: string) => facts.record.values[name]?.printed ?? String(facts.value(name) ?? '');
  const raw = (name: string) => {
    const v = facts.value(name);
    return typeof v === 'string' ? v : undefined;
  };
  const assent = facts.text('assent.words', 'receives assent');
  const from = eif ? `${facts.date(eif)}, the date from which the Convention binds ${country} (Article 17(2))` : '';
  const without = `until the Act comes into force, Article 1 binds ${country} without the penal sanctions Article 9 requires`;
  const inTime = `so the prohibitions in Article 1 are backed by penal sanctions from the day the Convention binds ${country}, as Article 9 requires`;
  const unknown = `The date from which the Convention binds ${country} is yet to be confirmed (Article 17(2)).`;
  switch (mode) {
    case 'assent':
      return `The Act comes into force on the day after the date on which it ${assent}.${eif ? ` The Convention binds ${country} from ${facts.date(eif)} (Article 17(2)); commencement on assent brings the penal sanctions Article 9 requires into force as soon as the Act is passed.` : ''}`;
    case 'date':
    case 'date-or-assent': {
      const date = raw('commencement.date');
      const what = `The Act comes into force on ${printed('commencement.date')}${mode === 'date-or-assent' ? `, or on the day after the date on which it ${assent} if that is later` : ''}.`;
      if (!eif || !date) return `${what} ${unknown}`;
      if (date > eif) return `${what} That is after ${from}: ${without}.`;
      return mode === 'date'
        ? `${what} That is no later than ${from}, ${inTime}.`
        : `${what} That is no later than ${from}: if the ${noun} is passed by then, ${inTime}; if it is passed later, the Act comes into force the day after.`;
    }
    case 'order':
      return `The Act comes into force on a date the Minister appoints by notice, and different dates may be appointed for different provisions. The ${noun} sets no date by which it must come into force${eif ? `, so it may come into force after ${from}; ${without}.` : `. ${unknown}`}`;
    case 'order-long-stop': {
      const stop = raw('commencement.long_stop');
      const what = `The Act comes into force on a date the Minister appoints by notice, and different dates may be appointed for different provisions; any provision not in force before ${printed('commencement.long_stop')} comes into force on that date.`;
      if (!eif || !stop) return `${what} ${unknown}`;
      return stop > eif ? `${what} That date is after ${from}: ${without}.` : `${what} That date is no later than ${from}, ${inTime}.`;
    }
    default:
      return '';
  }
}

/**
 * The textual amendments a Schedule prints, read from its own blocks ("In
 * section 3(1) of the X Act, in the definition of Y, after paragraph (f),
 * insert: …", "After section 12 of the X Act, insert: …"): the note says what
 * the bill amends and nothing it does not.
 */
export function amendmentsIn(schedule: {children: readonly Provision[]}): string[] {
  const blocks = schedule.children.map((c) => c.block.text.trim());
  const out: string[] = [];
  blocks.forEach((text, i) => {
    const inserted = (blocks[i + 1] ?? '').replace(/^["“]|["”]$/g, '');
    const about = /\bcluster munitions?\b/i.test(inserted) && /\bexplosive bomblets?\b/i.test(inserted);
    const definition = /^In (.+?) of the (.+?), in the definition of (.+?), after paragraph (\S+), insert:$/.exec(text);
    if (definition) {
      const [, provision, act, term] = definition;
      const label = /^(\([0-9a-z]+\))/i.exec(inserted)?.[1];
      out.push(
        about
          ? `in ${provision} of the ${act}, it adds cluster munitions and explosive bomblets to the definition of "${term}"${label ? ` (new paragraph ${label})` : ''}`
          : `in ${provision} of the ${act}, it inserts ${label ? `paragraph ${label}` : 'a paragraph'} in the definition of "${term}"`
      );
      return;
    }
    const section = /^After (.+?) of the (.+?), insert:$/.exec(text);
    if (section) {
      const [, provision, act] = section;
      const head = /^(\S+) (.+?)(?:\n|\s{2,}|$)/.exec(inserted);
      const title = head ? /^[^.]*?(?= No\b| The\b| A\b| Every\b|$)/.exec(head[2]!)?.[0]?.trim() : undefined;
      // The new section's heading and body are separate blocks: read both.
      const body = `${inserted} ${blocks[i + 2] ?? ''}`;
      const licence = /\bNo licence\b[^.]*\bmay be granted\b/i.test(body) && /\bcluster munitions?\b/i.test(body);
      out.push(
        `after ${provision} of the ${act}, it inserts ${head ? `a new section ${head[1]}${title ? ` (${title})` : ''}` : 'a new section'}${licence ? ', so that no licence, permit or other authority may be granted under that Act for cluster munitions or explosive bomblets' : ''}`
      );
    }
  });
  return out;
}

/** A reason given in the answers, as a sentence after another (" No stocks are held."). */
function sentence(reason: string | undefined): string {
  const text = reason?.trim();
  return text ? ` ${capitalise(text)}${/[.!?]["”’)]?$/.test(text) ? '' : '.'}` : '';
}

/** Costs the bill gives rise to, each with the sections that cause it. */
const COSTS: ReadonlyArray<{component: string; what: string}> = [
  {
    component: 'transparency',
    what: 'the functions of the national authority (reports to the United Nations, replies to requests for clarification, the national contact point for cooperation and assistance, promoting the Convention with States not party, and the records these need)'
  },
  {component: 'stockpile_destruction', what: 'separating, marking and destroying the stockpile'},
  {component: 'retention_authorised', what: 'keeping, recording and reporting on any cluster munitions retained'},
  {
    component: 'seizure_destruction',
    what: 'seizing, storing and destroying cluster munitions found, handed in or forfeited, and enforcement'
  },
  {component: 'clearance', what: 'survey, marking, clearance and risk reduction education in contaminated areas'},
  {component: 'victim_assistance', what: 'assistance to cluster munition victims'}
];

/** A subsection that excepts or excuses conduct, or says how such an exception is proved. */
const PERMITS =
  /\b(?:does not commit an offence|is not guilty of an offence|it is a defence|is a defence)\b|\ban exception in subsection\b/i;

/**
 * Whether a section only excepts or excuses conduct (an exceptions and
 * defences section): it lets officers handle munitions lawfully, but it
 * places no duty on anyone and costs nothing, as the bill prints it.
 */
function onlyPermits(section: Section): boolean {
  return section.children.length > 0 && section.children.every((p) => PERMITS.test(p.block.text));
}

function fiscalStatement(facts: BillFacts): Block[] {
  const {noun, country} = facts;
  const blocks: Block[] = [{kind: 'subheading', text: 'Fiscal implications'}];
  const taxing = facts.sections.filter((s) => /\b(fee|levy|tax)\b/i.test(s.text));
  blocks.push({
    kind: 'paragraph',
    content: [
      taxing.length ? `The ${noun} provides for fees or charges in ${facts.refs(taxing)}.` : `The ${noun} imposes no tax, fee or charge.`,
      ` Its costs to the Government of ${country} arise from the duties it places on public bodies:`
    ]
  });
  let any = false;
  for (const cost of COSTS) {
    const sections = facts.sections.filter((s) => s.origin?.components.includes(cost.component) && !onlyPermits(s));
    if (sections.length === 0) continue;
    any = true;
    blocks.push({kind: 'item', content: [`${capitalise(cost.what)}: ${facts.refs(sections)}.`]});
  }
  for (const section of facts.sections)
    for (const {provision, citation} of provisionsOf(section))
      if (/\bmust pay\b.{0,40}\bcompensation\b/i.test(provision.block.text)) {
        any = true;
        blocks.push({kind: 'item', content: [`Compensation payable under ${citation} (${section.heading}).`]});
      }
  if (!any)
    blocks.push({
      kind: 'item',
      content: ['No duty that requires new spending: the offences are enforced by the existing police, prosecution and courts.']
    });
  blocks.push({
    kind: 'paragraph',
    content: [
      'Prosecutions under the offences are met from the existing budgets of the police, the prosecution service and the courts. The responsible ministries will estimate each cost before the ',
      `${noun} is ${noun === 'Bill' ? 'introduced' : 'brought into force'}.`
    ]
  });
  return blocks;
}

/** Statements on rights, each triggered by a provision the bill prints. */
function rightsStatement(facts: BillFacts): Block[] {
  const {noun, country} = facts;
  const blocks: Block[] = [{kind: 'subheading', text: 'Compatibility with human rights'}];
  const lines: string[] = [];
  const offences = facts.sections.filter((s) => /\bcommits an offence (who|if|where|when)\b/.test(s.text));
  const all = facts.sections.flatMap((section) => provisionsOf(section).map((p) => ({...p, section})));
  const find = (pattern: RegExp) => all.filter((p) => pattern.test(p.provision.block.text));
  // An offence created by one subsection of a section that is not otherwise an offence section (an officer's failure to prevent).
  const officerOffences = all.filter(
    (p) =>
      !offences.includes(p.section) && /(?<!\bwho )\bcommits an offence against this (subsection|section)\b/.test(p.provision.block.text)
  );
  const main = facts.mainPenalties();
  if (offences.length)
    lines.push(
      `The ${noun} creates criminal offences in ${facts.range(offences)} (${joinList(offences.map((s) => lowerFirst(s.heading)))})${officerOffences.map((p) => ` and in ${p.citation} (${p.section.heading})`).join('')}.${main ? ` The maximum penalties (${facts.range(main.sections)}) are that ${main.text}, in proportion to the gravity of conduct the Convention prohibits under any circumstances.` : ''}`
    );
  for (const p of find(/\bdid not know, and could not reasonably have known\b/))
    lines.push(
      `${capitalise(p.citation)} (${p.section.heading}) gives a defence to a person who did not know, and could not reasonably have known, what the object was, so that no one is convicted without fault.`
    );
  // One statement for every evidential-burden provision: the same rule said twice reads as two rules.
  const evidential = find(/\bpoints to evidence\b.{0,80}\breasonable possibility\b/i);
  if (evidential.length > 0)
    lines.push(
      `${capitalise(joinList(evidential.map((p) => `${p.citation} (${p.section.heading})`)))} ${evidential.length > 1 ? 'place' : 'places'} only an evidential burden on a defendant who relies on an exception or defence: the defendant must point to evidence that raises a reasonable possibility that it applies, and the prosecution must then prove beyond reasonable doubt that it does not. The legal burden of proof stays with the prosecution, consistent with the presumption of innocence.`
    );
  const reverse = find(/\b(if|unless) the (defendant|person|accused) proves\b|\bthe burden of proving\b|\bdefendant to prove\b/i);
  for (const p of reverse)
    lines.push(
      `${capitalise(p.citation)} (${p.section.heading}) places a legal burden on the defendant, who must prove the matter it describes. This limits the presumption of innocence, and the Government must be satisfied that the limit is reasonable and proportionate before the ${noun} proceeds; the matter to be proved is one within the defendant's own knowledge.`
    );
  // Entry powers, as the bill gives them: those under a warrant, those the bill lets officers use without one,
  // and where a dwelling is protected. Never "exercised under a warrant" for a power that needs none.
  const warrants = facts.sections.filter((s) => /\bmay issue a warrant\b/i.test(s.text));
  const issuer = facts.text('warrant.issuer', '');
  if (warrants.length) {
    const without = find(/\bwithout a warrant\b/i).filter((p) => warrants.includes(p.section));
    const condition = (text: string) => /^(If|Where) (.+?), (the|an|any) /.exec(text)?.[2];
    lines.push(
      `Powers of entry and search under ${facts.refs(warrants)} are exercised under a warrant${issuer && warrants.some((s) => s.text.includes(issuer)) ? ` issued by ${issuer}` : ''}, which protects privacy and property.${without
        .map((p) => {
          const when = condition(p.provision.block.text);
          return ` ${capitalise(p.citation)} allows entry without a warrant only ${when ? `where ${when}` : 'in the case it describes'}.`;
        })
        .join('')}`
    );
  }
  const entries = find(/\bmay\b[^.;]{0,120}\benter\b/i).filter(
    (p) => !warrants.includes(p.section) && !/\bwarrant\b/i.test(p.provision.block.text)
  );
  for (const p of entries) {
    const dwelling = all.find(
      (q) => q.section === p.section && /\bdwelling\b[^.]*\bonly with the consent\b[^.]*\bwarrant\b/i.test(q.provision.block.text)
    );
    const notice = all.find((q) => q.section === p.section && /\breasonable notice\b/i.test(q.provision.block.text));
    lines.push(
      `${capitalise(p.citation)} (${p.section.heading}) allows entry without a warrant for the purposes of that section${/\bother than a dwelling\b/i.test(p.provision.block.text) ? ', but not into a dwelling house' : ''}${notice ? `, after reasonable notice to the occupier (${notice.citation})` : ''}.${dwelling ? ` A dwelling house may be entered only with the occupier's consent or under a warrant (${dwelling.citation}).` : ''} The power is limited to the work the section describes.`
    );
  }
  for (const p of find(/\blegal professional privilege\b/i))
    lines.push(`${capitalise(p.citation)} (${p.section.heading}) preserves legal professional privilege against the information powers.`);
  for (const p of find(/\bself-incriminat\w*\b|\bincriminate\b/i))
    lines.push(`${capitalise(p.citation)} (${p.section.heading}) deals with the privilege against self-incrimination.`);
  for (const p of find(/\bNo compensation is payable\b/i)) {
    // A bill that lets a person entitled to keep a munition ask for it back must say so, not that no one may hold one.
    const claim = all.find(
      (q) => q.section === p.section && /\bentitled\b[^.]*\bapply to the\b[^.]*\breturn\b/i.test(q.provision.block.text)
    );
    lines.push(
      claim
        ? `${capitalise(p.citation)} (${p.section.heading}) provides no compensation for a cluster munition seized, forfeited or destroyed. A cluster munition can be held lawfully only as the ${noun} allows, and a person who claims to be entitled to keep one may apply for its return (${claim.citation}); the loss of any other is not a deprivation of lawful property.`
        : `${capitalise(p.citation)} (${p.section.heading}) provides no compensation for a cluster munition seized, forfeited or destroyed: no one may lawfully hold one, so its loss is not a deprivation of lawful property.`
    );
  }
  for (const p of find(/\bmust pay\b.{0,40}\bcompensation\b/i))
    lines.push(
      `${capitalise(p.citation)} (${p.section.heading}) requires compensation for damage to property caused in the exercise of the powers it covers.`
    );
  const abroad = facts.sections.filter((s) => s.origin?.components.includes('extraterritorial') && /\boutside\b/i.test(s.text));
  if (abroad.length)
    lines.push(
      `${capitalise(facts.refs(abroad))} ${abroad.length > 1 ? 'apply' : 'applies'} the ${noun} to conduct outside ${country} only by the persons or on the ships and aircraft listed, which international law allows ${country} to regulate.`
    );
  const officer = facts.text('prosecution.consent_officer', '');
  for (const p of find(/\b(proceedings|prosecution)\b.*\bconsent of\b|\bconsent of\b.*\b(proceedings|prosecution)\b/i)) {
    const named = officer && p.provision.block.text.includes(officer) ? officer.replace(/^the\s+/i, '') : undefined;
    lines.push(
      `${capitalise(p.citation)} (${p.section.heading}) requires ${named ? `the consent of the ${named}` : 'a law officer’s consent'} before a prosecution, a safeguard against proceedings that touch foreign relations or the armed forces.`
    );
  }
  if (lines.length === 0) lines.push(`The ${noun} creates no offence and confers no coercive power.`);
  for (const line of lines) blocks.push({kind: 'paragraph', content: [line]});
  if (reverse.length === 0)
    blocks.push({
      kind: 'paragraph',
      content: [
        `In the Government's view the ${noun} is consistent with the right to a fair trial, the presumption of innocence and the protection of privacy and property.`
      ]
    });
  return blocks;
}

/** The note as report blocks (rendered to Markdown, or to Word with the report document model). */
export function explanatoryNoteBlocks(input: NoteInput, options: {entryIntoForce?: string | undefined} = {}): Block[] {
  const facts = new BillFacts(input);
  const {record} = input;
  const {noun, country, title} = facts;
  const Country = capitalise(country);
  const blocks: Block[] = [];
  const h = (kind: 'title' | 'heading' | 'subheading', text: string) => blocks.push({kind, text});
  const p = (...content: Inline[]) => blocks.push({kind: 'paragraph', content});
  const item = (...content: Inline[]) => blocks.push({kind: 'item', content});

  h('title', `Explanatory note: ${title}`);
  p(
    `This note accompanies the ${title}. It has been prepared by the Government of ${country} to explain the policy of the ${noun} and what each section does. It does not form part of the ${noun}.`
  );

  h('heading', '1. General policy statement');
  h('subheading', 'The Convention on Cluster Munitions');
  p(
    'The Convention on Cluster Munitions was adopted at Dublin on 30 May 2008, opened for signature at Oslo on 3 December 2008 and entered into force on 1 August 2010. Each State Party undertakes never, under any circumstances, to use cluster munitions, to develop, produce, otherwise acquire, stockpile, retain or transfer them, or to assist, encourage or induce anyone to do anything the Convention prohibits to a State Party (Article 1). States Parties must destroy their stockpiles (Article 3), clear contaminated areas (Article 4), assist victims (Article 5) and report on their implementation to the Secretary-General of the United Nations (Article 7).'
  );
  p(
    'Article 9 requires each State Party to take all appropriate legal, administrative and other measures to implement the Convention, including penal sanctions to prevent and suppress any activity it prohibits that is undertaken by persons, or on territory, under its jurisdiction or control.'
  );
  h('subheading', `${Country} and the Convention`);
  const eif = options.entryIntoForce ?? record.state.entry_into_force;
  if (eif)
    p(
      `The Convention entered into force for ${country} on ${facts.date(eif)} (Article 17(2)). Its initial transparency report under Article 7(1) falls due 180 days after that date, on ${facts.date(isoPlusDays(eif, 180))}, and updated reports are due by 30 April each year (Article 7(2)).`
    );
  else
    p(
      `The date on which the Convention enters into force for ${country} is yet to be confirmed. For a State that deposits its instrument of ratification, acceptance, approval or accession after the thirtieth, the Convention enters into force on the first day of the sixth month after the date of that deposit (Article 17(2)).`
    );
  p(`The ${noun} is ${country}'s legislative measure under Article 9.`);

  h('subheading', `What the ${noun} does`);
  for (const part of input.bill.body) {
    if (part.kind === 'part') {
      if (part.sections.length === 0) continue;
      item(
        {text: `Part ${part.number} ${part.heading}`, bold: true},
        ` (${facts.range(part.sections)}): ${joinList(part.sections.map((s) => lowerFirst(s.heading)))}.`
      );
    } else item({text: facts.range([part]), bold: true}, `: ${lowerFirst(part.heading)}.`);
  }
  for (const schedule of input.bill.schedules)
    item({text: `Schedule${schedule.number ? ` ${schedule.number}` : ''}`, bold: true}, `: ${schedule.heading}.`);

  h('subheading', 'Policy choices');
  for (const r of facts.items()) {
    const line = choiceLine(facts, r);
    if (line) item(...line);
  }

  h('subheading', 'Penalties');
  const main = facts.mainPenalties();
  const lesser = facts.lesserPenalties().filter((l) => l.text);
  if (main) p(`Under ${facts.refs(main.sections)}, ${main.text}.`);
  for (const l of lesser) p(`Under ${l.citation}${l.section ? ` (${l.section.heading})` : ''}, ${l.text}.`);
  if (!main && lesser.length === 0) p(`The ${noun} states no penalty.`);

  blocks.push(...fiscalStatement(facts));
  blocks.push(...rightsStatement(facts));

  h('heading', '2. Section-by-section analysis');
  const omittedIn = (sectionId: string) => record.omitted.some((o) => o.kind === 'provision' && o.section === sectionId);
  const present = (unit: string) => TOPICS.every((t) => !t.pattern.test(unit) || facts.prints(...t.clauses));
  const numbered = (section: {children: readonly Provision[]}) => {
    const labels = new Set<string>();
    const walk = (list: readonly Provision[]) => {
      for (const pr of list) {
        if (pr.label) labels.add(`${pr.kind}:${pr.label}`);
        walk(pr.children);
      }
    };
    walk(section.children);
    return labels;
  };
  const items = new Map(facts.items().map((r) => [r.item.id, r]));
  // The Schedule of textual amendments, as printed: the amendments section and the Schedule are described from it.
  const amendmentSchedule = input.bill.schedules.find((s) => s.origin?.clauseId === 'sch-amendments');
  const describe = (owner: Section | Bill['schedules'][number], label: string) => {
    const id = owner.origin?.clauseId ?? '';
    const labels = numbered(owner);
    // A reference to "subsection (2)" is kept only when the section still has it and none of its provisions was left out (numbers unchanged).
    const keep = (unit: string) =>
      present(unit) &&
      [...unit.matchAll(/\b(subsection|paragraph|subparagraph)s? \(([0-9a-z]+)\)/gi)].every(
        (m) => !omittedIn(id) && labels.has(`${m[1]!.toLowerCase()}:${m[2]}`)
      );
    // An item still open is not a decision: no "the Government has decided" or "intends" for a section it prints meanwhile.
    const open = (owner.origin?.items ?? []).map((i) => items.get(i)).filter((r): r is ItemFacts => r?.status === 'unknown');
    const claimsDecision = /\bThe Government (has decided|has chosen|intends)\b/;
    let dropped = false;
    const keepDecided = (unit: string) => {
      if (open.length && claimsDecision.test(unit)) {
        dropped = true;
        return false;
      }
      return keep(unit);
    };
    const lines: string[] = [];
    // Commencement: what the section printed does, not the drafting note's intent (the bill may commence after the Convention binds the State).
    const amendments = amendmentSchedule ? amendmentsIn(amendmentSchedule) : [];
    const scheduleName = amendmentSchedule ? `Schedule${amendmentSchedule.number ? ` ${amendmentSchedule.number}` : ''}` : '';
    const purpose =
      id === 's-commencement'
        ? commencementPurpose(facts, eif)
        : (id === 's-amendments' || id === 'sch-amendments') && amendments.length
          ? `${id === 's-amendments' ? `The section gives effect to ${scheduleName}, which makes ${amendments.length > 1 ? 'these textual amendments' : 'one textual amendment'}` : `The Schedule makes ${amendments.length > 1 ? 'these textual amendments' : 'one textual amendment'}`}: ${amendments.length > 1 ? `${amendments.slice(0, -1).join('; ')}; and ${amendments.at(-1)}` : amendments[0]}.`
          : purposeOf(input.notes.get(id)?.[0], keepDecided);
    // The drafting note speaks of "a senior law officer"; the note names the office the section prints.
    const officer = facts.text('prosecution.consent_officer', '').replace(/^the\s+/i, '');
    if (purpose)
      lines.push(officer && owner.text.includes(officer) ? purpose.replace(/\ba senior law officer\b/g, `the ${officer}`) : purpose);
    for (const itemId of owner.origin?.items ?? []) {
      const r = items.get(itemId);
      const option = r ? chosenOption(facts, r) : undefined;
      if (r?.status === 'unknown' && (option || dropped))
        lines.push(
          `The Government is still considering its policy on ${lowerFirst(r.item.title)}${option ? `; meanwhile the ${noun} takes the option "${option}"` : `; the section stands in the ${noun} meanwhile`}.`
        );
      else if (r && option) lines.push(`The ${noun} takes the option "${option}" for ${lowerFirst(r.item.title)}.`);
    }
    if (owner.origin?.articles.length) lines.push(`It implements ${articleList(owner.origin.articles)} of the Convention.`);
    p({text: `${label}: ${owner.heading}.`, bold: true}, ...(lines.length ? [` ${lines.join(' ')}`] : []));
  };
  for (const part of input.bill.body) {
    if (part.kind === 'part') {
      h('subheading', `Part ${part.number} ${part.heading}`);
      for (const s of part.sections) describe(s, `Section ${s.number}`);
    } else describe(part, `Section ${part.number}`);
  }
  if (input.bill.schedules.length) {
    h('subheading', 'Schedules');
    for (const s of input.bill.schedules) describe(s, `Schedule${s.number ? ` ${s.number}` : ''}`);
  }

  const omitted = record.omitted.filter((o) => o.kind === 'section' || o.kind === 'part');
  if (omitted.length > 0) {
    h('subheading', `What the ${noun} does not include`);
    const seen = new Set<string>();
    for (const o of omitted) {
      // The item that left it out: the one whose decision set the switch, or an open item whose switch kept the model's "off".
      const decision = o.answers
        .map((a) =>
          a.item ? items.get(a.item) : a.value === 'false' ? [...items.values()].find((r) => r.item.switch === a.name) : undefined
        )
        .find((r) => r !== undefined);
      const why = decision
        ? {
            'existing-law': `existing law provides for it (${decision.citation ?? 'citation to be added'}).`,
            administrative: `the ${decision.agency ?? 'responsible agency'} carries it out as an administrative measure.`,
            'not-applicable': `it does not arise for ${country}.${sentence(decision.reason)}`,
            'decided-against': `the Government has decided not to legislate for it.${sentence(decision.reason)}`,
            act: decision.sections.length
              ? `the ${noun} provides for the matter differently, in ${facts.refs(decision.sections)}.`
              : 'not included under the decisions taken.',
            unknown: `the Government is still considering it; the ${noun} leaves it out meanwhile.`
          }[decision.status]
        : o.kind === 'part'
          ? 'none of its sections applies.'
          : o.answers.every((a) => a.value === '' || a.value === '""')
            ? 'no existing law of that kind was named.'
            : 'not included under the decisions taken.';
      const key = `${o.heading || o.id}: ${why}`;
      if (seen.has(key)) continue;
      seen.add(key);
      item({text: o.heading || o.id, bold: true}, `: ${why}`);
    }
  }
  return blocks;
}

/** Write the explanatory note for a built bill, as Markdown. */
export function explanatoryNote(input: NoteInput, options: {entryIntoForce?: string | undefined} = {}): string {
  return toMarkdown(explanatoryNoteBlocks(input, options));
}
