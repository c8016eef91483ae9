/**
 * The clause markup as data: which directives exist, in which form, with which
 * attributes. `lint` checks the model against this table; `model-law/README.md`
 * documents it for people.
 */

/** The three syntactic forms of a directive. */
export type DirectiveForm = 'containerDirective' | 'leafDirective' | 'textDirective';

/** What a directive may carry. */
export interface DirectiveSpec {
  form: DirectiveForm;
  attributes: readonly string[];
  /** Attributes that must be present (`id` is the `#id` shorthand). */
  required: readonly string[];
  /** Whether the `[label]` is required (headings, parameter names, reference targets). */
  label: 'required' | 'optional' | 'none';
  summary: string;
}

/** Every directive of the clause markup. */
export const vocabulary: Readonly<Record<string, DirectiveSpec>> = {
  front: {form: 'containerDirective', attributes: [], required: [], label: 'none', summary: 'title block, long title and enacting formula'},
  toc: {form: 'leafDirective', attributes: [], required: [], label: 'none', summary: 'where the arrangement of sections goes'},
  part: {form: 'containerDirective', attributes: ['id', 'when'], required: ['id'], label: 'required', summary: 'a Part'},
  section: {
    form: 'containerDirective',
    attributes: ['id', 'when', 'articles', 'items', 'components'],
    required: ['id'],
    label: 'required',
    summary: 'a section'
  },
  schedule: {form: 'containerDirective', attributes: ['id', 'when'], required: ['id'], label: 'required', summary: 'a schedule'},
  if: {
    form: 'containerDirective',
    attributes: ['when'],
    required: ['when'],
    label: 'none',
    summary: 'block content kept when the condition holds'
  },
  choose: {
    form: 'containerDirective',
    attributes: ['param'],
    required: ['param'],
    label: 'none',
    summary: 'alternative wordings chosen by a parameter'
  },
  option: {form: 'containerDirective', attributes: ['value'], required: ['value'], label: 'none', summary: 'one alternative wording'},
  note: {form: 'containerDirective', attributes: [], required: [], label: 'none', summary: 'drafting note, never printed in the bill'},
  param: {form: 'textDirective', attributes: ['join'], required: [], label: 'required', summary: 'the value of a parameter'},
  ref: {
    form: 'textDirective',
    attributes: ['form', 'join'],
    required: [],
    label: 'required',
    summary: 'a cross-reference by id, or a comma-separated list of ids'
  },
  if_inline: {
    form: 'textDirective',
    attributes: ['when'],
    required: ['when'],
    label: 'required',
    summary: 'inline text kept when the condition holds'
  },
  prov: {
    form: 'textDirective',
    attributes: ['id', 'when'],
    required: [],
    label: 'none',
    summary: 'id and/or condition of a subsection, paragraph or definition'
  }
};

/** Look up the spec for a directive node's name and form (`:if[…]` and `::::if` share a name). */
export function specFor(name: string, form: DirectiveForm): DirectiveSpec | undefined {
  if (name === 'if' && form === 'textDirective') return vocabulary['if_inline'];
  if (name === 'if_inline') return undefined;
  return vocabulary[name];
}

/** Strength component ids (issue 5; used everywhere: JSON, messages, docs). */
export const componentIds = [
  'use',
  'develop_produce_acquire',
  'stockpile_retain',
  'transfer',
  'assist_encourage_induce',
  'penal_sanctions',
  'investment',
  'transit',
  'foreign_stockpiling',
  'joint_operations',
  'explosive_bomblets',
  'corporate_liability',
  'extraterritorial',
  'retention_authorised',
  'information_powers',
  'seizure_destruction',
  'stockpile_destruction',
  'clearance',
  'victim_assistance',
  'cooperation',
  'transparency',
  'universalisation'
] as const;

/** A strength component id. */
export type ComponentId = (typeof componentIds)[number];

/** The state profile fields conditions may use, with their types. */
export const stateFields = {
  'state.holds_stocks': 'boolean',
  'state.contaminated': 'boolean',
  'state.victims': 'boolean',
  'state.producer': 'boolean',
  'state.armed_forces': 'boolean',
  'state.joint_operations': 'boolean',
  'state.financial_sector': 'boolean',
  'state.entry_into_force': 'date'
} as const;

/** A state profile field name. */
export type StateField = keyof typeof stateFields;
