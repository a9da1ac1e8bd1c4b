#!/usr/bin/env bash
# Installs the packages from scripts/package.sh on a clean Debian 12 root and
# tries them there, as an administrator and a member would:
#
#   bash scripts/try-packages.sh [PACKAGES_DIR]   (default: build-package/packages)
#
#  1. a fresh copy of a minimal bookworm root (debootstrap, cached in
#     LEADERNET_TRY_CACHE, default /var/cache/leadernet-try, outside the
#     repository, with the downloaded dependencies), the packages installed
#     with apt (dependencies from the machine's Debian mirror);
#  2. what postinst did: the system user, the state directory, the unit
#     enabled;
#  3. the server started as the unit starts it: as leadernet-server, with
#     /etc/default/leadernet-server's options, in its state directory.
#     systemd does not run inside a chroot, so the unit itself (its
#     sandboxing) is not exercised here: only its command and user are;
#  4. the app offscreen: `leadernet --help`, then a member's sign-in, first
#     sync and a screenshot against that server, and leadernet-sync;
#  5. the packages installed again over themselves (the upgrade path of the
#     maintainer scripts), then removed and purged: the server's store and
#     the member's profile must survive each step;
#  6. when systemd-nspawn is there (package systemd-container, or
#     LEADERNET_TRY_NSPAWN=/path/to/systemd-nspawn), the same root booted
#     with systemd: the unit itself, sandboxing and all, started at boot,
#     restarted by an upgrade, left disabled by one when an administrator
#     disabled it, stopped and masked by removal, started again by a new
#     installation, the member's replica still matching the server.
#
# Needs root and the network; not part of CI. The screenshot and logs are
# left in BUILD_DIR/try-packages/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
packages=$(cd "${1:-$root/build-package/packages}" && pwd)
out=$(dirname "$packages")/try-packages
cache=${LEADERNET_TRY_CACHE:-/var/cache/leadernet-try}

