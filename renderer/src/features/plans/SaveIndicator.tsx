import { useTranslation } from 'react-i18next';
import type { SaveState } from './autosave';

/** Where the text stands: saved, waiting, saving, or failed (announced politely). */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation();
  const text =
    state.kind === 'saved'
      ? state.at
        ? t('planEditor.save.savedAt', {
            time: new Date(state.at).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }),
          })
        : t('planEditor.save.saved')
      : state.kind === 'pending'
        ? t('planEditor.save.pending')
        : state.kind === 'saving'
          ? t('planEditor.save.saving')
          : state.kind === 'error'
            ? t('planEditor.save.failed')
            : t('planEditor.save.conflict');
  return (
    <span
      className={`save-indicator save-${state.kind}`}
      role="status"
      data-testid="save-state"
      data-state={state.kind}
    >
      {text}
    </span>
  );
}
