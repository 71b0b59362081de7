import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import type { Person } from '#shared/domain';
import { useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { ActionsHeader } from '#renderer/components/ActionsHeader';
import { Modal } from '#renderer/components/Modal';
import { useNotify } from '#renderer/components/Notices';
import { QueryState } from '#renderer/components/QueryState';
import { RowActions } from '#renderer/components/RowActions';
import { PersonForm } from './PersonForm';

/** People and roles (with phones, e-mail, radio call signs and deputies) that plans reuse. */
export function PeoplePage({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const people = useApiQuery('people.list', { workspaceId: workspace.id });
  const create = useApiMutation('people.create');
  const update = useApiMutation('people.update');
  const remove = useApiMutation('people.delete');
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [search, setSearch] = useState('');

  return (
    <section aria-labelledby="people-title">
      <header className="page-header">
        <h1 id="people-title">{t('people.title')}</h1>
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('people.add')}
        </button>
      </header>
      <div className="toolbar" role="search" aria-label={t('people.search')}>
        <label className="toolbar-field toolbar-search">
          <span>{t('people.search')}</span>
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
      </div>
      <QueryState query={people}>
        {(list) => {
          const byId = new Map(list.map((person) => [person.id, person]));
          const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
          const shown = list.filter((person) => {
            const text = [person.name, person.role, person.callSign, person.phone].join(' ').toLocaleLowerCase();
            return words.every((word) => text.includes(word));
          });
          return shown.length === 0 ? (
            <p className="empty-state">{list.length ? t('people.noMatch') : t('people.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="people-table">
                <thead>
                  <tr>
                    <th scope="col">{t('people.name')}</th>
                    <th scope="col">{t('people.role')}</th>
                    <th scope="col">{t('people.phone')}</th>
                    <th scope="col">{t('people.email')}</th>
                    <th scope="col">{t('people.callSign')}</th>
                    <th scope="col">{t('people.deputy')}</th>
                    <ActionsHeader />
                  </tr>
                </thead>
                <tbody>
                  {shown.map((person) => (
                    <tr key={person.id}>
                      <th scope="row">{person.name}</th>
                      <td>{person.role}</td>
                      <td className="nowrap">
                        {person.phone ? <a href={`tel:${person.phone.replace(/\s+/g, '')}`}>{person.phone}</a> : null}
                      </td>
                      <td>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : null}</td>
                      <td>{person.callSign}</td>
                      <td>{person.deputy ? (byId.get(person.deputy)?.name ?? '') : ''}</td>
                      <td className="row-actions">
                        <RowActions
                          name={person.name}
                          onEdit={() => setEditing(person)}
                          deleteTitle={t('people.deleteConfirmTitle', { name: person.name })}
                          deleteBody={t('people.deleteConfirmBody')}
                          deletedNotice={t('people.deleted')}
                          onConfirmDelete={(callbacks) => remove.mutate({ id: person.id }, callbacks)}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryState>
      <Modal
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        title={editing === 'new' ? t('people.addTitle') : t('people.editTitle')}
      >
        {editing !== null ? (
          <PersonForm
            person={editing === 'new' ? undefined : editing}
            others={(people.data ?? []).filter((person) => editing === 'new' || person.id !== editing.id)}
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              if (editing === 'new') await create.mutateAsync({ workspaceId: workspace.id, fields });
              else await update.mutateAsync({ id: editing.id, fields });
              notify('success', t('people.saved'));
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </section>
  );
}
