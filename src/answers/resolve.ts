/**
 * Resolve every answer the assembly needs, with where it came from:
 * answers file ⊕ checklist decisions (switches) ⊕ jurisdiction profile ⊕ model
 * defaults, in that order of precedence.
 */
import type {VFileMessage} from 'vfile-message';
import type {AnswerValue} from '../conditions/check.js';
import {evaluateCondition} from '../conditions/check.js';
import type {Checklist, ChecklistItem, ItemStatus} from '../checklist/load.js';
import type {Model} from '../model/load.js';
import {checkValue, type Locale, type ParamValue} from '../model/params.js';
import {diagnostic} from '../util/diagnostics.js';
import {suggest} from '../util/suggest.js';
import type {AnswersFile, ItemAnswer, StateAnswers} from './file.js';
import type {Profile} from './profile.js';

/** Where a resolved value came from. */
export type Origin = 'answers' | 'item' | 'profile' | 'default';

/** A parameter value and its origin. */
export interface ResolvedValue {
  value: ParamValue;
  origin: Origin;
  /** The checklist item whose status set a switch. */
  item?: string | undefined;
}

/** A checklist item's resolved status. */
export interface ResolvedItem {
  item: ChecklistItem;
  status: ItemStatus;
  answer?: ItemAnswer | undefined;
  /** `answers`: decided in the answers file; `pruned`: the state profile rules it out; `unanswered`: open. */
  origin: 'answers' | 'pruned' | 'unanswered';
}

/** Everything the assembly and the reports need to know about the answers. */
export interface Resolution {
  values: Map<string, ResolvedValue>;
  items: Map<string, ResolvedItem>;
  state: StateAnswers;
  locale: Locale;
  profile: Profile;
  /** Parameters that took the profile's or model's default (listed on stderr by `build`). */
  defaulted: string[];
  messages: VFileMessage[];
  /** Value lookup for conditions: parameters and `state.*`. */
  lookup(name: string): AnswerValue;
}

/**
 * Profile and model texts may name other parameters in braces, e.g. an
 * enacting formula "BE IT ENACTED by the Parliament of {country.name} …", so
 * that a State renamed in the answers is renamed everywhere. One pass, text
 * values only; the drafter's own answers are always taken literally.
 */
function interpolateDefaults(values: Map<string, ResolvedValue>, model: Model): void {
  for (const [name, resolved] of values) {
    if (resolved.origin === 'answers' || typeof resolved.value !== 'string' || model.params.get(name)?.type !== 'text') continue;
    if (!resolved.value.includes('{')) continue;
    const text = interpolateText(resolved.value, (other) => (other === name ? undefined : values.get(other)?.value));
    values.set(name, {...resolved, value: text});
  }
}

