#!/usr/bin/env python3
"""Build tests/Analytics.Tests/BadInputs/windows-1258-thai-binh.csv: the seed's September 2023 report
(data/thai-binh/2023-09.csv) saved in Windows-1258, as Excel does on a Vietnamese Windows ("CSV (Comma delimited)").
Windows-1258 has â ê ô ă ơ ư đ but no letter with a tone mark: those are written as the base letter followed by a
combining tone mark (grave, acute, tilde, hook above, dot below), so "Thái Bình" takes 11 bytes for 9 letters.
The script checks that the bytes decode (and NFC-normalise) back to the original text exactly. Run from the
repository root:
    python3 tools/make_windows1258_csv.py
"""
import unicodedata

SRC = "data/thai-binh/2023-09.csv"
OUT = "tests/Analytics.Tests/BadInputs/windows-1258-thai-binh.csv"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode_char(ch):
    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONES))
        tones = "".join(p for p in parts if p in TONES)
        return (base + tones).encode("cp1258")


def main():
    text = open(SRC, encoding="utf-8").read()
    data = b"".join(encode_char(ch) for ch in text)
    back = unicodedata.normalize("NFC", data.decode("cp1258"))
    assert back == unicodedata.normalize("NFC", text), "the Windows-1258 bytes do not decode to the original"
    try:
        data.decode("utf-8")
        raise AssertionError("the Windows-1258 bytes are also valid UTF-8: not a test of the refusal")
    except UnicodeDecodeError:
        pass
    open(OUT, "wb").write(data)
    print(OUT, len(data), "bytes;", len(text), "characters in", SRC)


if __name__ == "__main__":
    main()
