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

describe('files named on a Windows command line', () => {
  it('turn file:// URLs into drive paths', () => {
    const argv = ['C:\\Program Files\\Lectern\\Lectern.exe', 'file:///C:/Users/Ada/My%20Notes/essay.md'];
    expect(filesFromArgv(argv, 'C:\\Users\\Ada', true, 'win32')).toEqual(['C:\\Users\\Ada\\My Notes\\essay.md']);
  });

  it('resolve relative paths against the working folder', () => {
    expect(filesFromArgv(['Lectern.exe', 'notes\\a.txt', 'D:\\b.pdf'], 'C:\\Users\\Ada', true, 'win32')).toEqual(['C:\\Users\\Ada\\notes\\a.txt', 'D:\\b.pdf']);
  });

  it('skip a file:// URL of another machine', () => {
    expect(filesFromArgv(['/x', 'file://server/share/a.md'], '/w', true, 'linux')).toEqual([]);
  });
});
