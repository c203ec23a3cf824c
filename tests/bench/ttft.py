#!/usr/bin/env python3
"""Time to first token of streamed chat answers, over one keep-alive connection, sequentially.

   ttft.py PORT BODY_FILE KEY N   ->  prints "p50_ms p99_ms" of the time from sending the request to
   reading the first SSE event whose delta carries non-empty content (what a chat UI shows first).
Standard library only (http.client), so the client's own cost is the same for every target compared.
"""
import http.client
import json
import sys
import time

port, body_file, key, n = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
body = open(body_file, "rb").read()
headers = {"Content-Type": "application/json", "Authorization": "Bearer " + key}
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
samples = []
for i in range(n + 50):  # the first 50 warm the path and are not counted
    t0 = time.perf_counter()
    conn.request("POST", "/v1/chat/completions", body, headers)
    resp = conn.getresponse()
    if resp.status != 200:
        sys.exit(f"ttft: HTTP {resp.status}: {resp.read()[:300]!r}")
    first = None
    buf = b""
    while first is None:
        chunk = resp.read1(65536)
        if not chunk:
            break
        buf += chunk
        while first is None and b"\n\n" in buf:
            event, buf = buf.split(b"\n\n", 1)
            for line in event.split(b"\n"):
                if line.startswith(b"data: {"):
                    for c in json.loads(line[6:]).get("choices", []):
                        if c.get("delta", {}).get("content"):
                            first = time.perf_counter()
    resp.read()  # the rest of the stream, so the connection can carry the next request
    if first is None:
        sys.exit("ttft: no content in the stream")
    if i >= 50:
        samples.append((first - t0) * 1000)
samples.sort()
print(f"{samples[len(samples) // 2]:.3f} {samples[int(len(samples) * 0.99) - 1]:.3f}")
