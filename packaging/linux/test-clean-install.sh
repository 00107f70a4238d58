#!/usr/bin/env bash
# Proves the .deb on a machine that has never seen Python: a minimal Debian
# root (debootstrap) with only what a desktop user has (GL/EGL, fontconfig,
# xkbcommon, D-Bus). Inside it:
#   1. an "older version" is installed, and a user's history in the first schema
#      is put in place;
#   2. the new .deb upgrades it in place: the history is kept and migrated;
#   3. `llamadesk --self-test` passes as that user (the install folder is
#      read-only to them: every write goes to their own folders);
#   4. the window starts under Xvfb and is captured to a PNG;
#   5. the portable .tar.gz runs from a path with spaces and non-ASCII letters;
#   6. purging the package leaves nothing of ours outside the user's data.
#
# Needs root, debootstrap and network access to a Debian mirror; slow (minutes),
# so it is not part of the unit tests: CI runs it as its own job.
#
#   sudo packaging/linux/test-clean-install.sh [OUT_DIR]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/dist/clean-install}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=${DEBIAN_SUITE:-bookworm}
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/llamadesk-clean-root-$SUITE.tar
WORK=$(mktemp -d /tmp/llamadesk-clean-XXXX)
CHROOT=$WORK/root
USER_NAME=alice
mkdir -p "$OUT"

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }
in_root() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
as_user() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/$USER_NAME LANG=C.UTF-8 USER=$USER_NAME \
    /usr/sbin/runuser -u "$USER_NAME" -- "$@"; }

cleanup() {
    set +e
    pkill -f "Xvfb :77" 2>/dev/null
    for mount in dev/pts dev proc sys; do umount -l "$CHROOT/$mount" 2>/dev/null; done
    rm -rf "$WORK"
}
trap cleanup EXIT

[[ $(id -u) == 0 ]] || fail "run as root (chroot and debootstrap need it)"
VERSION=$("$PYTHON" -c 'import llamadesk; print(llamadesk.__version__)')
DEB=$ROOT/dist/installers/llamadesk_${VERSION}_amd64.deb
TARBALL=$ROOT/dist/installers/llamadesk-${VERSION}-linux-x86_64-cpu.tar.gz
[[ -f $DEB && -f $TARBALL ]] || "$ROOT/packaging/linux/build.sh"

say "A minimal Debian $SUITE root"
mkdir -p "$CHROOT"
if [[ -f $CACHE ]]; then
    tar -C "$CHROOT" -xf "$CACHE"
else
    debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR" >"$WORK/debootstrap.log" \
        || { tail -20 "$WORK/debootstrap.log"; fail "debootstrap"; }
    mkdir -p "$(dirname "$CACHE")" && tar -C "$CHROOT" -cf "$CACHE" .
fi
mount -t proc proc "$CHROOT/proc"
mount -t sysfs sys "$CHROOT/sys"
mount --bind /dev "$CHROOT/dev"
mount --bind /dev/pts "$CHROOT/dev/pts"
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
echo "deb $MIRROR $SUITE main" > "$CHROOT/etc/apt/sources.list"
in_root apt-get update -qq
# What a desktop user has, and the X server this test drives (not ours to need).
in_root apt-get install -y -qq --no-install-recommends libgl1 libegl1 libfontconfig1 \
    fonts-dejavu-core libxkbcommon0 libdbus-1-3 xvfb xauth x11-apps x11-utils >/dev/null
in_root useradd --create-home "$USER_NAME"
if in_root sh -c 'command -v python3'; then fail "the clean root has Python"; fi

