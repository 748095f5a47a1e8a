#!/usr/bin/env python3
"""The Python baseline for factledger-bench: the checks of `factledger check`, done naively.

Install: `apt-get install -y python3` (3.8 or later; standard library only, no pip packages);
with `--validate`, also `python3 -m pip install jsonschema` (4.18 or later, for `referencing`).
It reads a ledger the way
`check` does (factledger.json, sources, gazetteer, every article's claims, the evidence files
the policy names), indexes the evidence by claim, and compares every assertion of every
claim with every item bearing on it: names through the gazetteer (case folded, diacritics
dropped, split into words, every alias scanned), quotes word by word with a longest common
subsequence, roles by their words, periods and counts by value; then circular sourcing and
the attribution. It prints one line per claim (id and overall status) and is a baseline for
the work, not a second implementation: its verdicts are not compared with factledger's.

    python3 Tests/Benchmarks/naive_check.py LEDGER > /dev/null
    python3 Tests/Benchmarks/naive_check.py --validate LEDGER > /dev/null

With `--validate` it first validates every file it reads against its schema in `Schemas/`
(found beside this script's repository) with `jsonschema`'s Draft 2020-12 validator, formats
asserted, the way `check` validates before it compares: the baseline of "check with validation".
"""
import glob
import json
import os
import re
import sys
import unicodedata

WORD = re.compile(r"[\w']+")


def words(text):
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return [w.strip("'") for w in WORD.findall(folded.replace("_", " ")) if w.strip("'")]


def contains(haystack, needle):
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


class Gazetteer:
    def __init__(self, entries):
        self.canonical_by_name = {}
        self.within = {}
        for entry in entries:
            canonical = self.normalized(entry["name"])
            for name in [entry["name"]] + entry.get("aliases", []):
                self.canonical_by_name[self.normalized(name)] = canonical
        self.alias_words = [(words(a), c) for a, c in self.canonical_by_name.items()]
        for entry in entries:
            self.within.setdefault(self.normalized(entry["name"]), set()).update(
                self.canonical(w) for w in entry.get("within", [])
            )

    @staticmethod
    def normalized(text):
        w = words(text)
        if len(w) > 1 and w[0] == "the":
            w = w[1:]
        return " ".join(w)

    def canonical(self, name):
        key = self.normalized(name)
        return self.canonical_by_name.get(key, key)

    def mentions(self, text):
        text_words = words(text)
        found = {self.canonical(text)}
        for alias_words, canonical in self.alias_words:
            if contains(text_words, alias_words):
                found.add(canonical)
        return found

    def containers(self, name):
        found, pending = set(), [name]
        while pending:
            for c in self.within.get(pending.pop(), ()):
                if c not in found:
                    found.add(c)
                    pending.append(c)
        return found

    def same(self, a, b):
        ca = self.canonical(a)
        if ca == self.canonical(b) or ca in self.mentions(b):
            return True
        return contains(words(b), words(ca)) or contains(words(ca), words(self.canonical(b)))


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = (
                table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
            )
    return table[0][0]


def quote(claimed, source):
    c, s = words(claimed.replace("…", " ").replace("...", " ")), words(source)
    if not c or not s:
        return None
    if contains(s, c):
        return "supported"
    share = lcs(c, s) / len(c)
    return "contradicted" if share >= 0.75 else ("paraphrase" if share >= 0.4 else None)


def in_excerpt(g, text, item):
    excerpt = item.get("excerpt")
    if excerpt and (contains(words(excerpt), words(g.canonical(text))) or g.canonical(text) in g.mentions(excerpt)):
        return "supported"
    return None


