// The keys of the WAI-ARIA tabs pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/) for any tab list:
// Left/Right move the focus to the previous/next tab (wrapping round), Home/End to the first/last. Only the
// selected tab is in the Tab order (roving tabindex, set by the list's tabs themselves), so Tab leaves the list
// and Shift+Tab comes back to the selected tab. Activation is manual: Enter or Space (the button's click) opens
// the focused tab's view, because a view may first load its data, and opening every view that an arrow key
// passes would send their requests one after the other.

/** The tabindex of a tab under the roving tabindex: the selected tab is reached by Tab, the others by arrows. */
export const tabIndexOf = (selected: boolean): number => (selected ? 0 : -1);

/** A keydown handler for the element with role=tablist: moves the focus among its tabs, activates none. */
export function onTabListKey(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const list = event.currentTarget as HTMLElement;
  const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')].filter((tab) => !tab.hidden);
  const current = tabs.indexOf(document.activeElement as HTMLElement);
  if (current < 0 || tabs.length === 0) return;
  const index = targetIndex(event.key, current, tabs.length);
  const next = index === undefined ? undefined : tabs[index];
  if (!next) return;
  event.preventDefault();
  next.focus();
  // A tab list that scrolls sideways (on a phone) brings the focused tab into sight.
  next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function targetIndex(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
