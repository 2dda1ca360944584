#!/usr/bin/env python3
"""Every application as two replicas on the compose stack, and one replica of each killed mid-run.

Run by .ci/docker-stage after deploy/smoke.sh, against the running stack (python3's standard
library only). In order, printing progress and failing on the first broken promise:

  1. scale  every application to 2 replicas (gateway included, behind the edge) and wait until
            all are healthy;
  2. spread requests reach both replicas of the gateway, of case-service and of notification-service
            (their own request counters, read inside each container);
  3. limit  one account's rate limit holds across both gateways: a burst through the edge is let
            through at most burst + rate x elapsed times, not twice that (plus what the gateways
            let through unlimited, as they count it, while their buckets' database was slow: they
            fail open, and a replica that has just started may); while most of a burst passes
            unlimited the probe proves nothing, so it waits and tries again, 4 times at most;
  4. login  an access token issued before identity-service restarts (every replica) is still
            accepted after it, and new tokens are issued;
  5. kill   while an officer's client registers leads (an Idempotency-Key per lead; a failed attempt
            is tried again with the same key, as the README tells clients to), one replica of every
            application is killed with SIGKILL; Docker restarts it. Then, one by one: every lead was
            accepted once (one id per key), has exactly one inbox entry and one ledger entry, every
            answered attempt has exactly one audit record, and the ledger is intact; requests after
            recovery all succeed at the first attempt.

Settings: GATEWAY_URL (http://localhost:${GATEWAY_PORT:-8080}), COMPOSE_PROJECT_NAME (tradesecret),
REPLICAS (2), KILL_LEADS_PER_SECOND (3), GATEWAY_RATE_LIMIT_PER_SECOND (20),
GATEWAY_RATE_LIMIT_BURST (40) and GATEWAY_RATE_LIMIT_UNSYNCHRONIZED_TOKENS (4), which must be those
the gateways run with.
"""

import base64
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GATEWAY = os.environ.get("GATEWAY_URL", "http://localhost:%s" % os.environ.get("GATEWAY_PORT", "8080"))
PROJECT = os.environ.get("COMPOSE_PROJECT_NAME", "tradesecret")
REPLICAS = int(os.environ.get("REPLICAS", "2"))
LEADS_PER_SECOND = float(os.environ.get("KILL_LEADS_PER_SECOND", "3"))
RATE = float(os.environ.get("GATEWAY_RATE_LIMIT_PER_SECOND", "20"))
BURST = float(os.environ.get("GATEWAY_RATE_LIMIT_BURST", "40"))
# tokens each gateway may hand out before it reports them to the shared bucket
UNSYNCHRONIZED = float(os.environ.get("GATEWAY_RATE_LIMIT_UNSYNCHRONIZED_TOKENS", "4"))
# The applications with the port each listens on inside its container.
APPS = {
    "identity-service": 9000,
    "case-service": 8081,
    "referral-service": 8082,
    "pilot-service": 8083,
    "notification-service": 8084,
    "audit-service": 8085,
    "enterprise-service": 8087,
    "gateway": 8080,
}
STARTED = time.monotonic()

LEAD = {
    "source": "COMPLAINT",
    "district": "310117",
    "rightsHolder": {"name": "上海某精密机械有限公司", "creditCode": "91310117MA1J3XXX0Q"},
    "suspects": [{"name": "张某"}],
    "description": "A former engineer took the servo drawings to a competitor.",
    "claimedAmount": 350000,
}


def say(message):
    print("[replicas %4ds] %s" % (time.monotonic() - STARTED, message), flush=True)


def fail(message):
    print("[replicas] FAILED: %s" % message, file=sys.stderr, flush=True)
    sys.exit(1)


