#!/usr/bin/env python3
"""Sanity checks for set-30: YAML parses, fields well formed, labels match files verbatim."""
import os, re, sys, datetime
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DOSSIER = "/work/shared/sources/dossier.md"
KINDS = {"must-flag", "must-not-flag", "either-way"}
VERDICTS = {"overstated", "misreported", "outdated"}
REASONS = {"subgroup-as-whole", "share-misread", "correlation-as-causation", "certainty-inflated",
           "early-phase-as-efficacy", "animal-to-human", "sensational", "unsupported-comparison",
           "wrong-fact", "superseded", "population-overgeneralised"}
SRC_RE = re.compile(r"^(NCT\d{8}|pmid:\d+|doi:10\.\S+)$")
DATE_LINE_RE = re.compile(r"^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$")
errors = []
def err(m): errors.append(m)
def norm(s): return " ".join(s.split())

dossier = open(DOSSIER).read() if os.path.exists(DOSSIER) else None
data = yaml.safe_load(open(os.path.join(HERE, "EXPECTATIONS.yaml")))
if not isinstance(data, list): sys.exit("EXPECTATIONS.yaml must be a list")
txts = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
listed = [d.get("file") for d in data]
if sorted(listed) != txts: err(f"files listed {sorted(listed)} != txt files {txts}")
if len(txts) != 12: err(f"expected 12 documents, found {len(txts)}")
undated = 0
for d in data:
    f = d.get("file", "?")
    if not re.match(r"^\d\d_[a-z0-9-]+_[a-z0-9-]+\.txt$", f): err(f"{f}: name not NN_register_topic.txt")
    if set(d) != {"file", "origin", "kind", "published", "expect"}: err(f"{f}: file keys {sorted(d)}")
    if d.get("origin") != "synthetic": err(f"{f}: origin must be synthetic")
    if not isinstance(d.get("kind"), str) or not d["kind"]: err(f"{f}: kind (register) missing")
    pub = str(d.get("published"))
    if pub != "unknown":
        try: datetime.date.fromisoformat(pub)
        except ValueError: err(f"{f}: published {pub!r} not YYYY-MM-DD or unknown")
    path = os.path.join(HERE, f)
    if not os.path.exists(path): err(f"{f}: missing"); continue
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
    if any(not l.strip() for l in lines): err(f"{f}: blank line")
    if len(lines) < 2: err(f"{f}: too short"); continue
    if lines[1] == "(no date shown)":
        undated += 1
        if pub != "unknown": err(f"{f}: undated page but published={pub}")
    elif DATE_LINE_RE.match(lines[1]):
        dt = datetime.datetime.strptime(lines[1], "%d %B %Y").date().isoformat()
        if dt != pub: err(f"{f}: date line {lines[1]!r} != published {pub}")
    else: err(f"{f}: line 2 is neither '(no date shown)' nor a date")
    body = lines[2:]
    if not 12 <= len(body) <= 15: err(f"{f}: {len(body)} sentences (want 12-15)")
    labelled = {}
    for e in d.get("expect", []):
        s = e.get("sentence")
        if not isinstance(s, str) or not s.strip(): err(f"{f}: empty sentence"); continue
        if norm(s) in labelled: err(f"{f}: duplicate label {s[:50]!r}")
        labelled[norm(s)] = e
        k = e.get("kind")
        if k not in KINDS: err(f"{f}: bad kind {k!r} for {s[:50]!r}")
        if not isinstance(e.get("why"), str) or len(e["why"]) < 5: err(f"{f}: why missing for {s[:50]!r}")
        allowed = {"sentence", "kind", "why"}
        if k in ("must-flag", "either-way"):
            allowed |= {"verdict", "reasons", "source", "since", "event"}
            v = e.get("verdict")
            if v not in VERDICTS: err(f"{f}: bad verdict {v!r} for {s[:50]!r}")
            r = e.get("reasons")
            if not isinstance(r, list) or not r or not set(r) <= REASONS: err(f"{f}: bad reasons {r!r} for {s[:50]!r}")
            src = e.get("source")
            if not isinstance(src, str) or not SRC_RE.match(src): err(f"{f}: bad source {src!r}")
            elif dossier is not None:
                ident = src.split(":", 1)[1] if ":" in src else src
                if ident not in dossier: err(f"{f}: source {src} not found in dossier")
            if v == "outdated":
                if pub == "unknown": err(f"{f}: outdated on an undated page: {s[:50]!r}")
                since = str(e.get("since", ""))
                if not re.match(r"^\d{4}-\d{2}$", since): err(f"{f}: outdated needs since YYYY-MM: {s[:50]!r}")
                elif pub != "unknown" and since < pub[:7]: err(f"{f}: since {since} before page date {pub}")
                if not e.get("event"): err(f"{f}: outdated needs event: {s[:50]!r}")
            elif "since" in e or "event" in e: err(f"{f}: since/event only for outdated")
        extra = set(e) - allowed
        if extra: err(f"{f}: unexpected keys {sorted(extra)} for {s[:50]!r}")
    normlines = [norm(l) for l in lines]
    for s in labelled:
        if s not in normlines: err(f"{f}: labelled sentence not found verbatim as a line: {s[:60]!r}")
    for i, l in enumerate(lines):
        if i == 1: continue
        if norm(l) not in labelled: err(f"{f}: line {i+1} not labelled: {l[:60]!r}")
if undated < 8: err(f"only {undated} undated documents (need >= 8)")
if errors:
    print("\n".join("FAIL: " + e for e in errors)); sys.exit(1)
allx = [e for d in data for e in d["expect"]]
cnt = {k: sum(e["kind"] == k for e in allx) for k in KINDS}
out = sum(e["kind"] == "must-flag" and e.get("verdict") == "outdated" for e in allx)
print(f"OK: {len(data)} documents, {len(allx)} labels, must-flag {cnt['must-flag']}, "
      f"must-not-flag {cnt['must-not-flag']}, either-way {cnt['either-way']}, outdated (must-flag) {out}, undated {undated}")
