#!/usr/bin/env python3
"""Load test of the anonymous tip form on a running Cầu Số (loopback only).

Each tip is what a phone does: GET /q/{code} for the form and its one-time token, then POST the
tip. Prints the public form's size, the saturated rate of submissions per second, and p50/p99
latency of the POST at half that rate. Bounded in count and time; stops by itself.
"""
import concurrent.futures
import gzip
import json
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
DATA = sys.argv[2] if len(sys.argv) > 2 else "data"
TOKEN = re.compile(r'name="token" value="([^"]+)"')

links = json.load(open(f"{DATA}/demo.json"))["links"]
codes = [l["url"] for l in links if l["url"].startswith("/q/")]


def get(path, gz=False):
    req = urllib.request.Request(BASE + path, headers={"Accept-Encoding": "gzip"} if gz else {})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.read()


def submit(i):
    path = codes[i % len(codes)]
    html = get(path).decode()
    token = TOKEN.search(html).group(1)
    body = urllib.parse.urlencode({"token": token, "category": "OTHER",
                                   "text": f"benchmark tip number {i} with enough words to pass"}).encode()
    start = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(BASE + path, data=body), timeout=30) as r:
        r.read()
        assert r.status == 200
    return time.perf_counter() - start


def saturate(n, workers):
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        latencies = list(pool.map(submit, range(n)))
    return n / (time.perf_counter() - start), latencies


def paced(rate, seconds):
    latencies, lock, threads = [], threading.Lock(), []
    interval, end, i = 1.0 / rate, time.perf_counter() + seconds, 0

    def one(k):
        lat = submit(k)
        with lock:
            latencies.append(lat)

    next_at = time.perf_counter()
    while time.perf_counter() < end:
        t = threading.Thread(target=one, args=(i,))
        t.start()
        threads.append(t)
        i += 1
        next_at += interval
        time.sleep(max(0.0, next_at - time.perf_counter()))
    for t in threads:
        t.join()
    return latencies


raw = get(codes[0])
compressed = get(codes[0], gz=True)
print(f"public form first view: {len(raw)} bytes, {len(compressed)} bytes gzip "
      f"(gzip check {len(gzip.compress(raw))}), stylesheet {len(get('/assets/css/causo.css', gz=True))} bytes gzip")
saturate(200, 16)  # warm-up
rate, _ = saturate(2000, 32)
print(f"saturated: {rate:.0f} tip submissions/s (form GET + POST with Argon2id receipt, encryption, commit)")
lat = sorted(paced(rate / 2, 20))
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000
print(f"at {rate / 2:.0f}/s: {len(lat)} tips, POST latency p50 {p(0.50):.1f} ms, p99 {p(0.99):.1f} ms")