# --- HTTP ---------------------------------------------------------------------------------------
def call(method, path, token=None, body=None, headers=None, timeout=15):
    """(status, parsed body or text, whether the gateway answered); a connection that fails raises
    OSError. The gateway answers every request with its X-Correlation-Id; the edge's own answers
    (503 while no gateway replica is ready) do not carry it."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(GATEWAY + path, data=data, method=method)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, text, headers = response.status, response.read().decode(), response.headers
    except urllib.error.HTTPError as error:
        status, text, headers = error.code, error.read().decode(errors="replace"), error.headers
    by_gateway = headers.get("X-Correlation-Id") is not None
    try:
        return status, json.loads(text) if text else None, by_gateway
    except ValueError:
        return status, text, by_gateway


def token(account):
    request = urllib.request.Request(
        GATEWAY + "/oauth2/token", data=b"grant_type=client_credentials", method="POST")
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    request.add_header("Authorization", "Basic " + base64.b64encode(("%s:demo" % account).encode()).decode())
    with urllib.request.urlopen(request, timeout=15) as response:
        return json.loads(response.read())["access_token"]


def pages(path, token, key=None):
    """Every item of a paged list (?page=&size=), following pages until a short one."""
    items, page = [], 0
    while True:
        separator = "&" if "?" in path else "?"
        status, body, _ = call("GET", "%s%spage=%d&size=200" % (path, separator, page), token)
        if status != 200:
            fail("GET %s answered %s: %s" % (path, status, body))
        chunk = body if key is None else body[key]
        items.extend(chunk)
        if len(chunk) < 200:
            return items
        page += 1


# --- Docker -------------------------------------------------------------------------------------
def run(*args):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        fail("%s exited with %d: %s" % (" ".join(args[:4]), result.returncode,
                                        (result.stderr or result.stdout).strip()[-2000:]))
    return result.stdout


def compose(*args):
    return run("docker-compose", "-p", PROJECT, "-f", os.path.join(ROOT, "docker-compose.yml"), *args)


def containers(service):
    return compose("ps", "-q", service).split()


def health(container):
    return run("docker", "inspect", "-f", "{{.State.Health.Status}}", container).strip()


def await_healthy(services, timeout=480):
    deadline = time.monotonic() + timeout
    while True:
        states = {s: [health(c) for c in containers(s)] for s in services}
        waiting = {s: h for s, h in states.items() if h.count("healthy") < REPLICAS}
        if not waiting:
            return
        if time.monotonic() > deadline:
            fail("not healthy after %d s: %s" % (timeout, waiting))
        time.sleep(3)


def metric(container, port, operator, name, keep=lambda line: True):
    """The sum of a replica's Prometheus samples of one metric (the metrics endpoint is the
    operator's)."""
    text = run("docker", "exec", container, "curl", "-fsS", "-H", "Authorization: Bearer " + operator,
               "http://127.0.0.1:%d/actuator/prometheus" % port)
    total = 0.0
    for line in text.splitlines():
        if (line.startswith(name + "{") or line.startswith(name + " ")) and keep(line):
            total += float(line.rsplit(" ", 1)[1])
    return total


def served(container, port, operator):
    """Requests a replica has answered, its actuator requests aside (Micrometer's counter)."""
    return metric(container, port, operator, "http_server_requests_seconds_count",
                  lambda line: 'uri="/actuator' not in line)


def passed_unlimited(operator):
    """Requests the gateways let through unlimited because their buckets' database did not answer
    in time (they fail open; a replica that has just started may)."""
    return sum(metric(c, APPS["gateway"], operator, "gateway_rate_limit_unlimited_total")
               for c in containers("gateway"))


# --- 1. scale -----------------------------------------------------------------------------------
def scale():
    say("scaling %s to %d replicas ..." % (", ".join(APPS), REPLICAS))
    scales = []
    for app in APPS:
        scales += ["--scale", "%s=%d" % (app, REPLICAS)]
    compose("up", "-d", "--no-recreate", *scales)
    await_healthy(APPS)
    say("%d replicas of every application healthy" % REPLICAS)


# --- 2. spread ----------------------------------------------------------------------------------
def spread(officer):
    operator = token("operator")
    status, lead, _ = call("POST", "/api/leads", officer, LEAD)
    if status != 201:
        fail("POST /api/leads answered %s: %s" % (status, lead))
    checked = {"gateway": "/api/inbox/unread-count", "notification-service": "/api/inbox/unread-count",
               "case-service": "/api/leads/" + lead["id"]}
    # The gateway's load balancer caches the instances it knows for 35 s, the edge its DNS for 5 s.
    deadline = time.monotonic() + 120
    for service, path in checked.items():
        replicas = containers(service)
        before = {c: served(c, APPS[service], operator) for c in replicas}
        while True:
            for _ in range(20):
                status, _, _ = call("GET", path, officer)
                if status != 200:
                    fail("GET %s answered %s with %d replicas" % (path, status, REPLICAS))
            counts = {c: served(c, APPS[service], operator) - before[c] for c in replicas}
            if all(count > 0 for count in counts.values()):
                say("%s: requests reached every replica (%s)" % (
                    service, ", ".join("%.0f" % c for c in counts.values())))
                break
            if time.monotonic() > deadline:
                fail("%s: requests did not reach every replica: %s" % (service, counts))
            time.sleep(3)


