#!/usr/bin/env python3
"""Validate set-21: YAML parses, every labelled sentence occurs verbatim
(whitespace-normalised) in its file, required fields are present, and print counts."""
import os, re, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"overstated", "misreported", "outdated"}
KINDS = {"must-flag", "must-not-flag", "either-way"}
REASONS = {"subgroup-as-whole", "share-misread", "correlation-as-causation", "certainty-inflated",
           "early-phase-as-efficacy", "animal-to-human", "sensational", "unsupported-comparison",
           "wrong-fact", "superseded", "population-overgeneralised"}

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def main():
    data = yaml.safe_load(open(os.path.join(HERE, "EXPECTATIONS.yaml"), encoding="utf-8"))
    errors = []
    totals = collections.Counter()
    verdicts = collections.Counter()
    rows = []
    seen_files = set()
    for doc in data:
        f = doc["file"]
        seen_files.add(f)
        for key in ("origin", "kind", "published", "expect"):
            if key not in doc:
                errors.append(f"{f}: missing {key}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(doc.get("published"))):
            errors.append(f"{f}: published not YYYY-MM-DD")
        path = os.path.join(HERE, f)
        lines = open(path, encoding="utf-8").read().splitlines()
        text = norm("\n".join(lines))
        body = [norm(l) for l in lines[2:] if l.strip()]
        if not 10 <= len(body) <= 16:
            errors.append(f"{f}: {len(body)} body lines (want 10-16)")
        c = collections.Counter()
        labelled = set()
        for e in doc["expect"]:
            s = norm(e["sentence"])
            if s not in text:
                errors.append(f"{f}: sentence not found: {s[:70]}")
            if s in labelled:
                errors.append(f"{f}: duplicate label: {s[:70]}")
            labelled.add(s)
            k = e["kind"]
            if k not in KINDS:
                errors.append(f"{f}: bad kind {k}")
            c[k] += 1
            if k in ("must-flag", "either-way"):
                for key in ("verdict", "reasons", "source", "why"):
                    if key not in e:
                        errors.append(f"{f}: {k} missing {key}: {s[:50]}")
                v = e.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{f}: bad verdict {v}")
                bad = set(e.get("reasons", [])) - REASONS
                if bad:
                    errors.append(f"{f}: unknown reasons {bad}")
                if v == "outdated":
                    if not re.fullmatch(r"\d{4}-\d{2}", str(e.get("since", ""))) or not e.get("event"):
                        errors.append(f"{f}: outdated without since/event: {s[:50]}")
                    elif str(e["since"]) <= str(doc["published"])[:7]:
                        errors.append(f"{f}: outdated but since {e['since']} not after published")
                    if "superseded" not in e.get("reasons", []):
                        errors.append(f"{f}: outdated without 'superseded'")
                verdicts[(k, v)] += 1
            elif "why" not in e:
                errors.append(f"{f}: must-not-flag missing why: {s[:50]}")
        unlabelled = [l for l in [norm(x) for x in lines[:1]] + body if l not in labelled]
        totals.update(c)
        rows.append((f, doc["kind"], doc["published"], sum(c.values()), c["must-flag"],
                     c["must-not-flag"], c["either-way"], len(unlabelled)))
    txts = {x for x in os.listdir(HERE) if x.endswith(".txt")}
    if txts != seen_files:
        errors.append(f"files/YAML mismatch: {sorted(txts ^ seen_files)}")
    print("| file | kind | published | labels (must-flag / must-not-flag / either-way) | unlabelled lines |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} ({r[4]} / {r[5]} / {r[6]}) | {r[7]} |")
    print()
    print(f"documents: {len(rows)}; labels: {sum(totals.values())}; " +
          ", ".join(f"{k} {totals[k]}" for k in sorted(KINDS)))
    print("verdicts:", dict(sorted((f"{k}/{v}", n) for (k, v), n in verdicts.items())))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