/** Replace `{param.name}` in a text with that parameter's text value; unknown or non-text names stay as written. */
export function interpolateText(text: string, lookup: (name: string) => unknown): string {
  return text.replace(/\{([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*)\}/g, (whole, other: string) => {
    const value = lookup(other);
    return typeof value === 'string' && !value.includes('{') ? value : whole;
  });
}

/** Resolve answers against a model, a checklist and a profile. */
export function resolveAnswers(model: Model, checklist: Checklist, profile: Profile, answers: AnswersFile): Resolution {
  const messages: VFileMessage[] = [];
  const at = (path: Array<string | number>, which?: 'key' | 'value') => answers.yaml?.pointAt(path, which);
  const report = (reason: string, path: Array<string | number>, ruleId: string, fatal = true, which?: 'key' | 'value') =>
    messages.push(diagnostic(reason, {file: answers.path, place: at(path, which), ruleId, source: 'answers', fatal}));

  const state = answers.state;
  const stateLookup = (name: string): AnswerValue =>
    name.startsWith('state.') ? (state as Record<string, AnswerValue>)[name.slice(6)] : undefined;

  // Checklist decisions.
  const items = new Map<string, ResolvedItem>();
  for (const item of checklist.items) {
    const answer = answers.items[item.id];
    const applies = !item.applies || evaluateCondition(item.applies, stateLookup);
    if (!applies) {
      if (answer && answer.status !== 'not-applicable') {
        report(
          `Unexpected status \`${answer.status}\` for \`${item.id}\`: the state profile rules this item out (${item.prunedReason || item.appliesText}); the answer is kept, check the state profile`,
          ['items', item.id, 'status'],
          'pruned-item-answered',
          false
        );
        items.set(item.id, {item, status: answer.status, answer, origin: 'answers'});
      } else {
        items.set(item.id, {
          item,
          status: 'not-applicable',
          answer: answer ?? {status: 'not-applicable', reason: item.prunedReason || `Does not apply: ${item.appliesText} is false.`},
          origin: answer ? 'answers' : 'pruned'
        });
      }
      continue;
    }
    if (answer) {
      if (!item.statuses.includes(answer.status))
        report(
          `Unexpected status \`${answer.status}\` for \`${item.id}\`, expected one of: ${item.statuses.join(', ')}`,
          ['items', item.id, 'status'],
          'wrong-value'
        );
      items.set(item.id, {item, status: answer.status, answer, origin: 'answers'});
    } else {
      items.set(item.id, {item, status: 'unknown', origin: 'unanswered'});
    }
  }
  for (const id of Object.keys(answers.items)) {
    if (!checklist.items.some((item) => item.id === id)) {
      const close = suggest(
        id,
        checklist.items.map((i) => i.id)
      );
      report(
        `Unexpected item \`${id}\`, expected a checklist item id${close.length ? ` (did you mean \`${close[0]}\`?)` : ` (${checklist.items.map((i) => i.id).join(', ')})`}`,
        ['items', id],
        'unknown-item',
        true,
        'key'
      );
    }
  }

  const values = new Map<string, ResolvedValue>();
  const defaulted: string[] = [];
  const locale = profile.locale;

  // Model defaults, then the profile, then switches, then explicit answers.
  for (const [name, decl] of model.params) {
    if (decl.default === undefined) continue;
    // A money default written as a bare number is in the State's currency, not the fallback one.
    const checked = decl.type === 'money' && decl.defaultRaw !== undefined ? checkValue(decl, decl.defaultRaw, profile.locale) : undefined;
    values.set(name, {value: checked?.ok ? checked.value : decl.default, origin: 'default'});
  }
  for (const [name, raw] of Object.entries(profile.params)) {
    const decl = model.params.get(name);
    const place = profile.yaml?.pointAt(['params', name], 'key');
    if (!decl) {
      messages.push(
        diagnostic(`Unexpected parameter \`${name}\`, expected a parameter of the model (see \`ccm-draft lint\` or model-law/README.md)`, {
          file: profile.path,
          place,
          ruleId: 'unknown-param',
          source: 'profile'
        })
      );
      continue;
    }
    const checked = checkValue(decl, raw, locale);
    if (!checked.ok)
      messages.push(
        diagnostic(`${checked.reason}, expected ${checked.expected}`, {
          file: profile.path,
          place: profile.yaml?.pointAt(['params', name]),
          ruleId: 'wrong-type',
          source: 'profile',
          expected: [checked.expected]
        })
      );
    else values.set(name, {value: checked.value, origin: 'profile'});
  }
  for (const resolved of items.values()) {
    const name = resolved.item.switch;
    if (!name || !model.params.has(name) || resolved.status === 'unknown') continue;
    values.set(name, {value: resolved.status === 'act', origin: 'item', item: resolved.item.id});
  }
  for (const [name, raw] of Object.entries(answers.params)) {
    const decl = model.params.get(name);
    if (!decl) {
      const close = suggest(name, model.params.keys());
      report(
        `Unexpected parameter \`${name}\`, expected a parameter of the model${
          close.length
            ? ` (did you mean ${close
                .slice(0, 3)
                .map((k) => `\`${k}\``)
                .join(', ')}?)`
            : ''
        }`,
        ['params', name],
        'unknown-param',
        true,
        'key'
      );
      continue;
    }
    const checked = checkValue(decl, raw, locale);
    if (!checked.ok) {
      messages.push(
        diagnostic(`${checked.reason}, expected ${checked.expected}`, {
          file: answers.path,
          place: at(['params', name]),
          ruleId: 'wrong-type',
          source: 'answers',
          expected: [checked.expected],
          actual: JSON.stringify(raw)
        })
      );
      continue;
    }
    const previous = values.get(name);
    const decidedBy = previous?.origin === 'item' ? items.get(previous.item!) : undefined;
    if (decidedBy?.origin === 'pruned' && previous!.value !== checked.value) {
      // The drafter did not decide the item; the state profile did. An explicit value is a decision: keep it, say so.
      report(
        `\`${name}: ${String(checked.value)}\` overrides item \`${previous!.item}\`, which the state profile rules out (${decidedBy.item.prunedReason || decidedBy.item.appliesText})`,
        ['params', name],
        'switch-overrides-profile',
        false
      );
    } else if (previous?.origin === 'item' && previous.value !== checked.value) {
      report(
        `Unexpected \`${name}: ${String(checked.value)}\`: item \`${previous.item}\` has status \`${items.get(previous.item!)?.status}\`, which sets it to ${String(previous.value)}; expected the two to agree`,
        ['params', name],
        'switch-conflict'
      );
      continue;
    }
    values.set(name, {value: checked.value, origin: 'answers'});
  }
  for (const [name, resolved] of values) {
    if (resolved.origin === 'default' || resolved.origin === 'profile') defaulted.push(name);
  }
  interpolateDefaults(values, model);

  return {
    values,
    items,
    state,
    locale,
    profile,
    defaulted,
    messages,
    lookup(name) {
      if (name.startsWith('state.')) return stateLookup(name);
      return values.get(name)?.value as AnswerValue;
    }
  };
}
