"""Text fidelity of two PDF extractors against the generator's truth (benches/run.sh).

    pdf_fidelity.py TRUTH_DIR STYRDOK_DIR PDFTOTEXT_DIR N

For up to N documents extracted by both tools, takes the body text the generator drew (running
header and page footer left out: styrdok moves them to metadata, pdftotext keeps them, and
neither choice should count here) and measures the ordered word recall of each extraction: the
share of the truth's words that appear in the output in the same order (difflib matching
blocks). Swedish letters decoded wrongly, words split or glued, and lines out of order all
lower it. Prints `key=value` lines.
"""
import difflib
import os
import sys

truth_dir, a_dir, b_dir, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])


def truth_words(path):
    text = open(path, encoding="utf-8").read()
    words = []
    for page in text.split("\x0c"):
        lines = page.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        words.extend(" ".join(lines[2:-2]).split())
    return words


def recall(truth, path):
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return 0.0
    got = open(path, encoding="utf-8", errors="replace").read().split()
    sm = difflib.SequenceMatcher(None, truth, got, autojunk=False)
    matched = sum(b.size for b in sm.get_matching_blocks())
    return matched / max(1, len(truth))


# Every sampled PDF has a file in a_dir (the shell redirect creates it); a missing or empty
# output counts as recall 0 for that tool.
names = sorted(os.listdir(a_dir))[:n]
truth_paths = {}
for root, _, files in os.walk(truth_dir):
    for f in files:
        truth_paths[f] = os.path.join(root, f)
ra, rb, k = 0.0, 0.0, 0
for name in names:
    if name not in truth_paths:
        continue
    t = truth_words(truth_paths[name])
    ra += recall(t, os.path.join(a_dir, name))
    rb += recall(t, os.path.join(b_dir, name))
    k += 1
if k:
    print(f"fidelity_docs={k}")
    print(f"pdf_word_recall={ra / k:.4f}")
    print(f"pdftotext_word_recall={rb / k:.4f}")
