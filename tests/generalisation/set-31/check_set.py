#!/usr/bin/env python3
"""Check set-31: YAML parses, fields well-formed, every labelled sentence occurs in its file, every line labelled."""
import os, re, sys
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
SRC = re.compile(r'^(NCT\d{8}|pmid:\d+|doi:10\.\S+)$')
PUB = re.compile(r'^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|unknown)$')
SINCE = re.compile(r'^\d{4}-\d{2}$')
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
errs = []
data = yaml.safe_load(open(os.path.join(HERE, 'EXPECTATIONS.yaml')))
if not isinstance(data, list):
    sys.exit('EXPECTATIONS.yaml must be a list')
seen = set()
for entry in data:
    fn = entry.get('file')
    if not fn or not os.path.exists(os.path.join(HERE, fn)):
        errs.append(f'missing file: {fn}'); continue
    if not re.match(r'^\d{2}_[a-z0-9]+_[a-z0-9_]+\.txt$', fn):
        errs.append(f'{fn}: file name not NN_site_topic.txt')
    seen.add(fn)
    for k in ('origin', 'kind', 'published'):
        if not entry.get(k): errs.append(f'{fn}: missing {k}')
    if not str(entry.get('origin', '')).startswith('http'): errs.append(f'{fn}: origin not a URL')
    if not PUB.match(str(entry.get('published', ''))): errs.append(f'{fn}: bad published {entry.get("published")}')
    lines = [l for l in open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n') if l.strip()]
    if len(lines) < 8 or len(lines) > 16:
        errs.append(f'{fn}: {len(lines)-2} sentences (want 6-14)')
    body = [norm(l) for i, l in enumerate(lines) if i != 1]  # every line but the date line must be labelled
    labelled = []
    for e in entry.get('expect', []):
        s = norm(str(e.get('sentence', '')))
        labelled.append(s)
        if s not in [norm(l) for l in lines]:
            errs.append(f'{fn}: sentence not found verbatim: {s[:70]}')
        k = e.get('kind')
        if k not in KINDS: errs.append(f'{fn}: bad kind {k}')
        if not e.get('why'): errs.append(f'{fn}: no why: {s[:50]}')
        if 'source' in e and not SRC.match(str(e['source'])): errs.append(f'{fn}: bad source {e["source"]}')
        if k in ('must-flag', 'either-way'):
            if e.get('verdict') not in VERDICTS: errs.append(f'{fn}: bad verdict: {s[:50]}')
            r = e.get('reasons')
            if not r or not isinstance(r, list) or any(x not in REASONS for x in r): errs.append(f'{fn}: bad reasons: {s[:50]}')
            if not e.get('source'): errs.append(f'{fn}: flag without source: {s[:50]}')
            if e.get('verdict') == 'outdated' and not (SINCE.match(str(e.get('since', ''))) and e.get('event')):
                errs.append(f'{fn}: outdated without since/event: {s[:50]}')
        elif any(x in e for x in ('verdict', 'reasons', 'since', 'event')):
            errs.append(f'{fn}: must-not-flag carries flag fields: {s[:50]}')
    for b in body:
        if b not in labelled: errs.append(f'{fn}: unlabelled line: {b[:70]}')
    if len(labelled) != len(set(labelled)): errs.append(f'{fn}: duplicate labels')
for fn in sorted(os.listdir(HERE)):
    if fn.endswith('.txt') and fn not in seen: errs.append(f'{fn}: no YAML entry')
if errs:
    print('\n'.join(errs)); sys.exit(1)
n = sum(len(e['expect']) for e in data)
print(f'OK: {len(data)} documents, {n} labels')
