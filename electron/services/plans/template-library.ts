import type { TemplateMeta, TemplateSource } from '#shared/templates';

/**
 * Where plans find their templates: the template library service in the app (built-in files plus
 * published versions), an in-memory list in tests.
 */
export interface TemplateLibrary {
  list(): TemplateMeta[] | Promise<TemplateMeta[]>;
  load(id: string): TemplateSource | undefined | Promise<TemplateSource | undefined>;
}
