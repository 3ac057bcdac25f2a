#!/usr/bin/env bash
# Make the macOS disk image: Contract Desk.app beside a link to /Applications.
#
#   packaging/macos/make_dmg.sh "dist/Contract Desk.app" dist/ContractDesk-0.1.0.dmg
#
# The .app comes from packaging/contract_desk.spec on a Mac. It is signed ad hoc
# ("-": no Apple Developer ID, so no notarisation): enough for macOS to know the
# app by its bundle identifier (org.contractdesk.ContractDesk) and ask once
# whether it may show notifications. A downloaded copy is quarantined, so the
# first start needs right-click → Open. Run by .github/workflows/release.yml; not
# run by us (nothing here has macOS).
set -euo pipefail

app=${1:?the .app to put in the image}
dmg=${2:?the .dmg to write}
name=$(basename "$app" .app)

# Sign everything inside again (PyInstaller signs each library as it collects it;
# this seals the bundle as a whole after the last file was written), then check.
codesign --force --deep --sign - "$app"
codesign --verify --deep --strict --verbose=2 "$app"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "$name" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
echo "wrote $dmg"
