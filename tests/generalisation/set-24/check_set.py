#!/usr/bin/env python3
"""Validate set-24: YAML parses, fields are well-formed, every sentence occurs verbatim
(whitespace-normalised) in its file, body length 10-14 lines. Prints per-file counts."""
import os, re, sys, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r"\s+", " ", s).strip()
VERDICTS = {"overstated", "misreported", "outdated"}
KINDS = {"must-flag", "must-not-flag", "either-way"}
errors = []
data = yaml.safe_load(open(os.path.join(HERE, "EXPECTATIONS.yaml")))
assert isinstance(data, list), "top level must be a list"
tot = {k: 0 for k in KINDS}
print(f"{'file':45} {'pub':10} {'body':>4} {'flag':>4} {'not':>4} {'either':>6}")
for doc in data:
    f = doc["file"]
    for k in ("file", "origin", "kind", "published", "expect"):
        if k not in doc: errors.append(f"{f}: missing {k}")
    pub = str(doc["published"])
    if pub != "unknown" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub): errors.append(f"{f}: bad published {pub}")
    path = os.path.join(HERE, f)
    raw = open(path).read()
    lines = raw.rstrip("\n").split("\n")
    body = len(lines) - 2
    if not 10 <= body <= 14: errors.append(f"{f}: body has {body} lines")
    if pub == "unknown" and lines[1] != "(no date shown)": errors.append(f"{f}: undated but line 2 is {lines[1]!r}")
    text = norm(raw); normlines = [norm(l) for l in lines]
    c = {k: 0 for k in KINDS}
    for e in doc["expect"]:
        s = e["sentence"]; k = e["kind"]
        if k not in KINDS: errors.append(f"{f}: bad kind {k}"); continue
        c[k] += 1
        if norm(s) not in text: errors.append(f"{f}: sentence not found: {s[:60]}")
        if k != "must-not-flag":
            for key in ("verdict", "reasons", "source", "why"):
                if key not in e: errors.append(f"{f}: {key} missing for {s[:50]}")
            if e.get("verdict") not in VERDICTS: errors.append(f"{f}: bad verdict for {s[:50]}")
            if e.get("verdict") == "outdated":
                if not re.fullmatch(r"\d{4}-\d{2}", str(e.get("since", ""))) or not e.get("event"):
                    errors.append(f"{f}: outdated without since/event: {s[:50]}")
                elif pub != "unknown" and str(e["since"]) <= pub[:7]:
                    errors.append(f"{f}: outdated but published after event (should be misreported): {s[:50]}")
    for k in KINDS: tot[k] += c[k]
    print(f"{f:45} {pub:10} {body:>4} {c['must-flag']:>4} {c['must-not-flag']:>4} {c['either-way']:>6}")
print(f"TOTAL docs={len(data)} must-flag={tot['must-flag']} must-not-flag={tot['must-not-flag']} either-way={tot['either-way']}")
if tot["must-not-flag"] < 2 * tot["must-flag"]: errors.append("fewer than 2x must-not-flag")
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
