// h() for the explorer's Preact components, with the attribute names the DOM helpers before it took (className,
// onclick, for, aria-*), so that views read as before; and el(), which builds real DOM elements, for the import
// dialog, which lives outside the component tree (a modal <dialog> on document.body, opened and closed by itself).
import { createElement, type ComponentChildren, type ComponentType, type VNode } from 'preact';

type Attributes = Record<string, unknown>;
export type Child = ComponentChildren;

/**
 * A Preact element. Attributes that are null, undefined or false are left out, as they were by the DOM helper
 * this replaces: an aria-* or data-* attribute given false is absent, not "false". A component type gets its
 * props as they are.
 */
export function h(tag: string, attributes?: Attributes | null, ...children: Child[]): VNode;
export function h<P>(tag: ComponentType<P>, props: P & { key?: string | number }, ...children: Child[]): VNode;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the implementation of both overloads above: any component's props
export function h(tag: string | ComponentType<any>, attributes?: Attributes | null, ...children: Child[]): VNode {
  if (typeof tag !== 'string') return createElement(tag as ComponentType<Attributes>, attributes ?? {}, ...children);
  const props: Attributes = {};
  for (const [name, value] of Object.entries(attributes ?? {}))
    if (value !== null && value !== undefined && value !== false) props[name] = value;
  return createElement(tag, props, ...children);
}

/** The same for SVG elements (the timeline): Preact puts the elements inside <svg> into its namespace. */
export const svg = h;

type ElementChild = Node | string | number | null | undefined | false | ElementChild[];

/** A real DOM element (no component tree): for the import dialog. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | null | undefined | EventListener> = {},
  ...children: ElementChild[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'className') element.className = String(value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: ElementChild[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function replaceChildren(parent: Element, ...children: ElementChild[]): void {
  parent.replaceChildren();
  append(parent, children);
}

// The formatters live with the texts (i18n/format.ts); the views take them from here with the rest of their tools.
export { formatDate, formatNumber } from '../i18n/format';
