#!/usr/bin/env python3
"""Checks set-27: YAML parses, fields well-formed, every labelled sentence occurs in its file
(whitespace-normalised), every line of every document is labelled, sentence counts are 6-14."""
import os, re, sys, glob
try:
    import yaml
except ImportError:
    sys.exit("PyYAML is required (pip install pyyaml)")
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'must-flag', 'must-not-flag', 'either-way'}
VERDICTS = {'overstated', 'misreported', 'outdated'}
REASONS = {'subgroup-as-whole', 'share-misread', 'correlation-as-causation', 'certainty-inflated',
           'early-phase-as-efficacy', 'animal-to-human', 'sensational', 'unsupported-comparison',
           'wrong-fact', 'superseded'}
FILE_KINDS = {'news', 'press-release', 'charity', 'forum', 'blog', 'registry', 'abstract', 'status-page', 'lookalike'}
SRC = re.compile(r'^(NCT\d{8}|pmid:\d+|doi:10\.\S+)$')
PUB = re.compile(r'^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|unknown)$')
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
errors = []
def err(m): errors.append(m)
data = yaml.safe_load(open(os.path.join(HERE, 'EXPECTATIONS.yaml'), encoding='utf-8'))
if not isinstance(data, list): sys.exit('EXPECTATIONS.yaml must be a list')
files_on_disk = {os.path.basename(p) for p in glob.glob(os.path.join(HERE, '[0-9][0-9]_*.txt'))}
seen = set()
counts = {'must-flag': 0, 'must-not-flag': 0, 'either-way': 0, 'outdated_since': 0}
for entry in data:
    f = entry.get('file')
    if f not in files_on_disk: err(f'{f}: no such document'); continue
    if f in seen: err(f'{f}: listed twice')
    seen.add(f)
    if not str(entry.get('origin', '')).startswith('http'): err(f'{f}: bad origin')
    if entry.get('kind') not in FILE_KINDS: err(f'{f}: bad file kind {entry.get("kind")}')
    if not PUB.match(str(entry.get('published', ''))): err(f'{f}: bad published {entry.get("published")}')
    lines = [l for l in open(os.path.join(HERE, f), encoding='utf-8').read().split('\n') if l.strip()]
    if len(lines) < 3: err(f'{f}: too short'); continue
    body = lines[2:]
    if not 6 <= len(body) <= 14: err(f'{f}: {len(body)} sentences (want 6-14)')
    text = norm(' '.join(lines))
    labelled = []
    for e in entry.get('expect', []):
        s = e.get('sentence'); k = e.get('kind')
        if not s: err(f'{f}: empty sentence'); continue
        if norm(s) not in text: err(f'{f}: not in file: {s[:60]}')
        labelled.append(norm(s))
        if k not in KINDS: err(f'{f}: bad kind {k}'); continue
        counts[k] += 1
        if not e.get('why'): err(f'{f}: no why: {s[:50]}')
        if 'source' in e and not SRC.match(str(e['source'])): err(f'{f}: bad source {e["source"]}')
        if k in ('must-flag', 'either-way'):
            if e.get('verdict') not in VERDICTS: err(f'{f}: bad verdict: {s[:50]}')
            r = e.get('reasons')
            if not r or not isinstance(r, list) or any(x not in REASONS for x in r): err(f'{f}: bad reasons: {s[:50]}')
            if not e.get('source'): err(f'{f}: missing source: {s[:50]}')
            if e.get('verdict') == 'outdated':
                if not re.match(r'^\d{4}-\d{2}$', str(e.get('since', ''))) or not e.get('event'):
                    err(f'{f}: outdated without since/event: {s[:50]}')
                else:
                    counts['outdated_since'] += 1
    # every line labelled (line 2, the date line, is exempt)
    for i, l in enumerate(lines):
        if i == 1: continue
        if norm(l) not in labelled: err(f'{f}: line {i+1} unlabelled: {l[:60]}')
missing = files_on_disk - seen
for m in sorted(missing): err(f'{m}: document has no entry')
print(f"documents: {len(seen)}; labels: {sum(counts[k] for k in KINDS)}; must-flag {counts['must-flag']}; "
      f"must-not-flag {counts['must-not-flag']}; either-way {counts['either-way']}; outdated with since {counts['outdated_since']}")
if errors:
    print('\n'.join('ERROR ' + e for e in errors)); sys.exit(1)
print('OK')
