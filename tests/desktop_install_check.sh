#!/usr/bin/env bash
# cmake --install and CPack, checked as a packager would: every file where
# desktops look for it, the launcher and the AppStream metadata valid, the
# installed CLI runs, and the .deb holds the same files with its dependencies.
#   desktop_install_check.sh BUILD_DIR
set -euo pipefail
build="$(cd "$1" && pwd)"
id=io.github.wsinspector.WebSocketInspector
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

DESTDIR="$tmp/root" cmake --install "$build" --prefix /usr >/dev/null
for file in usr/bin/wsinspector usr/bin/wsinspector-cli \
            "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
            "usr/share/icons/hicolor/scalable/apps/$id.svg" "usr/share/icons/hicolor/128x128/apps/$id.png" \
            usr/share/man/man1/wsinspector-cli.1.gz usr/share/bash-completion/completions/wsinspector-cli \
            usr/share/zsh/vendor-completions/_wsinspector-cli; do
    [ -f "$tmp/root/$file" ] || fail "cmake --install did not put $file"
done
grep -qx "Icon=$id" "$tmp/root/usr/share/applications/$id.desktop" || fail "the launcher's Icon= does not name the installed icon"
grep -qx "Exec=wsinspector --open-link %u" "$tmp/root/usr/share/applications/$id.desktop" || fail "the launcher does not pass links with --open-link (links are untrusted: they wait for Connect)"
version="$("$tmp/root/usr/bin/wsinspector-cli" --version)"
# The installed manual page reads (man -l takes the .gz); the installed completion loads in bash.
warnings="$(MANWIDTH=80 man --warnings -l "$tmp/root/usr/share/man/man1/wsinspector-cli.1.gz" 2>&1 >/dev/null)" \
    || fail "man -l on the installed page"
[ -z "$warnings" ] || fail "the installed manual page renders with warnings: $warnings"
bash --norc -c "source '$tmp/root/usr/share/bash-completion/completions/wsinspector-cli' && complete -p wsinspector-cli >/dev/null" \
    || fail "the installed bash completion does not load"
[[ "$version" == *0.* ]] || fail "installed wsinspector-cli --version printed '$version'"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$tmp/root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
else
    echo "note: desktop-file-validate not installed; launcher not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$tmp/root/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
else
    echo "note: appstreamcli not installed; metainfo not validated"
fi

(cd "$tmp" && cpack --config "$build/CPackConfig.cmake" -B "$tmp/pkg" >/dev/null) || fail "cpack"
deb="$(ls "$tmp"/pkg/*.deb)"
contents="$(dpkg-deb -c "$deb")"
for file in ./usr/bin/wsinspector ./usr/bin/wsinspector-cli "./usr/share/applications/$id.desktop" "./usr/share/metainfo/$id.metainfo.xml" \
            ./usr/share/man/man1/wsinspector-cli.1.gz ./usr/share/bash-completion/completions/wsinspector-cli \
            ./usr/share/zsh/vendor-completions/_wsinspector-cli; do
    grep -q " $file\$" <<<"$contents" || fail "the .deb lacks $file"
done
dpkg-deb -f "$deb" Depends | grep -q libqt6websockets6 || fail "the .deb does not depend on libqt6websockets6"
[ "$(dpkg-deb -f "$deb" Package)" = wsinspector ] || fail "package name"
echo "OK: installed files, launcher and metainfo valid, $(basename "$deb") $(du -h "$deb" | cut -f1)"
