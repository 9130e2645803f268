#!/usr/bin/env python3
"""Checks set-28: YAML parses, fields well formed, labels verbatim in files, every body line labelled."""
import os, re, sys, datetime
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DOSSIER = "/work/shared/sources/dossier.md"
KINDS = {"must-flag", "must-not-flag", "either-way"}
VERDICTS = {"overstated", "misreported", "outdated"}
REASONS = {"subgroup-as-whole", "share-misread", "correlation-as-causation", "certainty-inflated",
           "early-phase-as-efficacy", "animal-to-human", "sensational", "unsupported-comparison",
           "wrong-fact", "superseded", "population-overgeneralised"}
SRC = re.compile(r"^(NCT\d{8}|pmid:\d{6,9}|doi:10\.\d{4,9}/\S+)$")
errors = []
def err(msg): errors.append(msg)
norm = lambda t: " ".join(t.split())

try:
    data = yaml.safe_load(open(os.path.join(HERE, "EXPECTATIONS.yaml"), encoding="utf-8"))
except Exception as e:
    sys.exit(f"FAIL: YAML does not parse: {e}")
if not isinstance(data, list) or not data:
    sys.exit("FAIL: top level must be a non-empty list")
dossier = open(DOSSIER, encoding="utf-8").read() if os.path.exists(DOSSIER) else None

counts = dict(documents=0, labels=0, **{k: 0 for k in KINDS}, outdated=0, undated=0)
seen_files = set()
for entry in data:
    f = entry.get("file")
    if not isinstance(f, str) or not re.match(r"^\d\d_[a-z0-9-]+_[a-z0-9-]+\.txt$", f):
        err(f"bad file name {f!r}"); continue
    if f in seen_files: err(f"{f}: listed twice")
    seen_files.add(f)
    if entry.get("origin") != "synthetic": err(f"{f}: origin must be synthetic")
    if not isinstance(entry.get("kind"), str) or not entry["kind"].strip(): err(f"{f}: kind missing")
    pub = entry.get("published")
    if pub != "unknown":
        try: datetime.date.fromisoformat(str(pub))
        except ValueError: err(f"{f}: published must be YYYY-MM-DD or unknown, got {pub!r}")
    path = os.path.join(HERE, f)
    if not os.path.exists(path): err(f"{f}: file missing"); continue
    lines = open(path, encoding="utf-8").read().splitlines()
    counts["documents"] += 1
    if len(lines) < 3: err(f"{f}: too short"); continue
    body = [l for l in lines[2:] if l.strip()]
    if not 12 <= len(body) <= 15: err(f"{f}: {len(body)} sentences, want 12-15")
    if lines[1] == "(no date shown)":
        counts["undated"] += 1
        if pub != "unknown": err(f"{f}: undated page but published={pub}")
    else:
        try: d = datetime.datetime.strptime(lines[1].strip(), "%d %B %Y").date()
        except ValueError: err(f"{f}: line 2 must be '(no date shown)' or a date like '14 March 2023'"); d = None
        if d and str(d) != str(pub): err(f"{f}: date line {d} != published {pub}")
    text = norm("\n".join(lines))
    exp = entry.get("expect")
    if not isinstance(exp, list) or not exp: err(f"{f}: expect missing"); continue
    labelled = set()
    for i, e in enumerate(exp):
        where = f"{f}#{i}"
        s = e.get("sentence")
        if not isinstance(s, str) or not s.strip(): err(f"{where}: sentence missing"); continue
        if norm(s) in labelled: err(f"{where}: duplicate label {s[:50]!r}")
        labelled.add(norm(s))
        if norm(s) not in text: err(f"{where}: sentence not verbatim in file: {s[:60]!r}")
        k = e.get("kind")
        if k not in KINDS: err(f"{where}: bad kind {k!r}"); continue
        counts["labels"] += 1; counts[k] += 1
        if not isinstance(e.get("why"), str) or len(e["why"].strip()) < 5: err(f"{where}: why missing")
        if k == "must-not-flag":
            for fld in ("verdict", "reasons", "source", "since", "event"):
                if fld in e: err(f"{where}: must-not-flag should not carry {fld}")
            continue
        if "§" not in e.get("why", ""): err(f"{where}: why must cite a dossier section (§)")
        v = e.get("verdict")
        if v not in VERDICTS: err(f"{where}: bad verdict {v!r}")
        r = e.get("reasons")
        if not isinstance(r, list) or not r or not set(r) <= REASONS: err(f"{where}: bad reasons {r!r}")
        src = e.get("source")
        if not isinstance(src, str) or not SRC.match(src): err(f"{where}: bad source {src!r}")
        elif dossier is not None:
            key = src.split(":", 1)[1] if ":" in src else src
            if key not in dossier: err(f"{where}: source {src} not found in the dossier")
        if v == "outdated":
            if k == "must-flag": counts["outdated"] += 1
            if pub == "unknown": err(f"{where}: outdated needs a dated page (use misreported on undated pages)")
            since = str(e.get("since", ""))
            if not re.match(r"^\d{4}-\d{2}$", since): err(f"{where}: outdated needs since: YYYY-MM")
            elif pub != "unknown" and since <= str(pub)[:7]: err(f"{where}: since {since} not after published {pub}")
            if not isinstance(e.get("event"), str) or not e["event"].strip(): err(f"{where}: outdated needs event")
        elif "since" in e or "event" in e:
            err(f"{where}: since/event only with verdict outdated")
    if norm(lines[0]) not in labelled: err(f"{f}: headline not labelled")
    for n, l in enumerate(lines[2:], start=3):
        if l.strip() and norm(l) not in labelled: err(f"{f}:{n}: line not labelled: {l[:60]!r}")

on_disk = {x for x in os.listdir(HERE) if x.endswith(".txt")}
for x in sorted(on_disk - seen_files): err(f"{x}: document has no entry in EXPECTATIONS.yaml")
if counts["undated"] < 8: err(f"only {counts['undated']} undated documents, want >= 8")

print("counts:", ", ".join(f"{k}={v}" for k, v in counts.items()))
if errors:
    print(f"FAIL: {len(errors)} problem(s)"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
