/**
 * Fingerprints of the questions an answers file answered: a short hash of
 * each parameter declaration and each checklist item, saved with the answers.
 * When the model or the checklist changes later, comparing fingerprints says
 * exactly which answers are new, gone or changed in meaning, instead of only
 * "the model changed". Only what gives an answer its meaning is hashed (type,
 * options, range, switch, sections, statuses…), not help text or prose, so
 * rewording an explanation does not flag every answer.
 */
import {createHash} from '../util/crypto.js';
import type {AnswersFile, Fingerprints} from './file.js';
import type {Checklist, ChecklistItem} from '../checklist/load.js';
import type {Model} from '../model/load.js';
import type {ParamDecl} from '../model/params.js';

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 8);
}

/** Fingerprint of a parameter declaration: what its answers mean. */
export function paramFingerprint(decl: ParamDecl): string {
  return hash([
    decl.type,
    decl.label,
    decl.unit ?? null,
    decl.min ?? null,
    decl.max ?? null,
    decl.integer ?? false,
    decl.pattern ?? null,
    decl.options?.map((o) => [o.value, o.text ?? null]) ?? null
  ]);
}

/** Fingerprint of a checklist item: what a status for it means. */
export function itemFingerprint(item: ChecklistItem): string {
  return hash([
    item.title,
    item.articles,
    item.appliesText,
    item.switch ?? null,
    item.params,
    item.sections,
    item.components,
    item.statuses
  ]);
}

/** Fingerprints of every parameter of a model and every item of a checklist. */
export function fingerprintsFor(model: Pick<Model, 'params'>, checklist: Pick<Checklist, 'items'>): Fingerprints {
  const params: Record<string, string> = {};
  for (const [name, decl] of model.params) params[name] = paramFingerprint(decl);
  const items: Record<string, string> = {};
  for (const item of checklist.items) items[item.id] = itemFingerprint(item);
  return {params, items};
}

/** How saved answers relate to the current model and checklist. */
export interface Drift {
  /** Questions that did not exist when the answers were saved. */
  newItems: string[];
  newParams: string[];
  /** Answers to questions that no longer exist. */
  goneItems: string[];
  goneParams: string[];
  /** Answers whose question changed in meaning since they were given. */
  changedItems: string[];
  changedParams: string[];
}

/** Whether there is anything to say. */
export function hasDrift(drift: Drift): boolean {
  return Object.values(drift).some((list) => list.length > 0);
}

/**
 * Compare saved answers with the current model and checklist. Without saved
 * fingerprints (hand-written or older files) nothing is new or changed, but
 * answers to unknown items or parameters are still reported as gone.
 */
export function compareFingerprints(answers: Pick<AnswersFile, 'items' | 'params' | 'fingerprints'>, current: Fingerprints): Drift {
  const saved = answers.fingerprints;
  const drift: Drift = {newItems: [], newParams: [], goneItems: [], goneParams: [], changedItems: [], changedParams: []};
  for (const id of Object.keys(answers.items)) {
    if (!(id in current.items)) drift.goneItems.push(id);
    else if (saved?.items[id] !== undefined && saved.items[id] !== current.items[id]) drift.changedItems.push(id);
  }
  for (const name of Object.keys(answers.params)) {
    if (!(name in current.params)) drift.goneParams.push(name);
    else if (saved?.params[name] !== undefined && saved.params[name] !== current.params[name]) drift.changedParams.push(name);
  }
  if (saved) {
    drift.newItems = Object.keys(current.items).filter((id) => !(id in saved.items) && !(id in answers.items));
    drift.newParams = Object.keys(current.params).filter((name) => !(name in saved.params) && !(name in answers.params));
  }
  return drift;
}

/** Plain-language lines describing drift (empty when there is none). */
export function describeDrift(drift: Drift): string[] {
  const lines: string[] = [];
  const list = (names: string[]) => names.map((n) => `\`${n}\``).join(', ');
  if (drift.changedItems.length)
    lines.push(`changed in meaning since you answered: ${drift.changedItems.length === 1 ? 'item' : 'items'} ${list(drift.changedItems)}`);
  if (drift.changedParams.length)
    lines.push(
      `changed in meaning since you answered: ${drift.changedParams.length === 1 ? 'detail' : 'details'} ${list(drift.changedParams)}`
    );
  if (drift.newItems.length)
    lines.push(
      `${drift.newItems.length === 1 ? 'a new question' : 'new questions'} not answered yet: ${drift.newItems.length === 1 ? 'item' : 'items'} ${list(drift.newItems)}`
    );
  if (drift.newParams.length)
    lines.push(
      `${drift.newParams.length === 1 ? 'a new detail' : 'new details'} not answered yet (defaults used): ${list(drift.newParams)}`
    );
  if (drift.goneItems.length)
    lines.push(
      `answers to ${drift.goneItems.length === 1 ? 'an item that no longer exists' : 'items that no longer exist'}: ${list(drift.goneItems)}`
    );
  if (drift.goneParams.length)
    lines.push(
      `answers to ${drift.goneParams.length === 1 ? 'a detail that no longer exists' : 'details that no longer exist'}: ${list(drift.goneParams)}`
    );
  return lines;
}
