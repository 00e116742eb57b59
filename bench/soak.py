#!/usr/bin/env python3
"""A bounded soak of a running `verity serve`: 64 connections at once mixing
valid checks, the bad-request battery, slow clients and oversized bodies.

Every valid check must come back 200 with exactly the record the server gave
the same text when idle; bad requests must get their 4xx; nothing may get a
5xx but the designed 503 (a full queue); the server must stay up. Prints a
Markdown table and the server's RSS at start and end; exits 1 on any failure.

  python3 bench/soak.py BASE_URL SERVER_PID [SECONDS] [CONNECTIONS]
"""
import collections
import http.client
import json
import os
import random
import socket
import sys
import threading
import time
import urllib.parse

base = urllib.parse.urlparse(sys.argv[1])
pid = int(sys.argv[2])
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 180
connections = int(sys.argv[4]) if len(sys.argv) > 4 else 64
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def rss_kib():
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def read(path):
    with open(os.path.join(root, path), "rb") as f:
        return f.read()


VALID = [
    ("text/plain", read("examples/fabricated-story.txt")),
    ("text/plain", read("examples/wire-report.txt")),
    ("text/html", read("examples/news-page.html")),
    ("application/json", json.dumps({"id": "j1", "title": "Bridge reopens",
                                     "text": read("examples/wire-report.txt").decode()}).encode()),
]
# name, content type, body, the statuses it may get
BAD = [
    ("malformed JSON", "application/json", b'{"text": "unterminated', {400}),
    ("wrong types", "application/json", b'{"title": 5, "text": ["a"]}', {400}),
    ("form-encoded", "application/x-www-form-urlencoded", b"a=b&c=d", {415}),
    ("invalid UTF-8 in JSON", "application/json", b'{"text": "bad \xff byte"}', {400, 200}),
    ("invalid UTF-8 in text", "text/plain", b"The mayor said \xff\xfe the plan \xc3 would pass.", {200}),
    ("control bytes", "text/plain", bytes(i * 7 % 32 for i in range(4096)), {422}),
    ("random bytes (repaired as text)", "text/plain", bytes(random.Random(1).randrange(1, 256) for _ in range(4096)), {200, 422}),
    ("nested divs", "text/html", b"<html><body>" + b"<div>" * 100000 + b"Deep text.", {200, 422}),
    ("empty body", "application/json", b"", {400}),
    ("JSON array to check", "application/json", b"[1, 2, 3]", {400}),
]
OVERSIZED = b"a" * (6 << 20)  # over the default 4 MiB limit: 413

lock = threading.Lock()
tally = collections.Counter()
failures = []
latencies = collections.defaultdict(list)


def request(method, path, body=None, content_type=None, timeout=60):
    conn = http.client.HTTPConnection(base.hostname, base.port, timeout=timeout)
    try:
        headers = {"Content-Type": content_type} if content_type else {}
        start = time.monotonic()
        stage = "connecting and sending"
        try:
            conn.request(method, path, body=body, headers=headers)
            stage = "reading the answer"
            response = conn.getresponse()
            data = response.read()
        except OSError as error:
            raise type(error)(f"{error} ({stage}, after {time.monotonic() - start:.3f} s)") from error
        return response.status, data, time.monotonic() - start
    finally:
        conn.close()


def note(kind, status, elapsed, problem=None):
    with lock:
        tally[(kind, status)] += 1
        latencies[kind].append(elapsed)
        if problem:
            failures.append(f"{kind}: {problem}")


def canonical(body):
    record = json.loads(body)
    record.pop("elapsed_ms", None)
    return json.dumps(record, sort_keys=True)


expected = {}
for i, (ctype, body) in enumerate(VALID):
    status, data, _ = request("POST", "/v1/check", body, ctype)
    if status != 200:
        sys.exit(f"reference check {i} got {status}: {data[:200]!r}")
    expected[i] = canonical(data)


def valid_check(rng):
    i = rng.randrange(len(VALID))
    status, data, elapsed = request("POST", "/v1/check", VALID[i][1], VALID[i][0])
    if status == 503:
        return note("valid check", status, elapsed)
    problem = None
    if status != 200:
        problem = f"status {status}: {data[:120]!r}"
    elif canonical(data) != expected[i]:
        problem = f"answer differs from the idle answer for example {i}"
    note("valid check", status, elapsed, problem)


def bad_request(rng):
    name, ctype, body, allowed = BAD[rng.randrange(len(BAD))]
    status, data, elapsed = request("POST", "/v1/check", body, ctype)
    problem = None if status in allowed or status == 503 else f"{name}: status {status} not in {sorted(allowed)}"
    note("bad request", status, elapsed, problem)


def oversized(rng):
    try:
        status, data, elapsed = request("POST", "/v1/check", OVERSIZED, "text/plain")
    except (ConnectionError, socket.timeout) as error:
        # The server may close once it has answered 413 before the upload ends.
        return note("oversized body", "closed early", 0.0)
    note("oversized body", status, elapsed, None if status in (413, 503) else f"status {status}")


def slow_client(rng):
    start = time.monotonic()
    with socket.create_connection((base.hostname, base.port), timeout=30) as sock:
        sock.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nThe mayor")
        try:
            answer = sock.recv(200)
        except socket.timeout:
            answer = b""
    status = answer.split(b" ")[1].decode() if answer.startswith(b"HTTP/") else "closed"
    problem = None if status in ("408", "503", "closed") else f"slow client got {answer[:60]!r}"
    note("slow client", status, time.monotonic() - start, problem)


MIX = [valid_check] * 10 + [bad_request] * 5 + [oversized] + [slow_client]
deadline = 0.0


def worker(n):
    rng = random.Random(n)
    while time.monotonic() < deadline:
        action = rng.choice(MIX)
        try:
            action(rng)
        except Exception as error:  # a refused or reset connection is a failure
            note(action.__name__, "exception", 0.0, f"{type(error).__name__}: {error}")


rss_start = rss_kib()
deadline = time.monotonic() + seconds
rss_series = []


def sample_rss():  # every tenth of the run: growth that levels off is warm-up, not a leak
    while time.monotonic() < deadline:
        rss_series.append(rss_kib())
        time.sleep(seconds / 10)


threading.Thread(target=sample_rss, daemon=True).start()
threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
for t in threads:
    t.start()
for t in threads:
    t.join()
time.sleep(1)
alive = os.path.exists(f"/proc/{pid}") and request("GET", "/healthz")[0] == 200
rss_end = rss_kib()

print(f"soak: {seconds:.0f} s, {connections} connections, server pid {pid}")
print("| kind | status | requests | median s | p99 s |")
print("|---|---|---|---|---|")
for (kind, status), n in sorted(tally.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
    lat = sorted(latencies[kind])
    print(f"| {kind} | {status} | {n} | {lat[len(lat) // 2]:.3f} | {lat[int(len(lat) * 0.99)]:.3f} |")
server_errors = sum(n for (kind, status), n in tally.items() if isinstance(status, int) and status >= 500 and status != 503)
print(f"RSS start {rss_start / 1024:.1f} MiB, end {rss_end / 1024:.1f} MiB; "
      f"server alive and healthy: {alive}; 5xx other than 503: {server_errors}; failures: {len(failures)}")
print("RSS every tenth of the run (MiB):", " ".join(f"{r / 1024:.1f}" for r in rss_series))
for failure, n in collections.Counter(failures).most_common(20):
    print(f"  FAIL x{n}: {failure}")
sys.exit(0 if alive and not failures and server_errors == 0 else 1)
