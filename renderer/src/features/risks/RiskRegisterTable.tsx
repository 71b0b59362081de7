import {
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type PaginationState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskView } from '#shared/contract/risks';
import { levelRank, type RiskMatrix } from '#shared/domain';
import { ActionsHeader } from '#renderer/components/ActionsHeader';
import { LevelBadge } from './LevelBadge';

/** Plans whose risk selection includes a risk (DOMAIN.md section 3: "the plans that cover it"). */
export type CoveringPlans = ReadonlyMap<string, ReadonlyArray<{ id: string; title: string }>>;

interface RegisterTableProps {
  risks: RiskView[];
  matrix: RiskMatrix;
  coveringPlans: CoveringPlans;
  planHref(planId: string): string;
  renderActions(risk: RiskView): ReactNode;
}

const PAGE_SIZE = 100;
const DEFAULT_HIDDEN: VisibilityState = { category: false, treatment: false, nextReview: false };

/** The register: sortable columns (levels sort by their rank), and a choice of visible columns. */
export function RiskRegisterTable({ risks, matrix, coveringPlans, planHref, renderActions }: RegisterTableProps) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'current', desc: true }]);
  const [visibility, setVisibility] = useState<VisibilityState>(DEFAULT_HIDDEN);
  // Pages keep a register of tens of thousands of imported rows usable: only one page is in the DOM.
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE });

  const columns = useMemo<ColumnDef<RiskView>[]>(() => {
    const rank = (key: string | undefined) => (key ? levelRank(matrix, key) : -1);
    const score = (assessment: RiskView['inherent'] | null) =>
      assessment ? `${assessment.likelihood} × ${assessment.impact}` : '';
    return [
      { id: 'title', header: t('risks.columns.title'), accessorKey: 'title', enableHiding: false },
      { id: 'site', header: t('risks.columns.site'), accessorKey: 'siteName' },
      { id: 'category', header: t('risks.columns.category'), accessorKey: 'categoryLabel' },
      {
        id: 'inherent',
        header: t('risks.columns.inherent'),
        accessorFn: (risk) => rank(risk.inherentLevel?.key) * 100 + risk.inherent.likelihood * risk.inherent.impact,
        cell: ({ row }) => (
          <span className="score">
            <span className="score-numbers">{score(row.original.inherent)}</span>
            <LevelBadge level={row.original.inherentLevel} />
          </span>
        ),
      },
      {
        id: 'residual',
        header: t('risks.columns.residual'),
        accessorFn: (risk) =>
          risk.residual ? rank(risk.residualLevel?.key) * 100 + risk.residual.likelihood * risk.residual.impact : -1,
        cell: ({ row }) =>
          row.original.residual ? (
            <span className="score">
              <span className="score-numbers">{score(row.original.residual)}</span>
              <LevelBadge level={row.original.residualLevel} />
            </span>
          ) : (
            <span className="muted">{t('risks.notAssessed')}</span>
          ),
      },
      {
        id: 'current',
        header: t('risks.columns.current'),
        accessorFn: (risk) => rank(risk.currentLevel?.key),
        cell: ({ row }) => (
          <span className="score">
            <LevelBadge level={row.original.currentLevel} />
            {row.original.levelChanged ? (
              <span className="tag tag-warning" title={t('risks.levelChangedHint')}>
                {t('risks.levelChanged')}
              </span>
            ) : null}
          </span>
        ),
      },
      {
        id: 'treatment',
        header: t('risks.columns.treatment'),
        accessorFn: (risk) => t(`risks.treatments.${risk.treatment}`),
      },
      {
        id: 'acceptance',
        header: t('risks.columns.acceptance'),
        accessorKey: 'acceptanceState',
        cell: ({ row }) => (
          <span className={`tag tag-acceptance-${row.original.acceptanceState}`}>
            {t(`risks.acceptanceStates.${row.original.acceptanceState}`)}
          </span>
        ),
      },
      {
        id: 'nextReview',
        header: t('risks.columns.nextReview'),
        accessorFn: (risk) => risk.nextReviewDate ?? '',
        cell: ({ row }) => (
          <span className={row.original.reviewOverdue ? 'overdue-text' : undefined}>
            {row.original.nextReviewDate ?? ''}
            {row.original.reviewOverdue ? ` (${t('risks.overdue')})` : ''}
          </span>
        ),
      },
      {
        id: 'status',
        header: t('risks.columns.status'),
        accessorFn: (risk) => t(`risks.statuses.${risk.status}`),
      },
      {
        id: 'measures',
        header: t('risks.columns.measures'),
        accessorFn: (risk) => risk.measures.length,
        meta: { numeric: true },
      },
      {
        id: 'plans',
        header: t('risks.columns.plans'),
        accessorFn: (risk) => coveringPlans.get(risk.id)?.length ?? 0,
        cell: ({ row }) => {
          const plans = coveringPlans.get(row.original.id) ?? [];
          if (plans.length === 0) return <span className="muted">{t('risks.noPlan')}</span>;
          return (
            <ul className="plain-list">
              {plans.map((plan) => (
                <li key={plan.id}>
                  <a href={planHref(plan.id)}>{plan.title}</a>
                </li>
              ))}
            </ul>
          );
        },
      },
    ];
  }, [matrix, t, coveringPlans, planHref]);

  // TanStack Table (chosen for the register) returns fresh functions; the compiler skips memoizing here, as intended.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: risks,
    columns,
    state: { sorting, columnVisibility: visibility, pagination },
    onSortingChange: setSorting,
    onPaginationChange: setPagination,
    autoResetPageIndex: true,
    onColumnVisibilityChange: setVisibility,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    getRowId: (risk) => risk.id,
  });

  return (
    <div className="register">
      <details className="column-chooser">
        <summary>{t('risks.chooseColumns')}</summary>
        <fieldset>
          <legend className="visually-hidden">{t('risks.chooseColumns')}</legend>
          {table
            .getAllLeafColumns()
            .filter((column) => column.getCanHide())
            .map((column) => (
              <label key={column.id} className="checkbox">
                <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                {String(column.columnDef.header)}
              </label>
            ))}
        </fieldset>
      </details>
      <div className="table-scroll">
        <table className="data-table" data-testid="risk-register">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    </th>
                  );
                })}
                <ActionsHeader />
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-testid={`risk-row-${row.id}`}>
                {row.getVisibleCells().map((cell) =>
                  cell.column.id === 'title' ? (
                    <th key={cell.id} scope="row">
                      {row.original.title}
                    </th>
                  ) : (
                    <td
                      key={cell.id}
                      className={
                        (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric
                          ? 'numeric'
                          : undefined
                      }
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ),
                )}
                <td className="row-actions">{renderActions(row.original)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.getPageCount() > 1 ? (
        <nav className="pager" aria-label={t('risks.pages.label')}>
          <button
            type="button"
            className="button button-small"
            disabled={!table.getCanPreviousPage()}
            onClick={() => table.previousPage()}
          >
            {t('risks.pages.previous')}
          </button>
          <span role="status">
            {t('risks.pages.position', {
              page: table.getState().pagination.pageIndex + 1,
              pages: table.getPageCount(),
            })}
          </span>
          <button
            type="button"
            className="button button-small"
            disabled={!table.getCanNextPage()}
            onClick={() => table.nextPage()}
          >
            {t('risks.pages.next')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
