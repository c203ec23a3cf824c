#!/usr/bin/env python3
"""Why the spool preallocates its segments (audit/README.md, ActiveSegment): fdatasync after
appending 1.4 KB to a growing file against after overwriting 1.4 KB of zero-filled, already synced
space, 3,000 of each, alternating twice. Run in the spool's directory (default: this one)."""
import os, resource, sys, time

def run(directory, prealloc, n=3000, record=b"x" * 1400):
    path = os.path.join(directory, "fdatasync-probe.bin")
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        if prealloc:
            os.write(fd, b"\0" * (n * len(record) + (1 << 20)))
            os.fsync(fd)
            os.lseek(fd, 0, 0)
        lat = []
        r0 = resource.getrusage(resource.RUSAGE_SELF)
        for _ in range(n):
            os.write(fd, record)
            t = time.perf_counter()
            os.fdatasync(fd)
            lat.append(time.perf_counter() - t)
        r1 = resource.getrusage(resource.RUSAGE_SELF)
    finally:
        os.close(fd)
        os.unlink(path)
    lat.sort()
    print("%-10s fdatasync p50 %4.0f us  p90 %4.0f us  p99 %4.0f us  kernel CPU %3.0f us per flush" % (
        "overwrite" if prealloc else "append", lat[n // 2] * 1e6, lat[int(n * .9)] * 1e6,
        lat[int(n * .99)] * 1e6, (r1.ru_stime - r0.ru_stime) / n * 1e6))

directory = sys.argv[1] if len(sys.argv) > 1 else "."
print("# %s, %s, load %s" % (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), directory,
                            " ".join(open("/proc/loadavg").read().split()[:3])))
for prealloc in (False, True, False, True):
    run(directory, prealloc)
