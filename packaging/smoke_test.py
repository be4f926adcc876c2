"""Smoke-test the built program, not the source: python packaging/smoke_test.py [PROGRAM]

PROGRAM defaults to dist/coachdesk/coachdesk. Every run is without network
(``unshare -n`` when the machine allows it) in a fresh data folder: --version,
demo, check, export-pdf, an encrypted store created and reopened, and (with Xvfb
and xdotool) the window opened, screenshot, and closed with SIGTERM, exit 0.
Prints the frozen start time as a ratio to ``python -m coachdesk --version`` in
the same run. Exit status 0 when every step passed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "een lange zin voor de rooktest 2026"


def offline() -> list[str]:
    if shutil.which("unshare"):
        probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
        if probe.returncode == 0:
            return ["unshare", "-n"]
    print("  (unshare -n is not allowed here: running with the network)")
    return []


class Smoke:
    def __init__(self, program: Path, work: Path):
        self.program = program
        self.work = work
        self.prefix = offline()
        self.failures: list[str] = []
        self.env = {**os.environ, "COACHDESK_DATA_DIR": str(work / "data")}
        self.env.pop("QT_QPA_PLATFORM", None)

    def run(self, name: str, *args: str, env: dict[str, str] | None = None) -> str:
        started = time.perf_counter()
        done = subprocess.run(
            [*self.prefix, str(self.program), *args],
            capture_output=True,
            text=True,
            env={**self.env, **(env or {})},
            timeout=300,
        )
        took = time.perf_counter() - started
        status = "ok" if done.returncode == 0 else f"FAILED (exit {done.returncode})"
        print(f"  {name:<28} {status:<8} {took:5.1f} s")
        if done.returncode != 0:
            self.failures.append(name)
            print(done.stdout[-2000:], done.stderr[-2000:], sep="\n")
        return done.stdout

    def commands(self) -> None:
        from coachdesk import __version__

        out = self.run("--version", "--version")
        if out.strip() != f"coachdesk {__version__}":
            self.failures.append("--version says the package's version")
        self.run("demo", "demo", "--coachees", "8")
        self.run("check", "check")
        pdf = self.work / "summary.pdf"
        self.run("export-pdf", "export-pdf", "1", str(pdf))
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            self.failures.append("export-pdf wrote a PDF")
        secret = {"COACHDESK_DATA_DIR": str(self.work / "encrypted")}
        self.run("demo (store to encrypt)", "demo", "--coachees", "3", env=secret)
        new = {**secret, "COACHDESK_NEW_PASSPHRASE": PASSPHRASE}
        self.run("encrypt", "encrypt", env=new)
        header = (self.work / "encrypted" / "coachdesk.db").read_bytes()[:16]
        if header.startswith(b"SQLite format 3"):
            self.failures.append("the encrypted store is not plain SQLite")
        self.run(
            "check (encrypted, reopened)",
            "check",
            env={**secret, "COACHDESK_PASSPHRASE": PASSPHRASE},
        )

    def window(self, screenshot: Path | None) -> None:
        if not (shutil.which("Xvfb") and shutil.which("xdotool")):
            if os.environ.get("COACHDESK_SMOKE_REQUIRE_WINDOW") == "1":
                self.failures.append("window (Xvfb and xdotool are not installed)")
            print("  window: skipped (needs Xvfb and xdotool)")
            return
        # Xvfb picks a free display and writes its number once it accepts clients
        # (-displayfd): no guessing with a sleep on a busy machine.
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24"]
            + ["-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(write_end,),
        )
        os.close(write_end)
        app: subprocess.Popen[str] | None = None
        try:
            with os.fdopen(read_end) as numbers:
                display = numbers.readline().strip()
            if not display:
                self.failures.append("window (Xvfb did not start)")
                print("  window: FAILED (Xvfb did not start)")
                return
            env = {**self.env, "DISPLAY": f":{display}"}
            started = time.perf_counter()
            app = subprocess.Popen(
                [*self.prefix, str(self.program)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            found = subprocess.run(
                ["xdotool", "search", "--sync", "--onlyvisible", "--name", "CoachDesk"],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            shown = time.perf_counter() - started
            window_id = found.stdout.split()[0] if found.stdout.split() else ""
            time.sleep(2)
            if screenshot is not None and window_id and shutil.which("import"):
                subprocess.run(["import", "-window", window_id, str(screenshot)], env=env)
            app.send_signal(signal.SIGTERM)  # the session manager's way to close it
            _out, err = app.communicate(timeout=60)
            ok = bool(window_id) and app.returncode == 0
            status = "ok" if ok else f"FAILED (exit {app.returncode})"
            print(f"  {'window (Xvfb), SIGTERM':<28} {status:<8} {shown:5.1f} s to show")
            if not ok:
                self.failures.append("window")
                print(err[-2000:])
        finally:
            if app is not None and app.poll() is None:  # a timeout above: never orphaned
                app.kill()
                app.wait()
            xvfb.terminate()
            xvfb.wait()

    def start_ratio(self) -> None:
        def best(command: list[str]) -> float:
            times = []
            for _ in range(3):
                started = time.perf_counter()
                subprocess.run(command, capture_output=True, env=self.env, check=True)
                times.append(time.perf_counter() - started)
            return min(times)

        frozen = best([str(self.program), "--version"])
        source = best([sys.executable, "-m", "coachdesk", "--version"])
        print(
            f"  start (--version): frozen {frozen:.2f} s, source {source:.2f} s, "
            f"ratio {frozen / source:.2f}"
        )


def main(argv: list[str]) -> int:
    program = Path(argv[0]) if argv else ROOT / "dist" / "coachdesk" / "coachdesk"
    if not program.is_file():
        print(f"{program}: not built (python packaging/build.py)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="coachdesk-smoke-") as tmp:
        smoke = Smoke(program.resolve(), Path(tmp))
        print(f"Smoke test of {program}")
        smoke.commands()
        shot = os.environ.get("COACHDESK_SMOKE_SCREENSHOT")
        smoke.window(Path(shot) if shot else None)
        smoke.start_ratio()
    if smoke.failures:
        print("FAILED: " + ", ".join(smoke.failures), file=sys.stderr)
        return 1
    print("Smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
