#!/usr/bin/env python3
"""Kill trials: `verbatim run` killed with SIGKILL at random moments of every stage.

Writes the demo corpus once (`verbatim sample`), runs the nightly job on a fresh copy of it
without interruption and keeps the bytes of its exports (csv, json, the HTML report). Then, for
each trial, on a fresh copy of the workspace at the same path:

1. starts `verbatim run --log-format json`, waits for the trial's stage to start (its
   `stage_started` line on stderr) and kills the process with SIGKILL a random time later (within
   the time that stage took in the reference run);
2. checks a copy of the store: `PRAGMA integrity_check` is `ok`, `PRAGMA foreign_key_check` finds
   nothing;
3. reruns `verbatim run` (the dead process's lock must not block it), which must exit 0; every
   third trial kills the rerun too, at a random moment, and checks the store again before the
   run that completes;
4. exports again and compares the bytes with the reference's, and checks that no run is left
   marked `running`.

Kill moments come from a seeded generator and are spread over every stage (ingest, accounts,
themes, patterns, signals: the trials go round the stages, so 20 trials give 4 a stage), plus a
few kills just before ingest (while the store is created) and just after signals (while the
analysis and the run are recorded) when --edges is given. One line a trial, then the total;
the exit status is 1 when any trial failed.

Usage (from the repository root, after `swift build -c release`; stdlib only):

    python3 Tests/Quality/kill_trials.py [--binary .build/release/verbatim] [--trials 20]
        [--seed 1] [--work /tmp/verbatim-kill] [--items 5000] [--accounts 300] [--edges]
"""

import argparse
import json
import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

STAGES = ["ingest", "accounts", "themes", "patterns", "signals"]


