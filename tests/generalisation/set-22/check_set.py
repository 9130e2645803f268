#!/usr/bin/env python3
"""Validate set-22: YAML parses, every labelled sentence occurs verbatim (whitespace-normalised)
in its document, required fields are present, and print counts."""
import os, re, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
REASONS = {"subgroup-as-whole", "share-misread", "correlation-as-causation", "certainty-inflated",
           "early-phase-as-efficacy", "animal-to-human", "sensational", "unsupported-comparison",
           "wrong-fact", "superseded",
           # extensions used in this set (each label also lists a seed code)
           "population-overgeneralised", "predicted-as-observed"}
VERDICTS = {"overstated", "misreported", "outdated"}
KINDS = {"must-flag", "must-not-flag", "either-way"}

def norm(s): return re.sub(r"\s+", " ", s).strip()

errors = []
data = yaml.safe_load(open(os.path.join(HERE, "EXPECTATIONS.yaml")))
assert isinstance(data, list), "top level must be a list"
totals = collections.Counter(); verdicts = collections.Counter(); reasons = collections.Counter()
rows = []
txts = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
seen = set()
for d in data:
    f = d["file"]; seen.add(f)
    for key in ("file", "origin", "kind", "published", "expect"):
        if key not in d: errors.append(f"{f}: missing {key}")
    if d.get("origin") != "synthetic": errors.append(f"{f}: origin not synthetic")
    path = os.path.join(HERE, f)
    if not os.path.exists(path): errors.append(f"{f}: file missing"); continue
    lines = open(path).read().splitlines()
    body = [l for l in lines[2:] if l.strip()]
    if not 10 <= len(body) <= 16: errors.append(f"{f}: body has {len(body)} lines")
    text = norm(" ".join(lines))
    c = collections.Counter()
    sents = [norm(e["sentence"]) for e in d["expect"]]
    if len(sents) != len(set(sents)): errors.append(f"{f}: duplicate sentence labels")
    for e in d["expect"]:
        s = norm(e["sentence"])
        if s not in text: errors.append(f"{f}: sentence not found: {s[:70]}")
        k = e.get("kind")
        if k not in KINDS: errors.append(f"{f}: bad kind {k}")
        c[k] += 1; totals[k] += 1
        if k in ("must-flag", "either-way"):
            for key in ("verdict", "reasons", "source", "why"):
                if not e.get(key): errors.append(f"{f}: {k} missing {key}: {s[:50]}")
            if e.get("verdict") not in VERDICTS: errors.append(f"{f}: bad verdict {e.get('verdict')}")
            for r in e.get("reasons", []):
                if r not in REASONS: errors.append(f"{f}: unknown reason {r}")
                reasons[r] += 1
            if not set(e.get("reasons", [])) & (REASONS - {"population-overgeneralised", "predicted-as-observed"}):
                errors.append(f"{f}: no seed reason code: {s[:50]}")
            verdicts[(k, e.get("verdict"))] += 1
            if e.get("verdict") == "outdated":
                if not re.fullmatch(r"\d{4}-\d{2}", str(e.get("since", ""))) or not e.get("event"):
                    errors.append(f"{f}: outdated without since/event: {s[:50]}")
                elif str(e["since"]) <= str(d["published"])[:7]:
                    errors.append(f"{f}: since {e['since']} not after published {d['published']}")
    rows.append((f, d["kind"], d["published"], sum(c.values()), c["must-flag"], c["must-not-flag"], c["either-way"]))
for t in txts:
    if t not in seen: errors.append(f"{t}: no entry in EXPECTATIONS.yaml")

print("| file | kind | published | labels (must-flag / must-not-flag / either-way) |")
print("|---|---|---|---|")
for f, k, p, n, a, b, c in rows:
    print(f"| {f} | {k} | {p} | {n} ({a} / {b} / {c}) |")
print()
print("documents:", len(rows), "labels:", sum(totals.values()), dict(totals))
print("verdicts:", {f"{k}:{v}": n for (k, v), n in sorted(verdicts.items())})
print("reasons:", dict(reasons.most_common()))
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nOK")
