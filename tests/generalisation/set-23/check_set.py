#!/usr/bin/env python3
"""Validate set-23: YAML parses, fields are well formed, every sentence occurs verbatim
(whitespace-normalised) in its file. Prints per-file counts."""
import os, re, sys, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r"\s+", " ", s).strip()
VERDICTS = {"overstated", "misreported", "outdated"}
KINDS = {"must-flag", "must-not-flag", "either-way"}
errs, tot = [], {k: 0 for k in KINDS}
data = yaml.safe_load(open(os.path.join(HERE, "EXPECTATIONS.yaml")))
assert isinstance(data, list)
print(f"{'file':42} {'pub':10} body MF NF EW")
for d in data:
    fn = d["file"]; path = os.path.join(HERE, fn)
    if d.get("origin") != "synthetic": errs.append(f"{fn}: origin")
    pub = str(d.get("published"))
    if pub != "unknown" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub): errs.append(f"{fn}: published {pub}")
    lines = open(path).read().splitlines()
    text = norm(" ".join(lines)); body = len(lines) - 2
    if pub == "unknown" and lines[1] != "(no date shown)": errs.append(f"{fn}: undated but line 2 is {lines[1]!r}")
    if not 10 <= body <= 14: errs.append(f"{fn}: body has {body} sentences")
    c = {k: 0 for k in KINDS}; seen = set()
    for e in d["expect"]:
        s, k = e["sentence"], e["kind"]
        if k not in KINDS: errs.append(f"{fn}: kind {k}"); continue
        c[k] += 1
        if norm(s) not in text: errs.append(f"{fn}: not found: {s[:60]}")
        if s in seen: errs.append(f"{fn}: duplicate: {s[:60]}")
        seen.add(s)
        if k != "must-not-flag":
            for f in ("verdict", "reasons", "source", "why"):
                if not e.get(f): errs.append(f"{fn}: {f} missing: {s[:50]}")
            if e.get("verdict") not in VERDICTS: errs.append(f"{fn}: verdict {e.get('verdict')}")
            if e.get("verdict") == "outdated":
                if not re.fullmatch(r"\d{4}-\d{2}", str(e.get("since", ""))) or not e.get("event"):
                    errs.append(f"{fn}: outdated without since/event: {s[:50]}")
                elif pub != "unknown" and pub[:7] >= e["since"]:
                    errs.append(f"{fn}: outdated but published after event (should be misreported): {s[:50]}")
    for k in KINDS: tot[k] += c[k]
    print(f"{fn:42} {pub:10} {body:4} {c['must-flag']:2} {c['must-not-flag']:2} {c['either-way']:2}")
print(f"TOTAL must-flag={tot['must-flag']} must-not-flag={tot['must-not-flag']} either-way={tot['either-way']}")
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
