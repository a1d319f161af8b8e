#!/usr/bin/env python3
"""Turns a JMH JSON result into the per-workload tables of benchmarks/RESULTS.md (see benchmarks/run)."""
import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys

VARIANTS = sorted(
    ["hand", "handFJ", "handCopy", "handBitmap", "streamSeq", "streamPar", "streamParConcurrent",
     "parafoldSeq", "parafoldPar", "Seq", "Par"], key=len, reverse=True)
MAIN = ["hand", "streamSeq", "streamPar", "parafoldSeq", "parafoldPar"]
TO_MS = {"ms/op": 1.0, "us/op": 1e-3, "ns/op": 1e-6, "s/op": 1e3}
# Elements per operation, for bytes/element in the allocation table (primitive workloads).
ELEMENTS = {("SumOfSquaresEven", ""): 10_000_000, ("SumOfSquaresEven", "range"): 10_000_000,
            ("Polluted", ""): 10_000_000, ("CpuHeavy", ""): 1_000_000, ("SmallInput", ""): 100,
            ("FindFirst", ""): 10_000_000, ("FindFirst", "any"): 10_000_000,
            ("FindFirst", "limitDense"): 3_000, ("FindFirst", "limitSparse"): 1_024_000,
            ("Nested", ""): 6_400_000}


def split_name(method):
    low = method.lower()
    for v in VARIANTS:
        if low.endswith(v.lower()):
            prefix = method[: len(method) - len(v)]
            variant = v if not prefix else method[len(prefix):]
            return prefix, variant[0].lower() + variant[1:]
    return method, method


def load(path):
    rows = {}
    for b in json.load(open(path)):
        cls, method = b["benchmark"].rsplit(".", 2)[-2:]
        workload = cls[: -len("Benchmark")]
        prefix, variant = split_name(method)
        raw = [x for fork in b["primaryMetric"]["rawData"] for x in fork]
        unit = b["primaryMetric"]["scoreUnit"]
        alloc = None
        for k, m in b.get("secondaryMetrics", {}).items():
            if k.endswith("gc.alloc.rate.norm"):
                alloc = m["score"]
        rows[(workload, prefix, variant)] = {
            "median": statistics.median(raw), "min": min(raw), "max": max(raw), "unit": unit,
            "ms": statistics.median(raw) * TO_MS.get(unit, 1.0), "alloc": alloc}
    return rows


def fmt_time(r):
    if r is None:
        return "-"
    v = r["median"]
    s = f"{v:.3g}" if v < 100 else f"{v:.0f}"
    spread = (r["max"] - r["min"]) / r["median"] if r["median"] else 0
    return s + ("~" if spread > 0.3 else "")


def speedup(base, variant):
    if base is None or variant is None or variant["ms"] == 0:
        return None
    return base["ms"] / variant["ms"]


def fmt_x(x):
    return "-" if x is None else f"{x:.2f}x"


def machine():
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1))
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        pass
    jdk = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.strip()
    jdk = " / ".join(l.strip() for l in jdk.splitlines()[:3:2])
    return f"{os.cpu_count()} CPUs (nproc), {cpu}, {mem}; {platform.system()} {platform.release()}", jdk


