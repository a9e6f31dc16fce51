#!/usr/bin/env python3
"""Writes raw DEFLATE streams (RFC 1951) made by zlib, for the inflater's tests.

Run from this folder: python3 make-deflate.py. For each input NAME.bin it writes NAME-LEVEL.deflate
(zlib levels 0, 1, 6 and 9: stored, fast and dynamic Huffman blocks) and NAME-fixed.deflate (zlib's
Z_FIXED strategy: fixed Huffman blocks only).
"""
import random
import zlib

rng = random.Random(17)
text = ("Cheferna utgår från att medarbetarna vill göra ett bra arbete; "
        "Stämmer helt;Stämmer ganska bra;Vet ej\r\n")
inputs = {
    "empty": b"",
    "one": b"a",
    "swedish": (text * 60).encode("utf-8"),
    "random": bytes(rng.randrange(256) for _ in range(5000)),
    "zeros": bytes(20000),
    "mixed": b"".join(
        (text.encode("utf-8") if rng.random() < 0.5 else bytes(rng.randrange(256) for _ in range(40)))
        for _ in range(300)),
    "xml": b"".join(b'<row r="%d"><c r="A%d" t="s"><v>%d</v></c><c r="B%d"><v>%d</v></c></row>'
                    % (n, n, n % 7, n, n % 5 + 1) for n in range(1, 400)),
}
for name, data in inputs.items():
    open(name + ".bin", "wb").write(data)
    for level in (0, 1, 6, 9):
        compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
        open("%s-%d.deflate" % (name, level), "wb").write(compressor.compress(data) + compressor.flush())
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FIXED)
    open("%s-fixed.deflate" % name, "wb").write(compressor.compress(data) + compressor.flush())
