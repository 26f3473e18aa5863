"""EventBridge rules (`Schedule` events) and EventBridge Scheduler (`ScheduleV2` events) firing on time.

The clock can run faster for tests (`--schedule-speedup N`): schedules are computed in a virtual time
that advances N times faster than the wall clock, through the very same firing code. Targets are
invoked asynchronously, as EventBridge does; Lambda's async retries (two, minutes apart) are not
emulated: a failed scheduled invocation is logged only.
"""
import datetime
import json
import threading
import time
import uuid
import zoneinfo

from localcloud.logs import say
from localcloud.sources import cron

UTC = datetime.timezone.utc


class Clock:
    """Wall-clock time, or virtual time running `speedup` times faster from the moment it is made."""

    def __init__(self, speedup=1.0):
        self.speedup = float(speedup)
        self.real0 = time.time()

    def now(self):
        return datetime.datetime.fromtimestamp(self.real0 + (time.time() - self.real0) * self.speedup, UTC)

    def real_seconds_until(self, when):
        return (when - self.now()).total_seconds() / self.speedup


class ScheduleSource:
    def __init__(self, name, kind, fn, props, pool, tpl, clock):
        self.name = name
        self.kind = kind
        self.fn = fn
        self.pool = pool
        self.tpl = tpl
        self.clock = clock
        self.expression = props["Schedule"] if kind == "Schedule" else props["ScheduleExpression"]
        self.schedule = cron.parse(self.expression)
        self.zone = zoneinfo.ZoneInfo(props.get("ScheduleExpressionTimezone") or "UTC")
        self.input = props.get("Input")
        state = str(props.get("State", "ENABLED")).upper()
        self.enabled = props.get("Enabled", True) not in (False, "false") and state != "DISABLED"
        rule = props.get("Name") or f"{tpl.stack_name}-{fn.logical_id}-{name}"
        service = "events" if kind == "Schedule" else "scheduler"
        resource = "rule" if kind == "Schedule" else "schedule/default"
        self.arn = f"arn:aws:{service}:{tpl.region}:{tpl.account_id}:{resource}/{rule}"
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"schedule-{fn.logical_id}-{name}", daemon=True)
        self.fired = 0

    def start(self):
        if self.enabled:
            self.thread.start()

    def stop(self):
        self.stopping.set()
        if self.thread.is_alive():
            self.thread.join(timeout=5)

    def _run(self):
        start = self.clock.now().astimezone(self.zone)
        last = start
        while not self.stopping.is_set():
            due = self.schedule.next_after(last, start)
            if due is None:
                return  # one-time schedule done, or a cron with no future date
            while not self.stopping.is_set():
                wait = self.clock.real_seconds_until(due)
                if wait <= 0:
                    break
                self.stopping.wait(min(wait, 0.5))
            if self.stopping.is_set():
                return
            last = due
            threading.Thread(target=self.fire, args=(due,), daemon=True).start()

    def event(self, due):
        """The event EventBridge delivers: the declared Input, else the Scheduled Event envelope."""
        if self.input is not None:
            return json.loads(self.input) if isinstance(self.input, str) else self.input
        if self.kind == "ScheduleV2":
            # The Target API reference says Scheduler then "delivers a default notification" without
            # documenting its shape; the local cloud delivers {} (declare Input to be exact).
            return {}
        return {
            "version": "0",
            "id": str(uuid.uuid4()),
            "detail-type": "Scheduled Event",
            "source": "aws.events",
            "account": self.tpl.account_id,
            "time": due.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "region": self.tpl.region,
            "resources": [self.arn],
            "detail": {},
        }

    def fire(self, due):
        self.fired += 1
        inv = self.pool.invoke(self.event(due))
        if not inv.ok:
            say(f"[schedule {self.name}] {self.fn.logical_id} failed ({inv.error_type}); async retries are not emulated")
