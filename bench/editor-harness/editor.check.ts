import { expect, test, type Locator, type Page } from '@playwright/test';

/* Checks the editor as a user drives it, on the harness page (see playwright.config.ts here). */

const harnessUrl = () => process.env.EDITOR_HARNESS_URL ?? '';

interface HarnessDocument {
  content: { root: { children: Array<{ type: string; rows?: Array<Record<string, unknown>>; children?: unknown[] }> } };
}

async function open(page: Page, query: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harnessUrl()}?${query}`);
  await page.getByTestId('document-editor-content').waitFor();
  return errors;
}

async function savedDocument(page: Page): Promise<HarnessDocument> {
  await expect.poll(() => page.evaluate('window.__harness.changes')).toBeGreaterThan(0);
  return (await page.evaluate('window.__harness.lastDocument')) as HarnessDocument;
}

/** Puts the caret after the last character of a piece of text (no reliance on the End key's timing). */
async function clickAtEnd(target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error('The text to click is not on screen.');
  await target.click({ position: { x: box.width - 1, y: box.height / 2 } });
}

/** Lexical's own zero-size marker beside decorators is an <img> without a source; anything else is not ours. */
const FOREIGN_ELEMENTS = 'script, iframe, object, embed, img:not([data-lexical-decorator-boundary]), img[src]';

function fieldValues(document: HarnessDocument, key: string): unknown[] {
  const found: unknown[] = [];
  JSON.stringify(document, (_name, value: unknown) => {
    const node = value as { type?: string; key?: string; value?: unknown } | null;
    if (node && node.type === 'field' && node.key === key) found.push(node.value);
    return value;
  });
  return found;
}

test('opening a document is not reported as a change', async ({ page }) => {
  await open(page, 'view=showcase&mode=template');
  await page.waitForTimeout(1500);
  expect(await page.evaluate('window.__harness.changes')).toBe(0);
});

test('filling a field fills every occurrence and reaches onChange', async ({ page }) => {
  const errors = await open(page, 'view=showcase');
  const siteFields = page.locator('[data-testid="field"][data-field-key="site.name"]');
  await expect(siteFields).toHaveCount(2);
  await siteFields.first().click();
  const form = page.getByRole('dialog', { name: 'Fill Site name' });
  await form.getByRole('textbox').fill('Karavia General Hospital');
  await form.getByRole('textbox').press('Enter');
  await expect(siteFields).toHaveText(['Karavia General Hospital', 'Karavia General Hospital']);
  expect(fieldValues(await savedDocument(page), 'site.name')).toEqual([
    'Karavia General Hospital',
    'Karavia General Hospital',
  ]);
  expect(errors).toEqual([]);
});

test('an action row is added and edited with the keyboard', async ({ page }) => {
  await open(page, 'view=showcase');
  const table = page.getByTestId('block-action-table').first();
  await table.getByRole('button', { name: 'Add row' }).click();
  const trigger = table.getByRole('textbox', { name: 'Trigger, row 3' });
  await trigger.click();
  await page.keyboard.type('Fire alarm');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Evacuate');
  await expect(table.getByRole('textbox', { name: 'Action, row 3' })).toHaveValue('Evacuate');
  await page.getByTestId('document-editor-content').locator('p').first().click();
  const document = await savedDocument(page);
  const actionTable = document.content.root.children.find((block) => block.type === 'action-table');
  expect(actionTable?.rows?.[2]).toMatchObject({ trigger: 'Fire alarm', action: 'Evacuate' });
});

test('typing, undo and redo, and the slash menu inserts a block', async ({ page }) => {
  await open(page, 'view=showcase');
  const content = page.getByTestId('document-editor-content');
  await clickAtEnd(content.getByText('knows the nearest exit.'));
  await page.keyboard.type(' Extra words');
  await expect(content).toContainText('nearest exit. Extra words');
  await page.keyboard.press('Control+z');
  await expect(content).not.toContainText('Extra words');
  await page.keyboard.press('Control+y');
  await expect(content).toContainText('Extra words');

  await page.keyboard.press('Enter');
  await page.keyboard.type('/check');
  const menu = page.getByTestId('slash-menu');
  await expect(menu.getByRole('option', { name: 'Checklist' })).toBeVisible();
  const before = await page.getByTestId('block-checklist').count();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('block-checklist')).toHaveCount(before + 1);
  await expect(content).not.toContainText('/check');
});

test('bold and italic shortcuts, and Ctrl+K opens the link dialog', async ({ page }) => {
  await open(page, 'view=showcase');
  const content = page.getByTestId('document-editor-content');
  await clickAtEnd(content.getByText('knows the nearest exit.'));
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' strong');
  await expect(content.locator('strong.editor-bold, .editor-bold').filter({ hasText: 'strong' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Bold', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Link' });
  await dialog.getByRole('textbox', { name: /Address/ }).fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByText('Enter a web, email')).toBeVisible();
  await dialog.getByRole('textbox', { name: /Address/ }).fill('www.osce.org');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(content.locator('a.editor-link')).toHaveAttribute('href', 'https://www.osce.org/');
});

test('deleting a required heading asks first', async ({ page }) => {
  await open(page, 'view=showcase');
  const content = page.getByTestId('document-editor-content');
  const heading = content.getByRole('heading', { name: 'Purpose and scope' });
  // Clicking at the very start of the heading puts the caret there (Backspace then merges it away).
  await heading.click({ position: { x: 1, y: 8 } });
  await page.keyboard.press('Backspace');
  const question = page.getByRole('alertdialog', { name: 'Delete a required section?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep the section' }).click();
  await expect(question).toBeHidden();
  await expect(heading).toBeVisible();

  // Clicking at the very start of the heading puts the caret there (Backspace then merges it away).
  await heading.click({ position: { x: 1, y: 8 } });
  await page.keyboard.press('Backspace');
  await question.getByRole('button', { name: 'Delete anyway' }).click();
  await expect(content.getByRole('heading', { name: 'Purpose and scope' })).toHaveCount(0);
  // Focus is back in the document, so the officer types on (and Ctrl+Z undoes) without a click.
  await expect(content).toBeFocused();
});

test('the outline lists headings and jumps to them', async ({ page }) => {
  await open(page, 'view=showcase');
  const outline = page.getByTestId('editor-outline');
  await expect(outline.getByRole('button')).toHaveText([
    'Armed attack at Karavia General Hospital *',
    'Purpose and scope *',
    'Actions by phase',
  ]);
  await page.locator('.doc-editor-scroll').evaluate('element => element.scrollTop = element.scrollHeight');
  await outline.getByRole('button', { name: 'Actions by phase' }).click();
  await expect(
    page.getByTestId('document-editor-content').getByRole('heading', { name: 'Actions by phase' }),
  ).toBeInViewport();
});

test('pasted HTML arrives inert: no scripts, handlers or javascript: links', async ({ page }) => {
  await open(page, 'view=showcase');
  const content = page.getByTestId('document-editor-content');
  await clickAtEnd(content.getByText('knows the nearest exit.'));
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/html', '<p onclick="window.__pwned=1">Pasted <b onmouseover="window.__pwned=2">bold</b></p>' +
      '<script>window.__pwned=3<\\/script><img src="x" onerror="window.__pwned=4">' +
      '<a href="javascript:window.__pwned=5">trap</a><iframe src="javascript:window.__pwned=6"></iframe>');
    data.setData('text/plain', 'Pasted bold trap');
    const target = document.querySelector('[data-testid="document-editor-content"]');
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
  await expect(content).toContainText('Pasted bold');
  await content.locator('text=Pasted').click();
  await content.locator('text=trap').hover();
  const leftovers = await page.evaluate(`(() => {
    const root = document.querySelector('[data-testid="document-editor-content"]');
    const withHandlers = [...root.querySelectorAll('*')].filter((element) =>
      [...element.attributes].some((attribute) => attribute.name.startsWith('on')));
    return {
      pwned: window.__pwned ?? null,
      scripts: root.querySelectorAll('${FOREIGN_ELEMENTS}').length,
      handlers: withHandlers.length,
      badLinks: [...root.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:')).length,
    };
  })()`);
  expect(leftovers).toEqual({ pwned: null, scripts: 0, handlers: 0, badLinks: 0 });
});

test('a 10 MB text paste is refused at once with a message and changes nothing', async ({ page }) => {
  await open(page, 'view=showcase');
  const content = page.getByTestId('document-editor-content');
  await content.getByText('knows the nearest exit.').click();
  const elapsed = await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Lorem ipsum dolor sit amet.\\n'.repeat(380000));
    const started = performance.now();
    document.querySelector('[data-testid="document-editor-content"]')
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return performance.now() - started;
  })()`);
  await expect(page.getByRole('alert')).toContainText('Nothing was pasted');
  expect(elapsed).toBeLessThan(1000);
  await page.waitForTimeout(800);
  expect(await page.evaluate('window.__harness.changes')).toBe(0);
});

