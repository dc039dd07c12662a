"""The ``attributor`` command line: a thin layer over :mod:`attributor.model.score`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from attributor import compact_json
from attributor.files import UsageError, check_input, decode_text, is_blank, refuse_same_file
from attributor.features.vocab import ANONYMOUS
from attributor.model.results import speakers_line


def _read_text(path: str, encoding: str, errors: str) -> str:
    """The text of a file or of stdin (``-``); binary data and undecodable bytes are refused."""
    if path == "-":
        return decode_text(sys.stdin.buffer.read(), "<stdin>", encoding, errors)
    check_input(path)
    return decode_text(Path(path).read_bytes(), path, encoding, errors)


def _table(result) -> str:
    lines = [f"{'#':>3}  {'label':20} {'str':>4}  {'source':24} {'cue':12} {'speaker':24} text"]
    for s in result.statements:
        src = s.source or ""
        if s.resolved_source:
            src = f"{src}→{s.resolved_source}"
        text = s.text.replace("\n", " ")
        lines.append(f"{s.index:>3}  {s.label:20} {s.strength:4.2f}  {src[:24]:24} {(s.cue or '')[:12]:12} "
                     f"{_cut(_speaker_cell(s, result.summary.speakers), 24):24} "
                     f"{text[:70] + ('…' if len(text) > 70 else '')}")
    sm = result.summary
    lines.append("")
    lines.append(f"{sm.statements} statements: " + ", ".join(f"{k} {v}" for k, v in sm.counts.items())
                 + f"; anonymous share {sm.anonymous_share:.0%}; mean strength {sm.mean_strength:.2f}")
    if sm.named_sources:
        lines.append("named sources: " + ", ".join(sm.named_sources))
    if sm.speakers:
        lines.append("speakers: " + speakers_line(sm.speakers))
    if sm.check_first:
        lines.append("check first: " + ", ".join(f"#{i}" for i in sm.check_first))
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _speaker_cell(st, speakers: list[dict]) -> str:
    """``anon#1 two people familiar with the talks`` for an anonymous speaker, the name otherwise."""
    if st.speaker_id is None:
        return st.speaker or ""
    kind = next((sp.get("kind") for sp in speakers if sp.get("id") == st.speaker_id), None)
    return f"anon#{st.speaker_id} {st.speaker or ''}".rstrip() if kind == ANONYMOUS else (st.speaker or "")


def cmd_score(args) -> int:
    from attributor.batch.formats import output_format, write_rows
    from attributor.model.score import load_model, score_texts

    is_jsonl = args.input != "-" and args.input.lower().endswith((".jsonl", ".ndjson", ".jsonl.gz", ".jsonl.zst"))
    if args.input != "-":
        check_input(args.input)
    refuse_same_file([args.input], [("output", args.output)])
    out_fmt = output_format(args.output) if args.output else None
    if not is_jsonl:
        text = _read_text(args.input, args.encoding, args.errors)
        if is_blank(text):
            print(f"attributor: {args.input} holds no text (empty, or only whitespace, zero-width or control "
                  "characters); nothing to score", file=sys.stderr)
            return 1
        model = load_model(args.model)
        result = score_texts([text], [Path(args.input).stem], model)[0]
        if args.output:
            write_rows(args.output, [s.to_row() for s in result.statements], *out_fmt)
        elif args.json:
            print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        else:
            print(_table(result))
        return 0
    return _score_jsonl(args, load_model(args.model), out_fmt)


def _score_jsonl(args, model, out_fmt) -> int:
    """``score IN.jsonl``: the batch reader and chunk scorer, statements to ``-o`` (any format) or stdout."""
    from contextlib import nullcontext

    from attributor.batch.formats import Reader, RowWriter, as_record, detect
    from attributor.batch.work import score_records
    from attributor.model.score import MAX_CHARS

    if args.encoding.lower().replace("_", "-") not in ("utf-8", "utf8") or args.errors != "strict":
        raise UsageError("a JSONL input is read as UTF-8 (JSON's encoding); --encoding and --errors apply to text "
                         "files only")
    reader = Reader(args.input, *detect(args.input), "text", "doc_id")
    failures, chunk = [], []
    with RowWriter(args.output, *out_fmt) if args.output else nullcontext() as writer:
        def flush():
            done = score_records(chunk, model, MAX_CHARS, carry=False)
            failures.extend(done.errors)
            if writer is not None:
                writer.write(done.statements)
            else:
                sys.stdout.write("".join(compact_json.dumps(r) + "\n" for r in done.statements))
            chunk.clear()

        for item in reader:
            rec = as_record(item, "text", "doc_id")
            if rec is not None:
                chunk.append(rec)
            if len(chunk) >= 64:
                flush()
        flush()
    for err in failures:
        print(f"attributor: {args.input}:{err['row']}: skipped ({err['reason']}): {err['detail']}", file=sys.stderr)
    if failures:
        print(f"attributor: {len(failures)} row(s) failed; the rest were scored", file=sys.stderr)
        return 1
    return 0


def cmd_report(args) -> int:
    from attributor.standalone import report_file

    refuse_same_file([args.article, args.model], [("output", args.output)])
    text = _read_text(args.article, args.encoding, args.errors)
    if is_blank(text):
        print(f"attributor: {args.article} holds no text (empty, or only whitespace, zero-width or control "
              "characters); no report written", file=sys.stderr)
        return 1
    doc_id = args.doc_id or ("article" if args.article == "-" else Path(args.article).stem)
    out = report_file(text, args.output, doc_id=doc_id, title=args.title, model=args.model)
    print(f"wrote {out}")
    return 0


