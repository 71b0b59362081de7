import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { documentText, type StoredDocument } from '#shared/document';
import { DocumentEditor } from '#renderer/editor/DocumentEditor';
import { largePlan } from '#renderer/editor/large-document';
import { initI18n } from '#renderer/i18n';
import '#renderer/styles.css';
import { installKeystrokeProbe } from './keystroke-probe';
import { showcase } from './showcase';

/*
 * A page that mounts the editor alone, for benchmarks and checks (never shipped). ?view=large is
 * the 200-page plan, ?view=peer the same text in a bare contenteditable (the peer for keystroke
 * latency), ?view=showcase one of every block; &mode=template switches the editor's mode and
 * &readOnly=1 makes it read-only; ?view=newer holds a block type this editor does not know.
 */

interface HarnessState {
  /** Keystroke latency samples, read and reset by bench/keystroke.bench.ts. */
  keystrokes: ReturnType<typeof installKeystrokeProbe>;
  openMs: number | null;
  changes: number;
  lastDocument: StoredDocument | null;
  openedRisks: string[];
}

const harness: HarnessState = {
  keystrokes: installKeystrokeProbe(),
  openMs: null,
  changes: 0,
  lastDocument: null,
  openedRisks: [],
};
(window as unknown as { __harness: HarnessState }).__harness = harness;

const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'showcase';
const mode = params.get('mode') === 'template' ? 'template' : 'plan';
const pages = Number(params.get('pages') ?? '200');
const readOnly = params.get('readOnly') === '1';

const RISKS: Record<string, { title: string; level: string; color: string }> = {
  'risk-1': { title: 'Active assailant in the hospital', level: 'Very high', color: '#e53935' },
};

// Stable, as the plan screen's are (useCallback): a new function would re-render every block.
const resolveRisk = (riskId: string) => RISKS[riskId] ?? (riskId.startsWith('risk-gone') ? undefined : RISKS['risk-1']);
const openRisk = (riskId: string) => void harness.openedRisks.push(riskId);

function EditorView({ initial }: { initial: StoredDocument }) {
  const [value, setValue] = useState(initial);
  return (
    <DocumentEditor
      value={value}
      mode={mode}
      readOnly={readOnly}
      outline
      resolveRisk={resolveRisk}
      onOpenRisk={openRisk}
      onChange={(document) => {
        harness.changes += 1;
        harness.lastDocument = document;
        setValue(document);
      }}
    />
  );
}

/** The peer keeps the per-block content-visibility the editor had before it grouped blocks into chapters. */
const PEER_STYLE = '[data-testid="peer-content"] > * { content-visibility: auto; contain-intrinsic-size: auto 3rem; }';

function PeerView({ document }: { document: StoredDocument }) {
  return (
    <>
      <style>{PEER_STYLE}</style>
      <div contentEditable suppressContentEditableWarning data-testid="peer-content" className="doc-editor-content">
        {documentText(document)
          .split('\n')
          .map((line, index) => (
            <p key={index}>{line}</p>
          ))}
      </div>
    </>
  );
}

initI18n();
const started = performance.now();
/** A document from a newer app, with a block type this editor does not know. */
function fromNewerApp(): StoredDocument {
  const document = showcase(mode);
  const unknownBlock = {
    type: 'video',
    version: 1,
  } as unknown as StoredDocument['content']['root']['children'][number];
  return { ...document, content: { root: { ...document.content.root, children: [unknownBlock] } } };
}

const document_ = view === 'showcase' ? showcase(mode) : view === 'newer' ? fromNewerApp() : largePlan(pages);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main style={{ height: '100vh', display: 'flex', flexDirection: 'column', padding: '0.5rem' }}>
      {view === 'peer' ? <PeerView document={document_} /> : <EditorView initial={document_} />}
    </main>
  </StrictMode>,
);
const waitForContent = () => {
  const content = document.querySelector('[data-testid="document-editor-content"], [data-testid="peer-content"]');
  if (content && content.childElementCount > 1) harness.openMs = performance.now() - started;
  else requestAnimationFrame(waitForContent);
};
requestAnimationFrame(waitForContent);
