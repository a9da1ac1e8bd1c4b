#!/usr/bin/env python3
"""Data for bench/replica-scale.sh (Python 3.9+, no dependencies).

  replicascale.py augment DATASET OUT QUERIES [--seed N] [--factor F] [--big-thread-posts B]
      Writes OUT: the generator's DATASET with F times its posts (10 unless
      told), every line of DATASET first and as it was, then the new posts.
      One thread (the one with the most posts; ties by id) gets exactly B
      posts (5,000 unless told), replies included: copies of posts of its
      own seminar, by their authors, each answering an earlier post of the
      thread about as often as the generator's posts answer one. Every other
      post gets the same number of copies (give or take one) in its own
      thread, by its own author, each copy answering the same copy of the
      post the original answers; so the seminar participants the importer
      derives stay the same. A copy's body is its original's with the
      sentences of each paragraph shuffled (same words, new text); its
      created time is later than its original's, and a parent's copy is
      older than its reply's copy. New ids are UUIDs from the seeded random
      generator, none equal to an id of DATASET: the output is the same for
      the same input and seed.
      Writes QUERIES: about fifty search texts, one a line, taken from post
      bodies of seminars in each language: single words, two- and three-word
      phrases, and one word cut short (the search takes the last word as a
      prefix, as while typing).
      Prints "BIG_THREAD_ID OTHER_THREAD_ID MEMBER_ID" on stdout: the big
      thread, a thread of ordinary length in another seminar, and the big
      thread's author (the member the benchmark signs in as); counts go to
      stderr.
"""
import argparse
import collections
import datetime
import json
import random
import re
import sys
import uuid

SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
WORD = re.compile(r"[^\W\d_]+")


def new_id(rng, taken):
    while True:
        made = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if made not in taken:
            taken.add(made)
            return made


def shuffled_body(body, rng):
    paragraphs = []
    for paragraph in body.split("\n\n"):
        sentences = SENTENCE_END.split(paragraph.strip())
        rng.shuffle(sentences)
        paragraphs.append(" ".join(s for s in sentences if s))
    return " \n\n".join(paragraphs)


def parse_time(text):
    return datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")


