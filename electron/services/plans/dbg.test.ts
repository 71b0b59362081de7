import { it } from 'vitest';
import { storedDocumentSchema } from '../../../shared/document/schema';
import { unrestTemplate } from '../../../electron/services/plans/test-harness';
import { generatePlan } from '../../../shared/generate';
import { sampleContext } from '../../../shared/generate/test-fixtures';
it('x', () => {
  const doc = generatePlan(unrestTemplate().document, sampleContext(), { templateId: 'a', templateVersion: '1' });
  const a = JSON.stringify(storedDocumentSchema.parse(doc));
  const b = JSON.stringify(storedDocumentSchema.parse(JSON.parse(a)));
  let i = 0; while (a[i] === b[i]) i++;
  if (a !== b) throw new Error(i + ' A:' + a.slice(i - 100, i + 60) + ' B:' + b.slice(i - 100, i + 60));
});
