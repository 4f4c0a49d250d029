# A log-processing pipeline of chained generators: generate lines, parse them, filter,
# group by session, aggregate, and report, with send() to steer a stage and yield from to
# compose stages.

SERVICES = ["auth", "billing", "search", "upload"]
LEVELS = ["DEBUG", "INFO", "WARN", "ERROR"]
USERS = ["ann", "bob", "cho", "dee", "eli"]


def generate_lines(count, seed=7):
    # A small linear congruential generator keeps the data deterministic.
    state = seed
    def rand(n):
        nonlocal state
        state = (state * 1103515245 + 12345) % (2 ** 31)
        return state % n
    for i in range(count):
        minute, second = divmod(i * 7, 60)
        service = SERVICES[rand(len(SERVICES))]
        level = LEVELS[rand(len(LEVELS))]
        user = USERS[rand(len(USERS))]
        latency = 5 + rand(400)
        if rand(23) == 0:
            yield f"garbage line {i}"
            continue
        yield (f"2024-03-01T10:{minute:02d}:{second:02d} {level:<5} {service} "
               f"user={user} latency={latency}ms msg=request-{i}")


class ParseError(Exception):
    pass


def parse_line(line):
    parts = line.split()
    if len(parts) != 6:
        raise ParseError(f"expected 6 fields, got {len(parts)}: {line!r}")
    stamp, level, service, user, latency, msg = parts
    fields = dict(kv.split("=", 1) for kv in (user, latency, msg))
    return {
        "time": stamp.split("T")[1],
        "level": level,
        "service": service,
        "user": fields["user"],
        "latency": int(fields["latency"].rstrip("ms")),
        "msg": fields["msg"],
    }


def parse(lines, errors):
    for number, line in enumerate(lines, 1):
        try:
            yield parse_line(line)
        except ParseError as e:
            errors.append((number, str(e)))


def filter_level(records, minimum):
    # The minimum level can be changed while the pipeline runs, with send().
    rank = {name: i for i, name in enumerate(LEVELS)}
    record = None
    for record in records:
        if rank[record["level"]] >= rank[minimum]:
            new_minimum = yield record
            while new_minimum is not None:
                minimum = new_minimum
                new_minimum = yield "minimum is now " + minimum


def sessions(records, gap_seconds=30):
    # Group consecutive records of the same user closer than gap_seconds.
    def seconds(time):
        h, m, s = map(int, time.split(":"))
        return h * 3600 + m * 60 + s
    open_sessions = {}
    for record in records:
        user = record["user"]
        now = seconds(record["time"])
        session = open_sessions.get(user)
        if session is not None and now - session["last"] > gap_seconds:
            yield open_sessions.pop(user)
            session = None
        if session is None:
            session = open_sessions[user] = {"user": user, "start": record["time"],
                                             "last": now, "records": []}
        session["last"] = now
        session["records"].append(record)
    yield from (open_sessions[user] for user in sorted(open_sessions))


def summarize(session):
    latencies = [r["latency"] for r in session["records"]]
    services = sorted({r["service"] for r in session["records"]})
    return (session["user"], session["start"], len(latencies),
            max(latencies), sum(latencies) // len(latencies), services)


def running_stats():
    # A send()-driven aggregator: receives latencies, yields the statistics so far.
    count = total = 0
    worst = None
    while True:
        latency = yield (count, total, worst)
        if latency is None:
            return count, total, worst
        count += 1
        total += latency
        worst = latency if worst is None else max(worst, latency)


def tee_stats(records, stats):
    for record in records:
        stats.send(record["latency"])
        yield record


def by_service(records):
    groups = {}
    for record in records:
        groups.setdefault(record["service"], []).append(record)
    for service in sorted(groups):
        group = groups[service]
        yield service, len(group), sum(r["latency"] for r in group) / len(group)


def pipeline(count):
    errors = []
    stats = running_stats()
    next(stats)
    lines = generate_lines(count)
    records = tee_stats(parse(lines, errors), stats)
    return errors, stats, records


# 1. Parse everything and report the garbage lines.
errors, stats, records = pipeline(60)
all_records = list(records)
print("parsed", len(all_records), "records;", len(errors), "errors")
for number, message in errors:
    print("  line", number, "->", message)
count, total, worst = stats.send(0)
print("stats: count", count, "total", total, "worst", worst)
try:
    stats.send(None)
except StopIteration as e:
    print("final stats", e.value)

# 2. Filter by level and change the threshold half way with send().
errors, stats, records = pipeline(80)
filtered = filter_level(records, "WARN")
seen = []
for i in range(6):
    seen.append(next(filtered))
print(filtered.send("ERROR"))
for record in filtered:
    seen.append(record)
print("levels seen:", [r["level"] for r in seen])
print("first six are WARN or worse:", all(r["level"] in ("WARN", "ERROR") for r in seen[:6]))
print("rest are ERROR:", all(r["level"] == "ERROR" for r in seen[6:]))

# 3. Sessions per user.
errors, stats, records = pipeline(120)
for user, start, n, worst, mean, services in map(summarize, sessions(records)):
    print(f"session {user:<3} from {start} requests={n:<2} worst={worst:<3} mean={mean:<3} "
          f"services={','.join(services)}")

# 4. Per-service aggregates through a generator over generators.
errors, stats, records = pipeline(100)
for service, n, mean in by_service(r for r in records if r["level"] != "DEBUG"):
    print(f"{service:<8} {n:>3} requests, mean latency {mean:7.2f}ms")

# 5. Lazy evaluation: taking a few records consumes only what is needed.
consumed = []
def counting(lines):
    for line in lines:
        consumed.append(line)
        yield line

errors = []
head = parse(counting(generate_lines(1000)), errors)
first = [next(head) for _ in range(3)]
print("took", len(first), "records after reading", len(consumed), "lines")
head.close()
print("closed; reading more gives", list(head))

# 6. Top latencies with a bounded buffer.
def top_n(records, n):
    best = []
    for record in records:
        best.append((record["latency"], record["msg"]))
        best.sort(reverse=True)
        del best[n:]
    yield from best

errors, stats, records = pipeline(200)
print("top 5:", list(top_n(records, 5)))
