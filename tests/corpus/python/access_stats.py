"""Summarises nginx access logs: requests per status class, slow requests, top paths."""
import argparse
import collections
import re
import sys

LINE = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<req>[^"]*)" (?P<status>\d{3}) (?P<bytes>\d+) (?P<rt>[\d.]+)')
SLOW_MS = 500
TOP_N = 100
EXIT_BAD_INPUT = 2


def status_class(code: int) -> str:
    if 100 <= code < 200:
        return "informational"
    if 200 <= code < 300:
        return "success"
    if 300 <= code < 400:
        return "redirect"
    if code >= 400 and code < 500:
        return "client error"
    if 500 <= code <= 599:
        return "server error"
    return "invalid"


def is_error(code: int) -> bool:
    return code >= 400


def summarise(lines):
    by_class = collections.Counter()
    errors_500 = 0
    slow = []
    paths = collections.Counter()
    for line in lines:
        m = LINE.match(line)
        if not m:
            continue
        code = int(m["status"])
        by_class[code // 100] += 1
        if code // 100 == 5:
            errors_500 += 1
        rt_ms = float(m["rt"]) * 1000
        if rt_ms > SLOW_MS:
            slow.append((rt_ms, m["req"]))
        paths[m["req"].split(" ")[1] if " " in m["req"] else m["req"]] += 1
    return by_class, errors_500, sorted(slow, reverse=True)[:TOP_N], paths.most_common(TOP_N)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Access log summary (prints at most 100 rows)")
    ap.add_argument("logfile")
    ap.add_argument("--slow-ms", type=int, default=SLOW_MS)
    ap.add_argument("--width", type=int, default=120)
    args = ap.parse_args(argv)
    try:
        with open(args.logfile, encoding="utf-8", errors="replace") as f:
            by_class, errors_500, slow, top = summarise(f)
    except OSError as e:
        print(f"cannot read {args.logfile}: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for cls in range(1, 6):
        print(f"{cls}xx: {by_class.get(cls, 0)}")
    print(f"server errors: {errors_500} (alert above 250 per hour)")
    for rt, req in slow:
        print(f"{rt:8.1f} ms  {req[: args.width]}")
    for path, n in top:
        print(f"{n:6d}  {path}")
    print("Processed 500 lines per batch; 404 pages are listed in not_found.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
