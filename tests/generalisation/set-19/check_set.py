#!/usr/bin/env python3
"""Validate set-19: YAML parses, required fields present, every sentence occurs verbatim
(whitespace-normalised) in its file, files have 12-18 body lines, and print counts."""
import os, re, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"overstated", "misreported", "outdated"}
KINDS = {"must-flag", "must-not-flag", "either-way"}
REASONS = {"subgroup-as-whole", "share-misread", "correlation-as-causation", "certainty-inflated",
           "early-phase-as-efficacy", "animal-to-human", "sensational", "unsupported-comparison",
           "wrong-fact", "superseded", "population-overgeneralised"}
SRC = re.compile(r"^(NCT\d{8}|pmid:\d+|doi:10\.\S+)$")

def norm(t):
    return re.sub(r"\s+", " ", t).strip()

data = yaml.safe_load(open(os.path.join(HERE, "EXPECTATIONS.yaml"), encoding="utf-8"))
errors = []
counts = collections.Counter()
verdicts = collections.Counter()
rows = []
seen_files = set()
for doc in data:
    f = doc["file"]
    seen_files.add(f)
    for key in ("origin", "kind", "published", "expect"):
        if key not in doc:
            errors.append(f"{f}: missing {key}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(doc.get("published"))):
        errors.append(f"{f}: published not YYYY-MM-DD")
    path = os.path.join(HERE, f)
    lines = open(path, encoding="utf-8").read().splitlines()
    body = [l for l in lines[2:] if l.strip()]
    if not 12 <= len(body) <= 18:
        errors.append(f"{f}: {len(body)} body lines")
    text = norm("\n".join(lines))
    normlines = [norm(l) for l in lines]
    c = collections.Counter()
    seen = set()
    for e in doc["expect"]:
        s = e["sentence"]
        if norm(s) not in text:
            errors.append(f"{f}: sentence not found: {s[:70]}")
        if norm(s) in seen:
            errors.append(f"{f}: duplicate label: {s[:70]}")
        seen.add(norm(s))
        k = e["kind"]
        if k not in KINDS:
            errors.append(f"{f}: bad kind {k}")
        c[k] += 1
        counts[k] += 1
        if k in ("must-flag", "either-way"):
            for key in ("verdict", "reasons", "source", "why"):
                if key not in e:
                    errors.append(f"{f}: {k} missing {key}: {s[:50]}")
            v = e.get("verdict")
            if v not in VERDICTS:
                errors.append(f"{f}: bad verdict {v}")
            verdicts[(k, v)] += 1
            bad = set(e.get("reasons", [])) - REASONS
            if bad:
                errors.append(f"{f}: unknown reasons {bad}")
            if v == "outdated":
                if k == "must-flag" and not re.match(r'^\d{4}-\d{2}$', str(e.get("since", ""))):
                    errors.append(f"{f}: outdated must-flag without since: {s[:50]}")
                if "event" not in e:
                    errors.append(f"{f}: outdated without event: {s[:50]}")
                if k == "must-flag" and str(e.get("since")) <= str(doc["published"])[:7]:
                    errors.append(f"{f}: outdated since {e.get('since')} not after published {doc['published']}")
        if "source" in e and not SRC.match(str(e["source"])):
            errors.append(f"{f}: odd source {e['source']}")
    rows.append((f, doc["kind"], doc["published"], c["must-flag"], c["must-not-flag"], c["either-way"], len(body)))

for f in sorted(os.listdir(HERE)):
    if f.endswith(".txt") and f not in seen_files:
        errors.append(f"{f}: no entry in EXPECTATIONS.yaml")

for r in rows:
    print("| %s | %s | %s | %d / %d / %d | body lines %d" % r)
print("totals:", dict(counts), "labels:", sum(counts.values()))
print("verdicts:", dict(verdicts))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
