#!/usr/bin/env python3
"""Consistency checks for set-26 (stdlib + PyYAML).

Checks: EXPECTATIONS.yaml parses; file entries have origin/kind/published in the right shape;
every expectation has a valid kind/verdict/reasons/source/why (outdated labels need since/event);
every labelled sentence occurs verbatim (whitespace-normalised) as a line of its file; every line
of every file except line 2 (the date line) is labelled exactly once; each document has 6-14
sentences after the two header lines; the set has 28-32 documents.
Optional: --origins re-runs the page tests (held-out membership via `grep -qxF` only, md5 prefix d/e/f,
not used under tests/generalisation) when run from a checkout with those paths.
"""
import os, re, sys, glob, hashlib, subprocess
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'must-flag', 'must-not-flag', 'either-way'}
VERDICTS = {'overstated', 'misreported', 'outdated'}
REASONS = {'subgroup-as-whole', 'share-misread', 'correlation-as-causation', 'certainty-inflated',
           'early-phase-as-efficacy', 'animal-to-human', 'sensational', 'unsupported-comparison',
           'wrong-fact', 'superseded'}
DOC_KINDS = {'news', 'press-release', 'charity', 'forum', 'blog', 'registry', 'abstract', 'status-page',
             'lookalike', 'opinion', 'podcast'}
SRC = re.compile(r'^(NCT\d{8}|pmid:\d+|doi:10\.\S+)$')
PUB = re.compile(r'^(\d{4}-\d{2}(-\d{2})?|unknown)$')
SINCE = re.compile(r'^\d{4}-\d{2}$')

def norm(s):
    return ' '.join(str(s).split())

def main():
    errs = []
    data = yaml.safe_load(open(os.path.join(HERE, 'EXPECTATIONS.yaml')))
    if not isinstance(data, list):
        print('FAIL: top level is not a list'); return 1
    txts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.txt')))
    listed = [e.get('file') for e in data]
    if sorted(listed) != txts:
        errs.append('file list mismatch: yaml=%s txt=%s' % (sorted(set(listed) ^ set(txts)), ''))
    if len(set(listed)) != len(listed):
        errs.append('duplicate file entries')
    if not (28 <= len(txts) <= 32):
        errs.append('document count %d not in 28-32' % len(txts))
    counts = {'must-flag': 0, 'must-not-flag': 0, 'either-way': 0}
    outdated_since = 0
    for e in data:
        f = e.get('file', '?')
        if not re.match(r'^\d\d_[a-z0-9]+_[a-z0-9_]+\.txt$', f):
            errs.append('%s: bad file name' % f)
        if not str(e.get('origin', '')).startswith('http'):
            errs.append('%s: bad origin' % f)
        if e.get('kind') not in DOC_KINDS:
            errs.append('%s: bad kind %r' % (f, e.get('kind')))
        if not PUB.match(str(e.get('published', ''))):
            errs.append('%s: bad published %r' % (f, e.get('published')))
        path = os.path.join(HERE, f)
        if not os.path.exists(path):
            errs.append('%s: missing file' % f); continue
        lines = [l.rstrip('\n') for l in open(path, encoding='utf-8')]
        if any(not l.strip() for l in lines):
            errs.append('%s: empty line' % f)
        body = [norm(l) for i, l in enumerate(lines) if i != 1]
        nsent = len(lines) - 2
        if not (6 <= nsent <= 14):
            errs.append('%s: %d sentences (want 6-14)' % (f, nsent))
        labelled = []
        for x in e.get('expect', []):
            s = norm(x.get('sentence', ''))
            k = x.get('kind')
            if k not in KINDS:
                errs.append('%s: bad label kind %r' % (f, k))
            else:
                counts[k] += 1
            if not x.get('why'):
                errs.append('%s: no why for %r' % (f, s[:50]))
            if 'source' in x and not SRC.match(str(x['source'])):
                errs.append('%s: bad source %r' % (f, x['source']))
            if k in ('must-flag', 'either-way'):
                if x.get('verdict') not in VERDICTS:
                    errs.append('%s: bad verdict for %r' % (f, s[:50]))
                r = x.get('reasons')
                if not isinstance(r, list) or not r or any(y not in REASONS for y in r):
                    errs.append('%s: bad reasons for %r' % (f, s[:50]))
                if 'source' not in x:
                    errs.append('%s: flag without source: %r' % (f, s[:50]))
                if x.get('verdict') == 'outdated':
                    if not SINCE.match(str(x.get('since', ''))) or not x.get('event'):
                        errs.append('%s: outdated without since/event: %r' % (f, s[:50]))
                    elif k == 'must-flag':
                        outdated_since += 1
            else:
                if 'verdict' in x or 'reasons' in x:
                    errs.append('%s: must-not-flag with verdict/reasons: %r' % (f, s[:50]))
            if s not in body:
                errs.append('%s: sentence not found verbatim: %r' % (f, s[:70]))
            labelled.append(s)
        for l in body:
            c = labelled.count(l)
            if c != 1:
                errs.append('%s: line labelled %d times: %r' % (f, c, l[:70]))
    if '--origins' in sys.argv:
        root = '/work'
        held = os.path.join(root, 'shared/benchmarks/held-out-pages.txt')
        gen = os.path.join(root, 'main/tests/generalisation')
        for e in data:
            u = e['origin']
            if subprocess.run(['grep', '-qxF', u, held]).returncode == 0:
                errs.append('HELD origin %s' % u)
            if hashlib.md5(u.encode()).hexdigest()[0] not in 'def':
                errs.append('origin outside hash range %s' % u)
            if subprocess.run(['grep', '-rqF', u, gen]).returncode == 0:
                errs.append('origin already used %s' % u)
    for x in errs:
        print('FAIL:', x)
    print('documents=%d labels=%d must-flag=%d must-not-flag=%d either-way=%d must-flag-outdated-with-since=%d'
          % (len(txts), sum(counts.values()), counts['must-flag'], counts['must-not-flag'], counts['either-way'], outdated_since))
    print('OK' if not errs else '%d problem(s)' % len(errs))
    return 0 if not errs else 1

if __name__ == '__main__':
    sys.exit(main())
