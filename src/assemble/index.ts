/**
 * The assembly pipeline: model + answers → draft bill. One unified processor
 * runs the stages in order, each a plugin with one job:
 *
 *   select-clauses → fill-parameters → number → cross-references → bill-tree → finalize → stringify
 *
 * The result is the bill three ways that say the same: the {@link Bill} tree,
 * its Markdown, and the {@link BuildRecord} of how it was made.
 */
import type {Root} from 'mdast';
import {directiveToMarkdown} from 'mdast-util-directive';
import remarkStringify from 'remark-stringify';
import {type Processor, unified} from 'unified';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {AnswersFile} from '../answers/file.js';
import type {Profile} from '../answers/profile.js';
import {resolveAnswers, type Resolution} from '../answers/resolve.js';
import type {Bill} from '../bill/model.js';
import type {BuildRecord} from '../bill/record.js';
import type {Checklist} from '../checklist/load.js';
import type {Model} from '../model/load.js';
import {analyseModel, type ModelStructure} from '../model/structure.js';
import {fastTextToMarkdown} from '../util/markdown-text.js';
import {diagnostic, failOnErrors, InputError, sortMessages} from '../util/diagnostics.js';
import {version} from '../version.js';
import {buildBillTree} from './bill-tree.js';
import type {AssembleOptions} from './context.js';
import {resolveReferences} from './cross-references.js';
import {fillParameters} from './fill-parameters.js';
import {finalizeBill} from './finalize.js';
import {numberClauses} from './number.js';
import {makeRecord} from './provenance.js';
import {selectClauses} from './select-clauses.js';

/** What the pipeline needs. The model is read, never changed: assembly works on a copy of its tree (select-clauses makes it). */
export interface AssembleInput {
  model: Model;
  checklist: Checklist;
  profile: Profile;
  answers: AnswersFile;
}

/** A finished draft. */
export interface Draft {
  /** The bill as a tree: what every document about it derives from. */
  bill: Bill;
  /** The bill in Markdown. */
  markdown: string;
  /** How it was built (written as `draft-bill.build.json`). */
  record: BuildRecord;
  /** @deprecated The same object as {@link Draft.record}, under its old name. */
  manifest: BuildRecord;
  /** The checklist the answers were resolved against. */
  checklist: Checklist;
  resolution: Resolution;
  structure: ModelStructure;
  /** Drafting notes of each printed section and schedule (by model id), with their conditions applied. */
  notes: ReadonlyMap<string, readonly string[]>;
  /** Parameters printed in the bill, or that chose its wording. */
  filled: ReadonlySet<string>;
  /** Warnings and notes (errors raise an InputError instead). */
  messages: VFileMessage[];
}

/** Markdown output settings: fixed, so output is byte-stable. */
export const stringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
  fences: true,
  incrementListMarker: true
} as const;

/** Register mdast-util-directive's serialiser (handlers and unsafe patterns) with remark-stringify. */
function directiveSerializer(this: Processor): void {
  const data = this.data();
  (data.toMarkdownExtensions ??= []).push(directiveToMarkdown(), fastTextToMarkdown);
}

/** Assemble a draft bill. Raises {@link InputError} with positioned messages on bad input. */
export function assembleDraft(input: AssembleInput): Draft {
  const {model, checklist, profile, answers} = input;
  const messages: VFileMessage[] = [...model.messages, ...checklist.messages, ...profile.messages];
  failOnErrors(messages);
  const structure = analyseModel(model, {checklistItems: new Set(checklist.items.map((i) => i.id))});
  if (structure.messages.some((m) => m.fatal === true)) {
    throw new InputError([
      ...structure.messages.filter((m) => m.fatal === true),
      diagnostic('The model Act has errors (run `ccm-draft lint` on it), expected a model that lints cleanly', {
        file: model.path,
        ruleId: 'model-errors',
        source: 'model'
      })
    ]);
  }
  // Shape problems and value problems in the answers are reported together, so one run shows them all.
  const resolution = resolveAnswers(model, checklist, profile, answers);
  failOnErrors(sortMessages([...answers.messages, ...resolution.messages]));
  messages.push(...answers.messages);
  const options: AssembleOptions = {model, structure, resolution, answersPath: answers.path};

  const file = new VFile({path: model.path});
  const processor = unified()
    .use(selectClauses, options)
    .use(fillParameters, options)
    .use(numberClauses, options)
    .use(resolveReferences, options)
    .use(buildBillTree, options)
    .use(finalizeBill, options)
    // Only the directive *serialiser* is needed here (it escapes text that would read back as a directive),
    // not remark-directive's parser, which would load micromark for nothing.
    .use(remarkStringify, stringifyOptions)
    .use(directiveSerializer);
  const tree = processor.runSync(model.tree, file) as Root;
  for (const message of file.messages) if (!message.file) message.file = model.path;
  failOnErrors(file.messages);
  const markdown = processor.stringify(tree, file);

  const data = file.data.ccm!;
  const bill = file.data.ccmBill!;
  const record = makeRecord({
    markdown,
    bill,
    shortTitle: file.data.ccmShortTitle ?? '',
    model,
    profile,
    answersPath: answers.path,
    resolution,
    data,
    sections: file.data.ccmSections ?? [],
    provisions: file.data.ccmProvisions!,
    tool: `ccm-drafter ${version}`
  });
  return {
    bill,
    markdown,
    record,
    manifest: record,
    checklist,
    resolution,
    structure,
    notes: data.notes,
    filled: data.filled,
    messages: [...messages, ...structure.messages, ...file.messages]
  };
}