test('template mode: repeat and conditional frames are editable', async ({ page }) => {
  await open(page, 'view=showcase&mode=template');
  await expect(page.locator('[data-testid="field"][data-field-key="site.name"]').first()).toHaveText('{{site.name}}');
  const repeatHeader = page.getByText('Repeat for each of the risks (as “risk”)');
  await expect(repeatHeader).toBeVisible();
  await page.locator('.editor-repeat').getByRole('button', { name: 'Edit…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Repeat block' });
  await dialog.getByLabel('Minimum level').selectOption('High');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Repeat for each of the risks (as “risk”) · level High or above')).toBeVisible();
  const document = await savedDocument(page);
  expect(document.content.root.children.find((block) => block.type === 'repeat')).toMatchObject({
    filter: { minLevel: 'High' },
  });
});

test('template mode: a field is inserted from the slash menu and a heading marked required', async ({ page }) => {
  await open(page, 'view=showcase&mode=template');
  const content = page.getByTestId('document-editor-content');
  await clickAtEnd(content.getByText('knows the nearest exit.'));
  await page.keyboard.type(' Call /fiel');
  await page.getByTestId('slash-menu').getByRole('option', { name: 'Field' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert a field' });
  await dialog.getByRole('textbox', { name: /Field key/ }).fill('Bad key!');
  await dialog.getByRole('button', { name: 'Insert field' }).click();
  await expect(dialog.getByText('Use a dotted name')).toBeVisible();
  await dialog.getByRole('textbox', { name: /Field key/ }).fill('contact.security');
  await dialog.getByRole('textbox', { name: /Label/ }).fill('Security officer');
  await dialog.getByRole('button', { name: 'Insert field' }).click();
  await expect(content.locator('[data-field-key="contact.security"]')).toHaveText('{{contact.security}}');

  await content.getByRole('heading', { name: 'Actions by phase' }).click();
  const toggle = page.getByRole('button', { name: 'Required section' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('editor-outline').getByRole('button', { name: 'Actions by phase *' })).toBeVisible();
});

test('risk references show the live level and open the risk', async ({ page }) => {
  await open(page, 'view=showcase');
  const live = page.getByRole('button', { name: 'Risk Active assailant in the hospital, level Very high' });
  await expect(live).toBeVisible();
  await live.click();
  expect(await page.evaluate('window.__harness.openedRisks')).toEqual(['risk-1']);
  await expect(page.getByTestId('risk-reference').filter({ hasText: 'Deleted risk' })).toContainText('deleted');
});

test('read-only: no toolbar, no editing controls, typing changes nothing', async ({ page }) => {
  await open(page, 'view=showcase&readOnly=1');
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add row' })).toHaveCount(0);
  await expect(page.locator('[data-testid="field"]').first()).toBeDisabled();
  const content = page.getByTestId('document-editor-content');
  await expect(content).toHaveAttribute('contenteditable', 'false');
  await content.getByText('knows the nearest exit.').click();
  await page.keyboard.type('xyz');
  await page.waitForTimeout(600);
  expect(await page.evaluate('window.__harness.changes')).toBe(0);
});

test('a selected block takes Enter (new paragraph after it) and Delete (removes it)', async ({ page }) => {
  await open(page, 'view=showcase');
  const tables = page.getByTestId('block-action-table');
  const count = await tables.count();
  await tables.first().getByText('Action table', { exact: true }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Written after the table');
  await expect(page.getByTestId('document-editor-content').getByText('Written after the table')).toBeVisible();
  await tables.first().getByText('Action table', { exact: true }).click();
  await page.keyboard.press('Delete');
  await expect(tables).toHaveCount(count - 1);
});

test('a document with an unknown block is refused with a message naming it and where it is', async ({ page }) => {
  await page.goto(`${harnessUrl()}?view=newer`);
  await expect(page.getByTestId('document-editor-error')).toContainText(
    'unknown node type "video" at root.children[0]. Nothing was changed.',
  );
  await page.waitForTimeout(600);
  expect(await page.evaluate('window.__harness.changes')).toBe(0);
});

/** Lets the editor take a click's or key's selection before the next keys arrive. */
async function settle(page: Page) {
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

/** The editor's chapter containers, each named by its first block's text. */
async function chapterStarts(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('[data-testid="document-editor-content"] > section.doc-chapter')]
    .map((chapter) => (chapter.firstElementChild?.textContent ?? '').trim())`);
}

function hasChapters(document: HarnessDocument): boolean {
  return JSON.stringify(document).includes('"type":"chapter"');
}

test('a paragraph turned into a chapter heading starts a chapter; Backspace at its start joins it back', async ({
  page,
}) => {
  const errors = await open(page, 'view=showcase');
  const content = page.getByTestId('document-editor-content');
  expect(await chapterStarts(page)).toEqual([
    'Armed attack at Karavia General Hospital',
    'Purpose and scope',
    'Actions by phase',
  ]);
  await clickAtEnd(content.getByText('knows the nearest exit.'));
  await page.keyboard.press('Enter');
  await page.keyboard.type('Evacuation routes');
  await page.getByRole('combobox', { name: 'Text style' }).selectOption('h2');
  const heading = content.getByRole('heading', { name: 'Evacuation routes' });
  await expect(heading).toBeVisible();
  await expect(page.getByTestId('editor-outline').getByRole('button')).toHaveText([
    'Armed attack at Karavia General Hospital *',
    'Purpose and scope *',
    'Evacuation routes',
    'Actions by phase',
  ]);
  expect(await chapterStarts(page)).toEqual([
    'Armed attack at Karavia General Hospital',
    'Purpose and scope',
    'Evacuation routes',
    'Actions by phase',
  ]);
  // The stored document stays flat: the heading is one more top-level block.
  let saved = await savedDocument(page);
  expect(hasChapters(saved)).toBe(false);
  expect(saved.content.root.children.map((block) => block.type).slice(0, 4)).toEqual([
    'heading',
    'paragraph',
    'heading',
    'paragraph',
  ]);

  await heading.click({ position: { x: 1, y: 8 } });
  await page.keyboard.press('Home');
  await settle(page);
  await page.keyboard.press('Backspace');
  await expect(heading).toHaveCount(0);
  await expect(content).toContainText('knows the nearest exit.Evacuation routes');
  expect(await chapterStarts(page)).toEqual([
    'Armed attack at Karavia General Hospital',
    'Purpose and scope',
    'Actions by phase',
  ]);
  await page.keyboard.type(' now');
  await expect(content).toContainText('knows the nearest exit. nowEvacuation routes');
  await content.blur();
  await expect.poll(async () => JSON.stringify(await savedDocument(page))).toContain('nowEvacuation routes');
  saved = await savedDocument(page);
  expect(hasChapters(saved)).toBe(false);
  expect(errors).toEqual([]);
});

test('select-all, delete and typing leaves one block with the new text', async ({ page }) => {
  const errors = await open(page, 'view=showcase');
  const content = page.getByTestId('document-editor-content');
  await clickAtEnd(content.getByText('knows the nearest exit.'));
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  // The document holds required sections: the guard asks first.
  await page
    .getByRole('alertdialog', { name: 'Delete a required section?' })
    .getByRole('button', { name: 'Delete anyway' })
    .click();
  await content.click();
  await page.keyboard.type('Fresh start');
  await expect(content).toHaveText('Fresh start');
  expect(await chapterStarts(page)).toEqual(['Fresh start']);
  await content.blur();
  await expect.poll(async () => (await savedDocument(page)).content.root.children.length).toBe(1);
  expect(hasChapters(await savedDocument(page))).toBe(false);
  expect(errors).toEqual([]);
});

test('content copied across chapters pastes as blocks, each chapter heading starting a chapter', async ({ page }) => {
  const errors = await open(page, 'view=showcase');
  const content = page.getByTestId('document-editor-content');
  // Select from the start of the introduction (first chapter) to the end of the next paragraph (second).
  await page.evaluate(`(() => {
    const root = document.querySelector('[data-testid="document-editor-content"]');
    const texts = [...root.querySelectorAll('[data-lexical-text]')];
    const start = texts.find((node) => node.textContent.startsWith('This plan covers'));
    const end = texts.find((node) => node.textContent.includes('knows the nearest exit.'));
    const range = document.createRange();
    range.setStart(start.firstChild, 0);
    range.setEnd(end.firstChild, end.textContent.length);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  })()`);
  await settle(page);
  const copied = (await page.evaluate(`(() => {
    const data = new DataTransfer();
    document.querySelector('[data-testid="document-editor-content"]')
      .dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    window.__copied = data;
    return { html: data.getData('text/html'), lexical: data.getData('application/x-lexical-editor') };
  })()`)) as { html: string; lexical: string };
  expect(copied.lexical).toContain('Purpose and scope');
  expect(copied.lexical).not.toContain('"type":"chapter"');
  expect(copied.html).not.toContain('<section');

  await clickAtEnd(content.getByText('knows the nearest exit.'));
  await settle(page);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.evaluate(`document.querySelector('[data-testid="document-editor-content"]')
    .dispatchEvent(new ClipboardEvent('paste', { clipboardData: window.__copied, bubbles: true, cancelable: true }))`);
  await expect(content.getByRole('heading', { name: 'Purpose and scope' })).toHaveCount(2);
  expect(await chapterStarts(page)).toEqual([
    'Armed attack at Karavia General Hospital',
    'Purpose and scope',
    'Purpose and scope',
    'Actions by phase',
  ]);
  await content.blur();
  const saved = await savedDocument(page);
  expect(hasChapters(saved)).toBe(false);
  expect(saved.content.root.children.filter((block) => block.type === 'heading')).toHaveLength(4);
  expect(errors).toEqual([]);
});

test('a list made inside a chapter stays a block of that chapter', async ({ page }) => {
  const errors = await open(page, 'view=showcase');
  const content = page.getByTestId('document-editor-content');
  await clickAtEnd(content.getByText('knows the nearest exit.'));
  await settle(page);
  await page.getByRole('combobox', { name: 'Text style' }).selectOption('bullet');
  await expect(content.locator('ul li').filter({ hasText: 'knows the nearest exit.' })).toHaveCount(1);
  await expect(content.getByRole('heading', { name: 'Purpose and scope' })).toBeVisible();
  await clickAtEnd(content.getByText('knows the nearest exit.'));
  await settle(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second item');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('After the list');
  await expect(content.locator('p').filter({ hasText: 'After the list' })).toHaveCount(1);
  await expect(content.locator('ul:has(> li:has-text("Second item")) > li')).toHaveText([
    /knows the nearest exit\./,
    'Second item',
  ]);
  expect(await chapterStarts(page)).toEqual([
    'Armed attack at Karavia General Hospital',
    'Purpose and scope',
    'Actions by phase',
  ]);
  await page.keyboard.press('Control+z');
  await expect(content).not.toContainText('After the list');
  await content.blur();
  expect(hasChapters(await savedDocument(page))).toBe(false);
  expect(errors).toEqual([]);
});
