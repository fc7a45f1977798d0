#!/usr/bin/env python3
"""Benchmarks at customer scale (issue 7): the assistant against the database's own shell and
Sqitch running the very same migration SQL, on SQLite and PostgreSQL, side by side in one run.

Run it through bench/run.sh (see there and docs/benchmarks.md, "Harness"). For every engine and
size it generates one v1 database, then, `--runs` times, alternating who goes first:

  apply     migration-assistant --headless --apply --yes  |  sqlite3 / psql -f on --print-sql
            |  sqitch deploy of a throwaway project whose one change is that same script
            (each on a fresh copy of the generated database)
  rollback  migration-assistant --headless --rollback on the assistant's applied copy
  check     migration-assistant --headless --check  |  the plan's check queries in the shell
  rehearse  migration-assistant --headless --rehearse --yes  |  the script with ROLLBACK for COMMIT
  gui gap   (SQLite) the longest gap between GUI-thread timer ticks while the wizard migrates
            the database offscreen: tests/ui/tst_wizard_responsiveness with MA_BENCH_DB

and once: start-up (--help, --check on a 10-user database, the wizard's first paint).
Times are wall clock; peak memory is GNU time's %M (max RSS) of the client process.
Figures are medians over the runs. Writes results.json, results.csv, results.md and
apply-time.png (gnuplot) into --out, and prints results.md.
"""

import argparse
import datetime
import json
import os
import re
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = os.path.join(SOURCE, "resources", "plans", "user-integrations", "plan.json")
DEVNULL = subprocess.DEVNULL


class BenchError(Exception):
    pass


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def run(cmd, ok=(0,), **kwargs):
    """Runs a command untimed; returns its stdout (text)."""
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    if p.returncode not in ok:
        raise BenchError(f"{shlex.join(cmd)} exited {p.returncode}: {p.stderr.strip()[-2000:]}")
    return p.stdout


