#!/usr/bin/env python3
"""Writes a synthetic ledger of N claims cloned from the shipped one, for the benchmark.

Install: `apt-get install -y python3` (standard library only, no pip packages).
The layout is the ledger's own: one folder per
article under articles/ (each a copy of the shipped article with its claims, ids suffixed
with the copy's number), and one evidence file per article under evidence/, listed in
factledger.json, with 2 evidence items per claim: the shipped items that bear on the claim,
cloned, and where the shipped evidence has fewer than 2, other shipped items (so every claim
is compared with 2 items).

    python3 Tests/Benchmarks/make_ledger.py --claims 10000 --ledger Ledger --out /tmp/bench
"""
import argparse
import glob
import json
import os
import shutil


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, required=True)
    parser.add_argument("--ledger", default="Ledger")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    policy = json.load(open(os.path.join(args.ledger, "factledger.json"), encoding="utf-8"))
    article_dir = sorted(glob.glob(os.path.join(args.ledger, "articles", "*")))[0]
    article = json.load(open(os.path.join(article_dir, "article.json"), encoding="utf-8"))
    templates = [
        json.load(open(path, encoding="utf-8"))
        for path in sorted(glob.glob(os.path.join(article_dir, "claims", "*.json")))
    ]
    items = []
    for path in policy["evidence"]:
        items += json.load(open(os.path.join(args.ledger, path), encoding="utf-8"))["items"]
    bearing = {t["id"]: [item for item in items if t["id"] in item["claims"]] for t in templates}

    out = os.path.join(args.out, "Ledger")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "evidence"))
    for name in ["sources.json", "gazetteer.json"]:
        shutil.copy(os.path.join(args.ledger, name), os.path.join(out, name))

    evidence_files = []
    written = 0
    copy = 0
    spare = 0
    while written < args.claims:
        suffix = "-%d" % copy
        article_id = article["id"] + suffix
        folder = os.path.join(out, "articles", article_id)
        os.makedirs(os.path.join(folder, "claims"))
        shutil.copy(os.path.join(article_dir, article["textFile"]), folder)
        dump(dict(article, id=article_id), os.path.join(folder, "article.json"))
        copy_items = []
        chosen_templates = templates[: args.claims - written]
        present = {t["id"] for t in chosen_templates}
        for template in chosen_templates:
            claim = json.loads(json.dumps(template))
            claim["id"] += suffix
            claim["article"] = article_id
            carrier = claim.get("attribution", {}).get("carriedBy")
            if carrier in present:
                claim["attribution"]["carriedBy"] += suffix
            elif carrier:
                # The last article may stop short of the record that carried this one.
                del claim["attribution"]["carriedBy"]
            dump(claim, os.path.join(folder, "claims", claim["id"] + ".json"))
            chosen = bearing[template["id"]][:2]
            while len(chosen) < 2:
                chosen.append(items[spare % len(items)])
                spare += 1
            for number, item in enumerate(chosen):
                clone = json.loads(json.dumps(item))
                clone["id"] = "%s-%s-%d" % (item["id"], claim["id"], number)
                clone["claims"] = [claim["id"]]
                copy_items.append(clone)
            written += 1
        name = "evidence/%s.json" % article_id
        dump({"items": copy_items}, os.path.join(out, name))
        evidence_files.append(name)
        copy += 1
    dump(dict(policy, evidence=evidence_files), os.path.join(out, "factledger.json"))
    print(out)


def dump(value, path):
    with open(path, "w", encoding="utf-8") as file:
        json.dump(value, file, ensure_ascii=False, indent=2)
        file.write("\n")


if __name__ == "__main__":
    main()
