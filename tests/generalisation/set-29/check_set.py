#!/usr/bin/env python3
"""Check set-29: YAML parses, fields are well-formed, every labelled sentence occurs
verbatim (whitespace-normalised) in its file, and every line of every file is labelled."""
import os, re, sys
try:
    import yaml
except ImportError:
    sys.exit("PyYAML is required (pip install pyyaml)")

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"must-flag", "must-not-flag", "either-way"}
VERDICTS = {"overstated", "misreported", "outdated"}
REASONS = {"subgroup-as-whole", "share-misread", "correlation-as-causation", "certainty-inflated",
           "early-phase-as-efficacy", "animal-to-human", "sensational", "unsupported-comparison",
           "wrong-fact", "superseded"}
SOURCE_RE = re.compile(r"^(NCT\d{8}|pmid:\d+|doi:10\.\S+)$")
PUB_RE = re.compile(r"^(\d{4}-\d{2}(-\d{2})?|unknown)$")
SINCE_RE = re.compile(r"^\d{4}-\d{2}$")
FILE_RE = re.compile(r"^\d{2}_[a-z0-9]+_[a-z0-9_]+\.txt$")

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

errors = []
def err(msg):
    errors.append(msg)

with open(os.path.join(HERE, "EXPECTATIONS.yaml")) as fh:
    data = yaml.safe_load(fh)
if not isinstance(data, list):
    sys.exit("EXPECTATIONS.yaml must be a list of file entries")

seen_files = set()
counts = {"must-flag": 0, "must-not-flag": 0, "either-way": 0, "outdated-since": 0}
for entry in data:
    f = entry.get("file")
    if not f or not FILE_RE.match(f):
        err(f"bad file name: {f!r}"); continue
    if f in seen_files:
        err(f"duplicate file entry: {f}")
    seen_files.add(f)
    for key in ("origin", "kind", "published", "expect"):
        if key not in entry:
            err(f"{f}: missing {key}")
    if not str(entry.get("origin", "")).startswith("http"):
        err(f"{f}: origin is not a URL")
    if not PUB_RE.match(str(entry.get("published", ""))):
        err(f"{f}: bad published {entry.get('published')!r}")
    path = os.path.join(HERE, f)
    if not os.path.exists(path):
        err(f"{f}: file missing"); continue
    raw = open(path, encoding="utf-8").read().splitlines()
    lines = [l for l in raw if l.strip()]
    if len(lines) < 8 or len(lines) > 16:
        err(f"{f}: expected headline + date + 6-14 sentences, got {len(lines)} lines")
    text = norm(" ".join(lines))
    body = [norm(l) for i, l in enumerate(lines) if i != 1]  # line 2 is the date
    labelled = set()
    for ex in entry.get("expect") or []:
        s = ex.get("sentence")
        if not s:
            err(f"{f}: expectation without sentence"); continue
        ns = norm(s)
        if ns not in text:
            err(f"{f}: sentence not found in file: {s[:70]!r}")
        if ns in labelled:
            err(f"{f}: sentence labelled twice: {s[:70]!r}")
        labelled.add(ns)
        k = ex.get("kind")
        if k not in KINDS:
            err(f"{f}: bad kind {k!r}"); continue
        counts[k] += 1
        if not ex.get("why"):
            err(f"{f}: missing why for {s[:50]!r}")
        if k in ("must-flag", "either-way"):
            if ex.get("verdict") not in VERDICTS:
                err(f"{f}: bad verdict for {s[:50]!r}")
            rs = ex.get("reasons")
            if not isinstance(rs, list) or not rs or any(r not in REASONS for r in rs):
                err(f"{f}: bad reasons {rs!r}")
            if not SOURCE_RE.match(str(ex.get("source", ""))):
                err(f"{f}: bad source {ex.get('source')!r}")
            if ex.get("verdict") == "outdated":
                if not SINCE_RE.match(str(ex.get("since", ""))) or not ex.get("event"):
                    err(f"{f}: outdated label without since/event: {s[:50]!r}")
                else:
                    counts["outdated-since"] += 1
        elif "source" in ex and not SOURCE_RE.match(str(ex["source"])):
            err(f"{f}: bad source {ex['source']!r}")
    for l in body:
        if l not in labelled:
            err(f"{f}: unlabelled line: {l[:70]!r}")

for f in os.listdir(HERE):
    if f.endswith(".txt") and f not in seen_files:
        err(f"{f}: document has no entry in EXPECTATIONS.yaml")

total = counts["must-flag"] + counts["must-not-flag"] + counts["either-way"]
print(f"documents: {len(seen_files)}  labels: {total}  must-flag: {counts['must-flag']}  "
      f"must-not-flag: {counts['must-not-flag']}  either-way: {counts['either-way']}  "
      f"outdated with since: {counts['outdated-since']}")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
