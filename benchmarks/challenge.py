"""Challenge set benchmark: hand-written articles the model never trains on.

The articles live in ``data/challenge/src/*.txt`` in the corpus markup of
``data/corpus/FORMAT.md``, with one addition: a statement's tag may carry a
phenomenon family after a bar, ``[A|anon_quote]``, ``+[D<|interview]``.
The families are stripped before compiling and kept per statement.

    python benchmarks/challenge.py                 # score the default model
    python benchmarks/challenge.py --model PATH    # score another model
    python benchmarks/challenge.py --errors        # also list every wrong statement
    python benchmarks/challenge.py --stats         # counts only, no model

The last line printed is a one-line summary:
``challenge macro_f1=... anon_f1=... direct_f1=... fam_anon_quote=... ...``.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from attributor.data.compile import CorpusSyntaxError
from attributor.data.readers.challenge import FAMILIES, ChallengeSyntaxError, load_challenge
from attributor.model.labels import ANONYMOUS_INSIDER, DIRECT_QUOTE, EDITORIAL_PARAPHRASE, FINE_LABELS, LABELS

_WORD = re.compile(r"\w+", re.UNICODE)
SHORT = {DIRECT_QUOTE: "D", ANONYMOUS_INSIDER: "A", EDITORIAL_PARAPHRASE: "E"}


def default_root() -> Path:
    return Path(__file__).resolve().parent.parent


def source_dir(root: Path) -> Path:
    for cand in (root / "data" / "challenge" / "src", root / "src"):
        if cand.is_dir() and any(cand.glob("*.txt")):
            return cand
    raise SystemExit(f"challenge: no *.txt under {root}/data/challenge/src or {root}/src")


def load_gold(src: Path) -> list[dict]:
    """Compile every challenge file; each statement gets its ``family`` (or None)."""
    try:
        return load_challenge(src)
    except (CorpusSyntaxError, ChallengeSyntaxError) as err:
        raise SystemExit(f"challenge: {err}") from None


def words(text: str | None) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")}


def source_match(gold: dict | None, pred) -> bool:
    """The predicted source (or the mention it resolves to) holds >= 50% of the gold source's words."""
    if not gold:
        return True
    gw = words(gold["text"])
    if not gw:
        return True
    return any(len(gw & words(cand)) / len(gw) >= 0.5 for cand in (pred.source, pred.resolved_source) if cand)


def align(gold_sts: list[dict], pred_sts: list) -> list:
    """For each gold statement, the predicted statement with the largest character overlap (or None)."""
    out = []
    for g in gold_sts:
        best, best_ov = None, 0
        for p in pred_sts:
            ov = min(g["end"], p.end) - max(g["start"], p.start)
            if ov > best_ov:
                best, best_ov = p, ov
        out.append(best)
    return out


def prf(conf: dict, label: str) -> tuple[float, float, float, int]:
    tp = conf[label][label]
    pred_n = sum(conf[g][label] for g in LABELS)
    gold_n = sum(conf[label].values())
    p = tp / pred_n if pred_n else 0.0
    r = tp / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, gold_n


