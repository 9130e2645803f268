"""What the two generalisation-set checkers share (check_real_set.py for real coverage, check_synthetic_set.py for
sets written from the dossier): the label vocabulary, the field formats, the datelines, and reading a set's
EXPECTATIONS.yaml."""
import os, re, sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is required (pip install pyyaml)")

KINDS = {"must-flag", "must-not-flag", "either-way"}
VERDICTS = {"overstated", "misreported", "outdated"}
REASONS = {"subgroup-as-whole", "share-misread", "correlation-as-causation", "certainty-inflated",
           "early-phase-as-efficacy", "animal-to-human", "sensational", "unsupported-comparison",
           "wrong-fact", "superseded"}
SOURCE_RE = re.compile(r"^(NCT\d{8}|pmid:\d+|doi:10\.\S+|none)$")
PUB_RE = re.compile(r"^(\d{4}-\d{2}(-\d{2})?|unknown)$")
SINCE_RE = re.compile(r"^\d{4}-\d{2}$")
FILE_RE = re.compile(r"^\d{2}_[a-z0-9]+_[a-z0-9_]+\.txt$")
NO_DATE = "(no date shown)"
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
# The datelines a set accepts, by name: each set lists the ones its pages printed.
DATE_FORMS = {
    "day month year": (re.compile(r"^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$"), ("d", "mon", "y")),  # 6 December 2022
    "month day, year": (re.compile(r"^([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})$"), ("mon", "d", "y")),  # Oct. 13, 2023
    "y/m/d": (re.compile(r"^(\d{4})/(\d{2})/(\d{2})$"), ("y", "m", "d")),  # 2022/05/13
    "d-m-y": (re.compile(r"^(\d{2})-(\d{2})-(\d{4})$"), ("d", "m", "y")),  # 12-02-2013
    "year mon day": (re.compile(r"^(\d{4}) ([A-Z][a-z]{2}) (\d{1,2})$"), ("y", "mon", "d")),  # 2024 Apr 30 (PubMed)
    "month year": (re.compile(r"^([A-Z][a-z]+) (\d{4})$"), ("mon", "y")),  # May 2017 (month only)
    "iso": (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), ("y", "m", "d")),  # 2020-08-06
}
BASE_FORMS = ("day month year", "month day, year", "y/m/d", "d-m-y")


def parse_dateline(s, forms=BASE_FORMS):
    """Return (y, m, d) for an accepted dateline, None for '(no date shown)', or raise ValueError."""
    if s == NO_DATE:
        return None
    for rx, order in (DATE_FORMS[f] for f in forms):
        m = rx.match(s)
        if not m:
            continue
        parts = dict(zip(order, m.groups()))
        if "mon" in parts:
            key = parts["mon"][:3].lower()
            if key not in MONTHS:
                raise ValueError(s)
            parts["m"] = MONTHS[key]
        y, mo, d = int(parts["y"]), int(parts["m"]), int(parts.get("d", 1))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            raise ValueError(s)
        return (y, mo, d)
    raise ValueError(s)


def norm(s):
    return " ".join(str(s).split())



def load_entries(d):
    """The set's EXPECTATIONS.yaml in folder `d`, as its list of file entries (exits with a message otherwise)."""
    path = os.path.join(d, "EXPECTATIONS.yaml")
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except Exception as e:  # noqa: BLE001
        sys.exit(f"YAML does not parse: {e}")
    if not isinstance(data, list):
        sys.exit("top level must be a list of file entries")
    return data
