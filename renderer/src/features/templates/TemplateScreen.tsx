import type { LexicalEditor } from 'lexical';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail, Workspace } from '#shared/contract';
import type { StoredDocument } from '#shared/document/nodes';
import { useApiQuery } from '#renderer/api/ApiProvider';
import { navigate, routeHref } from '#renderer/app/routes';
import { QueryState } from '#renderer/components/QueryState';
import { DocumentEditor } from '#renderer/editor/DocumentEditor';
import { flushEditorChanges } from '#renderer/editor/plugins/ChangePlugin';
import { saveFile } from '#renderer/components/files';
import { DuplicateTemplateDialog } from './DuplicateTemplateDialog';
import { PublishPanel } from './PublishPanel';
import { TemplatePreview } from './TemplatePreview';

const TABS = ['preview', 'document', 'text', 'changelog'] as const;
type Tab = (typeof TABS)[number];

const ignore = () => undefined;

function textToBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** One template at one version: preview, document, text and changelog; edit and publish the newest. */
export function TemplateScreen({
  workspace,
  templateId,
  version,
}: {
  workspace: Workspace;
  templateId: string;
  /** Undefined: the newest. */
  version: string | undefined;
}) {
  const { t } = useTranslation();
  const template = useApiQuery('templates.get', version ? { id: templateId, version } : { id: templateId });
  return (
    <section aria-labelledby="template-title" className="template-screen">
      <p>
        <a href={routeHref({ workspaceId: workspace.id, section: 'templates' })}>{t('templates.backToLibrary')}</a>
      </p>
      <QueryState query={template}>
        {(detail) => (
          <TemplateView key={`${detail.meta.id}@${detail.meta.version}`} workspace={workspace} detail={detail} />
        )}
      </QueryState>
    </section>
  );
}

function TemplateView({ workspace, detail }: { workspace: Workspace; detail: TemplateDetail }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('preview');
  const [editing, setEditing] = useState(false);
  const [duplicating, setDuplicating] = useState(false);
  const draft = useRef<StoredDocument>(detail.document);
  const editorRef = useRef<LexicalEditor | null>(null);
  const { meta } = detail;

  const goToVersion = (version: string) => {
    navigate({
      workspaceId: workspace.id,
      section: 'templates',
      itemId: meta.id,
      ...(version === detail.versions[0]?.version ? {} : { version }),
    });
  };

  return (
    <>
      <header className="page-header">
        <div>
          <h1 id="template-title">{meta.title}</h1>
          <p className="muted" data-testid="template-identity">
            {t('templates.identity', {
              id: meta.id,
              version: meta.version,
              kind: t(`templates.kinds.${meta.kind}`),
              origin: t(`templates.origins.${detail.origin}`),
            })}
          </p>
        </div>
        <div className="templates-actions">
          <label className="toolbar-field">
            {t('templates.version')}
            <select value={meta.version} onChange={(event) => goToVersion(event.target.value)} disabled={editing}>
              {detail.versions.map((version) => (
                <option key={version.version} value={version.version}>
                  {version.version}
                  {version === detail.versions[0] ? ` ${t('templates.newest')}` : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={() => setDuplicating(true)} disabled={editing}>
            {t('templates.duplicate')}
          </button>
          {detail.latest && !editing ? (
            <button type="button" className="button button-primary" onClick={() => setEditing(true)}>
              {t('templates.edit')}
            </button>
          ) : null}
        </div>
      </header>
      {meta.summary ? <p className="page-intro">{meta.summary}</p> : null}
      {!detail.latest ? (
        <p className="notice" role="status">
          {t('templates.olderNotice', { newest: detail.versions[0]?.version })}
        </p>
      ) : null}

      {editing ? (
        <div className="template-editing">
          <PublishPanel
            detail={detail}
            document={() => {
              // Publish what is on screen, including keystrokes still inside the typing pause.
              flushEditorChanges(editorRef.current);
              return draft.current;
            }}
            onCancel={() => {
              draft.current = detail.document;
              setEditing(false);
            }}
            onPublished={(published) => {
              setEditing(false);
              navigate({ workspaceId: workspace.id, section: 'templates', itemId: published.meta.id });
            }}
          />
          <div className="template-document">
            <DocumentEditor
              value={detail.document}
              onChange={(document) => (draft.current = document)}
              mode="template"
              outline
              label={t('templates.editorLabel', { title: meta.title })}
              editorRef={editorRef}
            />
          </div>
        </div>
      ) : (
        <>
          <div role="tablist" aria-label={t('templates.tabsLabel')} className="plan-tabs template-tabs">
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`template-tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`template-tabpanel-${name}`}
                className="plan-tab"
                onClick={() => setTab(name)}
              >
                {t(`templates.tabs.${name}`)}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`template-tabpanel-${tab}`} aria-labelledby={`template-tab-${tab}`}>
            {tab === 'preview' ? <TemplatePreview workspace={workspace} detail={detail} /> : null}
            {tab === 'document' ? (
              <div className="template-document">
                <DocumentEditor value={detail.document} onChange={ignore} mode="template" readOnly label={meta.title} />
              </div>
            ) : null}
            {tab === 'text' ? (
              <>
                <p>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      saveFile(`${meta.id}@${meta.version}.md`, 'text/markdown', textToBase64(detail.text))
                    }
                  >
                    {t('templates.downloadText')}
                  </button>
                </p>
                <pre className="template-text" data-testid="template-text" tabIndex={0}>
                  {detail.text}
                </pre>
              </>
            ) : null}
            {tab === 'changelog' ? (
              <ol className="template-changelog" data-testid="template-changelog">
                {meta.changelog.map((entry) => (
                  <li key={entry.version}>
                    <strong>{entry.version}</strong> <span className="muted">{entry.date}</span>: {entry.note}
                  </li>
                ))}
              </ol>
            ) : null}
          </div>
        </>
      )}
      <DuplicateTemplateDialog
        open={duplicating}
        detail={detail}
        onClose={() => setDuplicating(false)}
        onDuplicated={(copy) => {
          setDuplicating(false);
          navigate({ workspaceId: workspace.id, section: 'templates', itemId: copy.meta.id });
        }}
      />
    </>
  );
}
