"""``send_bulk`` of 10,000 messages to the emulator: does the configured rate hold (target: within 5 %)?

The bulk run is the real CLI (``wacloud send bulk``) in its own process, journaling to SQLite; the emulator runs
in this process with Meta's throughput enforced at the same rate, so any excess would be answered 130429 and
counted. The rate is measured where Meta would see it: the emulator's arrival times of the accepted sends,
``(N - 1) / (last - first)``.

Run alone: ``PYTHONPATH=wrapper:generated python -m benchmarks.bench_bulk``; ``BENCH_BULK_RATE`` (default 80
messages per second: Meta's default throughput; about two minutes for 10,000) and ``BENCH_BULK_MESSAGES`` (default 10,000) change the run. ``run()`` returns one dict.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from wacloud.emulator import Emulator, Tenant

TOKEN = "EAAG-bulk-benchmark"
NUMBER = "106540352242922"
ROOT = Path(__file__).resolve().parent.parent


def run(rate: float | None = None, messages: int | None = None) -> dict[str, Any]:
    rate = rate or float(os.environ.get("BENCH_BULK_RATE", "80"))
    messages = messages or int(os.environ.get("BENCH_BULK_MESSAGES", "10000"))
    numbers = [f"1555{i:07d}" for i in range(messages)]
    with tempfile.TemporaryDirectory(prefix="wacloud-bench-bulk-") as folder:
        csv = Path(folder) / "recipients.csv"
        csv.write_text("to\n" + "\n".join(numbers) + "\n", encoding="utf-8")
        with Emulator([Tenant(NUMBER, "102290129340398", {TOKEN})], throughput=rate) as emulator:
            env = {
                **os.environ,
                "PYTHONPATH": f"{ROOT / 'wrapper'}:{ROOT / 'generated'}",
                "PYTHONDONTWRITEBYTECODE": "1",  # no __pycache__ in generated/ (make check-generated diffs it)
                "CLOUD_API_ACCESS_TOKEN": TOKEN,
                "WA_PHONE_NUMBER_ID": NUMBER,
                "WA_BASE_URL": emulator.base_url,
                "WA_RATE_LIMIT": f"{rate:g}",
            }
            command = [sys.executable, "-m", "wacloud.cli", "send", "bulk", "--template", "hello_world"]
            command += ["--recipients", str(csv), "--journal", str(Path(folder) / "journal.sqlite")]
            started = time.monotonic()
            done = subprocess.run(command, env=env, cwd=folder, capture_output=True, text=True, timeout=3600)
            wall = time.monotonic() - started
            if done.returncode != 0:
                raise RuntimeError(f"wacloud send bulk failed ({done.returncode}): {done.stderr.strip()[-500:]}")
            sent = emulator.sent
            refusals = sum(emulator.throughput_refusals.values())
    arrivals = sorted(record["at"] for record in sent)
    measured = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0])
    counts = Counter(record["body"]["to"] for record in sent)
    return {
        "benchmark": f"send_bulk {messages:,} messages to the emulator at {rate:g}/s (CLI, SQLite journal)",
        "configured_per_s": rate,
        "measured_per_s": round(measured, 1),
        "ratio": round(measured / rate, 4),
        "within_5_percent": abs(measured / rate - 1) <= 0.05,
        "refused_130429": refusals,
        "each_recipient_once": len(counts) == messages and set(counts.values()) == {1},
        "wall_s": round(wall, 1),
    }


if __name__ == "__main__":
    print(run())