# --- 3. limit -----------------------------------------------------------------------------------
def limit(attempts=4, pause=30):
    """The burst, again after a pause while most of it passed unlimited: the probe needs the buckets'
    database answering, and just after scaling on 2 cores it may be slower than the gateways' store
    timeout for a while (they then fail open, counted). The bound holds in every attempt."""
    account = token("minhang-officer")
    operator = token("operator")
    sent = int(4 * BURST + 2 * RATE)
    for attempt in range(1, attempts + 1):
        unlimited_before = passed_unlimited(operator)
        begin = time.monotonic()
        with ThreadPoolExecutor(max_workers=24) as pool:
            statuses = list(pool.map(lambda _: call("GET", "/api/inbox/unread-count", account)[0], range(sent)))
        elapsed = time.monotonic() - begin
        unlimited = passed_unlimited(operator) - unlimited_before
        allowed, limited = statuses.count(200), statuses.count(429)
        others = [s for s in statuses if s not in (200, 429)]
        bound = BURST + RATE * elapsed + REPLICAS * UNSYNCHRONIZED + unlimited + 5
        say("rate limit, attempt %d: %d requests in %.1f s through the edge: %d allowed, %d refused with 429, "
            "%d of them let through unlimited while the buckets' database was slow "
            "(one shared bucket allows at most %.0f; a bucket per gateway would allow up to %.0f)"
            % (attempt, sent, elapsed, allowed, limited, unlimited, bound,
               2 * (BURST + RATE * elapsed) + unlimited))
        if others:
            fail("the burst got answers other than 200 and 429: %s" % sorted(set(others)))
        if allowed > bound:
            fail("%d requests allowed: the gateways do not share the account's limit" % allowed)
        if limited > 0 and unlimited < sent / 2:
            return
        time.sleep(pause)  # the bucket refills meanwhile
    fail("no attempt had the buckets' database answering (most requests passed unlimited, or none was "
         "limited): the probe proves nothing")


# --- 4. login across an identity-service restart -------------------------------------------------
def login_survives_restart(officer):
    say("restarting every identity-service replica ...")
    compose("restart", "identity-service")
    await_healthy(["identity-service"])
    status, body, _ = call("GET", "/api/inbox/unread-count", officer)
    if status != 200:
        fail("a token issued before identity-service restarted is refused after it: %s %s" % (status, body))
    fresh = token("songjiang-officer")
    status, _, _ = call("GET", "/api/inbox/unread-count", fresh)
    if status != 200:
        fail("a token issued after the restart is refused: %s" % status)
    say("identity-service restarted: the earlier token is still accepted, new tokens are issued")


# --- 5. kill one replica of each application mid-run ---------------------------------------------
class Client:
    """An officer's client: a lead per Idempotency-Key, each failed attempt tried again."""

    def __init__(self, account):
        self.account = account
        self.token = token(account)
        self.leads = {}  # key -> lead ids answered for it
        self.attempts = []  # (correlation id, status) of every attempt the gateway answered
        self.failures = 0  # attempts that got no answer or a 5xx
        self.given_up = []

    def register(self, retries=30):
        key = str(uuid.uuid4())
        for _ in range(retries):
            correlation = str(uuid.uuid4())
            try:
                status, body, by_gateway = call("POST", "/api/leads", self.token, LEAD,
                                    {"Idempotency-Key": key, "X-Correlation-Id": correlation}, timeout=20)
            except OSError:
                self.failures += 1
                time.sleep(1)
                continue
            if by_gateway:
                self.attempts.append((correlation, status))
            if status in (200, 201):
                self.leads.setdefault(key, set()).add(body["id"])
                return True
            if status == 401:
                self.token = token(self.account)  # a replica of the issuer just came back
            elif status < 500 and status != 429:
                fail("POST /api/leads answered %s: %s" % (status, body))
            self.failures += 1
            time.sleep(1)
        self.given_up.append(key)
        return False


