import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockDataDir } from './embedded-postgres';

describe(lockDataDir.name, () => {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bemanna-lock-')), 'pglite');

  it('should refuse a folder another running process holds', () => {
    fs.writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dataDir)).toThrow(/in use by process/);
    fs.rmSync(`${dataDir}.lock`);
  });

  it('should take over a lock left by a process that no longer runs, and release it', () => {
    fs.writeFileSync(`${dataDir}.lock`, '999999999');
    const release = lockDataDir(dataDir);
    expect(fs.readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
