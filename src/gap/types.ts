/**
 * The gap report's data, as written to JSON (schema:
 * `schemas/gap-report.schema.json`, version {@link GAP_REPORT_VERSION}).
 */
import type {ComponentId} from './catalogue.js';

/** Bump on any incompatible change to the JSON shape (and the schema file with it). Reports for a draft. */
export const GAP_REPORT_VERSION = 1;

/**
 * Version of the report of any Act (`kind: 'act'`). 2: provision roles,
 * the `cannot-tell` rating and status, confidence explained in words,
 * tool and model versions and the date of the run.
 */
export const ACT_REPORT_VERSION = 2;

/** `$schema` id of gap reports (schemas/gap-report.schema.json). */
export const GAP_REPORT_SCHEMA_ID = 'https://ccm-drafter.example/schemas/gap-report.schema.json';

/** How strong a component is in the text. */
export type Rating = 'strong' | 'partial' | 'weak' | 'absent';

/**
 * A rating of any Act: as {@link Rating}, or `cannot-tell` when the text
 * that would decide it is not there to read (a heading only, "[Repealed]",
 * "[text not reconstructed]"), which is not the same as absent.
 */
export type ActRating = Rating | 'cannot-tell';

/** How sure the reader is that the quoted text means what the finding says. */
export type Confidence = 'high' | 'medium' | 'low';

/** The two real-world forms of a joint-operations clause, or none. */
export type JointOperationsForm = 'express-request' | 'interoperability' | 'none';

/** A quoted piece of the Act supporting a finding. */
export interface Evidence {
  /** `s 7(2)`, `s 72.41(b)`, `Sch 2 para 3`. */
  citation: string;
  section: string | null;
  schedule: string | null;
  /** 1-based line in the input. */
  line: number;
  /** A short quote (≤ 160 characters, `…` where cut). */
  snippet: string;
  confidence: Confidence;
  /** What the quoted provision does (offence, exception, defence, …), as read. */
  role?: string | undefined;
}

/** The strength view: one per component. */
export interface ComponentFinding {
  id: ComponentId;
  title: string;
  articles: string[];
  rating: ActRating;
  /** One line: why this rating. */
  reason: string;
  /** A real law that does it well. */
  precedent: string;
  /** How the precedent relates to this rating ("A stronger model: …"), so it never reads as contradicting it. */
  precedentNote?: string | undefined;
  confidence: Confidence;
  /** Why this confidence, in words ("an offence provision names the act and cluster munitions in the same clause"). */
  confidenceWhy?: string | undefined;
  evidence: Evidence[];
  /** Only for `joint_operations`. */
  form?: JointOperationsForm;
}

/** The Convention view: one per obligation. */
export interface ObligationFinding {
  /** Aligned with `checklists/article9.yaml` `obligations:` ids (`art-7-1-a`). */
  id: string;
  article: string;
  title: string;
  status: 'implemented' | 'partial' | 'missing' | 'cannot-tell';
  /** Citations of the provisions that implement it. */
  sections: string[];
  /** What is missing ('' when implemented). */
  missing: string;
  note?: string;
  evidence: Evidence[];
}

/** A message about the input (what could not be read). */
export interface ReportMessage {
  line: number | null;
  column: number | null;
  severity: 'error' | 'warning' | 'info';
  reason: string;
  ruleId: string | null;
}

/** The gap report of any Act. */
export interface ActGapReport {
  $schema: string;
  schemaVersion: typeof ACT_REPORT_VERSION;
  kind: 'act';
  /** The tool, the model Act and the day of the run (injected: `--today`). */
  generated: {tool: string; toolVersion: string; modelVersion: string; date: string};
  act: {path: string; title: string; sections: number; schedules: number; format: string; unavailable: number};
  summary: {
    strength: Record<ActRating, number>;
    convention: Record<ObligationFinding['status'], number>;
    unreadable: number;
  };
  convention: ObligationFinding[];
  strength: ComponentFinding[];
  messages: ReportMessage[];
}