def targets(rows, probes):
    """The issue's targets, each as (target, measured, verdict)."""
    g = lambda w, p, v: rows.get((w, p, v))
    out = []

    def check(name, value, ok, text):
        if value is None:
            out.append((name, "not measured", "-"))
        else:
            out.append((name, text, "met" if ok else "**missed**"))

    for p, label in (("", "long[]"), ("range", "range")):
        par, spar = g("SumOfSquaresEven", p, "parafoldPar"), g("SumOfSquaresEven", p, "streamPar")
        floor = g("SumOfSquaresEven", "floor", "par")
        if p == "":
            x = None if par is None or floor is None else par["ms"] / floor["ms"]
            check(f"SumOfSquaresEven {label}: par <= 1.2x the 2-thread bandwidth floor (floorPar)",
                  x, x is not None and x <= 1.2, f"{fmt_x(x)} of floor ({fmt_time(par)} vs {fmt_time(floor)} ms)")
        x = speedup(spar, par)
        check(f"SumOfSquaresEven {label}: par >= 1.0x streamPar", x, x is not None and x >= 1.0, fmt_x(x))
        x = speedup(g("SumOfSquaresEven", p, "hand"), g("SumOfSquaresEven", p, "parafoldSeq"))
        check(f"SumOfSquaresEven {label}: seq >= 0.95x hand", x, x is not None and x >= 0.95,
              f"{fmt_x(x)} hand")
    seq, hand = g("Polluted", "", "parafoldSeq"), g("Polluted", "", "hand")
    x = None if seq is None or hand is None else seq["ms"] / hand["ms"]
    iso = g("SumOfSquaresEven", "", "parafoldSeq")
    extra = "" if iso is None or seq is None else f"; polluted/isolated parafoldSeq = {seq['ms'] / iso['ms']:.1f}x"
    ss, siso = g("Polluted", "", "streamSeq"), g("SumOfSquaresEven", "", "streamSeq")
    if ss and siso and hand:
        extra += f"; streamSeq polluted = {ss['ms'] / hand['ms']:.1f}x hand, {ss['ms'] / siso['ms']:.1f}x its isolated time"
    check("Polluted: parafoldSeq within 2x of hand", x, x is not None and x <= 2.0,
          f"seq takes {fmt_x(x)} hand's time{extra}")
    for p, label in (("", "in memory"), ("file", "from a file")):
        par = g("WordCount", p, "parafoldPar")
        x = speedup(g("WordCount", p, "streamSeq"), par)
        check(f"WordCount {label}: par >= 1.8x streamSeq", x, x is not None and x >= 1.8, fmt_x(x))
        x = speedup(g("WordCount", p, "streamPar"), par)
        check(f"WordCount {label}: par >= 1.5x streamPar", x, x is not None and x >= 1.5, fmt_x(x))
    for p in ("", "any"):
        hand, par = g("FindFirst", p, "hand"), g("FindFirst", p, "parafoldPar")
        x = speedup(hand, par)
        check(f"FindFirst {p or 'findFirst'}: par no slower than hand", x, x is not None and x >= 0.97,
              f"{fmt_x(x)} hand")
    m = probes.get("examined.findFirst.parafoldPar")
    check("FindFirst: par examines <= ~15 % of the range", m, m is not None and m[1] <= 15.5,
          "-" if m is None else f"median {m[0]:.1f} %, max {m[1]:.1f} %")
    for p in ("limitDense", "limitSparse"):
        x = speedup(g("FindFirst", p, "streamPar"), g("FindFirst", p, "parafoldPar"))
        check(f"FindFirst {p}(1000) ordered: par >= 3x streamPar", x, x is not None and x >= 3.0, fmt_x(x))
    x = speedup(g("CpuHeavy", "", "hand"), g("CpuHeavy", "", "parafoldPar"))
    check("CpuHeavy: par >= 1.9x hand", x, x is not None and x >= 1.9, fmt_x(x))
    t = probes.get("threads.nested.parafoldPar")
    check("Nested: peak live threads <= parallelism + 1 (over the JVM's own)", t,
          t is not None and t[1] <= 1,
          "-" if t is None else f"+{t[1]} threads over before, {t[2]} started per run")
    x = speedup(g("Nested", "", "streamPar"), g("Nested", "", "parafoldPar"))
    check("Nested: time <= streamPar", x, x is not None and x >= 0.97, fmt_x(x) + " streamPar")
    seq, par = g("SmallInput", "", "parafoldSeq"), g("SmallInput", "", "parafoldPar")
    x = None if seq is None or par is None else par["ms"] / seq["ms"]
    check("SmallInput: par <= 1.5x seq time", x, x is not None and x <= 1.5, f"par takes {fmt_x(x)} seq's time")
    x = speedup(g("Distinct", "", "streamSeq"), g("Distinct", "", "parafoldPar"))
    check("Distinct ordered: par >= 1.5x streamSeq", x, x is not None and x >= 1.5, fmt_x(x))
    x = speedup(g("PartitionAll", "", "parafoldSeq"), g("PartitionAll", "", "parafoldPar"))
    check("PartitionAll: par >= 1.5x own seq", x, x is not None and x >= 1.5, fmt_x(x))
    hand, par = g("PartitionAll", "", "hand"), g("PartitionAll", "", "parafoldPar")
    x = None if hand is None or par is None else par["ms"] / hand["ms"]
    check("PartitionAll: par within 2x of hand", x, x is not None and x <= 2.0,
          f"par takes {fmt_x(x)} hand's time")
    x = speedup(g("PartitionAll", "", "streamPar"), par)
    check("PartitionAll: par >= 1.5x streamPar", x, x is not None and x >= 1.5, fmt_x(x))
    worst = None
    for (w, p), n in ELEMENTS.items():
        if w == "SmallInput" or p.startswith("limit"):
            continue  # fixed per-call cost, not per-element
        for v in ("parafoldSeq", "parafoldPar"):
            r = g(w, p, v)
            if r and r["alloc"] is not None:
                per = r["alloc"] / n
                worst = per if worst is None else max(worst, per)
    check("Allocation: primitive workloads allocate nothing per element", worst,
          worst is not None and worst < 0.01, "-" if worst is None else f"worst {worst:.4f} B/element")
    return out


