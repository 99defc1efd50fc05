"""Command line: ``python -m analysis FILE [--format json|csv] [--table NAME]``.

``--format json`` (the default) prints the JSON contract of
``Analysis.to_dict()``; ``--format csv`` prints one table as CSV (the
paragraph table unless ``--table`` names another). Unreadable input exits
with status 2 and a one-line message on standard error.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

TABLES = ("paragraphs", "sentences", "entities", "mentions", "statements")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis",
                                     description="Analyse a news article: tone, entities, statements.")
    parser.add_argument("file", help="article file (.txt, .md, .html, .pdf, .docx), or - for stdin")
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("--table", choices=TABLES, default="paragraphs",
                        help="table written by --format csv (default: paragraphs)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")

    from analysis import NewsprismError, analyze, load

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
        result = analyze(load(data, name))
    except NewsprismError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        frame = getattr(result, args.table)
        if args.table == "paragraphs":
            frame = frame.drop(columns=["display"])
        frame.to_csv(sys.stdout, index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
