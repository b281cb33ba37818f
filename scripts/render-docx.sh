#!/usr/bin/env bash
# Renders one page of a .docx to PNG, to see the Thai text as a reader will:
#   scripts/render-docx.sh FILE.docx [PAGE] [OUT.png]
# Needs LibreOffice and poppler-utils (apt-get install -y --no-install-recommends
# libreoffice-writer-nogui poppler-utils fonts-thai-tlwg). Sarabun is drawn with Laksaman, the
# TLWG font metric-compatible with TH Sarabun, unless Sarabun itself is installed.
set -euo pipefail
docx=${1:?usage: scripts/render-docx.sh FILE.docx [PAGE] [OUT.png]}
page=${2:-1}
out=${3:-${docx%.docx}-p$page.png}
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-docx: $tool not found (see the comment at the top of this script)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! fc-list | grep -qi 'sarabun'; then
  cat >"$work/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>Sarabun</family><prefer><family>Laksaman</family></prefer></alias>
</fontconfig>
CONF
  export FONTCONFIG_FILE="$work/fonts.conf"
fi
cp "$docx" "$work/doc.docx"
# A private profile, so a running LibreOffice or a first-start dialog cannot get in the way.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/doc.docx" >/dev/null
pdftoppm -png -r 110 -f "$page" -l "$page" -singlefile "$work/doc.pdf" "$work/page"
mv "$work/page.png" "$out"
echo "$out"
