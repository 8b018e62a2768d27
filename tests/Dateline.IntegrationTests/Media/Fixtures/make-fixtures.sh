#!/bin/sh
# Rebuilds the media test fixtures (see README.md). Needs the .NET SDK (NetVips from the package cache) and
# exiftool (Debian: libimage-exiftool-perl). Run from anywhere; writes beside this script.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run "$here/make-base.cs" -- "$work" >/dev/null

# An agency photo: IPTC IIM (declared UTF-8) and XMP, Arabic caption, GPS position and a camera serial.
cp "$work/base.jpg" "$work/agency.jpg"
exiftool -q -overwrite_original -codedcharacterset=utf8 \
  '-IPTC:Caption-Abstract=صورة من الشارقة: افتتاح معرض الكتاب الدولي' \
  '-IPTC:Credit=AFP' '-IPTC:Source=Agence France-Presse' \
  '-IPTC:CopyrightNotice=© 2026 AFP' '-IPTC:By-line=Karim Sahib' \
  '-IPTC:Keywords=Sharjah' '-IPTC:Keywords=كتب' '-IPTC:Keywords=Book fair' \
  '-XMP-dc:Description=صورة من الشارقة: افتتاح معرض الكتاب الدولي' \
  '-XMP-photoshop:Credit=AFP' '-XMP-photoshop:Source=Agence France-Presse' \
  '-XMP-dc:Rights=© 2026 AFP' '-XMP-dc:Creator=Karim Sahib' \
  '-XMP-dc:Subject=Sharjah' '-XMP-dc:Subject=كتب' '-XMP-dc:Subject=Book fair' \
  '-GPSLatitude=25.3463' '-GPSLatitudeRef=N' '-GPSLongitude=55.4209' '-GPSLongitudeRef=E' \
  '-XMP-exif:GPSLatitude=25.3463 N' '-XMP-exif:GPSLongitude=55.4209 E' \
  '-XMP-iptcCore:Location=Expo Centre Sharjah' '-XMP-photoshop:City=Sharjah' \
  '-EXIF:SerialNumber=CAM-0042' \
  "$work/agency.jpg"
cp "$work/agency.jpg" "$here/agency-arabic-gps.jpg"

# IPTC IIM only (the XMP packet removed), as older agency feeds send it.
cp "$work/agency.jpg" "$work/iptc.jpg"
exiftool -q -overwrite_original -XMP:all= "$work/iptc.jpg"
cp "$work/iptc.jpg" "$here/iptc-only-arabic.jpg"

# XMP only (no IPTC IIM), in a PNG.
cp "$work/base.png" "$work/xmp.png"
exiftool -q -overwrite_original \
  '-XMP-dc:Description=Dhow at Khor Fakkan' '-XMP-photoshop:Credit=Staff photographer' \
  '-XMP-dc:Rights=© Dateline' '-XMP-dc:Creator=Mariam Ali' '-XMP-dc:Subject=sea' '-XMP-dc:Subject=boats' \
  "$work/xmp.png"
cp "$work/xmp.png" "$here/xmp-only.png"

cp "$work/base.gif" "$here/two-frames.gif"
cp "$work/base.webp" "$here/plain.webp"

# Type sniffing: a PNG named .jpg, an HTML page named .jpg, a JPEG cut off half-way.
cp "$work/base.png" "$here/png-named.jpg"
printf '<!doctype html><html><body><script>alert(1)</script></body></html>\n' > "$here/html-named.jpg"
size=$(wc -c < "$work/base.jpg")
head -c $((size / 2)) "$work/base.jpg" > "$here/truncated.jpg"

# A decompression bomb: a 1-bit greyscale PNG of 20000 x 20000 white pixels (400 megapixels) in about 50 KB.
python3 - "$here/pixel-bomb.png" <<'PY'
import struct, sys, zlib
w = h = 20000
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
row = b"\x00" + b"\xff" * (w // 8)
raw = zlib.compressobj(9)
body = b"".join(raw.compress(row) for _ in range(h)) + raw.flush()
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 1, 0, 0, 0, 0)) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY
