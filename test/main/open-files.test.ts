import { describe, expect, it } from 'vitest';
import { filesFromArgv } from '../../src/main/open-files.js';

describe('files named on the command line', () => {
  it('skips the executable, the app folder in development, and flags', () => {
    const argv = ['/opt/electron', '/home/ada/lectern', '--enable-logging', 'notes/essay.md', '/tmp/book.epub'];
    expect(filesFromArgv(argv, '/home/ada', false)).toEqual(['/home/ada/notes/essay.md', '/tmp/book.epub']);
  });

  it('reads every argument after the executable when packaged, and file:// URLs', () => {
    const argv = ['/opt/Lectern/lectern', '--no-sandbox=false', 'file:///tmp/My%20Page.html', 'report.PDF'];
    expect(filesFromArgv(argv, '/work', true)).toEqual(['/tmp/My Page.html', '/work/report.PDF']);
  });

  it('ignores files Lectern cannot read and duplicates', () => {
    expect(filesFromArgv(['/x', 'a.png', 'a.docx', 'a.docx'], '/w', true)).toEqual(['/w/a.docx']);
  });
});
