import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetView } from '#shared/contract/people';
import type { Workspace } from '#shared/contract/workspaces';
import { CARVER_FACTORS } from '#shared/domain';
import { useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { ActionsHeader } from '#renderer/components/ActionsHeader';
import { Modal } from '#renderer/components/Modal';
import { useNotify } from '#renderer/components/Notices';
import { QueryState } from '#renderer/components/QueryState';
import { RowActions } from '#renderer/components/RowActions';
import { TargetForm } from './TargetForm';

/** Soft targets and critical infrastructure ranked by CARVER total: protect the top ones first. */
export function TargetsPage({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const workspaceId = workspace.id;
  const targets = useApiQuery('targets.list', { workspaceId });
  const sites = useApiQuery('sites.list', { workspaceId });
  const risks = useApiQuery('risks.list', { workspaceId });
  const create = useApiMutation('targets.create');
  const update = useApiMutation('targets.update');
  const remove = useApiMutation('targets.delete');
  const [editing, setEditing] = useState<TargetView | 'new' | null>(null);

  const siteName = (id: string | null) => (sites.data ?? []).find((site) => site.id === id)?.name ?? '';
  const riskTitles = (ids: string[]) =>
    ids.map((id) => (risks.data ?? []).find((risk) => risk.id === id)?.title).filter(Boolean) as string[];

  return (
    <section aria-labelledby="targets-title">
      <header className="page-header">
        <h1 id="targets-title">{t('targets.title')}</h1>
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('targets.add')}
        </button>
      </header>
      <p className="page-intro">{t('targets.intro')}</p>
      <QueryState query={targets}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty-state">{t('targets.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table carver-table" data-testid="targets-table">
                <caption className="visually-hidden">{t('targets.rankedCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('targets.rank')}</th>
                    <th scope="col">{t('targets.name')}</th>
                    <th scope="col">{t('targets.kind')}</th>
                    {CARVER_FACTORS.map((factor) => (
                      <th key={factor} scope="col" className="numeric">
                        <abbr title={t(`targets.factors.${factor}`)}>{t(`targets.factorLetters.${factor}`)}</abbr>
                      </th>
                    ))}
                    <th scope="col" className="numeric">
                      {t('targets.total')}
                    </th>
                    <th scope="col">{t('targets.linkedRisks')}</th>
                    <ActionsHeader />
                  </tr>
                </thead>
                <tbody>
                  {list.map((target) => (
                    <tr key={target.id}>
                      <td className="numeric">{target.rank}</td>
                      <th scope="row">
                        {target.name}
                        {target.siteId ? <span className="muted"> · {siteName(target.siteId)}</span> : null}
                      </th>
                      <td>{t(`targets.kinds.${target.kind}`)}</td>
                      {CARVER_FACTORS.map((factor) => (
                        <td key={factor} className={`numeric carver-score carver-score-${target.scores[factor]}`}>
                          {target.scores[factor]}
                        </td>
                      ))}
                      <td className="numeric">
                        <strong>{target.total}</strong>
                        <span
                          className="carver-bar"
                          aria-hidden="true"
                          style={{ width: `${(target.total / 30) * 4}rem` }}
                        />
                      </td>
                      <td>
                        <ul className="plain-list">
                          {riskTitles(target.riskIds).map((title) => (
                            <li key={title}>{title}</li>
                          ))}
                        </ul>
                      </td>
                      <td className="row-actions">
                        <RowActions
                          name={target.name}
                          onEdit={() => setEditing(target)}
                          deleteTitle={t('targets.deleteConfirmTitle', { name: target.name })}
                          deleteBody={t('targets.deleteConfirmBody')}
                          deletedNotice={t('targets.deleted')}
                          onConfirmDelete={(callbacks) => remove.mutate({ id: target.id }, callbacks)}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      <Modal
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        title={editing === 'new' ? t('targets.addTitle') : t('targets.editTitle')}
      >
        {editing !== null ? (
          <TargetForm
            target={editing === 'new' ? undefined : editing}
            sites={sites.data ?? []}
            risks={risks.data ?? []}
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              if (editing === 'new') await create.mutateAsync({ workspaceId, fields });
              else await update.mutateAsync({ id: editing.id, fields });
              notify('success', t('targets.saved'));
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </section>
  );
}
