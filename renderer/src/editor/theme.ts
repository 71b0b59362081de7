import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the elements it creates; styled in styles.css (section "editor"). */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'editor-paragraph',
  quote: 'editor-quote',
  heading: { h1: 'editor-h1', h2: 'editor-h2', h3: 'editor-h3', h4: 'editor-h4' },
  list: {
    ul: 'editor-ul',
    ol: 'editor-ol',
    listitem: 'editor-li',
    nested: { listitem: 'editor-li-nested' },
    listitemChecked: 'editor-li-checked',
    listitemUnchecked: 'editor-li-unchecked',
  },
  link: 'editor-link',
  table: 'editor-table',
  tableCell: 'editor-table-cell',
  tableCellHeader: 'editor-table-cell-header',
  tableSelection: 'editor-table-selection',
  text: {
    bold: 'editor-bold',
    italic: 'editor-italic',
    underline: 'editor-underline',
    strikethrough: 'editor-strikethrough',
    underlineStrikethrough: 'editor-underline-strikethrough',
    code: 'editor-code',
    subscript: 'editor-sub',
    superscript: 'editor-sup',
    highlight: 'editor-highlight',
  },
};
