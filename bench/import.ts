// CSV import figures for npm run bench (see run.ts): a register of 10,000
// rows uploaded, mapped (the dry run) and imported over HTTP, polled every half
// second (the page polls every second). Reported, never asserted.
import { REGISTER_MAPPING, registerCsv } from '../tests/support/register-csv.ts';

export type ImportFigures = {
  rows: number;
  uploadSeconds: number;
  dryRunSeconds: number;
  /** From "run" to the first progress a poll could see */
  firstProgressSeconds: number;
  runSeconds: number;
  /** Rows imported per second, from upload to done */
  rowsPerSecondEndToEnd: number;
  rowsPerSecondRun: number;
  /** CPU time of this process (server and client) from upload to done: unlike wall time, not stretched by other load on the machine */
  cpuSeconds: number;
  rowsPerCpuSecond: number;
  rssBeforeMb: number;
  peakRssGrowthMb: number;
};

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function benchImport(base: string, accessToken: string, rows = 10_000): Promise<ImportFigures> {
  const auth = { authorization: `Bearer ${accessToken}` };
  const csv = registerCsv({ rows, prefix: 'Bench' });
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'register.csv');
  const uploaded = await fetch(`${base}/api/imports`, { method: 'POST', headers: auth, body: form });
  if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}`);
  const { job } = (await uploaded.json()) as { job: { id: string } };
  const afterUpload = performance.now();
  const mapped = await fetch(`${base}/api/imports/${job.id}/mapping`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(REGISTER_MAPPING) });
  if (mapped.status !== 200) throw new Error(`mapping answered ${mapped.status}`);
  const afterMapping = performance.now();
  const run = await fetch(`${base}/api/imports/${job.id}/run`, { method: 'POST', headers: auth });
  if (run.status !== 202) throw new Error(`run answered ${run.status}`);
  let firstProgress: number | undefined;
  for (;;) {
    const polled = (await (await fetch(`${base}/api/imports/${job.id}`, { headers: auth })).json()) as { job: { status: string; counts: { done: number } } };
    if (firstProgress === undefined && polled.job.counts.done > 0) firstProgress = performance.now();
    if (polled.job.status === 'done') break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const finished = performance.now();
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    rows,
    uploadSeconds: round((afterUpload - started) / 1000, 2),
    dryRunSeconds: round((afterMapping - afterUpload) / 1000, 2),
    firstProgressSeconds: round(((firstProgress ?? finished) - afterMapping) / 1000, 2),
    runSeconds: round((finished - afterMapping) / 1000, 2),
    rowsPerSecondEndToEnd: Math.round(rows / ((finished - started) / 1000)),
    rowsPerSecondRun: Math.round(rows / ((finished - afterMapping) / 1000)),
    cpuSeconds: round(cpuSeconds, 2),
    rowsPerCpuSecond: Math.round(rows / cpuSeconds),
    rssBeforeMb: mb(rssBefore),
    peakRssGrowthMb: mb(peak - rssBefore),
  };
}

export type ImportCardsFigures = { cards: number; seconds: number; cardsPerSecond: number; cpuSeconds: number };

/**
 * Cards for everyone imported: a register of `rows` imported, then the card
 * batch started over HTTP and polled to the end. Each card is signed, stored
 * and audited in its own transaction, so this is cards/s of the batch job.
 */
export async function benchImportCards(base: string, accessToken: string, rows = 1000): Promise<ImportCardsFigures> {
  const auth = { authorization: `Bearer ${accessToken}` };
  const form = new FormData();
  form.append('file', new Blob([registerCsv({ rows, prefix: 'BenchCards' })], { type: 'text/csv' }), 'register.csv');
  const { job } = (await (await fetch(`${base}/api/imports`, { method: 'POST', headers: auth, body: form })).json()) as { job: { id: string } };
  await fetch(`${base}/api/imports/${job.id}/mapping`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(REGISTER_MAPPING) });
  await fetch(`${base}/api/imports/${job.id}/run`, { method: 'POST', headers: auth });
  const until = async (done: (job: { status: string; cards: { status: string; issued: number } }) => boolean) => {
    for (;;) {
      const polled = (await (await fetch(`${base}/api/imports/${job.id}`, { headers: auth })).json()) as { job: { status: string; cards: { status: string; issued: number } } };
      if (done(polled.job)) return polled.job;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  await until((j) => j.status === 'done');
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const start = await fetch(`${base}/api/imports/${job.id}/cards`, { method: 'POST', headers: auth });
  if (start.status !== 202) throw new Error(`cards answered ${start.status}`);
  const finished = await until((j) => j.cards.status === 'done');
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { cards: finished.cards.issued, seconds: round(seconds, 2), cardsPerSecond: Math.round(finished.cards.issued / seconds), cpuSeconds: round((cpu.user + cpu.system) / 1e6, 2) };
}
