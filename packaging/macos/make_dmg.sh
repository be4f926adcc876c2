#!/bin/sh
# Wrap dist/CoachDesk.app (packaging/coachdesk.spec's BUNDLE) into CoachDesk-X.Y.Z.dmg.
#
#   packaging/macos/make_dmg.sh dist/CoachDesk.app 0.1.0 dist
#
# Signing and notarisation need what only the organisation has (README, "For IT
# departments"): a "Developer ID Application" certificate in the keychain
# (CODESIGN_IDENTITY) and a notarytool keychain profile (NOTARY_PROFILE). Without
# them the .dmg is unsigned: Gatekeeper then asks the coach to open it via
# right-click > Open, which IT departments usually do not want.
set -eu
app=$1
version=$2
out_dir=${3:-dist}
dmg="$out_dir/CoachDesk-$version.dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --sign "$CODESIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi

stage=$(mktemp -d)
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "CoachDesk $version" -srcfolder "$stage" -ov -format UDZO "$dmg"
rm -rf "$stage"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --sign "$CODESIGN_IDENTITY" --timestamp "$dmg"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "$dmg"
