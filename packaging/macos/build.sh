#!/usr/bin/env bash
# Builds LlamaDesk.app and a drag-to-Applications .dmg on macOS.
#   packaging/macos/build.sh [variant]     (variant: metal (Apple Silicon) or cpu)
# Signing and notarization run only when their secrets are in the environment:
#   MACOS_SIGN_IDENTITY ("Developer ID Application: …"), and for notarization
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
VARIANT=${1:-metal}
PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" -c 'import llamadesk; print(llamadesk.__version__)')
mkdir -p dist/installers build

# The icon (committed) is made by: packaging/linux/render_icons.py packaging/macos/llamadesk.icns
"$PYTHON" -m llamadesk.ui.i18n --compile
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/llamadesk.spec
QT_QPA_PLATFORM=offscreen dist/LlamaDesk.app/Contents/MacOS/llamadesk --self-test

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    codesign --force --deep --options runtime --timestamp \
        --entitlements packaging/macos/entitlements.plist \
        --sign "$MACOS_SIGN_IDENTITY" dist/LlamaDesk.app
fi

dmg="dist/installers/LlamaDesk-${VERSION}-macos-$(uname -m)-${VARIANT}.dmg"
staging=build/dmg
rm -rf "$staging" && mkdir -p "$staging"
cp -R dist/LlamaDesk.app "$staging/"
ln -s /Applications "$staging/Applications"   # drag the app onto this
hdiutil create -volname "LlamaDesk $VERSION" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
    if [[ -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
        xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
        xcrun stapler staple "$dmg"
    fi
fi
ls -l "$dmg"
