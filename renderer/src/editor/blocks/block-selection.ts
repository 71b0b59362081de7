import {
  $createNodeSelection,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';

/*
 * Which structured blocks are selected. Lexical's useLexicalNodeSelection registers one update
 * listener per block, and each reads the selection on every keystroke: in a 200-page plan that is
 * hundreds of reads per key. Here one listener per editor answers for every block, and a caret
 * (a collapsed range, never selecting a block) costs nothing.
 */

type Listener = (selected: boolean) => void;

interface Store {
  listeners: Map<NodeKey, Set<Listener>>;
  selected: Set<NodeKey>;
  unregister: () => void;
}

const stores = new WeakMap<LexicalEditor, Store>();

function $selectedAmong(keys: Iterable<NodeKey>): Set<NodeKey> {
  const selected = new Set<NodeKey>();
  const selection = $getSelection();
  if (selection === null || ($isRangeSelection(selection) && selection.isCollapsed())) return selected;
  for (const key of keys) if ($getNodeByKey(key)?.isSelected(selection)) selected.add(key);
  return selected;
}

function refresh(editor: LexicalEditor, store: Store): void {
  const previous = store.selected;
  const next = editor.getEditorState().read(() => $selectedAmong(store.listeners.keys()));
  store.selected = next;
  for (const key of new Set([...previous, ...next])) {
    if (previous.has(key) === next.has(key)) continue;
    for (const listener of store.listeners.get(key) ?? []) listener(next.has(key));
  }
}

/** Calls `listener` now and whenever the block's selected state changes; returns the unsubscribe. */
export function subscribeBlockSelection(editor: LexicalEditor, key: NodeKey, listener: Listener): () => void {
  let store = stores.get(editor);
  if (!store) {
    const created: Store = { listeners: new Map(), selected: new Set(), unregister: () => undefined };
    created.unregister = editor.registerUpdateListener(() => refresh(editor, created));
    stores.set(editor, created);
    store = created;
  }
  const own = store.listeners.get(key) ?? new Set<Listener>();
  own.add(listener);
  store.listeners.set(key, own);
  const selected = editor
    .getEditorState()
    .read(() => $selectedAmong([key]))
    .has(key);
  if (selected) store.selected.add(key);
  listener(selected);
  return () => {
    own.delete(listener);
    if (own.size === 0) {
      store.listeners.delete(key);
      store.selected.delete(key);
    }
    if (store.listeners.size === 0) {
      store.unregister();
      stores.delete(editor);
    }
  };
}

/** Selects the whole block (a node selection holding only it). */
export function selectBlock(editor: LexicalEditor, key: NodeKey): void {
  editor.update(() => {
    const selection = $createNodeSelection();
    selection.add(key);
    $setSelection(selection);
  });
}