def kill_and_count():
    client = Client("songjiang-officer")
    operator = token("operator")
    since = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    stop = threading.Event()

    def load():
        while not stop.is_set():
            begin = time.monotonic()
            client.register()
            time.sleep(max(0.0, 1 / LEADS_PER_SECOND - (time.monotonic() - begin)))

    generator = threading.Thread(target=load, daemon=True)
    generator.start()
    time.sleep(5)
    for app in APPS:
        victim = containers(app)[0]
        pid = run("docker", "inspect", "-f", "{{.State.Pid}}", victim).strip()
        say("kill -9 %s (container %s, pid %s); %d leads accepted so far" % (app, victim[:12], pid, len(client.leads)))
        run("kill", "-KILL", pid)
        time.sleep(4)
    say("waiting for the killed replicas to come back (Docker restarts them) ...")
    time.sleep(10)
    await_healthy(APPS)
    time.sleep(10)
    stop.set()
    generator.join()
    say("every replica healthy again; %d leads accepted, %d attempts failed and were tried again"
        % (len(client.leads), client.failures))
    if client.given_up:
        fail("%d leads were never accepted after 30 attempts each" % len(client.given_up))
    doubled = {k: v for k, v in client.leads.items() if len(v) != 1}
    if doubled:
        fail("keys answered with more than one lead id: %s" % doubled)

    # After recovery every request succeeds at once.
    after = Client("songjiang-officer")
    for _ in range(10):
        after.register(retries=1)
    if after.given_up or after.failures:
        fail("after recovery %d of 10 registrations failed: %s" % (after.failures, after.attempts))
    say("after recovery 10 of 10 registrations succeeded at the first attempt")

    leads = {next(iter(ids)) for ids in list(client.leads.values()) + list(after.leads.values())}
    answered = [c for c, s in client.attempts + after.attempts]

    deadline = time.monotonic() + 180
    while True:
        inbox = [i for i in pages("/api/inbox", client.token, "items") if "LeadRegistered" in i["eventType"]]
        ledger = [e for e in pages("/api/ledger", operator, "items") if e["eventType"].endswith("LeadRegistered")]
        audit = pages("/api/audit-records?account=songjiang-officer&from=%s" % since, operator)
        inbox_count = {lead: sum(1 for i in inbox if i["subject"] == lead) for lead in leads}
        ledger_count = {lead: sum(1 for e in ledger if e["subject"] == lead) for lead in leads}
        audit_count = {c: sum(1 for r in audit if r["correlationId"] == c) for c in answered}
        missing = (sum(1 for n in inbox_count.values() if n == 0), sum(1 for n in ledger_count.values() if n == 0),
                   sum(1 for n in audit_count.values() if n == 0))
        if missing == (0, 0, 0) or time.monotonic() > deadline:
            break
        say("waiting: leads without inbox entry %d, without ledger entry %d; attempts without audit record %d"
            % missing)
        time.sleep(5)
    say("%d leads: inbox entries %d, ledger entries %d; %d answered attempts: audit records %d"
        % (len(leads), sum(inbox_count.values()), sum(ledger_count.values()), len(answered),
           sum(audit_count.values())))
    for name, counts in (("inbox entries", inbox_count), ("ledger entries", ledger_count),
                         ("audit records", audit_count)):
        wrong = {k: n for k, n in counts.items() if n != 1}
        if wrong:
            fail("%s not exactly one: %s" % (name, wrong))
    status, verification, _ = call("GET", "/api/ledger/verification", operator)
    if status != 200 or not verification.get("intact"):
        fail("the ledger is not intact: %s %s" % (status, verification))
    say("nothing lost, nothing doubled; the ledger is intact (%s entries)" % verification.get("entries"))


def main():
    officer = token("songjiang-officer")
    scale()
    spread(officer)
    limit()
    login_survives_restart(officer)
    kill_and_count()
    say("replicas check passed")


if __name__ == "__main__":
    main()
