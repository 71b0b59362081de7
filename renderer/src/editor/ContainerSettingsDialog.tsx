import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REPEAT_COLLECTIONS, type Condition, type RepeatCollection, type RepeatFilter } from '#shared/document';
import { DEFAULT_LEVELS } from '#shared/domain/risk-matrix';
import { SelectField, TextField } from '#renderer/components/fields';
import { Modal } from '#renderer/components/Modal';
import { FIELD_KEY_PATTERN } from './FieldDialog';

export type ContainerSettings =
  | { kind: 'repeat'; over: RepeatCollection; as: string; filter: RepeatFilter }
  | { kind: 'conditional'; condition: Condition };

const ITEM_NAME_PATTERN = /^[a-z][a-zA-Z]*$/;

function FilterFields({ filter, onChange }: { filter: RepeatFilter; onChange(filter: RepeatFilter): void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<RepeatFilter>) => {
    const next: RepeatFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as Array<keyof RepeatFilter>) {
      const value = next[key];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
    }
    onChange(next);
  };
  return (
    <>
      <SelectField
        label={t('editor.settings.minLevel')}
        value={filter.minLevel ?? ''}
        onChange={(event) => set({ minLevel: event.target.value || undefined })}
        options={[
          { value: '', label: t('editor.settings.anyLevel') },
          ...DEFAULT_LEVELS.map((level) => ({ value: level.label, label: level.label })),
        ]}
      />
      <TextField
        label={t('editor.settings.categories')}
        hint={t('editor.settings.categoriesHint')}
        value={(filter.category ?? []).join(', ')}
        onChange={(event) =>
          set({
            category: event.target.value
              .split(',')
              .map((part) => part.trim())
              .filter(Boolean),
          })
        }
      />
      <TextField
        label={t('editor.settings.site')}
        value={filter.site ?? ''}
        onChange={(event) => set({ site: event.target.value || undefined })}
      />
      <SelectField
        label={t('editor.settings.measureType')}
        value={filter.measureType ?? ''}
        onChange={(event) =>
          set({
            measureType:
              event.target.value === 'prevention' || event.target.value === 'mitigation'
                ? event.target.value
                : undefined,
          })
        }
        options={[
          { value: '', label: t('editor.settings.anyMeasure') },
          { value: 'prevention', label: t('editor.filter.measureType.prevention') },
          { value: 'mitigation', label: t('editor.filter.measureType.mitigation') },
        ]}
      />
    </>
  );
}

function CollectionField({ value, onChange }: { value: RepeatCollection; onChange(value: RepeatCollection): void }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('editor.settings.collection')}
      value={value}
      onChange={(event) => {
        const next = REPEAT_COLLECTIONS.find((collection) => collection === event.target.value);
        if (next) onChange(next);
      }}
      options={REPEAT_COLLECTIONS.map((collection) => ({
        value: collection,
        label: t(`editor.collection.${collection}`),
      }))}
    />
  );
}

interface ContainerSettingsDialogProps {
  initial: ContainerSettings;
  onClose(): void;
  onSubmit(settings: ContainerSettings): void;
}

/** Template mode: edits what a repeat block repeats over, or a conditional's condition. */
export function ContainerSettingsDialog({ initial, onClose, onSubmit }: ContainerSettingsDialogProps) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<ContainerSettings>(initial);
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (settings.kind === 'repeat' && !ITEM_NAME_PATTERN.test(settings.as)) {
      setError(t('editor.settings.invalidItemName'));
      return;
    }
    if (
      settings.kind === 'conditional' &&
      'key' in settings.condition &&
      !FIELD_KEY_PATTERN.test(settings.condition.key)
    ) {
      setError(t('editor.fieldDialog.invalidKey'));
      return;
    }
    onSubmit(settings);
  };

  const condition = settings.kind === 'conditional' ? settings.condition : null;
  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={settings.kind === 'repeat' ? t('editor.settings.repeatTitle') : t('editor.settings.conditionTitle')}
    >
      <form onSubmit={submit} noValidate>
        {settings.kind === 'repeat' && (
          <>
            <CollectionField value={settings.over} onChange={(over) => setSettings({ ...settings, over })} />
            <TextField
              label={t('editor.settings.itemName')}
              hint={t('editor.settings.itemNameHint')}
              value={settings.as}
              error={error}
              onChange={(event) => {
                setSettings({ ...settings, as: event.target.value });
                setError(undefined);
              }}
            />
            <FilterFields filter={settings.filter} onChange={(filter) => setSettings({ ...settings, filter })} />
          </>
        )}
        {condition && (
          <>
            <SelectField
              label={t('editor.settings.test')}
              value={condition.test}
              onChange={(event) => {
                const test = event.target.value;
                setError(undefined);
                if (test === 'any' || test === 'none') {
                  setSettings({
                    kind: 'conditional',
                    condition: {
                      test,
                      over: 'over' in condition ? condition.over : 'risks',
                      filter: 'filter' in condition ? condition.filter : {},
                    },
                  });
                } else if (test === 'filled' || test === 'empty') {
                  setSettings({
                    kind: 'conditional',
                    condition: { test, key: 'key' in condition ? condition.key : '' },
                  });
                }
              }}
              options={(['any', 'none', 'filled', 'empty'] as const).map((test) => ({
                value: test,
                label: t(`editor.settings.tests.${test}`),
              }))}
            />
            {'over' in condition ? (
              <>
                <CollectionField
                  value={condition.over}
                  onChange={(over) => setSettings({ kind: 'conditional', condition: { ...condition, over } })}
                />
                <FilterFields
                  filter={condition.filter}
                  onChange={(filter) => setSettings({ kind: 'conditional', condition: { ...condition, filter } })}
                />
              </>
            ) : (
              <TextField
                label={t('editor.fieldDialog.key')}
                hint={t('editor.fieldDialog.keyHint')}
                value={condition.key}
                error={error}
                onChange={(event) => {
                  setSettings({ kind: 'conditional', condition: { ...condition, key: event.target.value } });
                  setError(undefined);
                }}
              />
            )}
          </>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