say "An older version, and a history in the first schema"
old=$WORK/old
dpkg-deb -R "$DEB" "$old"
sed -i "s/^Version: .*/Version: 0.0.1/" "$old/DEBIAN/control"
dpkg-deb --root-owner-group -Zxz --build "$old" "$CHROOT/tmp/llamadesk_0.0.1_amd64.deb" >/dev/null
in_root apt-get install -y -qq /tmp/llamadesk_0.0.1_amd64.deb >/dev/null
[[ $(in_root dpkg-query -W -f '${Version}' llamadesk) == 0.0.1 ]] || fail "old install"
data=$CHROOT/home/$USER_NAME/.local/share/llamadesk
mkdir -p "$data"
(cd "$ROOT" && "$PYTHON" -c "
from pathlib import Path
from tests.storage.test_migrations import _first_schema_database
_first_schema_database(Path('$data/history.sqlite3'))")
in_root chown -R "$USER_NAME:$USER_NAME" "/home/$USER_NAME/.local"

say "Upgrade in place to $VERSION"
cp "$DEB" "$CHROOT/tmp/llamadesk.deb"
in_root apt-get install -y -qq /tmp/llamadesk.deb | tail -3
[[ $(in_root dpkg-query -W -f '${Version}' llamadesk) == "$VERSION" ]] || fail "upgrade"
as_user llamadesk list | tee "$WORK/list.txt"
grep -q "Old chat about llamas" "$WORK/list.txt" \
    || fail "the old history is not listed after the upgrade"
ls "$data"/history.sqlite3.before-*.bak >/dev/null || fail "no backup: the migration did not run"
echo "history kept and migrated; backup: $(basename "$data"/history.sqlite3.before-*.bak)"

say "Self-test as $USER_NAME (the install folder is read-only to them)"
if as_user test -w /opt/llamadesk; then fail "/opt/llamadesk is writable by the user"; fi
as_user env QT_QPA_PLATFORM=offscreen llamadesk --self-test | tee "$OUT/self-test-deb.txt"
grep -q "^self-test ok" "$OUT/self-test-deb.txt" || fail "self-test"

say "The window under Xvfb"
chroot "$CHROOT" /usr/bin/Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
sleep 2
as_user env DISPLAY=:77 QT_QPA_PLATFORM=xcb llamadesk >"$WORK/gui.log" 2>&1 &
for _ in $(seq 1 30); do
    sleep 1
    if grep -q "Traceback\|Error" "$WORK/gui.log"; then cat "$WORK/gui.log"; fail "the window"; fi
    as_user env DISPLAY=:77 xwininfo -root -tree 2>/dev/null | grep -q '"LlamaDesk"' && break
done
sleep 2
as_user env DISPLAY=:77 xwd -root -silent > "$WORK/window.xwd"
if command -v convert >/dev/null; then
    convert "xwd:$WORK/window.xwd" "$OUT/clean-install-window.png"
else
    cp "$WORK/window.xwd" "$OUT/clean-install-window.xwd"
fi
as_user env DISPLAY=:77 xwininfo -root -tree | grep -q '"LlamaDesk"' || fail "no window"
pkill -f "/opt/llamadesk/llamadesk" || true
sleep 1
echo "window captured in $OUT"

say "The portable archive, from a path with spaces and non-ASCII letters"
place="/opt/Mes Programmes/Lläma Desk"
mkdir -p "$CHROOT$place"
tar -C "$CHROOT$place" -xzf "$TARBALL"
as_user env QT_QPA_PLATFORM=offscreen "$place/llamadesk/llamadesk" --self-test \
    | tee "$OUT/self-test-tarball.txt"
grep -q "^self-test ok" "$OUT/self-test-tarball.txt" || fail "self-test from the archive"
rm -rf "$CHROOT/opt/Mes Programmes"

say "Uninstall"
in_root apt-get purge -y -qq llamadesk >/dev/null
left=$(chroot "$CHROOT" find / -xdev \( -path /proc -o -path /sys -o -path /dev \
    -o -path "/home/$USER_NAME" -o -path /tmp \) -prune -o -iname '*llamadesk*' -print)
[[ -z $left ]] || { echo "$left"; fail "files left after purge"; }
echo "nothing of LlamaDesk is left outside the user's own folders; theirs is kept:"
(cd "$CHROOT/home/$USER_NAME" && find .local .config -maxdepth 3 -iname '*llamadesk*' | sort)
say "clean install: all passed"