def format_time(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def dump(record):
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def queries_from(posts, thread_seminar, seminar_language, rng, per_language=8):
    by_language = collections.defaultdict(list)
    for post in posts:
        language = seminar_language.get(thread_seminar.get(post["thread_id"]), "")
        if language:
            by_language[language].append(post)
    queries = []
    for language in sorted(by_language):
        pool = by_language[language]
        shortest = 4 if language == "ar" else 5
        # Word counts of the texts taken: 4 single words, 2 pairs, 1 triple,
        # then one word cut short.
        wanted = [1, 1, 1, 1, 2, 2, 3, 0]
        taken = set()
        attempts = 0
        while wanted and attempts < 10000:
            attempts += 1
            post = rng.choice(pool)
            sentence = rng.choice(SENTENCE_END.split(post["body"]))
            words = WORD.findall(sentence)
            size = wanted[0]
            if size == 0:
                long_words = [w for w in words if len(w) >= 7]
                if not long_words:
                    continue
                text = rng.choice(long_words)[:4].lower()
            else:
                starts = [i for i in range(len(words) - size + 1)
                          if all(len(w) >= 3 for w in words[i:i + size])
                          and len(max(words[i:i + size], key=len)) >= shortest]
                if not starts:
                    continue
                first = rng.choice(starts)
                text = " ".join(words[first:first + size]).lower()
            if text in taken:
                continue
            taken.add(text)
            queries.append(text)
            wanted.pop(0)
    return queries


def augment(args):
    # Not Random(seed) itself: the generator may draw its ids from the same
    # sequence.
    rng = random.Random(f"replica-scale-{args.seed}")
    taken = set()  # every id in the output
    posts = []
    thread_seminar = {}
    thread_created = {}
    thread_author = {}
    seminar_language = {}
    out = open(args.out, "w", encoding="utf-8")
    with open(args.dataset, encoding="utf-8") as source:
        for line in source:
            if not line.strip():
                continue
            out.write(line if line.endswith("\n") else line + "\n")
            record = json.loads(line)
            taken.add(record.get("id"))
            kind = record.get("type")
            if kind == "post":
                posts.append(record)
            elif kind == "thread":
                thread_seminar[record["id"]] = record["seminar_id"]
                thread_created[record["id"]] = record["created"]
                thread_author[record["id"]] = record["author"]
            elif kind == "seminar":
                seminar_language[record["id"]] = record.get("language", "")
    if not posts:
        print("replicascale.py: the dataset has no posts", file=sys.stderr)
        return 1

    per_thread = collections.Counter(p["thread_id"] for p in posts)
    big = min(per_thread, key=lambda t: (-per_thread[t], t))
    big_seminar = thread_seminar[big]
    ordinary = sorted(per_thread.values())[len(per_thread) // 2]
    other = min((t for t in per_thread
                 if per_thread[t] == ordinary and thread_seminar[t] != big_seminar))
    target_total = len(posts) * args.factor
    big_wanted = args.big_thread_posts - per_thread[big]
    others = [p for p in posts if p["thread_id"] != big]
    spread = target_total - len(posts) - big_wanted
    if big_wanted < 0 or spread < 0 or not others:
        print("replicascale.py: these sizes do not fit the dataset", file=sys.stderr)
        return 1
    reply_share = sum(1 for p in posts if p.get("parent_id")) / len(posts)

    # The big thread: copies of its seminar's posts, by their authors (who
    # already take part in the seminar), each answering an earlier post of
    # the thread (or none), one every two minutes after the thread's last post.
    sources = [p for p in posts if thread_seminar[p["thread_id"]] == big_seminar]
    in_big = [p["id"] for p in posts if p["thread_id"] == big]
    moment = max(parse_time(p["created"]) for p in posts if p["thread_id"] == big)
    written = 0
    for _ in range(big_wanted):
        source = rng.choice(sources)
        moment += datetime.timedelta(seconds=rng.randint(30, 210))
        copy = dict(source)
        copy["id"] = new_id(rng, taken)
        copy["thread_id"] = big
        copy["body"] = shuffled_body(source["body"], rng)
        copy["created"] = format_time(moment)
        copy["parent_id"] = rng.choice(in_big) if rng.random() < reply_share else None
        in_big.append(copy["id"])
        out.write(dump(copy))
        written += 1

    # Every other post: `base` copies, one more for the first `extra`.
    base, extra = divmod(spread, len(others))
    copies_of = {p["id"]: base + (1 if i < extra else 0) for i, p in enumerate(others)}
    copy_ids = {}  # (original id, round) -> copy id
    for round_ in range(1, base + (2 if extra else 1)):
        shift = datetime.timedelta(hours=6 * round_)
        for post in others:
            if copies_of[post["id"]] < round_:
                continue
            copy = dict(post)
            copy["id"] = new_id(rng, taken)
            copy_ids[(post["id"], round_)] = copy["id"]
            copy["body"] = shuffled_body(post["body"], rng)
            copy["created"] = format_time(parse_time(post["created"]) + shift)
            parent = post.get("parent_id")
            if parent:
                copy["parent_id"] = copy_ids.get((parent, round_), parent)
            out.write(dump(copy))
            written += 1
    out.close()

    queries = queries_from(posts, thread_seminar, seminar_language, rng)
    with open(args.queries, "w", encoding="utf-8") as f:
        for text in queries:
            f.write(text + "\n")
    print(f"{len(posts)} posts in the dataset, {written} added: {len(posts) + written} in all; "
          f"thread {big} has {len(in_big)}; {len(queries)} search texts", file=sys.stderr)
    print(big, other, thread_author[big])
    return 0


def main(argv):
    if len(argv) < 2 or argv[1] != "augment":
        print(__doc__, file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(prog="replicascale.py augment")
    parser.add_argument("dataset")
    parser.add_argument("out")
    parser.add_argument("queries")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--big-thread-posts", type=int, default=5000)
    return augment(parser.parse_args(argv[2:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