class Timer:
    """Wall time and peak RSS (GNU time %M) of one command."""

    def __init__(self, work):
        self.rss_file = os.path.join(work, "time.out")

    def __call__(self, cmd, ok=(0,), stdin_file=None, env=None, cwd=None):
        full = ["/usr/bin/time", "-f", "%M", "-o", self.rss_file] + cmd
        stdin = open(stdin_file, "rb") if stdin_file else DEVNULL
        try:
            t0 = time.perf_counter()
            p = subprocess.run(full, stdin=stdin, stdout=DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
            t1 = time.perf_counter()
        finally:
            if stdin_file:
                stdin.close()
        if p.returncode not in ok:
            raise BenchError(f"{shlex.join(cmd)} exited {p.returncode}: "
                             f"{p.stderr.decode(errors='replace').strip()[-2000:]}")
        with open(self.rss_file) as f:
            lines = [line for line in f.read().split("\n") if line.strip()]
        return t1 - t0, int(lines[-1])


def median(values):
    return statistics.median(values) if values else None


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def first_line(cmd):
    try:
        return run(cmd).strip().split("\n")[0]
    except (BenchError, OSError):
        return "?"


# ---------------------------------------------------------------------------------------------
# The SQL the shells run


def rehearse_sql(migration):
    """The migration script with its final COMMIT turned into ROLLBACK."""
    matches = list(re.finditer(r"^\s*COMMIT\s*;", migration, re.IGNORECASE | re.MULTILINE))
    if not matches:
        raise BenchError("--print-sql printed no COMMIT to turn into ROLLBACK")
    last = matches[-1]
    return migration[: last.start()] + "\nROLLBACK;" + migration[last.end():]


def check_sql(driver, failing):
    """The plan's check queries as one script: how the source is recognised, the shared
    queries the checks read their values from, every check's own query, and the sample rows of the checks that fail (the
    assistant loads samples only for those). SQLite's ma_casefold() (the assistant's Unicode
    case folding) is not in the shell: lower() stands in for it."""
    with open(PLAN) as f:
        plan = json.load(f)
    queries = [plan["detect"]["source"][driver]]
    shared = {c["value"].split(".")[0] for c in plan["checks"] if "." in c.get("value", "")}
    queries += [plan["queries"][name][driver] for name in sorted(shared)]
    for check in plan["checks"]:
        if driver in check.get("sql", {}):
            queries.append(check["sql"][driver])
        if check["id"] in failing and driver in check.get("samples", {}):
            queries.append(check["samples"][driver])
    out = []
    for q in queries:
        q = q.replace("{{schema_literal}}", "'public'").replace("ma_casefold(", "lower(")
        out.append(q.rstrip().rstrip(";") + ";")
    begin = "BEGIN;" if driver == "sqlite" else "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;"
    return "\n".join([begin] + out + ["COMMIT;", ""])


# ---------------------------------------------------------------------------------------------
# Engines: how to make, copy, drop and reach a database


class SqliteEngine:
    name = "sqlite"
    title = "SQLite"
    shell_name = "sqlite3"

    def __init__(self, bench):
        self.bench = bench
        self.dir = os.path.join(bench.work, "sqlite")
        os.makedirs(self.dir)

    def start(self):
        pass

    def stop(self):
        pass

    def path(self, name):
        return os.path.join(self.dir, name + ".db")

    def generate(self, users):
        src = self.path(f"source{users}")
        seconds, _ = self.bench.timer([self.bench.binary, "--demo", src, "--users", str(users)])
        return f"source{users}", seconds

    def size_bytes(self, name):
        return os.path.getsize(self.path(name))

    def copy(self, source, name):
        shutil.copyfile(self.path(source), self.path(name))
        os.sync()  # the same page-cache state for whoever runs next

    def drop(self, name):
        base = self.path(name)
        for f in os.listdir(self.dir):
            full = os.path.join(self.dir, f)
            if full == base or (f.startswith(name + ".db") and f != name + ".db"):
                os.remove(full)

    def url(self, name):
        return "sqlite:" + self.path(name)

    def assistant_extra(self):
        return []

    def shell(self, name, script):
        return ["sqlite3", "-bail", self.path(name)], script

    def scalar(self, name, sql):
        return run(["sqlite3", self.path(name), sql]).strip()

    def sqitch_target(self, name):
        return "db:sqlite:" + self.path(name)

    def sqitch_reset(self, name):
        # The registry is sqitch.db beside the database: a fresh one for every run.
        for f in ("sqitch.db", "sqitch.db-journal"):
            if os.path.exists(os.path.join(self.dir, f)):
                os.remove(os.path.join(self.dir, f))

    def versions(self):
        return {"sqlite3 shell": first_line(["sqlite3", "--version"]).split(" ")[0]}


class PostgresEngine:
    name = "postgresql"
    title = "PostgreSQL"
    shell_name = "psql"

    def __init__(self, bench):
        self.bench = bench
        self.dir = os.path.join(bench.work, "pg")
        os.makedirs(self.dir)
        self.bindir = os.environ.get("MA_PG_BINDIR", "/usr/lib/postgresql/15/bin")
        self.as_pg = []
        if os.geteuid() == 0:
            self.as_pg = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.dir, "postgres")
        self.port = free_port()
        self.running = False

    def psql(self, db="postgres"):
        return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port),
                "-U", "postgres", "-d", db]

    def start(self):
        data = os.path.join(self.dir, "data")
        run(self.as_pg + [os.path.join(self.bindir, "initdb"), "-D", data, "-U", "postgres", "-E", "UTF8",
                          "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=trust"])
        run(self.as_pg + [os.path.join(self.bindir, "pg_ctl"), "-D", data, "-l", os.path.join(self.dir, "server.log"),
                          "-w", "-o", f"-k {self.dir} -c listen_addresses=127.0.0.1 -p {self.port} -c fsync=on",
                          "start"])
        self.running = True

    def stop(self):
        if self.running:
            subprocess.run(self.as_pg + [os.path.join(self.bindir, "pg_ctl"), "-D", os.path.join(self.dir, "data"),
                                         "-m", "immediate", "stop"], stdout=DEVNULL, stderr=DEVNULL)
            self.running = False

    def sql(self, statement, db="postgres"):
        return run(self.psql(db) + ["-Atc", statement])

    def generate(self, users):
        name = f"source{users}"
        self.sql(f"DROP DATABASE IF EXISTS {name}")
        self.sql(f"CREATE DATABASE {name}")
        script = os.path.join(self.dir, f"generate{users}.sql")
        with open(os.path.join(SOURCE, "resources", "demo", "v1-schema-postgresql.sql")) as f:
            schema = f.read()
        with open(os.path.join(SOURCE, "resources", "demo", "v1-data-postgresql.sql")) as f:
            data = f.read().replace("{{users}}", str(users))
        with open(script, "w") as f:
            f.write("SET search_path TO public;\n" + schema + "\n" + data + "\nVACUUM ANALYZE;\n")
        seconds, _ = self.bench.timer(self.psql(name) + ["-f", script])
        return name, seconds

    def size_bytes(self, name):
        return int(self.sql(f"SELECT pg_database_size('{name}')").strip())

    def copy(self, source, name):
        self.sql(f"DROP DATABASE IF EXISTS {name}")
        self.sql(f"CREATE DATABASE {name} TEMPLATE {source} STRATEGY FILE_COPY")

    def drop(self, name):
        self.sql(f"DROP DATABASE IF EXISTS {name}")

    def url(self, name):
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}?schema=public"

    def assistant_extra(self):
        return ["--lock-file", os.path.join(self.bench.work, "run.lock")]

    def shell(self, name, script):
        return self.psql(name) + ["-f", script], None

    def scalar(self, name, sql):
        return self.sql(sql, name).strip()

    def sqitch_target(self, name):
        return f"db:pg://postgres@127.0.0.1:{self.port}/{name}"

    def sqitch_reset(self, name):
        pass  # the registry is a schema inside the fresh copy

    def versions(self):
        number = lambda line: (re.search(r"\d+(\.\d+)+", line) or re.search(".*", line)).group(0)
        return {"psql": number(first_line(["psql", "--version"])),
                "PostgreSQL server": number(first_line([os.path.join(self.bindir, "postgres"), "--version"]))}