def parse_probes(path):
    probes, lines = {}, []
    if path and os.path.exists(path):
        for line in open(path):
            if not line.startswith("probe "):
                continue
            lines.append(line[len("probe "):].strip())
            m = re.match(r"probe (examined\.\S+) median ([\d.]+)% max ([\d.]+)%", line)
            if m:
                probes[m.group(1)] = (float(m.group(2)), float(m.group(3)))
            m = re.match(r"probe (threads\.\S+) peak live (\d+) \(\+(-?\d+) over before\), started per run (\d+)", line)
            if m:
                probes[m.group(1)] = (int(m.group(2)), int(m.group(3)), int(m.group(4)))
    return probes, lines


def render(rows, probes, probe_lines, args):
    host, jdk = machine()
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    L = [f"### {args.mode} run, {date}", "",
         f"- machine: {host}", f"- JDK: {jdk}",
         f"- JMH 1.37, 1 fork, {args.settings},"
         " `-prof gc`, `-Xms4g -Xmx4g` (G1, 2 MB regions)",
         f"- load average before / after: {args.load}; wall time {args.elapsed} s",
         f"- raw JSON: `{os.path.relpath(args.json)}`", "",
         "Medians per operation (ms; SmallInput in ns). `~` = min-max spread over 30 % of the median. "
         "Speed-ups are time ratios from this run, > 1 = parafold faster.", "",
         "| workload | hand | streamSeq | streamPar | parafoldSeq | parafoldPar | par vs streamPar | par vs hand | seq vs hand | extras |",
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    keys = sorted({(w, p) for (w, p, _) in rows}, key=lambda k: (k[0], k[1]))
    for w, p in keys:
        r = {v: rows[(w, p, v)] for (w2, p2, v) in rows if (w2, p2) == (w, p)}
        extras = ", ".join(f"{v} {fmt_time(x)}" for v, x in sorted(r.items()) if v not in MAIN)
        name = w + (f" / {p}" if p else "")
        L.append(f"| {name} | " + " | ".join(fmt_time(r.get(v)) for v in MAIN) + " | "
                 + " | ".join(fmt_x(speedup(r.get(a), r.get(b))) for a, b in
                              (("streamPar", "parafoldPar"), ("hand", "parafoldPar"), ("hand", "parafoldSeq")))
                 + f" | {extras} |")
    L += ["", "Allocation (`-prof gc`, gc.alloc.rate.norm, bytes/op; per element where the workload is primitive):", "",
          "| workload | variant | bytes/op | bytes/element (examined) |", "|---|---|---:|---:|"]
    for (w, p, v), r in sorted(rows.items()):
        if (w, p) in ELEMENTS and r["alloc"] is not None:
            n = ELEMENTS[(w, p)]
            L.append(f"| {w}{' / ' + p if p else ''} | {v} | {r['alloc']:.0f} | {r['alloc'] / n:.4f} |")
    L += ["", "Probes (`dev.parafold.benchmarks.Probes`, same JVM flags, one JVM):", ""]
    L += [f"- {l}" for l in probe_lines]
    L += ["", "Targets of issue 5 (ratios from this run):", "", "| target | measured | verdict |", "|---|---|---|"]
    L += [f"| {a} | {b} | {c} |" for a, b, c in targets(rows, probes)]
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", required=True)
    ap.add_argument("--probes")
    ap.add_argument("--mode", default="full")
    ap.add_argument("--load", default="?")
    ap.add_argument("--elapsed", default="?")
    ap.add_argument("--results", default="benchmarks/RESULTS.md")
    ap.add_argument("--write", default="1")
    args = ap.parse_args()
    rows = load(args.json)
    first = json.load(open(args.json))[0]
    args.settings = (f"{first['warmupIterations']}x{first['warmupTime']} warm-up, "
                     f"{first['measurementIterations']}x{first['measurementTime']} measured")
    probes, probe_lines = parse_probes(args.probes)
    block = render(rows, probes, probe_lines, args)
    print(block)
    if args.write != "1":
        return
    begin, end = f"<!-- {args.mode} run: begin (written by benchmarks/run) -->", f"<!-- {args.mode} run: end -->"
    text = open(args.results).read() if os.path.exists(args.results) else "# Benchmark results\n"
    section = f"{begin}\n{block}{end}"
    if begin in text and end in text:
        text = text[: text.index(begin)] + section + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    open(args.results, "w").write(text)
    print(f"wrote {args.results}", file=sys.stderr)


if __name__ == "__main__":
    main()