def print_stats(records: list[dict]) -> None:
    sts = [st for rec in records for st in rec["statements"]]
    print(f"challenge set: {len(records)} articles, {len(sts)} statements")
    lab, fine, fam = Counter(st["label"] for st in sts), Counter(st["fine"] for st in sts), Counter()
    fam_lab = defaultdict(Counter)
    for st in sts:
        f = st["family"] or "-"
        fam[f] += 1
        fam_lab[f][SHORT[st["label"]]] += 1
    print("\nper label:")
    for name in LABELS:
        print(f"  {name:22s} {lab[name]:5d}")
    print("per fine label:")
    for name in FINE_LABELS:
        print(f"  {name:22s} {fine[name]:5d}")
    print("per family (gold labels D/A/E):")
    for f in (*FAMILIES, "-"):
        split = " ".join(f"{k}={fam_lab[f][k]}" for k in ("D", "A", "E"))
        print(f"  {('(none)' if f == '-' else f):22s} {fam[f]:5d}   {split}")
    styles = Counter(rec["meta"].get("style") for rec in records)
    genres = Counter(rec["meta"].get("genre", rec["meta"].get("style")) for rec in records)
    print("per style (articles): " + ", ".join(f"{k}={v}" for k, v in sorted(styles.items())))
    print("per genre (articles): " + ", ".join(f"{k}={v}" for k, v in sorted(genres.items())))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=default_root(),
                    help="repo root (reads ROOT/data/challenge/src or ROOT/src)")
    ap.add_argument("--model", type=Path, default=None, help="model artifact (default: the embedded model)")
    ap.add_argument("--errors", action="store_true", help="list every statement whose label (or source) is wrong")
    ap.add_argument("--stats", action="store_true", help="print the set's counts and exit (no model)")
    args = ap.parse_args(argv)

    records = load_gold(source_dir(args.root))
    if args.stats:
        print_stats(records)
        return 0

    from attributor.model.score import load_model, score_texts

    model = load_model(args.model) if args.model else load_model()
    results = score_texts([r["text"] for r in records], [r["doc_id"] for r in records], model=model)

    conf = {g: Counter() for g in LABELS}
    fam_n, fam_ok = Counter(), Counter()
    errors = []
    n = ok = 0
    for rec, res in zip(records, results):
        text = rec["text"]
        for g, p in zip(rec["statements"], align(rec["statements"], res.statements)):
            pred_label = p.label if p is not None else EDITORIAL_PARAPHRASE
            conf[g["label"]][pred_label] += 1
            label_ok = pred_label == g["label"]
            n += 1
            ok += label_ok
            fam = g["family"]
            good = label_ok
            if fam == "source_span" and p is not None:
                good = label_ok and source_match(g["source"], p)
            elif fam == "source_span":
                good = False
            if fam:
                fam_n[fam] += 1
                fam_ok[fam] += good
            if not good or not label_ok:
                errors.append((rec["doc_id"], g, p, text[g["start"]:g["end"]]))

    print(f"challenge: {len(records)} articles, {n} statements, model={args.model or 'default'}")
    print(f"\n{'label':22s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>5s}")
    f1s = {}
    for name in LABELS:
        p_, r_, f_, gn = prf(conf, name)
        f1s[name] = f_
        print(f"{name:22s} {p_:6.3f} {r_:6.3f} {f_:6.3f} {gn:5d}")
    macro = sum(f1s.values()) / len(LABELS)
    print(f"{'macro':22s} {'':6s} {'':6s} {macro:6.3f} {n:5d}   accuracy {ok / n:.3f}")

    print("\nconfusion (rows gold, columns predicted):")
    print(" " * 22 + "".join(f"{SHORT[c]:>7s}" for c in LABELS))
    for g in LABELS:
        print(f"{g:22s}" + "".join(f"{conf[g][c]:7d}" for c in LABELS))

    print("\nper family (source_span: label right and >= 50% of the gold source's words):")
    for fam in FAMILIES:
        acc = fam_ok[fam] / fam_n[fam] if fam_n[fam] else float("nan")
        print(f"  {fam:14s} {acc:6.3f}  ({fam_ok[fam]}/{fam_n[fam]})")

    if args.errors:
        print(f"\nwrong statements ({len(errors)}):")
        for doc_id, g, p, stext in errors:
            pred = p.label if p is not None else "-"
            src = f" gold_src={g['source']['text']!r}" if g.get("source") else ""
            psrc = f" pred_src={(p.source or p.resolved_source)!r}" if p is not None and (p.source or p.resolved_source) else ""
            fam = f" [{g['family']}]" if g["family"] else ""
            print(f"  {doc_id} line {g['line']}{fam}: gold={SHORT[g['label']]} pred={SHORT.get(pred, pred)}{src}{psrc}")
            print(f"      {stext}")

    fams = " ".join(f"fam_{f}={(fam_ok[f] / fam_n[f] if fam_n[f] else float('nan')):.3f}" for f in FAMILIES)
    print(f"\nchallenge macro_f1={macro:.3f} anon_f1={f1s[ANONYMOUS_INSIDER]:.3f} "
          f"direct_f1={f1s[DIRECT_QUOTE]:.3f} editorial_f1={f1s[EDITORIAL_PARAPHRASE]:.3f} "
          f"acc={ok / n:.3f} {fams}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