def verdict(g, claim, assertion, item):
    field, value, facts = assertion["field"], assertion["value"], item.get("facts", {})
    if field == "quote":
        if facts.get("quote"):
            result = quote(value, facts["quote"])
            if result:
                return result
        return "supported" if item.get("excerpt") and quote(value, item["excerpt"]) == "supported" else None
    if field in ("speaker", "venue", "event", "organization", "outlet"):
        given = facts.get(field) or (item["source"]["publisher"] if field == "outlet" else None)
        if given and g.same(value, given):
            return "supported"
        if given and field in ("venue",):
            return "contradicted"
        return in_excerpt(g, value, item)
    if field == "role":
        if facts.get("role"):
            claimed, found = set(words(value)), set(words(facts["role"]))
            return "supported" if claimed <= found else "contradicted"
        return in_excerpt(g, value, item)
    if field == "participants":
        if facts.get("participants") is None:
            return None
        present = {g.canonical(p) for p in facts["participants"]}
        return "supported" if all(g.canonical(v) in present for v in value) else "contradicted"
    if field == "location":
        reached = set()
        for place in facts.get("location") or []:
            for mention in g.mentions(place):
                reached |= {mention} | g.containers(mention)
        if reached and all(g.canonical(v) in reached for v in value):
            return "supported"
        return None
    if field == "period":
        start = facts.get("start") or facts.get("date")
        end = facts.get("end") or start
        if not start:
            return None
        return "supported" if value["start"] <= start and end <= value["end"] + "~" else "contradicted"
    if field in ("count", "amount"):
        given = facts.get(field)
        if not given or given.get("unit") != value.get("unit"):
            return None
        return "supported" if given.get("value") == value.get("value") else "contradicted"
    if field == "proposition":
        return {"supports": "supported", "refutes": "contradicted"}.get(item.get("stance"))
    return None


class Validation:
    """Validates each document read against its schema with jsonschema (Draft 2020-12)."""

    BASE = "https://factledger.invalid/schemas/"

    def __init__(self):
        import jsonschema
        from referencing import Registry, Resource

        folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Schemas")
        resources = []
        for path in glob.glob(os.path.join(folder, "*.schema.json")):
            schema = json.load(open(path, encoding="utf-8"))
            schema["$id"] = self.BASE + os.path.basename(path)
            resources.append((schema["$id"], Resource.from_contents(schema)))
        registry = Registry().with_resources(resources)
        checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
        self.validators = {
            uri: jsonschema.Draft202012Validator(resource.contents, registry=registry, format_checker=checker)
            for uri, resource in resources
        }
        self.failures = 0

    def __call__(self, document, schema):
        for error in self.validators[self.BASE + schema].iter_errors(document):
            self.failures += 1
            print(f"invalid against {schema}: {error.message}", file=sys.stderr)
        return document


def main():
    arguments = sys.argv[1:]
    validate = Validation() if "--validate" in arguments else (lambda document, schema: document)
    root = [a for a in arguments if a != "--validate"][0]
    read = lambda path: json.load(open(os.path.join(root, path), encoding="utf-8"))
    load = lambda path, schema: validate(read(path), schema)
    policy = load("factledger.json", "policy.schema.json")
    sources = load("sources.json", "sources.schema.json")["sources"]
    g = Gazetteer(load("gazetteer.json", "gazetteer.schema.json")["entries"])
    source_by_id = {s["id"]: s for s in sources}
    by_claim = {}
    for path in policy["evidence"]:
        for item in load(path, "evidence.schema.json")["items"]:
            for claim_id in item["claims"]:
                by_claim.setdefault(claim_id, []).append(item)
    for folder in sorted(glob.glob(os.path.join(root, "articles", "*"))):
        article = validate(json.load(open(os.path.join(folder, "article.json"), encoding="utf-8")), "article.schema.json")
        for path in sorted(glob.glob(os.path.join(folder, "claims", "*.json"))):
            claim = validate(json.load(open(path, encoding="utf-8")), "claim.schema.json")
            items = by_claim.get(claim["id"], [])
            if claim["kind"] not in policy["sourcedKinds"] and not items:
                continue
            attribution = claim.get("attribution", {})
            cited = [attribution.get("outlet")] + [attribution.get("carriedBy")]
            states = []
            for assertion in claim.get("assertions", []):
                found = [verdict(g, claim, assertion, item) for item in items]
                circular = [
                    item["source"].get("title") == article.get("title")
                    or any(
                        c in source_by_id and g.same(source_by_id[c]["name"], item["source"]["publisher"])
                        for c in cited
                    )
                    for item in items
                ]
                if "contradicted" in found:
                    states.append("contradicted")
                elif any(v == "supported" and not c for v, c in zip(found, circular)):
                    states.append("supported")
                else:
                    states.append("unverified")
            status = (
                "disputed" if "contradicted" in states
                else "verified" if states and all(s == "supported" for s in states)
                else "unverified"
            )
            print(claim["id"], status)
    if getattr(validate, "failures", 0):
        sys.exit(1)


if __name__ == "__main__":
    main()