# ---------------------------------------------------------------------------------------------


class Bench:
    def __init__(self, args):
        self.args = args
        self.build = os.path.abspath(args.build_dir)
        self.binary = os.path.join(self.build, "app", "migration-assistant")
        self.gui_test = os.path.join(self.build, "tests", "ui", "tst_wizard_responsiveness")
        self.first_paint = os.path.join(self.build, "tests", "ui", "wizard-first-paint")
        self.work = tempfile.mkdtemp(prefix="ma-bench-", dir=args.work)
        os.chmod(self.work, 0o755)  # the PostgreSQL server (user postgres) lives below it
        self.timer = Timer(self.work)
        self.env = dict(os.environ, LC_ALL="C.UTF-8")
        self.env.pop("LANGUAGE", None)
        self.env.pop("QT_QPA_PLATFORM", None)
        self.sqitch = shutil.which("sqitch") is not None and not args.no_sqitch
        self.results = {"engines": {}, "startup": {}, "notes": []}

    # --- machine ---------------------------------------------------------------------------

    def machine(self):
        cpu = "?"
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            mem_kib = int(f.readline().split()[1])
        build_type = "?"
        try:
            with open(os.path.join(self.build, "CMakeCache.txt")) as f:
                for line in f:
                    if line.startswith("CMAKE_BUILD_TYPE:"):
                        build_type = line.split("=", 1)[1].strip()
        except OSError:
            pass
        qt = run(["dpkg-query", "-W", "-f", "${Version}", "libqt6core6"], ok=(0, 1)).strip() or "?"
        with open("/etc/debian_version") as f:
            debian = f.read().strip()
        versions = {"Debian": debian, "kernel": os.uname().release, "Qt": qt,
                    "assistant": first_line([self.binary, "--version"]), "build type": build_type}
        for engine in self.engines:
            versions.update(engine.versions())
        if self.sqitch:
            versions["Sqitch"] = first_line(["sqitch", "--version"]).split(" ")[-1]
        return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": round(mem_kib / 1024 / 1024, 1),
                "versions": versions, "load_at_start": os.getloadavg()}

    # --- pieces -----------------------------------------------------------------------------

    def assistant(self, engine, name, action, *extra):
        return [self.binary, "--headless", "--db", engine.url(name)] + engine.assistant_extra() + [action] + list(extra)

    def shell_time(self, engine, name, script):
        cmd, stdin = engine.shell(name, script)
        return self.timer(cmd, stdin_file=stdin)

    def sqitch_project(self, engine, migration):
        """A throwaway Sqitch project: change `init` (empty; deploying it, untimed, creates
        the registry) and change `migrate`, whose deploy script is the printed migration as it
        is: Sqitch runs a deploy script through the engine's own client (sqlite3 .read, psql
        --file) without a transaction of its own, so the script's BEGIN/COMMIT is what makes
        it one transaction, as in Sqitch's own templates."""
        project = os.path.join(self.work, "sqitch-" + engine.name)
        if not os.path.isdir(project):
            os.makedirs(project)
            env = self.sqitch_env()
            run(["sqitch", "init", "bench", "--engine", "sqlite" if engine.name == "sqlite" else "pg"],
                cwd=project, env=env)
            for change in ("init", "migrate"):
                run(["sqitch", "add", change, "-n", change, "--without", "revert", "--without", "verify"],
                    cwd=project, env=env)
            with open(os.path.join(project, "deploy", "init.sql"), "w") as f:
                f.write("-- nothing: deploying this change only creates the registry\nSELECT 1;\n")
        with open(os.path.join(project, "deploy", "migrate.sql"), "w") as f:
            f.write(migration)
        return project

    def sqitch_env(self):
        config = os.path.join(self.work, "sqitch-user.conf")
        if not os.path.exists(config):
            open(config, "w").close()
        return dict(self.env, SQITCH_FULLNAME="bench", SQITCH_EMAIL="bench@localhost",
                    SQITCH_USER_CONFIG=config)

    # --- one engine at one size -------------------------------------------------------------

    def bench_size(self, engine, users):
        runs = self.args.runs
        r = {"users": users, "samples": {}}

        def add(key, seconds, rss_kib):
            sample = r["samples"].setdefault(key, {"s": [], "rss_kib": []})
            sample["s"].append(seconds)
            sample["rss_kib"].append(rss_kib)

        log(f"{engine.title} {users} users: generating")
        source, seconds = engine.generate(users)
        r["generate_s"] = seconds
        r["database_bytes"] = engine.size_bytes(source)
        log(f"  generated in {seconds:.1f} s, {r['database_bytes'] / 1e6:.0f} MB")

        print_sql = [self.binary, "--print-sql", engine.name]
        if engine.name == "postgresql":
            print_sql += ["--db", engine.url(source)]
        migration = run(print_sql, env=self.env)
        files = {}
        for kind, text in (("migration", migration), ("rehearse", rehearse_sql(migration))):
            files[kind] = os.path.join(self.work, f"{engine.name}-{kind}.sql")
            with open(files[kind], "w") as f:
                f.write(text)

        # check and rehearse change nothing: one copy for all their runs
        engine.copy(source, "ro")
        out = run(self.assistant(engine, "ro", "--check", "--json"), ok=(0, 3), env=self.env)
        failing = {c["id"] for c in json.loads(out)["checks"] if not c.get("passed", True)}
        r["failing_checks"] = sorted(failing)
        files["check"] = os.path.join(self.work, f"{engine.name}-check.sql")
        with open(files["check"], "w") as f:
            f.write(check_sql(engine.name, failing))
        project = self.sqitch_project(engine, migration) if self.sqitch else None
        counts = {}

        for i in range(runs):
            tools = ["assistant", "shell", "sqitch"] if self.sqitch else ["assistant", "shell"]
            tools = tools[i % len(tools):] + tools[: i % len(tools)]
            for tool in tools:
                engine.copy(source, "run")
                if tool == "assistant":
                    add("apply/assistant", *self.timer(self.assistant(engine, "run", "--apply", "--yes"), env=self.env))
                    if i == 0:
                        counts["assistant"] = engine.scalar("run", "SELECT count(*) FROM user_integrations")
                    add("rollback/assistant", *self.timer(self.assistant(engine, "run", "--rollback", "--yes"),
                                                          env=self.env))
                elif tool == "shell":
                    add("apply/shell", *self.shell_time(engine, "run", files["migration"]))
                    if i == 0:
                        counts["shell"] = engine.scalar("run", "SELECT count(*) FROM user_integrations")
                else:
                    env = self.sqitch_env()
                    engine.sqitch_reset("run")
                    target = engine.sqitch_target("run")
                    run(["sqitch", "deploy", "--to", "init", target], cwd=project, env=env)
                    add("apply/sqitch", *self.timer(["sqitch", "deploy", target], cwd=project, env=env))
                    if i == 0:
                        counts["sqitch"] = engine.scalar("run", "SELECT count(*) FROM user_integrations")
                    engine.sqitch_reset("run")
                engine.drop("run")
            pair = [("assistant", "check"), ("shell", "check"), ("assistant", "rehearse"), ("shell", "rehearse")]
            if i % 2:
                pair = [pair[1], pair[0], pair[3], pair[2]]
            for tool, action in pair:
                if tool == "assistant":
                    cmd = self.assistant(engine, "ro", "--" + action, *(["--yes"] if action == "rehearse" else []))
                    add(f"{action}/assistant", *self.timer(cmd, ok=(0, 3), env=self.env))
                else:
                    add(f"{action}/shell", *self.shell_time(engine, "ro", files[action]))
            log(f"  run {i + 1}/{runs}: " + ", ".join(
                f"{k} {v['s'][-1]:.2f}s" for k, v in r["samples"].items()))
        engine.drop("ro")
        r["user_integrations"] = counts
        if len(set(counts.values())) > 1:
            self.results["notes"].append(f"{engine.title} {users}: user_integrations differ between tools: {counts}")

        if engine.name == "sqlite" and not self.args.no_gui:
            r["gui_gap_ms"] = []
            r["gui_migration_ms"] = []
            for i in range(runs):
                engine.copy(source, "gui")
                gap, duration = self.gui_gap(engine.path("gui"), users)
                r["gui_gap_ms"].append(gap)
                r["gui_migration_ms"].append(duration)
                engine.drop("gui")
            log(f"  GUI gap: {r['gui_gap_ms']} ms")
        engine.drop(source)

        r["median"] = {k: median(v["s"]) for k, v in r["samples"].items()}
        r["peak_rss_kib"] = {k: max(v["rss_kib"]) for k, v in r["samples"].items() if v["rss_kib"]}
        return r

    def gui_gap(self, db, users):
        env = dict(self.env, QT_QPA_PLATFORM="offscreen", MA_BINARY=self.binary, MA_BENCH_DB=db,
                   MA_BENCH_USERS=str(users), QTEST_FUNCTION_TIMEOUT="3600000")
        p = subprocess.run([self.gui_test, "guiThreadStaysResponsiveDuringALargeMigration"], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, env=env, cwd=self.work)
        m = re.search(r"during a (\d+) ms migration of \d+ users; max gap between ticks (\d+) ms", p.stdout)
        if not m:
            raise BenchError(f"the responsiveness test printed no gap (exit {p.returncode}):\n{p.stdout[-3000:]}")
        return int(m.group(2)), int(m.group(1))

    # --- start-up ---------------------------------------------------------------------------

    def startup(self):
        runs = max(self.args.runs, 5)
        s = {}
        log("start-up")
        s["help_s"] = [self.timer([self.binary, "--help"], env=self.env)[0] for _ in range(runs)]
        tiny = os.path.join(self.work, "tiny.db")
        run([self.binary, "--demo", tiny, "--users", "10"], env=self.env)
        s["check_tiny_s"] = [self.timer([self.binary, "--headless", "--db", "sqlite:" + tiny, "--check"], ok=(0, 3),
                                        env=self.env)[0] for _ in range(runs)]
        if not self.args.no_gui:
            env = dict(self.env, QT_QPA_PLATFORM="offscreen")
            s["first_paint_s"] = []
            for _ in range(runs):
                t0 = time.time_ns()
                out = run([self.first_paint], env=env, cwd=self.work)
                s["first_paint_s"].append((int(re.search(r"first-paint-epoch-ns (\d+)", out).group(1)) - t0) / 1e9)
        s["median"] = {k: median(v) for k, v in s.items()}
        return s

    # --- all -------------------------------------------------------------------------------

    def main(self):
        self.engines = [SqliteEngine(self) if e == "sqlite" else PostgresEngine(self) for e in self.args.engines]
        self.results["machine"] = self.machine()
        self.results["command"] = self.args.command
        self.results["sizes"] = self.args.sizes
        self.results["runs"] = self.args.runs
        self.results["date"] = datetime.datetime.now().isoformat(timespec="seconds")
        self.results["startup"] = self.startup()
        for engine in self.engines:
            engine.start()
            try:
                self.results["engines"][engine.name] = [self.bench_size(engine, n) for n in self.args.sizes]
            finally:
                engine.stop()
        self.results["machine"]["load_at_end"] = os.getloadavg()

    def cleanup(self):
        for engine in getattr(self, "engines", []):
            engine.stop()
        if self.args.keep_work:
            log(f"work folder kept: {self.work}")
        else:
            shutil.rmtree(self.work, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Output


def fmt_s(v):
    if v is None:
        return "—"
    return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s"


def fmt_ratio(a, b):
    return f"{a / b:.2f}×" if a is not None and b else "—"


def fmt_users(n):
    return f"{n:,}".replace(",", " ")


def fmt_mib(kib):
    return f"{kib / 1024:.0f} MiB" if kib is not None else "—"


def targets(results):
    """The issue's targets, judged at the largest size of this run."""
    out = []
    eng = results["engines"]
    sizes = results["sizes"]
    big = max(sizes)
    at = lambda e: next((r for r in eng.get(e, []) if r["users"] == big), None)
    note = "" if big >= 1000000 else f" (at {fmt_users(big)} users: the targets are for 1 000 000)"
    for e, limit in (("sqlite", 1.10), ("postgresql", 1.05)):
        r = at(e)
        if r:
            ratio = r["median"]["apply/assistant"] / r["median"]["apply/shell"]
            out.append((f"--apply ≤ {limit:.2f}× the shell on {'SQLite' if e == 'sqlite' else 'PostgreSQL'}",
                        f"{ratio:.2f}×", ratio <= limit))
    r = at("sqlite")
    if r:
        v = r["median"]["check/assistant"]
        out.append(("--check ≤ 2 s on SQLite", fmt_s(v), v <= 2.0))
    assistant_peak = lambda r: max(v for k, v in r["peak_rss_kib"].items() if k.endswith("/assistant"))
    peaks = [(e, r["users"], assistant_peak(r)) for e in eng for r in eng[e]]
    if peaks:
        worst = max(p[2] for p in peaks)
        out.append(("peak memory ≤ 150 MB", f"{worst / 1024:.0f} MiB ({worst * 1024 / 1e6:.0f} MB), the most of any assistant run",
                    worst * 1024 <= 150e6))
        if len(sizes) > 1:
            for e in eng:
                lo = assistant_peak(eng[e][0])
                hi = assistant_peak(eng[e][-1])
                out.append((f"peak memory the same at every size ({'SQLite' if e == 'sqlite' else 'PostgreSQL'}, "
                            "within 10 %)", f"{fmt_mib(lo)} → {fmt_mib(hi)}", hi <= lo * 1.10))
    r = at("sqlite")
    if r and r.get("gui_gap_ms"):
        v = max(r["gui_gap_ms"])
        out.append(("no GUI gap over 50 ms", f"{v} ms" + (f" (the longest of {len(r['gui_gap_ms'])} runs)" if len(r["gui_gap_ms"]) > 1 else " (one run)"), v <= 50))
    return out, note


def markdown(results):
    m = results["machine"]
    v = m["versions"]
    lines = []
    lines.append(f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM; "
                 + ", ".join(f"{k} {val}" for k, val in v.items()) + ".  ")
    lines.append(f"Load average (1 min) at start {m['load_at_start'][0]:.1f}, at end "
                 f"{m.get('load_at_end', [0])[0]:.1f}; {results['date']}.  ")
    each = "one run each (no median)" if results["runs"] == 1 else f"medians of {results['runs']} runs"
    lines.append(f"Command: `{results['command']}` — {each}; ratios are the assistant's time ÷ the other's.")
    lines.append("")
    lines.append("| engine | users | database | generate | apply: assistant | shell | ÷ shell | Sqitch | ÷ Sqitch "
                 "| check: assistant | shell | ÷ shell | rehearse: assistant | shell | ÷ shell | rollback "
                 "| peak RSS | GUI gap |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for e, rows in results["engines"].items():
        for r in rows:
            md = r["median"]
            gap = f"{median(r['gui_gap_ms']):.0f} ms (max {max(r['gui_gap_ms'])})" if r.get("gui_gap_ms") else "—"
            lines.append("| " + " | ".join([
                "SQLite" if e == "sqlite" else "PostgreSQL", fmt_users(r["users"]),
                f"{r['database_bytes'] / 1e6:.0f} MB", fmt_s(r["generate_s"]),
                fmt_s(md.get("apply/assistant")), fmt_s(md.get("apply/shell")),
                "**" + fmt_ratio(md.get("apply/assistant"), md.get("apply/shell")) + "**",
                fmt_s(md.get("apply/sqitch")), fmt_ratio(md.get("apply/assistant"), md.get("apply/sqitch")),
                fmt_s(md.get("check/assistant")), fmt_s(md.get("check/shell")),
                fmt_ratio(md.get("check/assistant"), md.get("check/shell")),
                fmt_s(md.get("rehearse/assistant")), fmt_s(md.get("rehearse/shell")),
                fmt_ratio(md.get("rehearse/assistant"), md.get("rehearse/shell")),
                fmt_s(md.get("rollback/assistant")),
                fmt_mib(max(v for k, v in r["peak_rss_kib"].items() if k.endswith("/assistant"))),
                gap]) + " |")
    s = results["startup"]["median"]
    lines.append("")
    lines.append("| start-up | median |")
    lines.append("|---|---:|")
    lines.append(f"| `migration-assistant --help` | {fmt_s(s['help_s'])} |")
    lines.append(f"| `--headless --check` on a 10-user database | {fmt_s(s['check_tiny_s'])} |")
    if "first_paint_s" in s:
        lines.append(f"| wizard: process start → first paint (offscreen) | {fmt_s(s['first_paint_s'])} |")
    t, note = targets(results)
    if t:
        lines.append("")
        lines.append(f"| target{note} | measured | met |")
        lines.append("|---|---|:-:|")
        for name, value, ok in t:
            lines.append(f"| {name} | {value} | {'yes' if ok else '**no**'} |")
    for n in results["notes"]:
        lines.append("")
        lines.append(f"Note: {n}")
    return "\n".join(lines) + "\n"


def write_csv(results, path):
    with open(path, "w") as f:
        f.write("engine,users,database_bytes,measure,tool,median_s,min_s,max_s,runs,peak_rss_kib\n")
        for e, rows in results["engines"].items():
            for r in rows:
                f.write(f"{e},{r['users']},{r['database_bytes']},generate,generator,{r['generate_s']:.4f},,,1,\n")
                for key, sample in r["samples"].items():
                    measure, tool = key.split("/")
                    rss = max(sample["rss_kib"]) if sample["rss_kib"] else ""
                    f.write(f"{e},{r['users']},{r['database_bytes']},{measure},{tool},{median(sample['s']):.4f},"
                            f"{min(sample['s']):.4f},{max(sample['s']):.4f},{len(sample['s'])},{rss}\n")
                if r.get("gui_gap_ms"):
                    g = r["gui_gap_ms"]
                    f.write(f"{e},{r['users']},{r['database_bytes']},gui_gap,wizard,{median(g) / 1000:.4f},"
                            f"{min(g) / 1000:.4f},{max(g) / 1000:.4f},{len(g)},\n")
        for key, values in results["startup"].items():
            if key != "median":
                f.write(f",,,startup,{key[:-2]},{median(values):.4f},{min(values):.4f},{max(values):.4f},"
                        f"{len(values)},\n")


def write_chart(results, out):
    if not shutil.which("gnuplot"):
        results["notes"].append("no chart: gnuplot is not installed (Debian package gnuplot-nox)")
        return None
    engines = results["engines"]
    dat = os.path.join(out, "apply-time.dat")
    with open(dat, "w") as f:
        for e, rows in engines.items():
            f.write(f"# {e}: users assistant shell sqitch\n")
            for r in rows:
                md = r["median"]
                f.write(f"{r['users']} {md['apply/assistant']:.4f} {md['apply/shell']:.4f} "
                        f"{md.get('apply/sqitch') or float('nan'):.4f}\n")
            f.write("\n\n")
        # the GUI/other columns stay out: this chart is apply time against size
    png = os.path.join(out, "apply-time.png")
    sizes = results["sizes"]
    log_scale = max(sizes) >= 10 * min(sizes)
    script = [
        "set terminal pngcairo size 1200,520 font 'DejaVu Sans,10'",
        f"set output '{png}'",
        "set multiplot layout 1,{} title '--apply: time against database size ({} run(s) each, medians; {}; load {:.1f})'".format(
            len(engines), results["runs"], results["date"][:10], results["machine"]["load_at_start"][0]),
        "set xlabel 'users'", "set ylabel 'seconds'", "set key top left", "set grid",
        "set yrange [0:*]", "set offsets graph 0.05, graph 0.05, graph 0.3, 0",
        "set xtics (" + ", ".join(f"'{fmt_users(n)}' {n}" for n in sizes) + ")",
    ]
    if log_scale:
        script += ["set logscale x"]
    shell = {"sqlite": "sqlite3 shell", "postgresql": "psql -f"}
    for index, e in enumerate(engines):
        title = "SQLite" if e == "sqlite" else "PostgreSQL"
        plots = [f"'{dat}' index {index} using 1:2 with linespoints lw 2 pt 7 title 'migration-assistant --apply'",
                 f"'' index {index} using 1:3 with linespoints lw 2 pt 5 title '{shell[e]} (same SQL)'"]
        if any(r["median"].get("apply/sqitch") for r in engines[e]):
            plots.append(f"'' index {index} using 1:4 with linespoints lw 2 pt 9 title 'sqitch deploy (same SQL)'")
        script += [f"set title '{title}'", "plot " + ", ".join(plots)]
    script += ["unset multiplot"]
    p = subprocess.run(["gnuplot"], input="\n".join(script) + "\n", text=True, stderr=subprocess.PIPE)
    if p.returncode != 0:
        results["notes"].append("no chart: gnuplot failed: " + p.stderr.strip()[-500:])
        return None
    return png


def parse_args(argv):
    p = argparse.ArgumentParser(prog="bench/run.sh", description=__doc__.split("\n\n")[0])
    p.add_argument("build_dir", nargs="?", default="build")
    p.add_argument("--sizes", default="100000,1000000", help="users per database, comma-separated")
    p.add_argument("--runs", type=int, default=3, help="runs per measurement; figures are medians")
    p.add_argument("--quick", action="store_true", help="a smoke run: --sizes 2000,5000 --runs 1")
    p.add_argument("--engines", default="sqlite,postgresql")
    p.add_argument("--out", help="results folder (default BUILD_DIR/bench-results)")
    p.add_argument("--work", help="where the databases go (default: $TMPDIR)")
    p.add_argument("--no-sqitch", action="store_true", help="leave Sqitch out")
    p.add_argument("--no-gui", action="store_true", help="leave the GUI gap and the first paint out")
    p.add_argument("--keep-work", action="store_true", help="keep the work folder (databases, SQL) for a look")
    args = p.parse_args(argv)
    args.command = "bench/run.sh " + shlex.join(argv)
    if args.quick:
        args.sizes, args.runs = "2000,5000", 1
    args.sizes = sorted(int(s) for s in args.sizes.split(","))
    args.engines = [e.strip() for e in args.engines.split(",")]
    for e in args.engines:
        if e not in ("sqlite", "postgresql"):
            p.error(f"unknown engine {e}")
    if args.runs < 1:
        p.error("--runs must be at least 1")
    return args


def main(argv):
    args = parse_args(argv)
    bench = Bench(args)
    out = os.path.abspath(args.out or os.path.join(bench.build, "bench-results"))
    for path in (bench.binary,) + (() if args.no_gui else (bench.gui_test, bench.first_paint)):
        if not os.access(path, os.X_OK):
            sys.exit(f"bench: {path} is missing: build first (cmake --build {args.build_dir})")
    for tool in ["sqlite3", "psql", "/usr/bin/time"]:
        if not shutil.which(tool):
            sys.exit(f"bench: {tool} is missing (see docs/benchmarks.md, Harness)")
    if not bench.sqitch and not args.no_sqitch:
        bench.results["notes"].append("Sqitch left out: not installed (Debian packages sqitch libdbd-sqlite3-perl "
                                      "libdbd-pg-perl)")
    try:
        bench.main()
    finally:
        bench.cleanup()
    os.makedirs(out, exist_ok=True)
    png = write_chart(bench.results, out)
    text = markdown(bench.results)
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump(bench.results, f, indent=1)
    write_csv(bench.results, os.path.join(out, "results.csv"))
    with open(os.path.join(out, "results.md"), "w") as f:
        f.write(text)
    print(text)
    log(f"results in {out}: results.json, results.csv, results.md" + (", apply-time.png" if png else ""))


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except BenchError as e:
        sys.exit(f"bench: {e}")
    except KeyboardInterrupt:
        sys.exit(130)
