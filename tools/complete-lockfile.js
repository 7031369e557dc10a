#!/usr/bin/env node
// Adds lockfile entries for platform-specific optional packages that the registry this
// project is developed against does not serve (macOS, Windows, Android ... builds of Biome, SWC
// and Jest's resolver). npm leaves them out of package-lock.json when it cannot fetch their
// metadata, and `npm ci` then refuses the lockfile as out of sync, on every platform. Each added
// entry names its os/cpu/libc, so npm skips it on other platforms without fetching anything.
// Run after `npm install` changes the lockfile: `node tools/complete-lockfile.js`.
const fs = require('node:fs');
const path = require('node:path');

const OS = [
  'darwin',
  'win32',
  'linux',
  'android',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32'];

/** os, cpu and libc from a platform package name such as `@swc/core-linux-arm64-musl`. */
function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = tokens.find((t) => OS.includes(t));
  const cpu = tokens.find((t) => CPU.includes(t));
  const libc = tokens.includes('musl')
    ? 'musl'
    : tokens.includes('gnu') || tokens.some((t) => t.startsWith('gnueabi'))
      ? 'glibc'
      : undefined;
  return { os, cpu, libc };
}

function completeLockfile(lockPath) {
  const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
  const added = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
      const { os, cpu, libc } = platformOf(name);
      if (!os && !cpu) continue; // not a platform build: leave it for npm to resolve
      lock.packages[`node_modules/${name}`] = {
        version,
        ...(cpu && { cpu: [cpu] }),
        ...(entry.dev && { dev: true }),
        ...(libc && { libc: [libc] }),
        optional: true,
        ...(os && { os: [os] }),
      };
      added.push(`${name}@${version}`);
    }
  }
  // npm keeps packages sorted by path (English collation); so does this, to keep diffs small.
  const byPath = ([a], [b]) => a.localeCompare(b, 'en');
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(byPath));
  fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  return added;
}

const added = completeLockfile(path.resolve(__dirname, '..', 'package-lock.json'));
console.log(
  added.length
    ? `added ${added.length} platform entries: ${added.join(', ')}`
    : 'lockfile complete',
);
