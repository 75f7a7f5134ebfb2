#!/usr/bin/env python3
"""Unit tests of extract_text.py: python3 corpora-scripts/test_extract_text.py"""
import os
import struct
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract_text as et  # noqa: E402


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def make_mo(pairs):
    """A little-endian .mo with the given (msgid, msgstr) byte pairs."""
    n = len(pairs)
    ids = b"".join(k + b"\0" for k, _ in pairs)
    strs = b"".join(v + b"\0" for _, v in pairs)
    o_tab, t_tab = 28, 28 + 8 * n
    base = 28 + 16 * n
    orig, trans, pos = [], [], base
    for k, _ in pairs:
        orig.append((len(k), pos))
        pos += len(k) + 1
    for _, v in pairs:
        trans.append((len(v), pos))
        pos += len(v) + 1
    head = struct.pack("<7I", 0x950412DE, 0, n, o_tab, t_tab, 0, 0)
    body = b"".join(struct.pack("<2I", *x) for x in orig + trans)
    return head + body + ids + strs


class CleanTest(unittest.TestCase):
    def test_placeholders_and_markup(self):
        self.assertEqual(et.clean("_கோப்பைத் திற (_O)"), ["கோப்பைத் திற"])
        self.assertEqual(et.clean("&கோப்பு"), ["கோப்பு"])
        self.assertEqual(et.clean("<b>%s</b> கோப்பை %1$d முறை"), ["கோப்பை முறை"])
        self.assertEqual(et.clean("{name} பெயர் %(x)s { $count } $1"), ["பெயர்"])
        self.assertEqual(et.clean("a &amp; b"), ["a & b"])
        self.assertEqual(et.clean("மின்கலம் (%d%%)"), ["மின்கலம் (%)"])
        self.assertEqual(et.clean("ஒன்று\nஇரண்டு"), ["ஒன்று", "இரண்டு"])

    def test_nfc(self):
        # KANNADA VOWEL SIGN E + LENGTH MARK composes to VOWEL SIGN EE (U+0CC7)
        self.assertEqual(et.clean("ಕೆ\u0cd5"), ["ಕ\u0cc7"])


class ScriptTest(unittest.TestCase):
    def test_keep(self):
        ta = et.Script("ta")
        self.assertTrue(ta.keep("கோப்பு 3 (PDF)"))
        self.assertFalse(ta.keep("Open file கோப்பு"))
        self.assertFalse(ta.keep("ಕನ್ನಡ"))
        self.assertFalse(ta.keep("123"))

    def test_words(self):
        kn = et.Script("kn")
        self.assertEqual(kn.words("ಕನ್ನಡ ಪಠ್ಯ, 3 PDF ಕಡತಗಳು"), ["ಕನ್ನಡ", "ಪಠ್ಯ", "ಕಡತಗಳು"])


class ReaderTest(unittest.TestCase):
    def test_mo(self):
        mo = make_mo([(b"", b"Project-Id-Version: x\nContent-Type: text/plain; charset=UTF-8\n"),
                      (b"File", "கோப்பு".encode()), (b"one\0many", "ஒன்று\0பல".encode()),
                      (b"bad", b"\xff\xfe")])
        self.assertEqual(list(et.read_mo(mo)), ["கோப்பு", "ஒன்று", "பல"])

    def test_qm(self):
        t = "ಕಡ".encode("utf-16-be")
        msg = bytes([3]) + struct.pack(">I", len(t)) + t + bytes([1])
        qm = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD") + bytes([0x69]) + struct.pack(">I", len(msg)) + msg
        self.assertEqual(list(et.read_qm(qm)), ["ಕಡ"])

    def test_glibc_locale(self):
        src = b'day "<U0B9E><U0BBE>";"<U0BA4><U0BBF>"\n'
        self.assertEqual(list(et.read_glibc_locale(src)), ["ஞா", "தி"])

    def test_po_skips_fuzzy(self):
        po = ('msgid "a"\nmsgstr "ஒன்று"\n\n#, fuzzy\nmsgid "b"\nmsgstr "இரண்டு"\n\n'
              'msgid "c"\nmsgstr ""\n"மூன்"\n"று"\n').encode()
        self.assertEqual([s for s in et.read_po(po) if s], ["ஒன்று", "மூன்று"])


class SelectionTest(unittest.TestCase):
    def test_exclusions(self):
        for p in ("usr/share/help/ta/gnome-help/index.page", "usr/share/doc/HTML/ta/kate/index.docbook",
                  "usr/share/locale/ta/LC_MESSAGES/inkscape.mo", "usr/share/eyes17/helpFiles/ta/x.txt",
                  "usr/share/man/ta/man1/x.1.gz"):
            self.assertTrue(et.excluded_path(p), p)
        self.assertFalse(et.excluded_path("usr/share/locale/ta/LC_MESSAGES/gedit.mo"))
        for pkg in ("gnome-user-docs", "mate-user-guide", "inkscape", "libreoffice-help-ta", "kde-l10n-doc"):
            self.assertTrue(et.EXCLUDED_PACKAGE.match(pkg), pkg)
        self.assertFalse(et.EXCLUDED_PACKAGE.match("libreoffice-l10n-ta"))

    def test_classify(self):
        self.assertEqual(et.classify("usr/share/locale/ta/LC_MESSAGES/gedit.mo", "ta"), "gettext")
        self.assertIsNone(et.classify("usr/share/locale/kn/LC_MESSAGES/gedit.mo", "ta"))
        self.assertEqual(et.classify("usr/share/x/translations/app_kn.qm", "kn"), "qt")
        self.assertEqual(et.classify("usr/share/i18n/locales/ta_IN", "ta"), "glibc-locale")
        self.assertIsNone(et.classify("usr/share/i18n/locales/te_IN", "ta"))
        self.assertIsNone(et.classify("usr/share/unicode/cldr/common/collation/ta.xml", "ta"))


class EndToEndTest(unittest.TestCase):
    def test_build_is_deterministic(self):
        with tempfile.TemporaryDirectory() as d:
            root = os.path.join(d, "pkg")
            os.makedirs(os.path.join(root, "usr/share/locale/kn/LC_MESSAGES"))
            os.makedirs(os.path.join(root, "usr/share/help/kn/app"))
            words = ["ಕಡತ", "ಕಡತಗಳು", "ಕಡತವನ್ನು ತೆರೆ", "ಉಳಿಸು", "Save", "ಮುದ್ರಿಸು %s"]
            mo = make_mo([(str(i).encode(), w.encode()) for i, w in enumerate(words)])
            write(os.path.join(root, "usr/share/locale/kn/LC_MESSAGES/app.mo"), mo)
            write(os.path.join(root, "usr/share/help/kn/app/index.page"), "<p>ಸಹಾಯ ಪುಟ</p>")
            man = os.path.join(d, "manifest")
            write(man, "app\t1.0\t%s\n" % root)
            outs = []
            for n in (1, 2):
                out = os.path.join(d, "out%d" % n)
                et.main(["kn", man, out])
                outs.append({f: read(os.path.join(out, f))
                             for f in ("train.txt", "test.txt", "words.counts", "README.md", "files.tsv")})
            self.assertEqual(outs[0], outs[1])
            lines = (outs[0]["train.txt"] + outs[0]["test.txt"]).decode().split()
            self.assertIn("ಮುದ್ರಿಸು", lines)
            self.assertNotIn("Save", lines)
            self.assertNotIn("ಸಹಾಯ", lines)


if __name__ == "__main__":
    unittest.main()
