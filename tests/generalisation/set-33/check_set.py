#!/usr/bin/env python3
"""Validate set-33: YAML parses, fields well-formed, every labelled sentence occurs verbatim
(whitespace-normalised) in its file, and every line of every file (except the date line) is labelled."""
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is required: pip install pyyaml")

HERE = os.path.dirname(os.path.abspath(__file__))
DOSSIER = "/work/shared/sources/dossier.md"
KINDS = {"must-flag", "must-not-flag", "either-way"}
VERDICTS = {"overstated", "misreported", "outdated"}
REASONS = {"subgroup-as-whole", "share-misread", "correlation-as-causation", "certainty-inflated",
           "early-phase-as-efficacy", "animal-to-human", "sensational", "unsupported-comparison",
           "population-overgeneralised", "wrong-fact", "superseded"}
SOURCE_RE = re.compile(r"^(NCT\d{8}|pmid:\d+|doi:10\.\S+)$")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DATE_RE = re.compile(r"^(\d{1,2}) (%s) (\d{4})$" % "|".join(MONTHS))


def norm(s):
    return " ".join(str(s).split())


def main():
    errors = []
    err = errors.append
    dossier = open(DOSSIER, encoding="utf-8").read() if os.path.exists(DOSSIER) else None
    with open(os.path.join(HERE, "EXPECTATIONS.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, list):
        sys.exit("EXPECTATIONS.yaml: top level must be a list")
    txts = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    listed = [e.get("file") for e in data]
    for f in txts:
        if f not in listed:
            err(f"{f}: not in EXPECTATIONS.yaml")
    if len(set(listed)) != len(listed):
        err("duplicate file entries")
    totals = dict(labels=0, must=0, mnf=0, ew=0, outdated=0)
    dated = 0
    for entry in data:
        f = entry.get("file")
        where = f"{f}"
        for key in ("file", "origin", "kind", "published", "expect"):
            if key not in entry:
                err(f"{where}: missing {key}")
        if entry.get("origin") != "synthetic":
            err(f"{where}: origin must be 'synthetic'")
        if not isinstance(entry.get("kind"), str) or not entry.get("kind").strip():
            err(f"{where}: kind (register) must be a non-empty string")
        pub = str(entry.get("published"))
        if pub != "unknown" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
            err(f"{where}: published must be YYYY-MM-DD or unknown, got {pub!r}")
        path = os.path.join(HERE, f or "")
        if not f or not os.path.exists(path):
            err(f"{where}: file missing")
            continue
        lines = [l for l in open(path, encoding="utf-8").read().split("\n")]
        while lines and not lines[-1].strip():
            lines.pop()
        if any(not l.strip() for l in lines):
            err(f"{where}: blank line inside document")
        if len(lines) < 3:
            err(f"{where}: too short")
            continue
        date_line = lines[1].strip()
        m = DATE_RE.match(date_line)
        if m:
            dated += 1
            iso = "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(2)) + 1, int(m.group(1)))
            if pub != iso:
                err(f"{where}: published {pub} does not match date line {date_line!r}")
            if not (2016 <= int(m.group(3)) <= 2025):
                err(f"{where}: date outside 2016-2025")
        elif date_line == "(no date shown)":
            if pub != "unknown":
                err(f"{where}: undated page must have published: unknown")
        else:
            err(f"{where}: line 2 must be a date or '(no date shown)', got {date_line!r}")
        body = [lines[0]] + lines[2:]
        nsent = len(lines) - 2
        if not (12 <= nsent <= 16):
            err(f"{where}: {nsent} sentences (want 12-16)")
        exp = entry.get("expect") or []
        labelled = [norm(e.get("sentence", "")) for e in exp]
        if len(set(labelled)) != len(labelled):
            err(f"{where}: duplicate labelled sentence")
        full = norm(" ".join(lines))
        for l in body:
            if norm(l) not in labelled:
                err(f"{where}: line not labelled: {l[:70]!r}")
        nf = 0
        for e in exp:
            s = e.get("sentence")
            w = f"{where}: {str(s)[:50]!r}"
            if not s or norm(s) not in full:
                err(f"{w}: sentence not found in file")
            k = e.get("kind")
            if k not in KINDS:
                err(f"{w}: bad kind {k!r}")
            if not e.get("why"):
                err(f"{w}: missing why")
            elif not re.search(r"§\d|pattern \d|look-alike|off-topic|no claim|rhetoric|personal|question|advice|insurance|headline|general", str(e["why"])):
                err(f"{w}: why should cite a dossier section (§N) or say why no claim")
            totals["labels"] += 1
            if k == "must-not-flag":
                totals["mnf"] += 1
                for bad in ("verdict", "reasons", "source", "since", "event"):
                    if bad in e:
                        err(f"{w}: must-not-flag should not carry {bad}")
                continue
            if k == "must-flag":
                totals["must"] += 1
                nf += 1
            else:
                totals["ew"] += 1
            v = e.get("verdict")
            if v not in VERDICTS:
                err(f"{w}: bad verdict {v!r}")
            rs = e.get("reasons")
            if not isinstance(rs, list) or not rs or any(r not in REASONS for r in rs):
                err(f"{w}: bad reasons {rs!r}")
            src = str(e.get("source", ""))
            if not SOURCE_RE.match(src):
                err(f"{w}: bad source {src!r}")
            elif dossier is not None:
                ident = src.split(":", 1)[1] if ":" in src else src
                if ident not in dossier:
                    err(f"{w}: source {src} not found in dossier")
            if v == "outdated":
                totals["outdated"] += 1
                since, ev = str(e.get("since", "")), e.get("event")
                if not re.fullmatch(r"\d{4}-\d{2}", since):
                    err(f"{w}: outdated needs since YYYY-MM")
                if not ev:
                    err(f"{w}: outdated needs event")
                if pub == "unknown":
                    err(f"{w}: outdated on an undated page (use misreported)")
                elif since and since <= pub[:7]:
                    err(f"{w}: since {since} not after published {pub}")
                if "superseded" not in (rs or []):
                    err(f"{w}: outdated should carry reason superseded")
            else:
                if "since" in e or "event" in e:
                    err(f"{w}: since/event only for outdated")
        if nf == 0:
            print(f"note: {where} has no must-flag (look-alike / silent page)")
    print(f"documents={len(data)} dated={dated} labels={totals['labels']} must-flag={totals['must']} "
          f"must-not-flag={totals['mnf']} either-way={totals['ew']} outdated={totals['outdated']}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
