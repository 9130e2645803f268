#!/usr/bin/env python3
"""Check set-32: YAML parses, fields well formed, labels match files verbatim, every line after line 2 labelled."""
import os, re, sys, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"must-flag", "must-not-flag", "either-way"}
VERDICTS = {"overstated", "misreported", "outdated"}
REASONS = {"subgroup-as-whole", "share-misread", "correlation-as-causation", "certainty-inflated",
           "early-phase-as-efficacy", "animal-to-human", "sensational", "unsupported-comparison",
           "wrong-fact", "superseded", "population-overgeneralised"}
SRC = re.compile(r"^(NCT\d{8}|pmid:\d+|doi:10\.\S+)$")
norm = lambda s: " ".join(s.split())
errs = []
def err(m): errs.append(m)
data = yaml.safe_load(open(os.path.join(HERE, "EXPECTATIONS.yaml")))
assert isinstance(data, list), "top level must be a list"
tot = dict(labels=0, **{k: 0 for k in KINDS}, outdated=0)
dated = undated = 0
for entry in data:
    fn = entry.get("file")
    for k in ("file", "origin", "kind", "published", "expect"):
        if k not in entry: err(f"{fn}: missing {k}")
    if entry.get("origin") != "synthetic": err(f"{fn}: origin must be synthetic")
    pub = str(entry.get("published"))
    if pub != "unknown" and not re.match(r"^\d{4}-\d{2}-\d{2}$", pub): err(f"{fn}: bad published {pub}")
    path = os.path.join(HERE, fn)
    if not os.path.exists(path): err(f"{fn}: file missing"); continue
    lines = [l for l in open(path).read().split("\n") if l.strip()]
    if pub == "unknown":
        undated += 1
        if lines[1] != "(no date shown)": err(f"{fn}: line 2 should be '(no date shown)'")
    else:
        dated += 1
        if not re.match(r"^\d{1,2} [A-Z][a-z]+ \d{4}$", lines[1]): err(f"{fn}: bad date line {lines[1]!r}")
        if not ("2016" <= pub[:4] <= "2026"): err(f"{fn}: date out of range")
    body = lines[2:]
    if not 12 <= len(body) <= 15: err(f"{fn}: {len(body)} sentences (need 12-15)")
    text = norm(open(path).read())
    labelled = set()
    for e in entry["expect"]:
        s = e.get("sentence", ""); tot["labels"] += 1
        if norm(s) not in text: err(f"{fn}: not verbatim: {s[:60]}")
        if norm(s) in labelled: err(f"{fn}: duplicate label: {s[:60]}")
        labelled.add(norm(s))
        kd = e.get("kind")
        if kd not in KINDS: err(f"{fn}: bad kind {kd}"); continue
        tot[kd] += 1
        if not e.get("why"): err(f"{fn}: missing why: {s[:60]}")
        if kd != "must-not-flag":
            if e.get("verdict") not in VERDICTS: err(f"{fn}: bad verdict: {s[:60]}")
            r = e.get("reasons")
            if not r or not isinstance(r, list) or not set(r) <= REASONS: err(f"{fn}: bad reasons {r}")
            if not SRC.match(str(e.get("source", ""))): err(f"{fn}: bad source {e.get('source')}")
        if e.get("verdict") == "outdated":
            tot["outdated"] += 1
            if pub == "unknown": err(f"{fn}: outdated on undated page")
            if not re.match(r"^\d{4}-\d{2}$", str(e.get("since", ""))) or not e.get("event"):
                err(f"{fn}: outdated needs since YYYY-MM and event")
            elif str(e["since"]) <= pub[:7]: err(f"{fn}: since not after page date")
    if norm(lines[0]) not in labelled: err(f"{fn}: headline not labelled")
    for l in body:
        if norm(l) not in labelled: err(f"{fn}: unlabelled line: {l[:60]}")
if tot["outdated"] < 8: err("fewer than 8 outdated")
if dated != 6 or undated != 6: err(f"dated={dated} undated={undated}, need 6/6")
print("documents:", len(data), tot)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
