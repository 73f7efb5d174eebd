/**
 * The few parts of CKEditor 5 the page uses. The page imports `ckeditor5` under this name (build.ts maps it back)
 * because CKEditor's own typings add colour-picker elements to the DOM's global tag map, which breaks the
 * project's other DOM code in the type check.
 */
declare module 'ckeditor5-untyped' {
  export interface ModelNode {
    is(type: string, name?: string): boolean;
    data?: string;
    getChildren?(): Iterable<ModelNode>;
  }
  export interface Editor {
    model: { document: { getRoot(): ModelNode } };
  }
  export const ClassicEditor: {
    create(element: HTMLElement, config: Record<string, unknown>): Promise<Editor>;
  };
  export const Essentials: unknown;
  export const Paragraph: unknown;
}
