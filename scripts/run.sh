#!/usr/bin/env bash
# The run command: installs what is missing, builds, seeds a demo community
# into a fresh leadernet-server on 127.0.0.1, and opens LeaderNet Desktop
# signed in as the demo member. The server stops when the app closes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LEADERNET_RUN_BUILD_DIR:-$root/build}

bash "$root/scripts/install-deps.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEADERNET_BUILD_TESTS=OFF
cmake --build "$build" -j2 --target leadernet leadernet-server leadernet-sync

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "run.sh: built, but there is no graphical display (DISPLAY is not set), so the app" >&2
    echo "cannot open. Run this from a desktop session, or: xvfb-run -a bash scripts/run.sh" >&2
    exit 1
fi

data="$root/.run"
rm -rf "$data"
mkdir -p "$data"
password=$(head -c 9 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9' | head -c 12)

server="$build/server/leadernet-server"
"$server" seed-demo --data "$data/server" --password "$password"

"$server" serve --data "$data/server" --listen 127.0.0.1:0 >"$data/server.out" 2>"$data/server.log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT

url=
for _ in $(seq 1 300); do
    url=$(sed -n 's/^leadernet-server listening on \(http[^ ]*\).*/\1/p' "$data/server.out")
    [[ -n $url ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
    sleep 0.1
done
[[ -n $url ]] || { echo "run.sh: the server did not start; see $data/server.log" >&2; exit 1; }
echo "run.sh: server on $url (data in $data/server); demo password: $password"

printf '%s\n' "$password" |
    "$build/app/leadernet" --profile "$data/profile" --server "$url" --user member --password-stdin "$@"