[[ $(id -u) -eq 0 ]] || { echo "try-packages: run as root (debootstrap, chroot)" >&2; exit 1; }
shopt -s nullglob
debs=("$packages"/leadernet_*.deb "$packages"/leadernet-server_*.deb)
((${#debs[@]} == 2)) || { echo "try-packages: no packages in $packages (bash scripts/package.sh)" >&2; exit 1; }
command -v debootstrap >/dev/null || bash "$root/scripts/install-deps.sh"

step() { echo; echo "=== $*"; }
fail() { echo "try-packages: FAILED: $*" >&2; exit 1; }

# The machine's own Debian mirror (deb822 or one-line sources).
mirror=$(sed -n 's/^URIs: *\(http[^ ]*\/debian\)\/\?$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
if [[ -z $mirror ]]; then
    mirror=$(sed -n 's/^deb \+\(http[^ ]*\/debian\)\/\? \+bookworm .*/\1/p' /etc/apt/sources.list 2>/dev/null | head -1)
fi
mirror=${mirror:-http://deb.debian.org/debian}

# 1. A clean root.
tarball=$cache/bookworm-minbase.tar.gz
if [[ ! -f $tarball ]]; then
    step "debootstrap --variant=minbase bookworm from $mirror (cached in $cache)"
    mkdir -p "$cache"
    rm -rf "$cache/bookworm.new"
    debootstrap --variant=minbase bookworm "$cache/bookworm.new" "$mirror"
    tar -C "$cache/bookworm.new" -czf "$tarball.new" . && mv "$tarball.new" "$tarball"
    rm -rf "$cache/bookworm.new"
fi
work=$(mktemp -d /var/tmp/leadernet-try.XXXXXX)
chroot_dir=$work/root
server_pid=
nspawn_pid=
unmount_root() {
    local m
    for m in var/cache/apt/archives dev/pts dev proc sys; do
        if mountpoint -q "$chroot_dir/$m"; then umount -l "$chroot_dir/$m"; fi
    done
}
cleanup() {
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    if [[ -n $nspawn_pid ]]; then
        kill "$nspawn_pid" 2>/dev/null
        wait "$nspawn_pid" 2>/dev/null
    fi
    unmount_root
    # Never delete through a mount (the host's /dev, the apt cache).
    if grep -q " $chroot_dir/" /proc/mounts; then
        echo "try-packages: $chroot_dir still has mounts; left in place" >&2
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT
mkdir -p "$chroot_dir" "$out"
tar -C "$chroot_dir" -xzf "$tarball"
chmod 755 "$chroot_dir"
mount -t proc proc "$chroot_dir/proc"
mount -t sysfs sys "$chroot_dir/sys"
mount --bind /dev "$chroot_dir/dev"
mount --bind /dev/pts "$chroot_dir/dev/pts"
# The downloaded dependencies are kept for the next run.
mkdir -p "$cache/apt-archives/partial"
mount --bind "$cache/apt-archives" "$chroot_dir/var/cache/apt/archives"
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
in_root() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

step "apt install ${debs[*]##*/}"
cp "${debs[@]}" "$chroot_dir/tmp/"
in_root apt-get update -q
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    /tmp/"${debs[0]##*/}" /tmp/"${debs[1]##*/}"
in_root dpkg-query -W leadernet leadernet-server

# 2. What postinst made.
step "postinst: user, state directory, unit enabled"
in_root getent passwd leadernet-server || fail "no leadernet-server user"
in_root stat -c '%U:%G %a %n' /var/lib/leadernet-server
[[ $(in_root stat -c '%U %a' /var/lib/leadernet-server) == "leadernet-server 700" ]] ||
    fail "/var/lib/leadernet-server is not leadernet-server's, 0700"
ls -l "$chroot_dir/etc/systemd/system/multi-user.target.wants/leadernet-server.service" ||
    fail "the unit is not enabled"

# 3. The server as the unit runs it, on a free port (set in the conffile, as
# an administrator would), with the demo community seeded as its user.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed -i "s/^LEADERNET_LISTEN=.*/LEADERNET_LISTEN=127.0.0.1:$port/" "$chroot_dir/etc/default/leadernet-server"
password=try-packages-demo
step "seed-demo and serve as leadernet-server on 127.0.0.1:$port"
in_root runuser -u leadernet-server -- leadernet-server seed-demo \
    --data /var/lib/leadernet-server --password "$password" | head -3
start_server() {
    # The unit's ExecStart, with the EnvironmentFile's values (shell syntax
    # is a superset of what the file uses) and its UMask and directory.
    chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        runuser -u leadernet-server -- /bin/sh -c \
        'umask 0077; cd /var/lib/leadernet-server && set -a && . /etc/default/leadernet-server &&
         exec /usr/bin/leadernet-server serve $LEADERNET_STORE --listen "$LEADERNET_LISTEN" $LEADERNET_SERVE_OPTIONS' \
        >>"$out/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do
        curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
        sleep 0.1
    done
    curl -fsS "http://127.0.0.1:$port/api/v1/health" || fail "the server does not answer (see $out/server.log)"
    echo
}
stop_server() {
    kill "$server_pid"
    wait "$server_pid" || true
    server_pid=
}
: >"$out/server.log"
start_server
# Runs as the service's user (numeric ids: the host's names differ).
server_uid=$(in_root id -u leadernet-server)
serving=$(ps -eo uid=,args= | grep "[/]usr/bin/leadernet-server serve" || true)
echo "$serving"
grep -q "^ *$server_uid " <<<"$serving" || fail "the server does not run as leadernet-server"

# 4. The app, offscreen, as a member of the desk.
step "leadernet --help, first sync with a screenshot, leadernet-sync"
in_root useradd --create-home tester
as_tester() {
    chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/home/tester \
        QT_QPA_PLATFORM=offscreen runuser -u tester -- "$@"
}
as_tester leadernet --help | head -3
printf '%s\n' "$password" | as_tester leadernet --server "http://127.0.0.1:$port" \
    --user member --password-stdin --page plans --screenshot /home/tester/first-sync.png
cp "$chroot_dir/home/tester/first-sync.png" "$out/first-sync.png"
file "$out/first-sync.png"
printf '%s\n' "$password" | as_tester leadernet-sync --server "http://127.0.0.1:$port" sync member
as_tester leadernet-sync status | tee "$out/status-before.txt"
profile=/home/tester/.local/share/LeaderNet/LeaderNet/profiles/default
ls -l "$chroot_dir$profile"
[[ -s $chroot_dir$profile/replica.sqlite ]] || fail "no replica in the member's profile"

# 5. Upgrade path (the same version installed over itself runs postinst
# with the old version, as an upgrade does), removal and purge: the store
# and the profile stay.
stop_server
store_sum() { sha256sum "$chroot_dir/var/lib/leadernet-server/server.sqlite" | cut -c1-16; }
store_before=$(store_sum)
step "dpkg -i again (upgrade path)"
in_root dpkg -i /tmp/"${debs[0]##*/}" /tmp/"${debs[1]##*/}"
[[ $(store_sum) == "$store_before" ]] || fail "the store changed on upgrade"
grep -q "^LEADERNET_LISTEN=127.0.0.1:$port" "$chroot_dir/etc/default/leadernet-server" ||
    fail "the administrator's /etc/default/leadernet-server was replaced"
step "apt-get remove, then purge leadernet-server"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q leadernet-server
[[ $(store_sum) == "$store_before" ]] || fail "the store changed on removal"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q leadernet-server
[[ $(store_sum) == "$store_before" ]] || fail "the store changed on purge"
[[ ! -e $chroot_dir/etc/default/leadernet-server ]] || fail "purge left the conffile"
step "reinstall leadernet-server over the kept store; the member syncs again"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/"${debs[1]##*/}"
sed -i "s/^LEADERNET_LISTEN=.*/LEADERNET_LISTEN=127.0.0.1:$port/" "$chroot_dir/etc/default/leadernet-server"
start_server
[[ -s $chroot_dir$profile/replica.sqlite ]] || fail "the member's replica is gone"
printf '%s\n' "$password" | as_tester leadernet-sync --server "http://127.0.0.1:$port" verify member
as_tester leadernet-sync status >"$out/status-after.txt"
diff <(grep -v -i "last sync" "$out/status-before.txt") <(grep -v -i "last sync" "$out/status-after.txt") ||
    echo "(status differs as shown)"
stop_server

# 6. The unit under systemd, in the same root booted with systemd-nspawn.
nspawn=${LEADERNET_TRY_NSPAWN:-$(command -v systemd-nspawn || true)}
if [[ -z $nspawn ]]; then
    echo
    echo "try-packages: no systemd-nspawn (package systemd-container): the unit was not run under systemd"
    echo "try-packages: all other steps passed; screenshot and server log in $out"
    exit 0
fi
step "boot the root with systemd ($nspawn): the unit itself"
unmount_root
cp "${debs[@]}" "$chroot_dir/root/" # /tmp is a fresh tmpfs once booted
# Without a systemd on the host: no registration, the caller's cgroup.
"$nspawn" -D "$chroot_dir" -b --private-network --register=no --keep-unit \
    -M leadernet-try --console=pipe </dev/null >"$out/nspawn.log" 2>&1 &
nspawn_pid=$!
init_pid=
for _ in $(seq 100); do
    init_pid=$(pgrep -P "$nspawn_pid" | head -1 || true)
    [[ -n $init_pid ]] && break
    sleep 0.2
done
[[ -n $init_pid ]] || fail "systemd-nspawn did not start (see $out/nspawn.log)"
in_booted() {
    nsenter -t "$init_pid" -a /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
for _ in $(seq 120); do
    state=$(in_booted systemctl is-system-running 2>/dev/null || true)
    [[ $state == running || $state == degraded ]] && break
    sleep 0.5
done
echo "system: $state"
unit_state() {
    echo "$(in_booted systemctl is-active leadernet-server || true)" \
        "$(in_booted systemctl is-enabled leadernet-server 2>/dev/null || true)"
}
# Active (Type=exec: started), then listening.
wait_active() {
    for _ in $(seq 100); do
        if [[ $(in_booted systemctl is-active leadernet-server || true) == active ]] &&
            in_booted bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
            return 0
        fi
        sleep 0.2
    done
    in_booted systemctl status leadernet-server --no-pager || true
    fail "leadernet-server.service is not serving after $1"
}
synced_as_tester() {
    printf '%s\n' "$password" | in_booted runuser -u tester -- env HOME=/home/tester \
        leadernet-sync --server "http://127.0.0.1:$port" verify member 2>&1 | tail -1
}
wait_active "boot"
in_booted systemctl status leadernet-server --no-pager | head -8
[[ $(in_booted systemctl show -p User --value leadernet-server) == leadernet-server ]] ||
    fail "the unit does not run as leadernet-server"
synced_as_tester
main_pid() { in_booted systemctl show -p MainPID --value leadernet-server; }
before=$(main_pid)
in_booted dpkg -i /root/"${debs[1]##*/}" >/dev/null
wait_active "an upgrade"
[[ $(main_pid) != "$before" ]] || fail "an upgrade did not restart the service"
echo "upgrade: restarted ($(unit_state))"
in_booted systemctl disable --quiet leadernet-server
in_booted dpkg -i /root/"${debs[1]##*/}" >/dev/null
[[ $(in_booted systemctl is-enabled leadernet-server || true) == disabled ]] ||
    fail "an upgrade enabled the service an administrator had disabled"
echo "upgrade after disable: $(unit_state)"
in_booted systemctl enable --quiet leadernet-server
in_booted apt-get remove -y -q leadernet-server >/dev/null
[[ $(unit_state) == "inactive masked" ]] || fail "removal left the unit $(unit_state)"
echo "remove: $(unit_state)"
in_booted apt-get install -y -q /root/"${debs[1]##*/}" >/dev/null
wait_active "installing again"
echo "install again: $(unit_state)"
[[ $(synced_as_tester) == "The replica matches the server." ]] ||
    fail "the member's replica does not match the server after the reinstallation"
echo "the member's replica still matches the server"
in_booted journalctl -u leadernet-server --no-pager >"$out/journal.txt" 2>&1 || true
in_booted systemctl poweroff
wait "$nspawn_pid" || true
nspawn_pid=

echo
echo "try-packages: all steps passed; screenshot, logs and journal in $out"
