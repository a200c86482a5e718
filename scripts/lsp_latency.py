#!/usr/bin/env python3
"""Latency and memory of `srm-lint server` (a benchmark, not a test).

Builds a Terraform module of 50 files in a temporary folder, one of them 500
lines, opens that file in the server over JSON-RPC and measures, for each of
--edits edits, the time from `didChange` to the `publishDiagnostics` of that
version, minus the server's debounce (150 ms). Then sends --burst edits without
waiting (the debounce coalesces them) and reads the server's resident memory
before and after, from /proc.

    python3 scripts/lsp_latency.py --srm-lint target/release/srm-lint [--edits 200] [--burst 10000]

Python 3.11 standard library only; prints the figures (ranges, median, p90).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from queue import Empty, Queue

DEBOUNCE_S = 0.150


def module(root: Path) -> str:
    for i in range(49):
        (root / f"f{i:02}.tf").write_text(
            f'resource "aws_s3_bucket" "b{i}" {{\n  bucket = "b{i}"\n}}\n'
            f'resource "aws_kms_key" "k{i}" {{\n  description = "k{i}"\n  enable_key_rotation = true\n}}\n'
        )
    lines = []
    n = 0
    while len(lines) < 500:
        lines += [
            f'resource "aws_db_instance" "d{n}" {{',
            '  engine              = "postgres"',
            '  instance_class      = "db.t3.micro"',
            "  storage_encrypted   = true",
            "  deletion_protection = true",
            "  publicly_accessible = false",
            "}",
            "",
        ]
        n += 1
    text = "\n".join(lines[:500]) + "\n"
    (root / "main.tf").write_text(text)
    return text


class Server:
    def __init__(self, binary: str, root: Path):
        self.proc = subprocess.Popen([binary, "server"], cwd=root, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.queue: Queue = Queue()
        threading.Thread(target=self.read, daemon=True).start()
        self.next_id = 1

    def read(self):
        out = self.proc.stdout
        while True:
            length = 0
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.startswith(b"Content-Length:"):
                    length = int(line.split(b":")[1])
            self.queue.put((time.perf_counter(), json.loads(out.read(length))))

    def send(self, message: dict):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def request(self, method: str, params) -> dict:
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id)[1]

    def notify(self, method: str, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, wanted, timeout=60):
        end = time.perf_counter() + timeout
        while True:
            try:
                at, message = self.queue.get(timeout=max(0.01, end - time.perf_counter()))
            except Empty:
                raise SystemExit("the server did not answer")
            if wanted(message):
                return at, message

    def rss_mib(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--srm-lint", required=True)
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--burst", type=int, default=10000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp).resolve()
        text = module(root)
        server = Server(args.srm_lint, root)
        uri = root.joinpath("main.tf").as_uri()
        server.request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": {}})
        server.notify("initialized", {})
        server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "terraform", "version": 1, "text": text}})
        server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
        rss_start = server.rss_mib()
        latencies = []
        version = 1
        for i in range(args.edits):
            version += 1
            value = "false" if i % 2 == 0 else "true"
            # Line 5 (0-based 4): `  deletion_protection = true` → toggled.
            change = {"range": {"start": {"line": 4, "character": 24}, "end": {"line": 4, "character": 29 if i % 2 == 1 else 28}}, "text": value}
            sent = time.perf_counter()
            server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
            at, _ = server.wait(lambda m, v=version: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == v)
            latencies.append((at - sent - DEBOUNCE_S) * 1000)
        rss_after_edits = server.rss_mib()
        for _ in range(args.burst // 2):
            for value, end in (("false", 28), ("true", 29)):
                version += 1
                server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [
                    {"range": {"start": {"line": 4, "character": 24}, "end": {"line": 4, "character": end}}, "text": value}]})
        server.wait(lambda m, v=version: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == v)
        rss_after_burst = server.rss_mib()
        server.request("shutdown", None)
        server.notify("exit", None)
        server.proc.wait(timeout=10)
        latencies.sort()
        p90 = latencies[int(len(latencies) * 0.9) - 1]
        print(f"module: 50 files, main.tf 500 lines; {args.edits} edits, then a burst of {args.burst}")
        print(f"didChange -> publishDiagnostics minus the 150 ms debounce: min {latencies[0]:.1f} ms, "
              f"median {statistics.median(latencies):.1f} ms, p90 {p90:.1f} ms, max {latencies[-1]:.1f} ms")
        print(f"server RSS: {rss_start:.1f} MiB after opening, {rss_after_edits:.1f} MiB after {args.edits} edits, "
              f"{rss_after_burst:.1f} MiB after {args.edits + args.burst} edits")


if __name__ == "__main__":
    sys.exit(main())
