import type { StoredDocument } from '#shared/document/nodes';
import type { TemplateKind } from './vocabulary';

export interface ChangelogEntry {
  version: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  note: string;
}

/** The front matter of a template, as the app uses it (YAML keys are snake_case). */
export interface TemplateMeta {
  id: string;
  title: string;
  kind: TemplateKind;
  /** Semantic version, e.g. 1.2.0. */
  version: string;
  /** Newest first. */
  changelog: ChangelogEntry[];
  language: string;
  /** Threat category keys the template is meant for (empty: any). */
  appliesTo: string[];
  /** Field keys a plan must have filled before it is complete. */
  requiredFields: string[];
  /** One or two sentences shown in the library. */
  summary: string;
}

/** A problem found in a template, located for the maintainer (lines and columns from 1). */
export interface TemplateProblem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface ParsedTemplate {
  /** Null when the front matter is too broken to read. */
  meta: TemplateMeta | null;
  /** Best-effort document even when there are errors (never contains HTML or script). */
  document: StoredDocument;
  problems: TemplateProblem[];
}

export interface TemplateSource {
  meta: TemplateMeta;
  document: StoredDocument;
}