def cmd_train(args) -> int:
    from attributor.data.corpus import corpus_files, data_hash, load_records
    from attributor.model.persist import default_model_path
    from attributor.model.train import train, write_model

    if args.brat and not Path(check_input(args.brat, allow_dir=True)).is_dir():
        raise UsageError(f"--brat {args.brat} is a file; give the directory of .txt and .ann files")
    inputs = [check_input(p) for p in args.jsonl or ()]
    if args.model_out:
        refuse_same_file(inputs, [("--model-out", args.model_out)])
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
    card = write_model(model, metrics, out, data_hash(files) if files else None, source)
    print(f"wrote {out} ({card['training']['statements']} statements, {card['training']['articles']} articles, "
          f"{card['training']['train_seconds']}s)")
    if metrics:
        print(f"grouped {metrics['folds']}-fold CV: macro-F1 {metrics['macro_f1']:.3f}; "
              + ", ".join(f"{k} F1 {v:.3f}" for k, v in metrics["f1"].items())
              + "; Brier " + ", ".join(f"{k} {v:.3f}" for k, v in metrics["brier"].items()))
    return 0


def cmd_data(args) -> int:
    for p in args.paths:
        check_input(p)
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
    sc.add_argument("-o", "--output", help="write one row per statement here, in the format its extension names "
                                           "(.jsonl, .csv, .tsv, .parquet; .gz/.zst for compressed text)")
    sc.add_argument("--json", action="store_true", help="print the full result as JSON instead of a table")
    sc.add_argument("--model", help="model artifact (default: the default model in the per-user cache)")
    sc.add_argument("--encoding", default="utf-8", help="encoding of a text file (default utf-8; JSONL is UTF-8)")
    sc.add_argument("--errors", default="strict", choices=("strict", "replace", "ignore"),
                    help="what to do with bytes that do not decode (default strict: refuse the file)")
    sc.set_defaults(func=cmd_score)

    rp = sub.add_parser("report", help="write a standalone HTML report of one article (text file or -)")
    rp.add_argument("article", help="text file, or '-' for stdin")
    rp.add_argument("-o", "--output", required=True, help="the HTML file to write")
    rp.add_argument("--title", help="title of the report (default: the article's id)")
    rp.add_argument("--doc-id", help="the article's id (default: the file name without extension)")
    rp.add_argument("--model", help="model artifact (default: the default model in the per-user cache)")
    rp.add_argument("--encoding", default="utf-8", help="encoding of the article (default utf-8)")
    rp.add_argument("--errors", default="strict", choices=("strict", "replace", "ignore"),
                    help="what to do with bytes that do not decode (default strict: refuse the file)")
    rp.set_defaults(func=cmd_report)

    tr = sub.add_parser("train", help="train the classifier (default: on data/corpus)")
    src = tr.add_mutually_exclusive_group()
    src.add_argument("--brat", help="train on a brat standoff directory (PolNeAR-style .txt + .ann)")
    src.add_argument("--jsonl", nargs="+", help="train on corpus-format or {text,label} JSONL files")
    tr.add_argument("--model-out", help="where to write the artifact (default: the default model in the per-user cache)")
    tr.add_argument("--no-cv", action="store_true", help="skip cross-validated metrics")
    tr.set_defaults(func=cmd_train)

    from attributor.batch import add_arguments as batch_arguments

    bt = sub.add_parser("batch", help="score a CSV/TSV/JSONL/Parquet archive: statements, articles, failed rows")
    batch_arguments(bt)
    bt.set_defaults(func=cmd_batch)

    da = sub.add_parser("data", help="corpus tools: check, compile, punkt",
                        description="Tools for the team corpus in data/corpus.")
    da.add_argument("action", choices=("check", "compile", "punkt"),
                    help="check: validate corpus JSONL files; compile: rebuild data/corpus/*.jsonl from the "
                         "markup in data/corpus/src; punkt: relearn the segmenter's parameters from the corpus")
    da.add_argument("paths", nargs="*", type=Path, help="check: the JSONL files (default: data/corpus/*.jsonl)")
    da.set_defaults(func=cmd_data)

    sv = sub.add_parser("serve", help="run the HTTP API and the fact-checker page (docs/api.md)",
                        description="Run the HTTP API and the fact-checker page; limits and keys come from "
                                    "ATTRIBUTOR_* environment variables (docs/api.md).")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; 0.0.0.0 for all)")
    sv.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    sv.add_argument("--workers", type=int, default=1, help="worker processes (one model copy each)")
    sv.add_argument("--model", help="model artifact (default: the default model in the per-user cache)")
    sv.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"),
                    help="log level of the server and access logs (default info)")
    sv.set_defaults(func=cmd_serve)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if getattr(args, "model", None):
            check_input(args.model, what="model")
        elif args.command in ("score", "report", "batch", "serve"):
            from attributor.setup import ensure_default_model

            ensure_default_model()
        return args.func(args)
    except OSError as err:  # a path the checks could not foresee (removed meanwhile, disk full, ...)
        where = f"{err.filename}: " if err.filename and str(err.filename) not in str(err.strerror or "") else ""
        print(f"attributor: {where}{err.strerror or err}", file=sys.stderr)
        return 2
    except Exception as err:  # noqa: BLE001 - the CLI reports, it does not dump stack traces
        from attributor.model.persist import ArtifactError

        if isinstance(err, (ArtifactError, ValueError, TypeError, KeyError)):
            print(f"attributor: {err}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
