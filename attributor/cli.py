"""The ``attributor`` command line: a thin layer over :mod:`attributor.model.score`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from attributor import compact_json


def _read_text(path: str, encoding: str, errors: str) -> str:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    try:
        return data.decode(encoding, errors=errors)
    except UnicodeDecodeError as err:
        name = "<stdin>" if path == "-" else path
        raise SystemExit(f"attributor: {name} is not valid {encoding} at byte offset {err.start} "
                         f"({data[err.start:err.start + 4]!r}); pass --encoding or --errors replace")


def _iter_jsonl(path: str, encoding: str, errors: str):
    """Yield (line_no, row-or-error) from a JSONL file of {doc_id, text} rows."""
    text = _read_text(path, encoding, errors)
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield line_no, f"not valid JSON ({err.msg})"
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            yield line_no, "row is not an object with a string 'text'"
            continue
        yield line_no, row


STATEMENT_FIELDS = ("doc_id", "start", "end", "text", "label", "fine", "probabilities", "strength", "reasons",
                    "source", "source_start", "source_end", "source_kind", "cue", "cue_start", "cue_end",
                    "resolved_source", "resolved_kind", "speaker_id", "speaker", "speaker_kind")


def statement_row(st) -> dict:
    """One output row of ``attributor score -o`` (the benchmark protocol); batch and API rows too.

    A plain field copy: rows are serialised at once, so the probabilities
    and reasons need no deep copy.
    """
    return {k: getattr(st, k) for k in STATEMENT_FIELDS}


def _table(result) -> str:
    lines = [f"{'#':>3}  {'label':20} {'str':>4}  {'source':24} {'cue':12} text"]
    for s in result.statements:
        src = s.source or ""
        if s.resolved_source:
            src = f"{src}→{s.resolved_source}"
        text = s.text.replace("\n", " ")
        lines.append(f"{s.index:>3}  {s.label:20} {s.strength:4.2f}  {src[:24]:24} {(s.cue or '')[:12]:12} "
                     f"{text[:70] + ('…' if len(text) > 70 else '')}")
    sm = result.summary
    lines.append("")
    lines.append(f"{sm.statements} statements: " + ", ".join(f"{k} {v}" for k, v in sm.counts.items())
                 + f"; anonymous share {sm.anonymous_share:.0%}; mean strength {sm.mean_strength:.2f}")
    if sm.named_sources:
        lines.append("named sources: " + ", ".join(sm.named_sources))
    if sm.check_first:
        lines.append("check first: " + ", ".join(f"#{i}" for i in sm.check_first))
    return "\n".join(lines)


def cmd_score(args) -> int:
    from attributor.model.score import load_model, score_texts

    model = load_model(args.model)
    is_jsonl = args.input != "-" and args.input.endswith((".jsonl", ".ndjson"))
    if not is_jsonl:
        text = _read_text(args.input, args.encoding, args.errors)
        if not text.strip():
            print(f"attributor: {args.input} holds no text (empty or only whitespace); nothing to score",
                  file=sys.stderr)
            return 1
        result = score_texts([text], [Path(args.input).stem], model)[0]
        if args.output:
            Path(args.output).write_text("\n".join(compact_json.dumps(statement_row(s))
                                                   for s in result.statements) + "\n", encoding="utf-8")
        elif args.json:
            print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        else:
            print(_table(result))
        return 0
    failures, batch = [], []
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        def flush():
            if not batch:
                return
            rows = [r for _, r in batch]
            try:
                results = score_texts([r["text"] for r in rows], [str(r.get("doc_id", n)) for n, r in batch], model)
            except (TypeError, ValueError):  # one bad row: score the rest one by one
                results = []
                for n, r in batch:
                    try:
                        results.extend(score_texts([r["text"]], [str(r.get("doc_id", n))], model))
                    except (TypeError, ValueError) as row_err:
                        failures.append((n, str(row_err)))
            for res in results:
                for st in res.statements:
                    out.write(compact_json.dumps(statement_row(st)) + "\n")
            batch.clear()

        for line_no, row in _iter_jsonl(args.input, args.encoding, args.errors):
            if isinstance(row, str):
                failures.append((line_no, row))
                continue
            batch.append((line_no, row))
            if len(batch) >= 64:
                flush()
        flush()
    finally:
        if out is not sys.stdout:
            out.close()
    for line_no, reason in failures:
        print(f"attributor: {args.input}:{line_no}: skipped: {reason}", file=sys.stderr)
    if failures:
        print(f"attributor: {len(failures)} row(s) failed; the rest were scored", file=sys.stderr)
        return 1
    return 0


def cmd_report(args) -> int:
    from attributor.report import report_file

    text = _read_text(args.article, args.encoding, args.errors)
    doc_id = args.doc_id or ("article" if args.article == "-" else Path(args.article).stem)
    out = report_file(text, args.output, doc_id=doc_id, title=args.title, model=args.model)
    print(f"wrote {out}")
    return 0


def cmd_train(args) -> int:
    from attributor.data.corpus import corpus_files, load_records
    from attributor.model.persist import default_model_path
    from attributor.model.train import train, write_model

    if args.brat:
        from attributor.data.readers.brat import read_brat_dir

        records, files, source = read_brat_dir(Path(args.brat)), [], f"brat:{args.brat}"
    elif args.jsonl:
        from attributor.data.readers.tabular import read_statements

        files = [Path(p) for p in args.jsonl]
        records, source = [r for p in files for r in read_statements(p)], "jsonl:" + ",".join(args.jsonl)
    else:
        files = corpus_files()
        records, source = load_records(files), "data/corpus"
    from attributor.model.train import REAL_NEWS_PRIOR

    prior = None if (args.brat or args.jsonl) else REAL_NEWS_PRIOR  # a sample of real news keeps its own mix
    model, metrics = train(records, evaluate=not args.no_cv, prior=prior)
    out = Path(args.model_out) if args.model_out else default_model_path()
    card = write_model(model, metrics, out, files, source)
    print(f"wrote {out} ({card['training']['statements']} statements, {card['training']['articles']} articles, "
          f"{card['training']['train_seconds']}s)")
    if metrics:
        print(f"grouped {metrics['folds']}-fold CV: macro-F1 {metrics['macro_f1']:.3f}; "
              + ", ".join(f"{k} F1 {v:.3f}" for k, v in metrics["f1"].items())
              + "; Brier " + ", ".join(f"{k} {v:.3f}" for k, v in metrics["brier"].items()))
    return 0


def cmd_data(args) -> int:
    if args.action == "check":
        from attributor.data.validate import main as check_main

        return check_main([str(p) for p in args.paths])
    if args.action == "compile":
        from attributor.data.compile import main as compile_main

        return compile_main([])
    from attributor.data.corpus import load_records
    from attributor.features.segment import PARAMS_PATH, train_params

    train_params(r["text"] for r in load_records())
    print(f"wrote {PARAMS_PATH}")
    return 0


def cmd_batch(args) -> int:
    from attributor.batch import cli_main

    return cli_main(args)


def cmd_serve(args) -> int:
    from attributor.api.server import serve

    return serve(host=args.host, port=args.port, workers=args.workers, model=args.model, log_level=args.log_level)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="attributor", description="Who stands behind each statement of a news article.")
    sub = ap.add_subparsers(dest="command", required=True)

    sc = sub.add_parser("score", help="score an article (text file or -) or a JSONL of {doc_id, text} rows")
    sc.add_argument("input", help="text file, '-' for stdin, or .jsonl")
    sc.add_argument("-o", "--output", help="write one JSON line per statement here")
    sc.add_argument("--json", action="store_true", help="print the full result as JSON instead of a table")
    sc.add_argument("--model", help="model artifact (default: the embedded model)")
    sc.add_argument("--encoding", default="utf-8")
    sc.add_argument("--errors", default="strict", choices=("strict", "replace", "ignore"))
    sc.set_defaults(func=cmd_score)

    rp = sub.add_parser("report", help="write a standalone HTML report of one article (text file or -)")
    rp.add_argument("article", help="text file, or '-' for stdin")
    rp.add_argument("-o", "--output", required=True, help="the HTML file to write")
    rp.add_argument("--title", help="title of the report (default: the article's id)")
    rp.add_argument("--doc-id", help="the article's id (default: the file name without extension)")
    rp.add_argument("--model", help="model artifact (default: the embedded model)")
    rp.add_argument("--encoding", default="utf-8")
    rp.add_argument("--errors", default="strict", choices=("strict", "replace", "ignore"))
    rp.set_defaults(func=cmd_report)

    tr = sub.add_parser("train", help="train the classifier (default: on data/corpus)")
    src = tr.add_mutually_exclusive_group()
    src.add_argument("--brat", help="train on a brat standoff directory (PolNeAR-style .txt + .ann)")
    src.add_argument("--jsonl", nargs="+", help="train on corpus-format or {text,label} JSONL files")
    tr.add_argument("--model-out", help="where to write the artifact (default: the embedded model)")
    tr.add_argument("--no-cv", action="store_true", help="skip cross-validated metrics")
    tr.set_defaults(func=cmd_train)

    from attributor.batch import add_arguments as batch_arguments

    bt = sub.add_parser("batch", help="score a CSV/TSV/JSONL/Parquet archive: statements, articles, failed rows")
    batch_arguments(bt)
    bt.set_defaults(func=cmd_batch)

    da = sub.add_parser("data", help="corpus tools: check, compile, punkt")
    da.add_argument("action", choices=("check", "compile", "punkt"))
    da.add_argument("paths", nargs="*", type=Path)
    da.set_defaults(func=cmd_data)

    sv = sub.add_parser("serve", help="run the HTTP API and the fact-checker page (docs/api.md)")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8000)
    sv.add_argument("--workers", type=int, default=1, help="worker processes (one model copy each)")
    sv.add_argument("--model", help="model artifact (default: the embedded model)")
    sv.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    sv.set_defaults(func=cmd_serve)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except FileNotFoundError as err:
        print(f"attributor: {err}", file=sys.stderr)
        return 2
    except Exception as err:  # noqa: BLE001 - the CLI reports, it does not dump stack traces
        from attributor.model.persist import ArtifactError

        if isinstance(err, (ArtifactError, ValueError, TypeError, KeyError)):
            print(f"attributor: {err}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
