#!/usr/bin/env bash
# Builds the Linux installers from the PyInstaller bundle:
#   dist/installers/llamadesk_<version>_amd64[-<variant>].deb   (/opt/llamadesk, menu entry)
#   dist/installers/llamadesk-<version>-linux-x86_64-<variant>.tar.gz   (portable)
# Every build runs the bundle's --self-test first.
#
#   packaging/linux/build.sh            # builds dist/llamadesk with PyInstaller if missing
#   REBUILD=1 packaging/linux/build.sh  # always rebuild the bundle
#   LLAMADESK_VARIANT=cuda ...          # a label for GPU builds of llama-cpp-python
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
VARIANT=${LLAMADESK_VARIANT:-cpu}
VERSION=$("$PYTHON" -c 'import llamadesk; print(llamadesk.__version__)')
OUT=dist/installers
mkdir -p "$OUT"

# Only LlamaDesk's engine build goes into an installer: a native one (-march=native)
# dies with an illegal instruction on an older CPU.
"$PYTHON" - <<'CHECK'
import sys
from llamadesk.engine import backends
build = backends.engine_build()
if not build.build_id or not build.cpu_modules:
    sys.exit(f"{build.label}: build it with packaging/engine/build_wheel.sh (see packaging/README.md)")
CHECK

if [[ -n "${REBUILD:-}" || ! -x dist/llamadesk/llamadesk ]]; then
    "$PYTHON" -m llamadesk.ui.i18n --compile 2>/dev/null || true
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath dist --workpath build/pyinstaller packaging/llamadesk.spec
fi
QT_QPA_PLATFORM=offscreen dist/llamadesk/llamadesk --self-test
# The same bundle on older CPUs, emulated (Debian's qemu-user): no illegal instruction.
if command -v qemu-x86_64 >/dev/null; then
    for cpu in Nehalem Haswell Skylake-Server; do
        echo "Self-test under qemu-x86_64 -cpu $cpu"
        QT_QPA_PLATFORM=offscreen qemu-x86_64 -cpu "$cpu" dist/llamadesk/llamadesk --self-test
    done
fi

# -- .deb ---------------------------------------------------------------------
stage=build/deb
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo" "$stage/usr/share/icons/hicolor" \
    "$stage/usr/share/doc/llamadesk"
cp -a dist/llamadesk "$stage/opt/llamadesk"
ln -s /opt/llamadesk/llamadesk "$stage/usr/bin/llamadesk"
install -m 644 packaging/linux/llamadesk.desktop "$stage/usr/share/applications/"
install -m 644 packaging/linux/io.github.llamadesk.metainfo.xml "$stage/usr/share/metainfo/"
"$PYTHON" packaging/linux/render_icons.py "$stage/usr/share/icons/hicolor"
install -m 644 resources/NOTICE "$stage/usr/share/doc/llamadesk/copyright"
size_kb=$(du -sk "$stage" | cut -f1)
# The libraries Qt's xcb platform loads from the system; everything else is bundled.
cat > "$stage/DEBIAN/control" <<CONTROL
Package: llamadesk
Version: $VERSION
Architecture: amd64
Maintainer: LlamaDesk developers <llamadesk@users.noreply.github.com>
Installed-Size: $size_kb
Depends: libc6 (>= 2.31), libgl1, libegl1, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xkb1, libxcb-randr0, libxcb-render-util0, libxcb-image0
Section: utils
Priority: optional
Homepage: https://github.com/llamadesk/llamadesk
Description: Chat with Llama 2 on your own computer, offline
 LlamaDesk runs Llama 2 and other GGUF chat models entirely on this
 computer. Conversations stay in a local database; nothing is sent anywhere.
 Build variant: $VARIANT.
CONTROL
# Conversations and models live in each user's own folders: removing the
# package never touches them, so no maintainer scripts are needed.
suffix=""
[[ "$VARIANT" != cpu ]] && suffix="-$VARIANT"
deb="$OUT/llamadesk_${VERSION}_amd64${suffix}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null

# -- portable .tar.gz -----------------------------------------------------------
tarball="$OUT/llamadesk-${VERSION}-linux-x86_64-${VARIANT}.tar.gz"
tar -C dist -czf "$tarball" llamadesk

ls -l "$deb" "$tarball"
du -sh dist/llamadesk
