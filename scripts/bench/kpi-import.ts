// Importing a helpdesk export of 100,000 ticket rows (~20 MB) through the real backend on a real
// folder, as the import page does it: open, preview, dry run, import. Prints the total time, the
// peak memory (rss, sampled every 20 ms) and the longest stall of the event loop during the
// import (a setImmediate ticker: the longest gap between two of its turns). Bundled and run by
// scripts/bench.mjs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../../electron/backend/create-backend';
import type { ImportPreview, OpenedImport } from '../../shared/ipc/channels/imports';
import type { Envelope } from '../../shared/ipc/errors';

const ROWS = 100_000;
const PEOPLE = 20;

const HEADER =
  'Ticket ID,Subject,Status,Assignee name,Assignee email,Created at,Solved at,First reply time (min),Full resolution time (min),Satisfaction rating,Reopens,Tags,Description';
const RATINGS = ['good', 'bad', 'unoffered', 'offered', 'good', 'good'];

/** A year of tickets ending before the bench's day, with free text as exports carry it. */
function exportText(): string {
  const lines = [HEADER];
  const start = new Date('2025-11-01T00:00:00Z').getTime();
  const span = 360 * 86_400_000;
  for (let i = 0; i < ROWS; i++) {
    const p = i % PEOPLE;
    const solved = new Date(start + Math.floor((i / ROWS) * span))
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');
    lines.push(
      [
        100_000 + i,
        `"Customer question ${i}, about billing"`,
        'solved',
        `Agent ${p + 1}`,
        `agent${p + 1}@example.com`,
        solved,
        solved,
        (i * 7) % 240,
        (i * 13) % 4000,
        RATINGS[i % RATINGS.length],
        i % 17 === 0 ? 1 : 0,
        '"billing,refund,priority_normal"',
        `"The customer wrote in about invoice ${i} and asked for a copy with the new address; sent it and confirmed."`,
      ].join(','),
    );
  }
  return lines.join('\n');
}

async function call<T>(
  backend: Awaited<ReturnType<typeof createBackend>>,
  channel: string,
  input: unknown,
) {
  // Each IPC call arrives as its own event in the app: the bench waits a turn before each.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const envelope = (await backend.invoke(channel, input)) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

export async function benchKpiImport(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'coachbook-bench-import-'));
  const backend = await createBackend({ dataDir, clock: () => new Date('2026-11-18T09:00:00') });
  try {
    for (let p = 0; p < PEOPLE; p++) {
      await call(backend, 'people:create', {
        name: `Agent ${p + 1}`,
        email: `agent${p + 1}@example.com`,
        cadence: {
          frequency: 'weekly',
          weekday: 2,
          time: '10:00',
          weekOfMonth: 1,
          startsOn: '2026-01-06',
        },
      });
    }
    const text = exportText();
    const megabytes = Buffer.byteLength(text) / 1024 / 1024;

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    // Wall time counts the moments this shared machine gives the CPU to other processes; the
    // CPU time the process used in a turn (all its threads, so garbage collection too) does not.
    let longestStall = 0;
    let longestStallCpu = 0;
    let longestCpu = 0;
    let slowTurns = 0;
    let ticking = true;
    let last = performance.now();
    let lastCpu = process.cpuUsage();
    const tick = () => {
      const now = performance.now();
      const used = process.cpuUsage(lastCpu);
      const cpuMs = (used.user + used.system) / 1000;
      if (now - last > longestStall) [longestStall, longestStallCpu] = [now - last, cpuMs];
      longestCpu = Math.max(longestCpu, cpuMs);
      if (cpuMs > 50) slowTurns += 1;
      last = now;
      lastCpu = process.cpuUsage();
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);

    const started = performance.now();
    const opened = await call<OpenedImport>(backend, 'imports:open', {
      fileName: 'tickets.csv',
      text,
    });
    const preview = await call<ImportPreview>(backend, 'imports:preview', { token: opened.token });
    const options = {
      token: opened.token,
      source: preview.source,
      delimiter: preview.delimiter,
      decimalComma: preview.decimalComma,
      mapping: preview.mapping,
    };
    const dryStarted = performance.now();
    await call(backend, 'imports:dryRun', options);
    const dryMs = performance.now() - dryStarted;
    const runStarted = performance.now();
    const record = await call<{ counts: { added: number; rows: number } }>(
      backend,
      'imports:run',
      options,
    );
    const runMs = performance.now() - runStarted;
    const totalMs = performance.now() - started;
    ticking = false;
    clearInterval(sampler);

    console.log(
      `\nKPI import: ${ROWS.toLocaleString()} ticket rows, ${megabytes.toFixed(1)} MB, ${PEOPLE} people`,
    );
    console.log(
      `  source detected: ${preview.source}; ${record.counts.added} values added from ${record.counts.rows} rows`,
    );
    console.log(`  total (open, preview, dry run, import): ${totalMs.toFixed(0)} ms`);
    console.log(
      `  dry run (read and aggregate): ${dryMs.toFixed(0)} ms; import after it: ${runMs.toFixed(0)} ms`,
    );
    console.log(`  peak memory (rss): ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
    console.log(
      `  longest event-loop stall during the import: ${longestStall.toFixed(1)} ms wall (${longestStallCpu.toFixed(1)} ms of CPU in it)`,
    );
    console.log(
      `  longest turn by CPU time: ${longestCpu.toFixed(1)} ms; turns over 50 ms of CPU: ${slowTurns}`,
    );
  } finally {
    await backend.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await benchKpiImport();
