// History import speed: a million interval rows (20 answer groups x 50,000 quarters, format A)
// through HistoryImportService into a fresh database: parse, validate, and one transaction of
// multi-row upserts. Baseline in the same process: the obvious way, one INSERT ... ON CONFLICT
// per row, timed on a 10,000-row subset and extrapolated. Then the same file again, which must
// change nothing. Embedded PostgreSQL (PGlite) unless DATABASE_URL names a server, where a
// fresh database is created and dropped.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');
const { createApp } = require('../apps/api/dist/create-app');
const { AnswerGroupsService } = require('../apps/api/dist/answer-groups/answer-groups.service');
const { HistoryImportService } = require('../apps/api/dist/history/history-import.service');
const { formatZonedIso } = require('../apps/api/dist/history/zoned-time');
const { DataSource } = require('typeorm');

const GROUPS = 20;
const INTERVALS_PER_GROUP = 50_000;
const BASELINE_ROWS = 10_000;
const TIME_ZONE = 'Europe/Stockholm';

function historyCsv() {
  const start = Date.parse('2024-01-01T00:00:00+01:00');
  const lines = [
    'interval_start,answer_group,offered,answered,answered_within_target,abandoned,aht_seconds',
  ];
  for (let i = 0; i < INTERVALS_PER_GROUP; i++) {
    const stamp = formatZonedIso(start + i * 900_000, TIME_ZONE);
    for (let g = 0; g < GROUPS; g++) {
      const offered = (i * 7 + g * 13) % 41;
      const answered = Math.floor(offered * 0.9);
      lines.push(
        `${stamp},group-${g},${offered},${answered},${Math.floor(answered * 0.8)},${offered - answered},${180 + ((i + g) % 240)}`,
      );
    }
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function freshDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bemanna-bench-'));
    return {
      label: 'embedded PGlite',
      dataDir,
      cleanUp: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `bemanna_bench_${crypto.randomBytes(6).toString('hex')}`;
  const admin = async (sql) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    label: `PostgreSQL at ${url.host}`,
    databaseUrl: url.toString(),
    dataDir: '',
    cleanUp: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function run() {
  const database = await freshDatabase();
  const running = await createApp({
    port: 0,
    databaseUrl: database.databaseUrl,
    dataDir: database.dataDir,
    timezone: TIME_ZONE,
    country: 'SE',
    seedDemo: false,
    logLevel: 'silent',
    webDir: path.join(os.tmpdir(), 'no-web-app'),
  });
  try {
    const groups = running.app.get(AnswerGroupsService);
    for (let g = 0; g < GROUPS; g++) {
      await groups.create({
        id: `group-${g}`,
        name: `Group ${g}`,
        ahtSeconds: 300,
        serviceLevelGoal: 0.8,
        targetSeconds: 120,
        openingHours: Array(7).fill(['00:00', '24:00']),
      });
    }
    const file = historyCsv();
    const rows = GROUPS * INTERVALS_PER_GROUP;
    const service = running.app.get(HistoryImportService);

    let started = process.hrtime.bigint();
    const first = await service.importFile({ file, fileName: 'bench.csv' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (first.inserted !== rows)
      throw new Error(`expected ${rows} inserted, got ${first.inserted}`);
    console.log(`database: ${database.label}; file ${(file.length / 1e6).toFixed(1)} MB`);
    console.log(
      `import of ${rows.toLocaleString('en')} rows: ${seconds.toFixed(1)} s, ${Math.round(rows / seconds).toLocaleString('en')} rows/s (target < 30 s)`,
    );

    started = process.hrtime.bigint();
    const again = await service.importFile({ file, fileName: 'bench.csv' });
    const againSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (again.unchanged !== rows)
      throw new Error(`re-import changed ${rows - again.unchanged} rows`);
    console.log(
      `same file again (all ${again.unchanged.toLocaleString('en')} unchanged): ${againSeconds.toFixed(1)} s`,
    );

    // Baseline: row-at-a-time upserts of fresh intervals, one transaction, same table.
    const dataSource = running.app.get(DataSource);
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    started = process.hrtime.bigint();
    const base = Date.parse('2030-01-01T00:00:00Z');
    for (let i = 0; i < BASELINE_ROWS; i++) {
      await runner.query(
        `INSERT INTO history_interval (answer_group_id, interval_start, interval_minutes, offered, answered,
           answered_within_target, abandoned, aht_seconds, import_id)
         VALUES ($1, $2, 15, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (answer_group_id, interval_start) DO UPDATE SET offered = excluded.offered`,
        [
          `group-${i % GROUPS}`,
          new Date(base + Math.floor(i / GROUPS) * 900_000),
          10,
          9,
          8,
          1,
          200,
          first.id,
        ],
      );
    }
    const baselineSeconds =
      (Number(process.hrtime.bigint() - started) / 1e9) * (rows / BASELINE_ROWS);
    await runner.rollbackTransaction();
    await runner.release();
    console.log(
      `baseline, one INSERT per row (${BASELINE_ROWS.toLocaleString('en')} rows, extrapolated): ${baselineSeconds.toFixed(1)} s for ${rows.toLocaleString('en')} rows`,
    );
    console.log(
      `ratio: the service imports ${(baselineSeconds / seconds).toFixed(1)}x faster than the baseline`,
    );
  } finally {
    await running.close();
    await database.cleanUp();
  }
}

module.exports = { run };
