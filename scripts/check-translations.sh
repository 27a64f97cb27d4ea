#!/usr/bin/env bash
# Fails when a translation is not complete: lupdate is run over app/ and ui/ into a copy of each
# resources/translations/*.ts (the files themselves are not touched), and the copy must have no
# unfinished, new or vanished entry, and each translation the same %1…%9 / %n as its source.
#   check-translations.sh [LUPDATE]       (default: lupdate of Qt 6, /usr/lib/qt6/bin/lupdate)
# After merging: cmake --build build --target update_translations, translate what it added
# (linguist resources/translations/wsinspector_zh_CN.ts, or by hand), then run this again.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${1:-/usr/lib/qt6/bin/lupdate}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$root"/resources/translations/*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # The same options as CMakeLists.txt's qt_add_translations.
    (cd "$root" && "$lupdate" -silent -no-obsolete -locations none \
        -tr-function-alias Q_DECLARE_TR_FUNCTIONS+=WSI_DECLARE_TR_FUNCTIONS -I app -I ui app ui -ts "$copy") >"$work/lupdate.log" 2>&1 || {
        cat "$work/lupdate.log" >&2; exit 1; }
    # lupdate's own complaints (a tr() it cannot place) are errors too.
    if grep -v -e '^Scanning' -e '^Updating' -e 'source text(s)' "$work/lupdate.log" | grep -q .; then
        echo "$(basename "$ts"): lupdate says:" >&2; cat "$work/lupdate.log" >&2; status=1
    fi
    python3 - "$copy" "$(basename "$ts")" <<'PY' || status=1
import re, sys
import xml.etree.ElementTree as ET
path, name = sys.argv[1], sys.argv[2]
problems = []
for context in ET.parse(path).getroot().iter('context'):
    where = context.findtext('name')
    for message in context.iter('message'):
        source = message.findtext('source') or ''
        translation = message.find('translation')
        kind = translation.get('type') if translation is not None else 'missing'
        texts = [f.text or '' for f in translation.iter('numerusform')] if message.get('numerus') == 'yes' else [translation.text or '']
        if kind in ('unfinished', 'vanished', 'obsolete', 'missing') or not any(t.strip() for t in texts):
            problems.append(f'{where}: {kind or "empty"}: {source!r}')
            continue
        wanted = sorted(set(re.findall(r'%L?[1-9n]', source)))
        for text in texts:
            if sorted(set(re.findall(r'%L?[1-9n]', text))) != wanted:
                problems.append(f'{where}: placeholders differ: {source!r} -> {text!r}')
if problems:
    print(f'{name}: {len(problems)} entries not translated or not right:', file=sys.stderr)
    for p in problems:
        print('  ' + p, file=sys.stderr)
    sys.exit(1)
print(f'{name}: complete')
PY
done
exit $status
