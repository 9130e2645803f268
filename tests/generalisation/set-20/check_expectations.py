#!/usr/bin/env python3
"""Validate set-20: YAML parses, every labelled sentence occurs verbatim (whitespace-normalised)
in its file, body length is 12-18 lines, label fields are complete, and print counts."""
import os, re, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"overstated", "misreported", "outdated"}
REASONS = {"wrong-fact", "subgroup-as-whole", "share-misread", "early-phase-as-efficacy", "animal-to-human",
           "correlation-as-causation", "certainty-inflated", "sensational", "unsupported-comparison",
           "population-overgeneralised", "superseded"}
norm = lambda s: re.sub(r"\s+", " ", s).strip()

data = yaml.safe_load(open(os.path.join(HERE, "EXPECTATIONS.yaml"), encoding="utf-8"))
errors, rows, tot = [], [], collections.Counter()
for doc in data:
    for k in ("file", "origin", "kind", "published", "expect"):
        if k not in doc:
            errors.append(f"{doc.get('file')}: missing {k}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(doc["published"])):
        errors.append(f"{doc['file']}: published not YYYY-MM-DD")
    lines = [l for l in open(os.path.join(HERE, doc["file"]), encoding="utf-8").read().splitlines() if l.strip()]
    body = lines[2:]
    if not 12 <= len(body) <= 18:
        errors.append(f"{doc['file']}: body has {len(body)} lines")
    text = norm(" ".join(lines))
    normlines = [norm(l) for l in lines]
    c = collections.Counter()
    seen = set()
    for e in doc["expect"]:
        s = norm(e["sentence"])
        if s not in text:
            errors.append(f"{doc['file']}: not found: {s[:70]}")
        if s not in normlines:
            errors.append(f"{doc['file']}: not a whole line: {s[:70]}")
        if s in seen:
            errors.append(f"{doc['file']}: duplicate label: {s[:70]}")
        seen.add(s)
        c[e["kind"]] += 1
        if e["kind"] not in ("must-flag", "must-not-flag", "either-way"):
            errors.append(f"{doc['file']}: bad kind {e['kind']}")
        if e["kind"] != "must-not-flag":
            if e.get("verdict") not in VERDICTS:
                errors.append(f"{doc['file']}: bad verdict: {s[:50]}")
            if not e.get("reasons") or not set(e["reasons"]) <= REASONS:
                errors.append(f"{doc['file']}: bad reasons: {s[:50]}")
            if not e.get("source"):
                errors.append(f"{doc['file']}: no source: {s[:50]}")
            if e.get("verdict") == "outdated" and not (e.get("since") and e.get("event")):
                errors.append(f"{doc['file']}: outdated without since/event: {s[:50]}")
        if not e.get("why"):
            errors.append(f"{doc['file']}: no why: {s[:50]}")
    tot.update(c)
    rows.append((doc["file"], doc["kind"], doc["published"], c["must-flag"], c["must-not-flag"], c["either-way"]))

for r in rows:
    print("| %s | %s | %s | %d (%d / %d / %d) |" % (r[0], r[1], r[2], r[3] + r[4] + r[5], r[3], r[4], r[5]))
print("TOTAL", dict(tot), "labels:", sum(tot.values()), "documents:", len(data))
v = collections.Counter((e["kind"], e.get("verdict")) for d in data for e in d["expect"] if e["kind"] != "must-not-flag")
print("verdicts:", dict(v))
rc = collections.Counter(r for d in data for e in d["expect"] if e["kind"] != "must-not-flag" for r in e["reasons"])
print("reasons:", dict(rc.most_common()))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
