/**
 * Identifiers by the Akoma Ntoso naming convention, given to a bill before
 * any export renders it, so the HTML anchors, the Word bookmarks and the AKN
 * `eId`s are the same and every cross-reference follows its target.
 *
 * `part_2`, `part_2__sec_9`, `…__subsec_2__para_b__subpara_iv`; unlabelled
 * blocks that AKN prints as `hcontainer` are numbered `hcontainer_1`, `_2`…
 * among their siblings without gaps, and the blocks AKN prints as plain text
 * (a section's lead-in, the text of a section without labelled provisions,
 * the paragraphs of a schedule) take no id at all. Schedules are
 * attachments: `att_1`, and what is inside them `att_1__para_a`.
 */
import {type Bill, type Provision, provisions, type Schedule, type Section} from '../bill/model.js';

const abbreviation: Record<Exclude<Provision['kind'], 'text'>, string> = {
  subsection: 'subsec',
  paragraph: 'para',
  subparagraph: 'subpara',
  clause: 'clause'
};

/** A block with no provisions under it and no label: AKN prints it as text, not as a container. */
const isPlainText = (p: Provision): boolean => p.kind === 'text' && p.children.length === 0;

/**
 * How AKN lays out the provisions of a section: `content` when every one is
 * plain text (one `<content>` of paragraphs), otherwise an optional `intro`
 * (a leading plain text that defines no term) followed by the provisions.
 */
export function sectionLayout(children: readonly Provision[]): {mode: 'content' | 'provisions'; intro: Provision | undefined} {
  if (children.every(isPlainText)) return {mode: 'content', intro: undefined};
  const lead = children[0];
  return {mode: 'provisions', intro: lead && isPlainText(lead) && !lead.defines ? lead : undefined};
}

/**
 * Give every Part, section, schedule and provision its naming-convention
 * `eId` (in place), and point every cross-reference at its target's new id.
 * Blocks that AKN prints as plain text get an empty `eId`.
 */
export function assignAknEIds(bill: Bill): void {
  const renamed = new Map<string, string>();
  const used = new Set<string>();
  const assign = (node: {eId: string}, eId: string) => {
    let unique = eId;
    // A number printed twice (a hand edit) still gets an id of its own.
    for (let n = 2; unique !== '' && used.has(unique); n++) unique = `${eId}_${n}`;
    if (unique !== '') used.add(unique);
    if (node.eId) renamed.set(node.eId, unique);
    node.eId = unique;
  };

  /** Number a list of provisions under `prefix`; `plain` decides which blocks AKN prints as text. */
  const number = (list: readonly Provision[], prefix: string, plain: (p: Provision) => boolean) => {
    let containers = 0;
    for (const p of list) {
      if (p.kind === 'text') assign(p, plain(p) ? '' : `${prefix}__hcontainer_${++containers}`);
      else assign(p, `${prefix}__${abbreviation[p.kind]}_${p.label}`);
      // Below a provision, every unlabelled block is a container of its own.
      if (p.eId) number(p.children, p.eId, () => false);
    }
  };

  const section = (s: Section, prefix: string) => {
    assign(s, `${prefix}sec_${s.number}`);
    const layout = sectionLayout(s.children);
    number(s.children, s.eId, (p) => layout.mode === 'content' || p === layout.intro);
  };
  for (const item of bill.body) {
    if (item.kind === 'part') {
      assign(item, `part_${item.number}`);
      for (const s of item.sections) section(s, `${item.eId}__`);
    } else section(item, '');
  }
  bill.schedules.forEach((schedule: Schedule, index) => {
    assign(schedule, `att_${index + 1}`);
    number(schedule.children, schedule.eId, isPlainText);
  });

  for (const {provision} of provisions(bill)) {
    for (const run of provision.block.runs) if (run.ref && renamed.has(run.ref)) run.ref = renamed.get(run.ref) || undefined;
  }
}
