import { describe, expect, it } from 'vitest';
import { libraryFailureDialog } from '../../src/main/library-open.js';

describe('a library that cannot open at start', () => {
  it('offers the default library, another folder, or quitting, and says why', () => {
    const dialog = libraryFailureDialog('/media/usb/Lectern', '/home/ada/.config/Lectern', new Error('ENOENT: no such file or directory'));
    expect(dialog.buttons).toEqual(['Open the Default Library', 'Choose Another Folder…', 'Quit']);
    expect(dialog.choices).toEqual(['default', 'choose', 'quit']);
    expect(dialog.detail).toContain('/media/usb/Lectern');
    expect(dialog.detail).toContain('ENOENT');
    expect(dialog.choices[dialog.cancelId]).toBe('quit'); // Escape quits, it does not pick a folder
  });

  it('does not offer the default library when that is the one that failed', () => {
    const dialog = libraryFailureDialog('/home/ada/.config/Lectern', '/home/ada/.config/Lectern', 'newer schema');
    expect(dialog.choices).toEqual(['choose', 'quit']);
    expect(dialog.detail).toContain('newer schema');
  });
});
