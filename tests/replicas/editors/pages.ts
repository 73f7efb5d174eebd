/**
 * The editor test pages and the replica host each is served on: a page is laid out as that portal's reply form, so
 * the built-in selectors of the portal find its field and send button (see PROVENANCE.md).
 */
export const EDITOR_PAGES = {
  lexical: 'vardochhalsa',
  tiptap: 'vardochhalsa',
  quill: 'vardochhalsa',
  ckeditor: 'vardochhalsa',
  slate: 'vardochhalsa',
  draft: 'vardochhalsa',
  filtrerat: 'vardochhalsa',
  tinymce: 'sob',
  shadow: 'sob',
  textarea: 'sob',
  'react-textarea': 'sob',
} as const;

export type EditorPageName = keyof typeof EDITOR_PAGES;

/** Where a page is, under its replica's origin. */
export function editorPagePath(name: EditorPageName): string {
  return `/redigerare/${name}.html`;
}
