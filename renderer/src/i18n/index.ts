import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

type Messages = Record<string, unknown>;

/**
 * One file per feature under locales/<language>/, merged into one namespace (their top-level
 * keys must not clash; a test checks). English now; Russian next (OSCE works in both).
 */
const englishFiles = import.meta.glob<Messages>('./locales/en/*.json', { eager: true, import: 'default' });

export function mergeMessages(files: Record<string, Messages>): Messages {
  const merged: Messages = {};
  for (const [file, messages] of Object.entries(files)) {
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) throw new Error(`Translation key "${key}" is defined twice (again in ${file}).`);
      merged[key] = value;
    }
  }
  return merged;
}

export function initI18n(language = 'en') {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: mergeMessages(englishFiles) } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return i18next;
}
