#!/usr/bin/env python3
"""Checks set-25: YAML parses, fields are well formed, every labelled sentence occurs verbatim
(whitespace-normalised) in its file, every line except the date line is labelled, 6-14 body sentences,
sources are written as in the dossier, outdated labels carry since/event.
Optional: --origins re-tests each origin (held-out membership with grep -qxF only, md5 range a-c, not used
by another set). Usage: python3 check_set.py [--origins]"""
import os, re, sys, hashlib, subprocess
try:
    import yaml
except ImportError:
    sys.exit("PyYAML is required")

HERE = os.path.dirname(os.path.abspath(__file__))
DOSSIER = "/work/shared/sources/dossier.md"
KINDS = {"must-flag", "must-not-flag", "either-way"}
VERDICTS = {"overstated", "misreported", "outdated"}
REASONS = {"subgroup-as-whole", "share-misread", "correlation-as-causation", "certainty-inflated",
           "early-phase-as-efficacy", "animal-to-human", "sensational", "unsupported-comparison",
           "wrong-fact", "superseded"}
DOC_KINDS = {"news", "press-release", "charity", "forum", "blog", "registry", "abstract", "status-page",
             "lookalike", "explainer", "magazine", "radio"}
SRC = re.compile(r"^(NCT\d{8}|pmid:\d+|doi:10\.\S+)$")
PUB = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|unknown)$")
SINCE = re.compile(r"^\d{4}-\d{2}$")
norm = lambda s: " ".join(s.split())
errors = []
def err(m): errors.append(m)

with open(os.path.join(HERE, "EXPECTATIONS.yaml")) as f:
    data = yaml.safe_load(f)
if not isinstance(data, list):
    sys.exit("EXPECTATIONS.yaml must be a list")
dossier = open(DOSSIER).read() if os.path.exists(DOSSIER) else None

txts = sorted(x for x in os.listdir(HERE) if x.endswith(".txt"))
files = [e.get("file") for e in data]
for t in txts:
    if t not in files: err(f"{t}: no entry in EXPECTATIONS.yaml")
if len(files) != len(set(files)): err("duplicate file entries")

counts = {"must-flag": 0, "must-not-flag": 0, "either-way": 0}; outdated_since = 0
for e in data:
    fn = e.get("file")
    for k in ("file", "origin", "kind", "published", "expect"):
        if k not in e: err(f"{fn}: missing {k}")
    if not str(e.get("origin", "")).startswith("http"): err(f"{fn}: bad origin")
    if e.get("kind") not in DOC_KINDS: err(f"{fn}: unknown document kind {e.get('kind')}")
    if not PUB.match(str(e.get("published", ""))): err(f"{fn}: bad published {e.get('published')!r}")
    path = os.path.join(HERE, fn or "")
    if not os.path.exists(path):
        err(f"{fn}: file missing"); continue
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
    lines = [l for l in lines if l.strip()]
    if len(lines) < 8 or len(lines) > 16: err(f"{fn}: {len(lines)-2} body sentences (want 6-14)")
    labelled = [norm(x.get("sentence", "")) for x in e.get("expect", [])]
    if len(labelled) != len(set(labelled)): err(f"{fn}: duplicate labelled sentence")
    text = norm(" ".join(lines))
    for i, l in enumerate(lines):
        if i == 1: continue  # date line
        if norm(l) not in labelled: err(f"{fn}: line {i+1} not labelled: {l[:60]}")
    for x in e.get("expect", []):
        s = x.get("sentence", "")
        if norm(s) not in text: err(f"{fn}: labelled sentence not in file: {s[:60]}")
        k = x.get("kind")
        if k not in KINDS: err(f"{fn}: bad kind {k}"); continue
        counts[k] += 1
        if not x.get("why"): err(f"{fn}: label without why: {s[:50]}")
        if "source" in x:
            if not SRC.match(str(x["source"])): err(f"{fn}: bad source {x['source']}")
            elif dossier is not None:
                ident = x["source"].split(":", 1)[-1]
                if ident not in dossier: err(f"{fn}: source {x['source']} not written in dossier")
        if k in ("must-flag", "either-way"):
            if x.get("verdict") not in VERDICTS: err(f"{fn}: bad verdict {x.get('verdict')}")
            rs = x.get("reasons")
            if not rs or not isinstance(rs, list) or any(r not in REASONS for r in rs): err(f"{fn}: bad reasons {rs}")
            if "source" not in x: err(f"{fn}: {k} without source")
            if x.get("verdict") == "outdated":
                if not SINCE.match(str(x.get("since", ""))) or not x.get("event"):
                    err(f"{fn}: outdated label needs since (YYYY-MM) and event")
                else:
                    outdated_since += 1
        else:
            for k2 in ("verdict", "reasons", "since", "event"):
                if k2 in x: err(f"{fn}: must-not-flag carries {k2}")

if "--origins" in sys.argv:
    held = "/work/shared/benchmarks/held-out-pages.txt"
    gen = "/work/main/tests/generalisation/"
    for e in data:
        u = e["origin"]
        if subprocess.run(["grep", "-qxF", u, held]).returncode == 0: err(f"{e['file']}: origin is HELD")
        if hashlib.md5(u.encode()).hexdigest()[0] not in "abc": err(f"{e['file']}: origin outside md5 range a-c")
        r = subprocess.run(["grep", "-rqF", u, gen])
        if r.returncode == 0: err(f"{e['file']}: origin already used in {gen}")

total = sum(counts.values())
print(f"documents {len(data)}, labels {total}: must-flag {counts['must-flag']}, must-not-flag {counts['must-not-flag']}, "
      f"either-way {counts['either-way']}, outdated with since {outdated_since}")
if errors:
    print("\n".join("ERROR " + m for m in errors)); sys.exit(1)
print("OK")
