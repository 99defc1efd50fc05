"""Command line: ``python -m analysis FILE [--format json|csv] [--table NAME] [--corrections FILE.json]``, and
``python -m analysis batch DIR_OR_GLOB --out DIR [--processes N] [--engine local|dask] [--follow-links]``.

``--format json`` (the default) prints the JSON contract of
``Analysis.to_dict()``; ``--format csv`` prints one table as CSV (the
paragraph table unless ``--table`` names another). ``--corrections`` applies a
reader's corrections (a JSON list of operations, or the app's JSON download with
its ``corrections``; see :mod:`analysis.corrections`): the output is the corrected
analysis, and each operation that no longer fits is named on standard error.
Unreadable input or corrections exit with status 2 and a one-line message on
standard error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

TABLES = ("paragraphs", "sentences", "entities", "mentions", "statements")


def batch_main(argv: list[str]) -> int:
    """``python -m analysis batch ...``: analyse a folder or glob into Parquet tables, print the
    summary as JSON; returns the exit status (2 when no article file was found, 130 after Ctrl-C,
    with what was finished combined)."""
    parser = argparse.ArgumentParser(prog="python -m analysis batch",
                                     description="Analyse many articles into Parquet tables.")
    parser.add_argument("source", help="a folder (searched recursively) or a glob of article files")
    parser.add_argument("--out", required=True, help="results folder (created; reruns skip done files)")
    parser.add_argument("--processes", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--scheduler", default=None,
                        help="with --engine dask: a scheduler address (tcp://host:8786); default a local cluster")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--follow-links", action="store_true",
                        help="follow symbolic links (skipped by default; each real file is read once)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")

    from analysis.batch import run_batch

    try:
        summary = run_batch(args.source, args.out, processes=args.processes, engine=args.engine,
                            scheduler=args.scheduler, show_progress=not args.quiet, follow_links=args.follow_links)
    except KeyboardInterrupt:
        print(f"interrupted: the documents finished so far are combined in {args.out}; the same command "
              "goes on from there", file=sys.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        # The tables are written: end now rather than wait at exit for the stopped pool's threads.
        os._exit(130)
    print(json.dumps(summary))
    if summary["found"] == 0:
        print(f"error: no article files (.txt, .md, .html, .pdf, .docx) in {args.source}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    """The command line (arguments from ``sys.argv`` unless given); returns the exit status:
    0 on success, 2 with a one-line message on standard error for unreadable input."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "batch":
        return batch_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m analysis",
                                     description="Analyse a news article: tone, entities, statements.")
    parser.add_argument("file", help="article file (.txt, .md, .html, .pdf, .docx), or - for stdin")
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("--table", choices=TABLES, default="paragraphs",
                        help="table written by --format csv (default: paragraphs)")
    parser.add_argument("--corrections", metavar="FILE.json", default=None,
                        help="apply a reader's corrections: a JSON list of operations, or a JSON download "
                             "holding a 'corrections' list")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")

    from analysis import NewsprismError, analyze, load
    from analysis.corrections import apply_corrections, parse

    try:
        if args.file == "-":
            data, name = sys.stdin.buffer.read(), "stdin.txt"
        else:
            path = Path(args.file)
            data, name = path.read_bytes(), path.name
    except OSError as err:
        print(f"error: cannot read {args.file}: {err.strerror or err}", file=sys.stderr)
        return 2
    try:
        ops = None
        if args.corrections is not None:
            try:
                ops = parse(Path(args.corrections).read_bytes())
            except OSError as err:
                print(f"error: cannot read {args.corrections}: {err.strerror or err}", file=sys.stderr)
                return 2
        result = analyze(load(data, name))
        if ops is not None:
            result, report = apply_corrections(result, ops)
            for stale in report.stale:
                print(f"warning: correction {stale.index + 1} no longer applies: {stale.reason}", file=sys.stderr)
    except NewsprismError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.format == "json":
        try:
            json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        except BrokenPipeError:  # `| head` closed the pipe: not an error of ours
            return 0
    else:
        result.table(args.table).to_csv(sys.stdout, index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
