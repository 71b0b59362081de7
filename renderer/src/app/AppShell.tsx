import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import { useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { Modal } from '#renderer/components/Modal';
import { QueryState } from '#renderer/components/QueryState';
import { SitesPage } from '#renderer/features/sites/SitesPage';
import { RisksPage } from '#renderer/features/risks/RisksPage';
import { MeasuresPage } from '#renderer/features/measures/MeasuresPage';
import { PeoplePage } from '#renderer/features/people/PeoplePage';
import { TemplatesPage } from '#renderer/features/templates/TemplatesPage';
import { TargetsPage } from '#renderer/features/targets/TargetsPage';
import { MatrixSettingsPage } from '#renderer/features/matrix/MatrixSettingsPage';
import { PhasesPage } from '#renderer/features/matrix/PhasesPage';
import { PlansPage } from '#renderer/features/plans/PlansPage';
import { SearchPage } from '#renderer/features/search/SearchPage';
import { AboutDialog } from '#renderer/features/settings/AboutDialog';
import { WorkspaceSettingsPage } from '#renderer/features/settings/WorkspaceSettingsPage';
import { AppSettingsPage } from '#renderer/features/app-settings/AppSettingsPage';
import { LockButton } from '#renderer/features/security/LockButton';
import { HouseStylePage } from '#renderer/features/house-style/HouseStylePage';
import { OverviewPage } from '#renderer/features/workspaces/OverviewPage';
import { SampleBanner } from '#renderer/features/workspaces/SampleBanner';
import { WorkspaceForm } from '#renderer/features/workspaces/WorkspaceForm';
import { navigate, routeHref, SECTIONS, useRoute, type Section } from './routes';

export function AppShell() {
  const { t } = useTranslation();
  const workspaces = useApiQuery('workspaces.list', {});
  const route = useRoute();
  const [creating, setCreating] = useState(false);
  const createWorkspace = useApiMutation('workspaces.create');

  const list = workspaces.data ?? [];
  const current = list.find((workspace) => workspace.id === route.workspaceId) ?? list[0];

  // Keep the address bar on an existing workspace (after a delete, or on first start).
  useEffect(() => {
    if (current && current.id !== route.workspaceId) navigate({ workspaceId: current.id, section: route.section });
  }, [current, route.workspaceId, route.section]);

  const goTo = (section: Section) => current && navigate({ workspaceId: current.id, section });
  const afterWorkspaceGone = () => navigate({ workspaceId: null, section: 'overview' });

  const newWorkspaceDialog = (
    <Modal
      open={creating}
      onOpenChange={setCreating}
      title={t('workspace.createTitle')}
      description={t('workspace.createDescription')}
    >
      <WorkspaceForm
        submitLabel={t('common.create')}
        onCancel={() => setCreating(false)}
        onSubmit={async (fields) => {
          const created = await createWorkspace.mutateAsync(fields);
          setCreating(false);
          navigate({ workspaceId: created.id, section: 'overview' });
        }}
      />
    </Modal>
  );

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            CP
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        {list.length > 0 ? (
          <label className="workspace-switcher">
            <span>{t('workspace.switcherLabel')}</span>
            <select
              value={current?.id}
              onChange={(event) => navigate({ workspaceId: event.target.value, section: route.section })}
            >
              {list.map((workspace) => (
                <option key={workspace.id} value={workspace.id}>
                  {workspace.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="button" className="button button-on-dark" onClick={() => setCreating(true)}>
          {t('workspace.new')}
        </button>
        {current?.marking ? (
          <span className="marking marking-topbar" data-testid="workspace-marking">
            {current.marking}
          </span>
        ) : null}
        <LockButton />
      </header>
      {current?.isSample ? <SampleBanner workspace={current} onRemoved={afterWorkspaceGone} /> : null}
      <div className="layout">
        {current ? (
          <nav className="sidebar" aria-label={t('nav.label')}>
            <ul>
              {SECTIONS.map(({ section, labelKey }) => (
                <li key={section}>
                  <a
                    href={routeHref({ workspaceId: current.id, section })}
                    aria-current={route.section === section ? 'page' : undefined}
                  >
                    {t(labelKey)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <main id="main" className="content" tabIndex={-1}>
          <QueryState query={workspaces}>
            {() =>
              current ? (
                <WorkspaceScreen
                  workspace={current}
                  section={route.section}
                  goTo={goTo}
                  onDeleted={afterWorkspaceGone}
                />
              ) : (
                <FirstRun onCreate={() => setCreating(true)} />
              )
            }
          </QueryState>
        </main>
      </div>
      {newWorkspaceDialog}
      <AboutDialog />
    </div>
  );
}

interface ScreenProps {
  workspace: Workspace;
  goTo(section: Section): void;
  onDeleted(): void;
}

/** The screen of each section of the route table; a section without one fails the type check. */
const SCREENS: Record<Section, (props: ScreenProps) => ReactNode> = {
  overview: ({ workspace, goTo }) => <OverviewPage workspace={workspace} onManageSites={() => goTo('sites')} />,
  sites: ({ workspace }) => <SitesPage workspace={workspace} />,
  risks: ({ workspace }) => <RisksPage workspace={workspace} />,
  measures: ({ workspace }) => <MeasuresPage workspace={workspace} />,
  people: ({ workspace }) => <PeoplePage workspace={workspace} />,
  targets: ({ workspace }) => <TargetsPage workspace={workspace} />,
  matrix: ({ workspace }) => <MatrixSettingsPage workspace={workspace} />,
  phases: ({ workspace }) => <PhasesPage workspace={workspace} />,
  plans: ({ workspace }) => <PlansPage workspace={workspace} />,
  search: ({ workspace }) => <SearchPage workspace={workspace} />,
  templates: ({ workspace }) => <TemplatesPage workspace={workspace} />,
  'house-style': ({ workspace }) => <HouseStylePage workspace={workspace} />,
  settings: ({ workspace, onDeleted }) => <WorkspaceSettingsPage workspace={workspace} onDeleted={onDeleted} />,
  'app-settings': () => <AppSettingsPage />,
};

function WorkspaceScreen({ section, ...props }: ScreenProps & { section: Section }) {
  return SCREENS[section](props);
}

function FirstRun({ onCreate }: { onCreate(): void }) {
  const { t } = useTranslation();
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{t('workspace.firstRunTitle')}</h1>
      <p>{t('workspace.firstRunBody')}</p>
      <button type="button" className="button button-primary" onClick={onCreate}>
        {t('workspace.new')}
      </button>
    </section>
  );
}
