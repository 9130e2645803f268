// Which long tasks of a page hold the extension's code, and for how long: a CDP trace gives the
// renderer's top-level tasks, the V8 sampling profiler gives the JS stacks inside them (both are
// timed on the same monotonic clock, in µs). A page's own long tasks (parsing 10 MB, the style
// recalc of 5,000-deep nesting, its garbage collection) hold no extension frame and are not counted
// against the extension; the time a task spends with a content-script frame on the stack is.
// Counting long tasks with and without the extension instead compares two runs whose own tasks
// vary by more than the difference being measured (the same page's load tasks come out 60–300 ms
// apart from run to run, and cross 50 ms in one run and not the next).
import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface TaskAttribution {
  /** Duration of the task (ms). */
  ms: number;
  /** Time in the task with an extension frame on the JS stack (ms), from the profiler's samples. */
  extensionMs: number;
  /** Where that time went: the sampled leaf functions, each with its innermost extension frame. */
  where: string;
}

export interface Attribution {
  /** Every top-level task of the page's main thread of at least `minMs` that ran extension code. */
  tasks: TaskAttribution[];
  /** The longest time the extension's code held the page's thread within one task (ms). */
  maxExtensionMs: number;
  /** Where that time went (as TaskAttribution.where). */
  maxWhere: string;
}

export interface Recording {
  stop(): Promise<Attribution>;
}

const SAMPLING_US = 250;

/** Starts tracing and sampling `page` (call before navigating); `stop` attributes the long tasks. */
export async function recordAttribution(session: CDPSession, pageUrl: string, minMs = 50): Promise<Recording> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (d) => {
    for (const e of d.value) events.push(e as unknown as TraceEvent);
  });
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await session.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
  await session.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      return attribute(events, profile, pageUrl, minMs);
    },
  };
}

/** For a CPU profile: does the stack of a node (a sample) hold a frame of the extension's own code anywhere?
 * Answered once per node. Also used by npm run bench:browser. */
export function extensionStacks(profile: {
  nodes: readonly { id: number; callFrame: { url: string }; children?: number[] }[];
}): (id: number) => boolean {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const known = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    const n = byId.get(id);
    const p = parent.get(id);
    const v = !!n && (n.callFrame.url.startsWith('chrome-extension://') || (p !== undefined && isExtension(p)));
    known.set(id, v);
    return v;
  };
  return isExtension;
}

function attribute(events: TraceEvent[], profile: Profile, pageUrl: string, minMs: number): Attribution {
  // The page's main thread: where its HTML was parsed.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error(`no ParseHTML for ${pageUrl} in the trace`);
  const tasks = events
    .filter(
      (e) =>
        e.pid === parse.pid &&
        e.tid === parse.tid &&
        e.ph === 'X' &&
        (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') &&
        (e.dur ?? 0) >= minMs * 1000,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Nested RunTask events (a nested run loop) count once, as the outer task.
  const outer: TraceEvent[] = [];
  for (const t of tasks) {
    const last = outer[outer.length - 1];
    if (!last || t.ts >= last.ts + (last.dur ?? 0)) outer.push(t);
  }
  // Samples with an extension frame anywhere on their stack.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isExtension = extensionStacks(profile);
  const extSamples: { ts: number; us: number; node: number }[] = [];
  let ts = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.timeDeltas[i] ?? 0;
    if (isExtension(profile.samples[i]!))
      extSamples.push({ ts, us: profile.timeDeltas[i + 1] ?? SAMPLING_US, node: profile.samples[i]! });
  }
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url.startsWith('chrome-extension://') ? `:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}` : ''}`;
  /** The leaf function, and the innermost extension frame under it when the leaf is a browser API. */
  const label = (id: number): string => {
    const leaf = byId.get(id)!;
    if (leaf.callFrame.url.startsWith('chrome-extension://')) return name(leaf);
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) {
      const n = byId.get(p)!;
      if (n.callFrame.url.startsWith('chrome-extension://')) return `${name(leaf)} < ${name(n)}`;
    }
    return name(leaf);
  };
  /** Extension time in [from, to] and where it went. */
  const within = (from: number, to: number): { us: number; where: string } => {
    let us = 0;
    const by = new Map<string, number>();
    for (let k = 0; k < extSamples.length && extSamples[k]!.ts <= to; k++) {
      const x = extSamples[k]!;
      if (x.ts < from) continue;
      us += x.us;
      const key = label(x.node);
      by.set(key, (by.get(key) ?? 0) + x.us);
    }
    const where = [...by]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, v]) => `${k} ${Math.round(v / 1000)} ms`)
      .join(', ');
    return { us, where };
  };
  const out: TaskAttribution[] = [];
  let maxExtensionMs = 0;
  // Extension time per task, for every task that ran extension code (not only the long ones).
  const allTasks = events.filter(
    (e) =>
      e.pid === parse.pid &&
      e.tid === parse.tid &&
      e.ph === 'X' &&
      (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'),
  );
  allTasks.sort((a, b) => a.ts - b.ts);
  let j = 0;
  let maxTask: TraceEvent | null = null;
  for (const t of allTasks) {
    const end = t.ts + (t.dur ?? 0);
    while (j < extSamples.length && extSamples[j]!.ts < t.ts) j++;
    let us = 0;
    for (let k = j; k < extSamples.length && extSamples[k]!.ts <= end; k++) us += extSamples[k]!.us;
    if (us / 1000 > maxExtensionMs) {
      maxExtensionMs = us / 1000;
      maxTask = t;
    }
  }
  for (const t of outer) {
    const { us, where } = within(t.ts, t.ts + (t.dur ?? 0));
    if (us > 0) out.push({ ms: Math.round((t.dur ?? 0) / 1000), extensionMs: Math.round(us / 1000), where });
  }
  const maxWhere = maxTask ? within(maxTask.ts, maxTask.ts + (maxTask.dur ?? 0)).where : '';
  return { tasks: out, maxExtensionMs: Math.round(maxExtensionMs), maxWhere };
}
