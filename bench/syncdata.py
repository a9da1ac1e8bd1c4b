#!/usr/bin/env python3
"""Data helpers for bench/sync.sh (Python 3.9+, no dependencies).

  syncdata.py pick DATASET CHANGES
      Prints "MEMBER_ID FACILITATOR_ID" and, on stderr, why: the member is the
      first member (in team order) of the first team whose action plan the
      changes file edits who wrote in a seminar that gets new posts; the
      facilitator is that team's coach. Deterministic for a dataset.
  syncdata.py dump SERVER_URL USERNAME PASSWORD AFTER OUT
      Pulls every page after AFTER as the member, uncompressed and straight
      from the server (not through the bench proxy), and writes the changes
      as NDJSON, one per line as the server sent them. Prints
      "CHANGES CURSOR".
  syncdata.py floor SOURCE CHANGES OUT
      Writes the lines of SOURCE (the generator's dataset or changes file)
      whose record the member received in CHANGES: the raw NDJSON records the
      member may see, whose zstd -19 size is the floor. Prints the count.
"""
import json
import sys
import urllib.request


def pick(dataset, changes):
    docs = [json.loads(line) for line in open(dataset, encoding="utf-8") if line.strip()]
    day = [json.loads(line) for line in open(changes, encoding="utf-8") if line.strip()]
    thread_seminar = {d["id"]: d["seminar_id"] for d in docs if d["type"] == "thread"}
    seminars_of = {}
    for d in docs:
        if d["type"] == "thread":
            seminars_of.setdefault(d["author"], set()).add(d["seminar_id"])
        elif d["type"] == "post":
            seminars_of.setdefault(d["author"], set()).add(thread_seminar[d["thread_id"]])
    busy = {thread_seminar[c["doc"]["thread_id"]] for c in day if c["doc"]["type"] == "post"}
    teams = {d["id"]: d for d in docs if d["type"] == "team"}
    for change in day:
        doc = change["doc"]
        if doc["type"] != "action_plan" or doc["team_id"] not in teams:
            continue
        team = teams[doc["team_id"]]
        for member in team["members"]:
            seminars = seminars_of.get(member, set())
            if seminars & busy:
                print(f"member {member}: {team['name']}, writes in {len(seminars)} seminar(s), "
                      f"{len(seminars & busy)} with new posts today; facilitator "
                      f"{team['coach']}: coach of {team['name']}", file=sys.stderr)
                print(member, team["coach"])
                return 0
    print("no team member writes in a seminar that gets new posts", file=sys.stderr)
    return 1


def dump(server, username, password, after, out):
    login = urllib.request.Request(
        server + "/api/v1/auth/login",
        data=json.dumps({"username": username, "password": password}).encode(),
        headers={"Content-Type": "application/json", "X-LeaderNet-Protocol": "1"})
    token = json.load(urllib.request.urlopen(login))["token"]
    cursor, count = int(after), 0
    with open(out, "w", encoding="utf-8") as f:
        while True:
            request = urllib.request.Request(
                f"{server}/api/v1/sync/pull?after={cursor}&limit=5000",
                headers={"Authorization": "Bearer " + token, "X-LeaderNet-Protocol": "1",
                         "Accept-Encoding": "identity"})
            page = json.load(urllib.request.urlopen(request))
            for change in page["changes"]:
                f.write(json.dumps(change, ensure_ascii=False, separators=(",", ":")) + "\n")
                count += 1
            cursor = page["cursor"]
            if not page["has_more"]:
                break
    print(count, cursor)
    return 0


def floor(source, changes, out):
    ids = {json.loads(line)["id"] for line in open(changes, encoding="utf-8") if line.strip()}
    count = 0
    with open(out, "w", encoding="utf-8") as f:
        for line in open(source, encoding="utf-8"):
            if not line.strip():
                continue
            record = json.loads(line)
            record = record.get("doc", record)  # a changes file wraps the record
            if record.get("id") in ids:
                f.write(line)
                count += 1
    print(count)
    return 0


def main(argv):
    commands = {"pick": (pick, 2), "dump": (dump, 5), "floor": (floor, 3)}
    if len(argv) < 2 or argv[1] not in commands or len(argv) - 2 != commands[argv[1]][1]:
        print(__doc__, file=sys.stderr)
        return 2
    function, _ = commands[argv[1]]
    return function(*argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
