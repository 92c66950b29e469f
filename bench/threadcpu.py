#!/usr/bin/env python3
"""Per-thread CPU of a JVM from /proc, to see where a process spends its cores.

  threadcpu.py snapshot PID FILE     record every thread's CPU ticks
  threadcpu.py diff A B [TOP=12]     CPU seconds each thread group used between two snapshots
Thread names are those the JVM gives the OS (15 characters at most); digits are folded so pools group.
"""
import collections, json, os, re, sys

HZ = os.sysconf("SC_CLK_TCK")


def snapshot(pid, path):
    threads = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        threads[tid] = [name, int(fields[11]) + int(fields[12])]
    with open(path, "w") as f:
        json.dump(threads, f)


def diff(a, b, top=12):
    before, after = json.load(open(a)), json.load(open(b))
    groups = collections.Counter()
    for tid, (name, ticks) in after.items():
        groups[re.sub(r"\d+", "N", name)] += ticks - before.get(tid, [name, 0])[1]
    total = sum(groups.values()) / HZ
    print(f"    gateway CPU by thread ({total:.1f} s in all):")
    for name, ticks in groups.most_common(top):
        print(f"      {ticks / HZ:7.1f} s  {100 * ticks / HZ / total:4.1f} %  {name}")


if __name__ == "__main__":
    if sys.argv[1] == "snapshot":
        snapshot(sys.argv[2], sys.argv[3])
    else:
        diff(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 12)
