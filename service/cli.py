"""Command line on the same core as the service.

    python -m service extract FILE|-  [--language de] [--published-at 2024-11-18]
    python -m service batch IN.jsonl OUT.jsonl [--processes N]
    python -m service openapi
"""
from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor

from marshmallow import ValidationError

from schemas import DocumentSchema, ExtractRequestSchema
from service.config import Settings
from service.core.document import Extractor, Request

_extractor: Extractor | None = None


def _worker_init() -> None:
    global _extractor
    _extractor = Extractor(Settings().pipelines).load()


def _process_line(line: str) -> str:
    try:
        fields = ExtractRequestSchema().load(json.loads(line))
        document = DocumentSchema().dump(_extractor.extract(Request(**fields)))
    except (ValueError, ValidationError) as error:
        messages = error.messages if isinstance(error, ValidationError) else str(error)
        document = {"error": messages}
    return json.dumps(document, ensure_ascii=False)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="newsfacts", description="Turn news articles into facts.")
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("extract", help="extract one article and print its Document")
    one.add_argument("file", help="a text file, or - for standard input")
    one.add_argument("--language")
    one.add_argument("--published-at")
    many = sub.add_parser("batch", help="JSONL of request objects in, JSONL of Documents out")
    many.add_argument("input")
    many.add_argument("output")
    many.add_argument("--processes", type=int, default=2)
    sub.add_parser("openapi", help="print the OpenAPI description (YAML)")
    args = parser.parse_args(argv)

    if args.command == "openapi":
        from service.api.openapi import spec_yaml
        sys.stdout.write(spec_yaml())
    elif args.command == "extract":
        text = sys.stdin.read() if args.file == "-" else open(args.file, encoding="utf-8").read()
        try:
            fields = ExtractRequestSchema().load({"text": text, "language": args.language,
                                                  "published_at": args.published_at})
        except ValidationError as error:
            parser.exit(2, f"invalid input: {error.messages}\n")
        _worker_init()
        print(json.dumps(DocumentSchema().dump(_extractor.extract(Request(**fields))), ensure_ascii=False, indent=2))
    else:
        from tqdm import tqdm
        with open(args.input, encoding="utf-8") as source:
            lines = [line for line in source if line.strip()]
        with ProcessPoolExecutor(args.processes, initializer=_worker_init) as pool, \
                open(args.output, "w", encoding="utf-8") as sink:
            for result in tqdm(pool.map(_process_line, lines, chunksize=4), total=len(lines), unit="article"):
                sink.write(result + "\n")
