#!/usr/bin/env python3
"""`make bench`: measures extraction throughput, workbook writing against plain C, and end-to-end runs.

Prints a table and writes Output/bench.json. Every figure is the median of several runs on this machine.
Sections whose parts are not built yet are reported as skipped with the reason, never as a number.
"""
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.path.join(ROOT, ".build", "release")
BENCH = os.path.join(RELEASE, "briefing-bench")
BRIEFING = os.path.join(RELEASE, "briefing")
SAMPLES = os.path.join(ROOT, "Pipelines", "sources")
OUT = os.path.join(ROOT, "Output")


def timed(cmd, env=None):
    """Runs cmd under GNU time; returns (wall seconds, peak RSS in MB, user+sys CPU seconds, stdout)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t0 = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", tf.name] + cmd,
                              capture_output=True, text=True, env=env)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd[:3]), proc.returncode, proc.stderr.strip()[-500:]))
        rss_kb, user, sys_ = tf.read().split()[-3:]
        return wall, int(rss_kb) / 1024.0, float(user) + float(sys_), proc.stdout


def extraction(results):
    for mb, reps in ((10, 5), (100, 3)):
        # taskset pins the process to one core: the figure is single-core throughput.
        out = subprocess.run(["taskset", "-c", "0", BENCH, "extraction", SAMPLES, str(mb), str(reps)],
                             capture_output=True, text=True, check=True).stdout
        m = json.loads(out)
        results["extraction_%dmb" % mb] = m
    small, large = results["extraction_10mb"], results["extraction_100mb"]
    results["extraction_linearity"] = (large["secondsMedian"] / large["megabytes"]) / (small["secondsMedian"] / small["megabytes"])


def workbook(results):
    c_src = os.path.join(ROOT, "Benchmarks", "c", "write_rows.c")
    if not os.path.exists(c_src):
        results["workbook"] = {"skipped": "Benchmarks/c/write_rows.c not present"}
        return
    c_bin = os.path.join(RELEASE, "write_rows_c")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "xlsxwriter"], capture_output=True, text=True, check=True).stdout.split()
    subprocess.run(["cc", "-O2", "-o", c_bin, c_src] + flags, check=True)
    tmp = tempfile.mkdtemp(prefix="briefing-bench-")
    try:
        for rows, reps in ((100_000, 5), (1_000_000, 3)):
            entry = {}
            for name, cmd in (("c", [c_bin, str(rows), os.path.join(tmp, "c.xlsx")]),
                              ("swift", [BENCH, "workbook", str(rows), os.path.join(tmp, "swift.xlsx")])):
                runs = [timed(cmd) for _ in range(reps)]
                entry[name] = {"seconds": statistics.median(r[0] for r in runs),
                               "peak_mb": max(r[1] for r in runs)}
            entry["ratio"] = entry["swift"]["seconds"] / entry["c"]["seconds"]
            results["workbook_%d" % rows] = entry
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def end_to_end(results, documents=10_000):
    folder = tempfile.mkdtemp(prefix="briefing-e2e-")
    try:
        subprocess.run([BENCH, "pipeline", SAMPLES, str(documents), folder], check=True)
        pipeline = os.path.join(folder, "bench.yml")
        full = []
        for _ in range(3):
            for name in ("bench.sqlite", "bench-briefing.xlsx", "bench-briefing.md"):
                path = os.path.join(folder, name)
                if os.path.exists(path):
                    os.remove(path)
            full.append(timed([BRIEFING, "run", pipeline, "--force"]))
        again = [timed([BRIEFING, "run", pipeline]) for _ in range(3)]
        wall = statistics.median(r[0] for r in full)
        facts = None
        m = re.search(r"(\d+) facts", full[-1][3])
        if m:
            facts = int(m.group(1))
        results["end_to_end"] = {
            "documents": documents,
            "seconds": wall,
            "peak_mb": max(r[1] for r in full),
            "cpu_utilisation": statistics.median(r[2] / r[0] for r in full),
            "facts": facts,
            "facts_per_second": facts / wall if facts else None,
            "unchanged_rerun_seconds": statistics.median(r[0] for r in again),
            "unchanged_rerun_fraction": statistics.median(r[0] for r in again) / wall,
        }
    except RuntimeError as error:
        results["end_to_end"] = {"skipped": str(error)}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def table(results):
    rows = [("measure", "result", "target")]
    for mb in (10, 100):
        m = results.get("extraction_%dmb" % mb)
        if m:
            rows.append(("extraction %d MB, 1 core" % mb, "%.1f MB/s (%d facts, %.2f s)" % (m["megabytesPerSecond"], m["facts"], m["secondsMedian"]), ">= 50 MB/s"))
    if "extraction_linearity" in results:
        rows.append(("extraction cost per MB, 100 MB vs 10 MB", "%.2fx" % results["extraction_linearity"], "~1.0 (linear)"))
    for rows_n in (100_000, 1_000_000):
        w = results.get("workbook_%d" % rows_n)
        if w:
            rows.append(("workbook %s rows: Swift layer vs C" % format(rows_n, ","),
                         "%.2f s vs %.2f s = %.2fx; peak %.0f MB" % (w["swift"]["seconds"], w["c"]["seconds"], w["ratio"], w["swift"]["peak_mb"]),
                         "<= 1.15x; < 200 MB"))
    if "skipped" in results.get("workbook", {}):
        rows.append(("workbook", "skipped: " + results["workbook"]["skipped"], ""))
    e = results.get("end_to_end", {})
    if "skipped" in e:
        rows.append(("end to end", "skipped: " + e["skipped"], ""))
    elif e:
        rows.append(("end to end, %s documents" % format(e["documents"], ","),
                     "%.2f s, peak %.0f MB, %.2f cores busy, %s facts/s" % (e["seconds"], e["peak_mb"], e["cpu_utilisation"],
                                                                         "%.0f" % e["facts_per_second"] if e["facts_per_second"] else "?"),
                     "<= 10 s"))
        rows.append(("unchanged re-run", "%.2f s = %.1f%% of full run" % (e["unchanged_rerun_seconds"], 100 * e["unchanged_rerun_fraction"]), "<= 5%"))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = ["  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main():
    results = {"machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                           "processor": platform.processor() or platform.machine()},
               "date": time.strftime("%Y-%m-%d %H:%M:%S %Z")}
    extraction(results)
    workbook(results)
    end_to_end(results)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "bench.json"), "w") as fh:
        json.dump(results, fh, indent=1)
    print(table(results))
    print("\nwritten: Output/bench.json")


if __name__ == "__main__":
    main()
