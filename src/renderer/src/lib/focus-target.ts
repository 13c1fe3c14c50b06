// Where a key or a paste lands, for the app-wide and reader keys that must not take it from a
// field or an open dialog.

/** A text field, a select or editable text: it takes typed keys and pastes itself. */
export function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Whether a modal dialog is open (it owns the keyboard then). */
export function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}
