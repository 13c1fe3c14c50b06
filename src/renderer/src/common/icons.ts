// Inline SVG path data for the few icons the UI uses (24×24, stroked). No icon font download.
export const ICONS = {
  back: 'M15 18l-6-6 6-6',
  search: 'M11 18a7 7 0 1 1 0-14 7 7 0 0 1 0 14zm10 3l-5.2-5.2',
  panel: 'M4 4h16v16H4zM15 4v16',
  eye: 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zm10 3a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  star: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  archive: 'M3 4h18v4H3zM5 8v12h14V8M10 12h4',
  edit: 'M4 20h4L19 9l-4-4L4 16zM14 6l4 4',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  close: 'M6 6l12 12M18 6L6 18',
  up: 'M6 15l6-6 6 6',
  down: 'M6 9l6 6 6-6',
  import: 'M12 3v12M7 10l5 5 5-5M4 21h16',
  study: 'M4 5h11v14H4zM8 5V3h12v14h-5M7 10h5M7 14h5',
  paste: 'M9 4h6v3H9zM7 5H5v16h14V5h-2',
  export: 'M12 15V3M7 8l5-5 5 5M4 21h16',
  folder: 'M3 6h6l2 2h10v11H3z',
  file: 'M6 3h8l4 4v14H6zM14 3v4h4',
  check: 'M5 12.5l4.5 4.5L19 7',
  copy: 'M8 8h12v12H8zM4 16V4h12',
  skip: 'M5 12h14',
  alert: 'M12 8v5M12 16.5v.5M12 3l10 18H2z',
  restore: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v4h4',
} as const;

export type IconName = keyof typeof ICONS;
