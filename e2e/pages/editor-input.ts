import type { Page } from '@playwright/test';

/**
 * Lexical takes a new caret position from the browser's selectionchange event, a task queued after
 * the click. Keys sent at once under load can beat it and land at the old caret; two animation
 * frames later that task has run. A person never types that fast after a click.
 */
export async function letEditorTakeSelection(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
