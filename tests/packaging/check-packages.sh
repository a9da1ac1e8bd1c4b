#!/usr/bin/env bash
# tst_packaging: builds the Debian packages with scripts/package.sh into
# BUILD_DIR, then checks what they hold and say: files (dpkg-deb -c),
# control fields and computed dependencies (dpkg-deb -I), the maintainer
# scripts (no store deleted on upgrade or purge), the desktop entry
# (desktop-file-validate), the AppStream metadata (appstreamcli validate),
# the icons' sizes, the man pages, the unit, that the packaged executables
# run, and lintian with no errors (its warnings are printed).
#
#   bash tests/packaging/check-packages.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:?usage: check-packages.sh BUILD_DIR}
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# expect_line TEXT PATTERN WHAT: TEXT has a line matching the extended regex.
expect_line() {
    grep -Eq -- "$2" <<<"$1" || fail "$3 (no line matching '$2')"
}

start=$(date +%s)
bash "$root/scripts/package.sh" "$build"
echo "tst_packaging: packages built in $(($(date +%s) - start)) s"

shopt -s nullglob
app_debs=("$build"/packages/leadernet_*.deb)
server_debs=("$build"/packages/leadernet-server_*.deb)
if ((${#app_debs[@]} != 1 || ${#server_debs[@]} != 1)); then
    echo "FAIL: expected one leadernet and one leadernet-server package in $build/packages" >&2
    ls -l "$build/packages" >&2 || true
    exit 1
fi
app=${app_debs[0]}
server=${server_debs[0]}
version=$(sed -n 's/^project(LeaderNet VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")

# --- Control fields -----------------------------------------------------
app_info=$(dpkg-deb -I "$app")
server_info=$(dpkg-deb -I "$server")
echo "$app_info"
echo "$server_info"
expect_line "$app_info" "^ Package: leadernet$" "leadernet: package name"
expect_line "$server_info" "^ Package: leadernet-server$" "leadernet-server: package name"
for info in "$app_info" "$server_info"; do
    expect_line "$info" "^ Version: $version$" "version $version"
    expect_line "$info" "^ Architecture: $(dpkg --print-architecture)$" "architecture"
    expect_line "$info" "^ Maintainer: .+ <.+@.+>$" "maintainer"
    # Computed by dpkg-shlibdeps, with versions: the libraries the
    # executables link (none of these is written by hand).
    expect_line "$info" "^ Depends: .*libqt6core6 \(>= 6" "computed dependency on Qt Core"
    expect_line "$info" "^ Depends: .*libc6 \(>= " "computed dependency on libc6"
    expect_line "$info" "^ Depends: .*libqt6sql6-sqlite" "the SQLite driver plugin"
done
expect_line "$app_info" "^ Depends: .*libqt6widgets6 \(>= 6" "leadernet: computed dependency on Qt Widgets"
expect_line "$app_info" "^ Depends: .*libqt6keychain1" "leadernet: computed dependency on QtKeychain"
expect_line "$server_info" "^ Depends: .*libsodium23" "leadernet-server: computed dependency on libsodium"
expect_line "$server_info" "^ Depends: .*adduser" "leadernet-server: adduser for postinst"
expect_line "$server_info" "^ Recommends: .*libqt6sql6-psql" "leadernet-server: the PostgreSQL driver"
for script in postinst prerm postrm conffiles; do
    expect_line "$server_info" "^ +[0-9]+ bytes, +[0-9]+ lines +\*? *$script" "leadernet-server: $script"
done
if grep -Eq "(postinst|prerm|postrm|preinst)" <<<"$app_info"; then
    fail "leadernet has maintainer scripts: the app's package must not touch profiles"
fi
[[ $(dpkg-deb -f "$server" Depends) != *leadernet* ]] || fail "leadernet-server depends on the app"

# --- Contents -----------------------------------------------------------
app_files=$(dpkg-deb -c "$app")
server_files=$(dpkg-deb -c "$server")
echo "$app_files"
echo "$server_files"
expect_file() { # LISTING PATH [MODE]
    grep -Eq -- "^${3:-[-rwx]+} root/root +[0-9]+ [0-9-]+ [0-9:]+ \./${2#/}$" <<<"$1" ||
        fail "missing ${2}${3:+ with mode $3}"
}
expect_file "$app_files" usr/bin/leadernet -rwxr-xr-x
expect_file "$app_files" usr/bin/leadernet-sync -rwxr-xr-x
expect_file "$app_files" usr/share/applications/leadernet.desktop -rw-r--r--
expect_file "$app_files" usr/share/metainfo/org.leadernet.Desktop.metainfo.xml -rw-r--r--
expect_file "$app_files" usr/share/icons/hicolor/scalable/apps/leadernet.svg
for size in 16 24 32 48 64 128 256; do
    expect_file "$app_files" "usr/share/icons/hicolor/${size}x${size}/apps/leadernet.png"
done
expect_file "$app_files" usr/share/man/man1/leadernet.1.gz
expect_file "$app_files" usr/share/man/man1/leadernet-sync.1.gz
expect_file "$app_files" usr/share/doc/leadernet/copyright
expect_file "$app_files" usr/share/doc/leadernet/changelog.gz
expect_file "$server_files" usr/bin/leadernet-server -rwxr-xr-x
expect_file "$server_files" lib/systemd/system/leadernet-server.service -rw-r--r--
expect_file "$server_files" etc/default/leadernet-server -rw-r--r--
expect_file "$server_files" usr/share/man/man8/leadernet-server.8.gz
expect_file "$server_files" usr/share/doc/leadernet-server/copyright
expect_file "$server_files" usr/share/doc/leadernet-server/changelog.gz
# Nothing under a home, /var or /etc/skel: the packages never touch a
# profile or the server's store; the app's package only adds files.
if grep -Eq " \./(home|root|var|etc/skel)/" <<<"$app_files$server_files"; then
    fail "a package ships files under /home, /root, /var or /etc/skel"
fi
grep -Eq " \./(usr/bin|lib/systemd)/.*leadernet-server" <<<"$app_files" &&
    fail "leadernet ships server files"
grep -Eq " \./usr/bin/leadernet(-sync)?$" <<<"$server_files" && fail "leadernet-server ships the app"

# --- The files themselves ----------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$app" "$tmp/app"
dpkg-deb -x "$server" "$tmp/server"
dpkg-deb -e "$server" "$tmp/server-control"

desktop-file-validate "$tmp/app/usr/share/applications/leadernet.desktop" ||
    fail "desktop-file-validate refuses leadernet.desktop"
appstreamcli validate --no-net "$tmp/app/usr/share/metainfo/org.leadernet.Desktop.metainfo.xml" ||
    fail "appstreamcli validate refuses the metainfo"
grep -q "<launchable type=\"desktop-id\">leadernet.desktop</launchable>" \
    "$tmp/app/usr/share/metainfo/org.leadernet.Desktop.metainfo.xml" ||
    fail "the metainfo does not launch leadernet.desktop"
grep -q 'setDesktopFileName(u"leadernet"_s)' "$root/app/main.cpp" ||
    fail "the app no longer names leadernet.desktop as its desktop file"
for size in 16 24 32 48 64 128 256; do
    png="$tmp/app/usr/share/icons/hicolor/${size}x${size}/apps/leadernet.png"
    [[ -f $png && $(file "$png") == *"PNG image data, $size x $size,"* ]] ||
        fail "the ${size}x${size} icon is not a ${size}x${size} PNG"
done
for page in app/usr/share/man/man1/leadernet.1.gz app/usr/share/man/man1/leadernet-sync.1.gz \
    server/usr/share/man/man8/leadernet-server.8.gz; do
    # Renders without a warning from groff (lintian runs the same check).
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$tmp/$page" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "$page: $warnings"
done

unit="$tmp/server/lib/systemd/system/leadernet-server.service"
for setting in "User=leadernet-server" "StateDirectory=leadernet-server" \
    "EnvironmentFile=-/etc/default/leadernet-server" "ProtectSystem=strict" \
    "NoNewPrivileges=yes" "PrivateTmp=yes" "ExecStart=/usr/bin/leadernet-server serve " \
    "WantedBy=multi-user.target"; do
    grep -q "^$setting" "$unit" || fail "the unit lacks $setting"
done
grep -q "^LEADERNET_STORE=" "$tmp/server/etc/default/leadernet-server" ||
    fail "/etc/default/leadernet-server does not set the store"
grep -q "^#LEADERNET_STORE=\"--database postgresql://" "$tmp/server/etc/default/leadernet-server" ||
    fail "/etc/default/leadernet-server has no PostgreSQL example"
[[ $(cat "$tmp/server-control/conffiles") == /etc/default/leadernet-server ]] ||
    fail "conffiles is not /etc/default/leadernet-server"
for script in postinst prerm postrm; do
    [[ -x $tmp/server-control/$script ]] || fail "$script is not executable"
    sh -n "$tmp/server-control/$script" || fail "$script is not valid sh"
    # The store survives upgrades, removal and purge.
    if grep -v '^\s*#' "$tmp/server-control/$script" | grep -Eq 'rm .*(/var/lib|leadernet-server)|deluser'; then
        fail "$script deletes the store or the user"
    fi
done
grep -q "adduser --system" "$tmp/server-control/postinst" || fail "postinst does not add the system user"
grep -q "deb-systemd-helper enable leadernet-server.service" "$tmp/server-control/postinst" ||
    fail "postinst does not enable the unit"

# The packaged executables run (against the system's libraries). Their
# output is read whole: grep -q in a pipe would leave them writing into a
# closed pipe.
[[ $("$tmp/server/usr/bin/leadernet-server" --version) == "leadernet-server $version" ]] ||
    fail "leadernet-server --version"
[[ $("$tmp/server/usr/bin/leadernet-server" --help) == *--database* ]] ||
    fail "leadernet-server --help does not name --database"
"$tmp/app/usr/bin/leadernet-sync" --help >/dev/null || fail "leadernet-sync --help"
QT_QPA_PLATFORM=offscreen "$tmp/app/usr/bin/leadernet" --help >/dev/null || fail "leadernet --help"

# --- lintian ------------------------------------------------------------
# Errors fail the test; warnings and information are printed.
lintian_start=$(date +%s)
if ! lintian --allow-root --tag-display-limit 0 --fail-on error --display-info \
    "$app" "$server" | tee "$build/lintian.txt"; then
    fail "lintian reports errors"
fi
echo "tst_packaging: lintian took $(($(date +%s) - lintian_start)) s;" \
    "$(grep -c '^E: ' "$build/lintian.txt" || true) errors," \
    "$(grep -c '^W: ' "$build/lintian.txt" || true) warnings"

echo "tst_packaging: $failures failures, $(($(date +%s) - start)) s in all"
((failures == 0))
