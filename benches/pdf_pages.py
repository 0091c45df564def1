"""Sums the page counts of the PDFs listed in a file (one path a line), read from the `pages`
column of the generator's manifest.csv beside each file. Used by benches/run.sh."""
import csv
import os
import sys

pages = 0
manifests = {}
for line in open(sys.argv[1], encoding="utf-8"):
    path = line.rstrip("\n")
    if not path:
        continue
    folder, name = os.path.split(path)
    if folder not in manifests:
        with open(os.path.join(folder, "manifest.csv"), newline="", encoding="utf-8") as f:
            manifests[folder] = {r["file"]: int(r["pages"]) for r in csv.DictReader(f)}
    pages += manifests[folder][name]
print(pages)
