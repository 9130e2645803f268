// The Markdown report: what a journalist pastes into an editor. Page text is quoted and escaped.
import { claimById } from '../claims/db';
import { escapeMarkdown } from './escape';
import { identifierUrl } from './links';
import type { InputReport, Report, ReportFinding } from './schema';
import { summarise } from './summary';

const VERDICT_LABEL = {
  supported: 'Supported',
  overstated: 'Overstated',
  misreported: 'Misreported',
  outdated: 'Outdated',
} as const;

function inputName(input: string): string {
  return input === '-' ? 'standard input' : escapeMarkdown(input);
}

export function sourceLinks(sources: readonly string[]): string {
  return sources
    .map((id) => {
      const url = identifierUrl(id);
      return url ? `[${escapeMarkdown(id)}](${url})` : escapeMarkdown(id);
    })
    .join(' · ');
}

function finding(f: ReportFinding, n: number): string[] {
  const study = claimById(f.claim)?.source;
  const title = study ? `${VERDICT_LABEL[f.verdict]} — ${escapeMarkdown(study.name)}` : VERDICT_LABEL[f.verdict];
  const lines = [`### ${n}. ${title}`, '', `> ${escapeMarkdown(f.text)}`, ''];
  lines.push(`**Verdict:** ${f.verdict} (claim \`${f.claim}\`)  `);
  if (f.reasons.length > 0) {
    lines.push('**Why:**', '');
    for (const r of f.reasons) lines.push(`- **${r.code}**: ${escapeMarkdown(r.message)}`);
    lines.push('');
  }
  if (f.evidence.trim()) lines.push(`**What the source found:** ${escapeMarkdown(f.evidence)}  `);
  if (f.suggestion) lines.push(`**Accurate wording:** ${escapeMarkdown(f.suggestion)}  `);
  if (study) lines.push(`**Study:** ${escapeMarkdown(study.citation)}  `);
  if (f.sources.length > 0) lines.push(`**Sources:** ${sourceLinks(f.sources)}`);
  lines.push('');
  return lines;
}

function inputSection(r: InputReport): string[] {
  const lines = [`## ${inputName(r.input)}`, '', `${summarise(r.findings)}.`, ''];
  for (const [i, f] of r.findings.entries()) lines.push(...finding(f, i + 1));
  return lines;
}

export function formatMarkdown(report: Report): string {
  const all = report.reports.flatMap((r) => r.findings);
  const lines = ['# TrialTrace report', ''];
  if (report.checked || report.database) {
    const when = report.checked
      ? `Checked ${escapeMarkdown(report.checked.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'))}`
      : 'Checked';
    lines.push(`${when}${report.database ? ` against claims database ${escapeMarkdown(report.database)}` : ''}.`, '');
  }
  if (report.reports.length > 1) lines.push(`${report.reports.length} inputs, ${summarise(all)}.`, '');
  for (const r of report.reports) lines.push(...inputSection(r));
  const closing = all.length
    ? '_Checked by TrialTrace against the trial registries and papers listed above._'
    : '_Checked by TrialTrace against its database of trial registries and papers: nothing was flagged._';
  lines.push('---', '', closing, '');
  return lines.join('\n');
}
