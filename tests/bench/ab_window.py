#!/usr/bin/python3
# A/B of two window builds on one flood, alternating: ab_window.py PORT ROUTE OLD NEW [ROUNDS].
# Start tests/bench/flood_server.py first (it prints PORT); ROUTE e.g. "binary?n=100000&size=1024".
# Prints per build the whole job (start to the recording's last write) and the first-to-last message span.
import subprocess, sys, os, time, json, shutil, statistics
port = sys.argv[1]; route = sys.argv[2]; bins = sys.argv[3:5]; rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 5
url = f"ws://127.0.0.1:{port}/{route}"
import tempfile
scratch = tempfile.mkdtemp(prefix="ab_window.")
rec = os.path.join(scratch, "rec.jsonl"); cfg = os.path.join(scratch, "cfg")
res = {b: {"whole": [], "ingest": []} for b in bins}
for r in range(rounds):
    for b in bins:
        shutil.rmtree(cfg, ignore_errors=True)
        if os.path.exists(rec): os.remove(rec)
        env = dict(os.environ, XDG_CONFIG_HOME=cfg, QT_QPA_PLATFORM="offscreen", LANGUAGE="en")
        t0 = time.time_ns()
        p = subprocess.Popen([b, url, "--record", rec], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        last = -1; done = False
        while not done and time.time_ns() - t0 < 60e9:
            try: st = os.stat(rec)
            except FileNotFoundError: st = None
            if st and st.st_size > 4096 and st.st_size == last:
                with open(rec, "rb") as f:
                    f.seek(st.st_size - 4096); done = b'"event":"close"' in f.read()
                mt = st.st_mtime_ns
            last = st.st_size if st else -1
            time.sleep(0.01)
        p.kill(); p.wait()
        first = lastts = None
        with open(rec) as f:
            for line in f:
                if "\"dir\":\"in\"" in line and ("\"event\":\"binary\"" in line or "\"event\":\"text\"" in line):
                    ts = json.loads(line)["ts_us"]
                    if first is None: first = ts
                    lastts = ts
        res[b]["whole"].append((mt - t0) / 1e9); res[b]["ingest"].append((lastts - first) / 1e6 if first else 0)
for b in bins:
    print(b, "whole median %.3f s" % statistics.median(res[b]["whole"]), ["%.2f" % x for x in res[b]["whole"]],
          "ingest median %.3f s" % statistics.median(res[b]["ingest"]), ["%.2f" % x for x in res[b]["ingest"]])
shutil.rmtree(scratch, ignore_errors=True)
