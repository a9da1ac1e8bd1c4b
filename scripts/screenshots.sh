#!/usr/bin/env bash
# Remakes the README screenshots with the app itself: seeds a demo server,
# then runs `leadernet --screenshot` offscreen in English and in Arabic,
# inside a private keyring session (as on a desktop, so the token is kept).
# Usage: bash scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out="$root/resources/screenshots"
mkdir -p "$out"
work=$(mktemp -d /tmp/leadernet-shots.XXXXXX)
password=screenshots-demo
server="$build/server/leadernet-server"
"$server" seed-demo --data "$work/server" --password "$password" >/dev/null
"$server" serve --data "$work/server" --listen 127.0.0.1:0 >"$work/server.out" 2>"$work/server.log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
url=
for _ in $(seq 1 300); do
    url=$(sed -n 's/^leadernet-server listening on \(http[^ ]*\).*/\1/p' "$work/server.out")
    [[ -n $url ]] && break
    sleep 0.1
done
[[ -n $url ]] || { echo "screenshots.sh: server did not start" >&2; exit 1; }

shoot() { # language page file [co-author...]: each co-author signs in at the desk too
    # (SHOT_USER: who signs in; the member by default)
    local language=$1 page=$2 file=$3 extra=() passwords=$password user=${SHOT_USER:-member}
    shift 3
    for name in "$@"; do
        extra+=(--co-author "$name")
        passwords+=$'\n'$password
    done
    printf '%s\n' "$passwords" | QT_QPA_PLATFORM=offscreen \
        "$root/tests/sync/with-keyring.sh" "$build/app/leadernet" \
        --profile "$work/profile-$language-$page-$user-$#" --server "$url" --user "$user" --password-stdin \
        --language "$language" --page "$page" --screenshot "$out/$file" "${extra[@]}"
    echo "wrote resources/screenshots/$file"
}
first_run() { # language step file: the welcome or the join step, on a fresh profile
    QT_QPA_PLATFORM=offscreen "$build/app/leadernet" --profile "$work/first-$1-$2" \
        --server "$url" --language "$1" --page "$2" --screenshot "$out/$3"
    echo "wrote resources/screenshots/$3"
}
first_run en welcome leadernet-welcome-en.png
first_run ar welcome leadernet-welcome-ar.png
first_run en join leadernet-join-en.png
first_run ar join leadernet-join-ar.png
shoot en plans leadernet-en.png
shoot ar plans leadernet-ar.png
shoot en timeline leadernet-timeline-en.png
shoot ar timeline leadernet-timeline-ar.png
shoot en plans leadernet-desk-en.png lceesay obah
shoot ar plans leadernet-desk-ar.png lceesay obah
shoot en courses leadernet-courses-en.png
shoot ar courses leadernet-courses-ar.png
shoot en seminars leadernet-seminars-en.png
shoot ar seminars leadernet-seminars-ar.png
SHOT_USER=facilitator shoot en reviews leadernet-reviews-en.png
SHOT_USER=facilitator shoot ar reviews leadernet-reviews-ar.png
shoot en results leadernet-results-en.png
shoot ar results leadernet-results-ar.png
shoot en members leadernet-members-en.png
shoot ar members leadernet-members-ar.png
shoot en sync leadernet-sync-en.png
shoot ar sync leadernet-sync-ar.png