def run(binary, args, check=True):
    """Runs `verbatim args`, returning (exit status, stdout, stderr)."""
    done = subprocess.run([binary] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    if check and done.returncode != 0:
        sys.exit(f"verbatim {' '.join(args)} exited {done.returncode}:\n{err}")
    return done.returncode, out, err


def fresh_workspace(pristine, ws):
    """The corpus without any store, always at the same path (paths end up in the store)."""
    if os.path.exists(ws):
        shutil.rmtree(ws)
    shutil.copytree(pristine, ws)


class Job:
    """A `verbatim run` whose stderr JSON lines are read as they come, with their arrival times."""

    def __init__(self, binary, ws):
        self.started = time.monotonic()
        self.process = subprocess.Popen([binary, "run", "-w", ws, "--log-format", "json", "--no-progress"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.lines = queue.Queue()
        self.events = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for raw in self.process.stderr:
            self.lines.put((time.monotonic() - self.started, raw.decode("utf-8", "replace")))
        self.lines.put(None)

    def _take(self, timeout):
        item = self.lines.get(timeout=timeout)
        if item is None:
            return None
        at, line = item
        try:
            event = json.loads(line)
        except ValueError:
            event = {"event": "text", "message": line.strip()}
        event["at"] = at
        self.events.append(event)
        return event

    def wait_for(self, stage, phase="stage_started", timeout=600):
        """Waits until `stage` reaches `phase`; False when the process ended first."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                event = self._take(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if event is None:
                return False
            if event.get("event") == phase and event.get("stage") == stage:
                return True
        return False

    def finish(self):
        """Waits for the process and reads every line it wrote; returns its exit status."""
        status = self.process.wait()
        while True:
            event = self._take(timeout=60)
            if event is None:
                break
        return status

    def stage_at_end(self):
        """The stage the process was in when it ended: the last stage started and not finished."""
        current = "before ingest"
        for event in self.events:
            if event.get("event") == "stage_started":
                current = event["stage"]
            elif event.get("event") == "stage_finished":
                current = "after " + event["stage"]
        return current


def timings(events):
    """Each stage's start (seconds after the process started) and length, from a job's events."""
    starts = {e["stage"]: e["at"] for e in events if e.get("event") == "stage_started"}
    ends = {e["stage"]: e["at"] for e in events if e.get("event") == "stage_finished"}
    return {stage: (starts[stage], max(0.001, ends[stage] - starts[stage])) for stage in STAGES}


def check_store(ws, scratch):
    """integrity_check and foreign_key_check on a copy of the store (the original is left as the
    kill left it, WAL and all, for the rerun). Returns a problem or None."""
    path = os.path.join(ws, "verbatim.sqlite")
    if not os.path.exists(path):
        return None  # killed before the store was created: nothing to check
    if os.path.exists(scratch):
        shutil.rmtree(scratch)
    os.makedirs(scratch)
    for suffix in ("", "-wal"):
        if os.path.exists(path + suffix):
            shutil.copy2(path + suffix, os.path.join(scratch, "verbatim.sqlite" + suffix))
    db = sqlite3.connect(os.path.join(scratch, "verbatim.sqlite"))
    try:
        integrity = [r[0] for r in db.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            return "integrity_check: " + "; ".join(integrity[:5])
        keys = db.execute("PRAGMA foreign_key_check").fetchall()
        if keys:
            return f"foreign_key_check: {len(keys)} rows, first {keys[0]}"
    finally:
        db.close()
    return None


def running_rows(ws):
    """Runs still marked `running` once every process has ended."""
    db = sqlite3.connect(f"file:{os.path.join(ws, 'verbatim.sqlite')}?mode=ro", uri=True)
    try:
        return db.execute("SELECT COUNT(*) FROM runs WHERE status = 'running'").fetchone()[0]
    finally:
        db.close()


def exports(binary, ws, out):
    """Every export of the workspace, as {name: bytes}."""
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    run(binary, ["export", "-w", ws, "--format", "csv", "--out", os.path.join(out, "csv")])
    run(binary, ["export", "-w", ws, "--format", "json", "--out", os.path.join(out, "export.json")])
    run(binary, ["report", "-w", ws, "--out", os.path.join(out, "report.html")])
    files = {}
    for root, _, names in os.walk(out):
        for name in names:
            full = os.path.join(root, name)
            with open(full, "rb") as f:
                files[os.path.relpath(full, out)] = f.read()
    return files


def difference(reference, files):
    """The first export whose bytes differ, or None."""
    for name in sorted(set(reference) | set(files)):
        if reference.get(name) != files.get(name):
            return name
    return None


def plan(trials, rng, reference, edges):
    """(stage, offset seconds after its start) per trial, going round the stages in a shuffled order."""
    order = STAGES[:]
    rng.shuffle(order)
    moments = []
    for n in range(trials):
        stage = order[n % len(order)]
        _, length = reference[stage]
        # Within the first 90% of the reference's stage time: a rerun of a short stage may be quicker.
        moments.append((stage, rng.uniform(0, 0.9 * length)))
    if edges and trials >= 2:
        moments[-2] = ("ingest", 0.0)  # the moment ingest starts (the store just created)
        moments[-1] = ("signals", None)  # just after signals finished
    return moments


def kill_during(binary, ws, stage, offset):
    """Starts a run, kills it `offset` s after `stage` started (or just after signals finished when
    offset is None); returns (where it died, exit status)."""
    job = Job(binary, ws)
    if offset is None:
        reached = job.wait_for(stage, "stage_finished")
    else:
        reached = job.wait_for(stage)
        if reached and offset > 0:
            time.sleep(offset)
    if reached and job.process.poll() is None:
        job.process.send_signal(signal.SIGKILL)
    status = job.finish()
    landed = job.stage_at_end() if status == -signal.SIGKILL else "completed before the kill"
    return landed, status


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=".build/release/verbatim")
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "verbatim-kill"))
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--accounts", type=int, default=300)
    parser.add_argument("--edges", action="store_true", help="make the last two kills the moment ingest starts and just after signals")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    rng = random.Random(args.seed)
    work = os.path.abspath(args.work)
    if os.path.exists(work):
        shutil.rmtree(work)
    pristine, ws, scratch = os.path.join(work, "pristine"), os.path.join(work, "ws"), os.path.join(work, "check")
    begun = time.monotonic()
    run(binary, ["sample", "--out", pristine, "--items", str(args.items), "--accounts", str(args.accounts)])

    fresh_workspace(pristine, ws)
    job = Job(binary, ws)
    if job.finish() != 0:
        sys.exit("the reference run failed:\n" + "\n".join(e.get("message", "") for e in job.events))
    reference_timings = timings(job.events)
    reference_seconds = job.events[-1]["at"] if job.events else 0
    reference = exports(binary, ws, os.path.join(work, "reference"))
    print(f"reference run {reference_seconds:.2f} s: " + ", ".join(
        f"{s} at {reference_timings[s][0]:.2f} s for {reference_timings[s][1]:.2f} s" for s in STAGES))
    print(f"reference exports: {len(reference)} files, {sum(len(b) for b in reference.values())} bytes")

    failures = 0
    killed_in = {}
    for n, (stage, offset) in enumerate(plan(args.trials, rng, reference_timings, args.edges), start=1):
        started = time.monotonic()
        fresh_workspace(pristine, ws)
        problems = []
        landed, status = kill_during(binary, ws, stage, offset)
        if status != -signal.SIGKILL:
            problems.append(f"not killed (exit {status})")
        killed_in[landed] = killed_in.get(landed, 0) + 1
        integrity = check_store(ws, scratch)
        if integrity:
            problems.append(integrity)
        kills = 1
        if n % 3 == 0:
            # Kill the rerun too, somewhere in its first run's worth of time.
            again = rng.choice(STAGES)
            second, _ = kill_during(binary, ws, again, rng.uniform(0, 0.9 * reference_timings[again][1]))
            landed += f", then {second}"
            kills = 2
            integrity = check_store(ws, scratch)
            if integrity:
                problems.append("after the second kill: " + integrity)
        code, _, err = run(binary, ["run", "-w", ws, "--quiet"], check=False)
        if code != 0:
            problems.append(f"rerun exited {code}: {err.strip()[:200]}")
            identical = False
        else:
            integrity = check_store(ws, scratch)
            if integrity:
                problems.append("after the rerun: " + integrity)
            left = running_rows(ws)
            if left:
                problems.append(f"{left} run(s) still marked running")
            differs = difference(reference, exports(binary, ws, os.path.join(work, "trial")))
            identical = differs is None
            if differs:
                problems.append(f"{differs} differs from the reference")
        at = "just after it finished" if offset is None else f"+{offset:.3f} s"
        verdict = "ok" if not problems else "FAILED: " + "; ".join(problems)
        print(f"trial {n:2d}: kill in {stage:<8} {at:<22} died {landed:<30} kills {kills}  "
              f"integrity {'ok' if not integrity else 'BAD'}  rerun exit {code}  exports {'identical' if identical else 'DIFFER'}  "
              f"{time.monotonic() - started:5.1f} s  {verdict}", flush=True)
        failures += 1 if problems else 0
    passed = args.trials - failures
    print(f"kill trials passed: {passed}/{args.trials} (deaths by stage: "
          + ", ".join(f"{k} {v}" for k, v in sorted(killed_in.items())) + f"); {time.monotonic() - begun:.0f} s in all")
    sys.exit(0 if failures == 0 else 1)


if __name__ == "__main__":
    main()
