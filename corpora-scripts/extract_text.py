#!/usr/bin/env python3
"""Harvest Tamil or Kannada text from unpacked Debian packages.

    extract_text.py LANG MANIFEST OUTDIR [--prezip PATH]

MANIFEST has one tab-separated line per package: name, version, unpacked root.
Writes OUTDIR/train.txt, test.txt, words.counts and README.md (see README.md
beside this file). Standard library only; output depends only on the inputs.
"""
import gzip
import hashlib
import html
import io
import json
import math
import os
import re
import struct
import subprocess
import sys
import unicodedata
import zipfile

LANGS = {
    "ta": dict(name="Tamil", block=(0x0B80, 0x0BFF), tags=("ta", "ta_IN", "ta-IN", "ta_LK", "ta-LK"), tess="tam"),
    "kn": dict(name="Kannada", block=(0x0C80, 0x0CFF), tags=("kn", "kn_IN", "kn-IN"), tess="kan"),
}

# Reserved for held-out evaluation, never read: user help (gnome-user-docs,
# mate-user-guide, /usr/share/help, KDE DocBook, any help/ folder), man pages,
# and everything of Inkscape. Mirrors EXCLUDE_*_ERE in lang.sh.
EXCLUDED_PACKAGE = re.compile(
    r"^(gnome-user-docs.*|gnome-getting-started-docs.*|mate-user-guide.*|.*-help|.*-help-.*|.*-doc|.*-docs|"
    r".*-doc-.*|yelp-xsl|inkscape.*|docbook.*|dblatex|publican.*|locales-all|texlive.*)$")
EXCLUDED_PATH = re.compile(
    r"(^|/)(usr/share/help|usr/share/gnome/help|usr/share/doc/HTML|usr/share/man)(/|$)"
    r"|help|docbook|inkscape|user-guide|user-docs|\.page$|\.docbook$", re.I)

TEST_SHARE = 10  # one line in ten goes to test.txt


def excluded_path(rel):
    return bool(EXCLUDED_PATH.search(rel))


# ---------------------------------------------------------------- cleaning

ACCEL_PAREN = re.compile(r"\s*[(\[]\s*[_&~][A-Za-z0-9]\s*[)\]]")  # "கோப்பு (_F)"
ACCEL_AMP = re.compile(r"&(?![#A-Za-z0-9]+;)(?=\S)")
ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
TAG = re.compile(r"</?[A-Za-z][^<>]*>|<!--.*?-->")
FORMAT = re.compile(
    r"%%"
    r"|%(\d+\$)?[-+ 0#']*(\d+|\*)?(\.(\d+|\*))?(hh|h|ll|l|L|q|j|z|t|I64|I32)?[diouxXeEfFgGaAcspnSC@]"
    r"|%\([A-Za-z0-9_]+\)[-+ 0#]*\d*(\.\d+)?[sdifrxXeEgG]"
    r"|%[A-Za-z_][A-Za-z0-9_]*%"      # %VAR%
    r"|%\d+"                          # Qt/KDE %1
    r"|%[A-Za-z]"                     # other one-letter codes (%B, %U, ...)
    r"|\$\{[^{}]*\}|\$\([A-Za-z0-9_]+\)|\$\d+\$?|\$[A-Za-z_][A-Za-z0-9_]*\$?"
    r"|\{\{[^{}]*\}\}|\{[^{}]*\}"     # {name}, {0}, Fluent { $x }
    r"|\\[ntr]")
MNEMONIC = re.compile(r"(?<![\w])_(?=\w)|(?<=[^\W\d_])_(?=[^\W\d_A-Za-z])|~(?=\w)")
SPACE = re.compile(r"\s+")
EMPTY_PAIR = re.compile(r"\"\s*\"|'\s*'|“\s*”|‘\s*’|«\s*»|\(\s*\)|\[\s*\]|<\s*>")
EDGE = "\u200b\u200c\u200d\ufeff \t"


class Script:
    def __init__(self, lang):
        self.lo, self.hi = LANGS[lang]["block"]

    def ours(self, ch):
        return self.lo <= ord(ch) <= self.hi

    def keep(self, line):
        """Most letters (incl. combining marks) are of the target script."""
        ours = other = 0
        for ch in line:
            cat = unicodedata.category(ch)
            if cat[0] in "LM":
                if self.ours(ch):
                    ours += 1
                else:
                    other += 1
        return ours > 0 and ours > other

    def words(self, line):
        out, cur = [], []
        for ch in line:
            if self.ours(ch) and unicodedata.category(ch)[0] in "LM":
                cur.append(ch)
            elif cur:
                out.append("".join(cur))
                cur = []
        if cur:
            out.append("".join(cur))
        return out


def clean(s):
    """Markup- and placeholder-free lines of one translated string."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = s.replace("&&", "\x00AMP\x00")
    s = ACCEL_PAREN.sub("", s)
    s = ACCEL_AMP.sub("", s)
    s = s.replace("\x00AMP\x00", "&")
    s = TAG.sub(" ", s)
    s = ENTITY.sub(lambda m: html.unescape(m.group(0)), s)
    s = TAG.sub(" ", s)
    s = FORMAT.sub(lambda m: "%" if m.group(0) == "%%" else " ", s)
    s = MNEMONIC.sub("", s)
    s = EMPTY_PAIR.sub(" ", s)
    out = []
    for line in s.split("\n"):
        line = SPACE.sub(" ", line)
        line = re.sub(r"\s+([).,:;!?])", r"\1", re.sub(r"([(])\s+", r"\1", line))
        line = unicodedata.normalize("NFC", line).strip(EDGE)
        if line:
            out.append(line)
    return out


# ---------------------------------------------------------------- readers
# Each reader yields raw strings; clean() and the script filter run later.

def read_mo(data):
    if len(data) < 28:
        return
    magic = struct.unpack_from("<I", data)[0]
    end = "<" if magic == 0x950412DE else ">" if magic == 0xDE120495 else None
    if end is None:
        return
    _rev, n, _orig, trans = struct.unpack_from(end + "4I", data, 4)
    for i in range(n):
        ln, off = struct.unpack_from(end + "2I", data, trans + 8 * i)
        raw = data[off:off + ln]
        if i == 0 and b"Content-Type" in raw and b"Project-Id-Version" in raw:
            continue  # header entry
        for part in raw.split(b"\x00"):
            yield from decode(part)


def decode(raw):
    try:
        yield raw.decode("utf-8")
    except UnicodeDecodeError:
        pass


PO_STR = re.compile(r'"((?:[^"\\]|\\.)*)"')


def c_unescape(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t", "r": ""}.get(m.group(1), m.group(1)), s)


def read_po(data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    for block in re.split(r"\n\s*\n", text):
        if re.search(r"^#,.*\bfuzzy\b", block, re.M) or re.search(r'^msgid ""\s*\nmsgstr ""\s*\n"', block, re.M) and "Content-Type" in block:
            continue
        cur, active = [], False
        for line in block.split("\n"):
            if line.startswith("msgstr"):
                if cur:
                    yield "".join(cur)
                cur, active = [], True
                m = PO_STR.search(line)
                if m:
                    cur.append(c_unescape(m.group(1)))
            elif line.startswith('"') and active:
                m = PO_STR.search(line)
                if m:
                    cur.append(c_unescape(m.group(1)))
            elif line.startswith("msg") or line.startswith("#"):
                if cur:
                    yield "".join(cur)
                cur, active = [], False
        if cur:
            yield "".join(cur)


def read_qm(data):
    """Translations of a compiled Qt catalogue (UTF-16BE strings, tag 3)."""
    if data[:16] != bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD"):
        return
    pos = 16
    while pos + 5 <= len(data):
        tag, ln = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if tag == 0x69:  # messages
            m, end = pos, pos + ln
            while m < end:
                t = data[m]
                m += 1
                if t == 1:  # end of message
                    continue
                if t in (3, 6, 7, 8):
                    sz = struct.unpack_from(">I", data, m)[0]
                    m += 4
                    if sz == 0xFFFFFFFF:
                        continue
                    if t == 3:
                        try:
                            yield data[m:m + sz].decode("utf-16-be")
                        except UnicodeDecodeError:
                            pass
                    m += sz
                elif t == 5:
                    m += 4
                else:
                    break
        pos += ln


def text_of(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def read_properties(data):
    text = text_of(data)
    if text is None:
        return
    text = re.sub(r"\\\n\s*", "", text)
    for line in text.split("\n"):
        line = line.strip()
        if not line or line[0] in "#!":
            continue
        m = re.match(r"[^=:\s]+\s*[=:\s]\s*(.*)$", line)
        if m:
            v = re.sub(r"\\u([0-9a-fA-F]{4})", lambda x: chr(int(x.group(1), 16)), m.group(1))
            yield c_unescape(v)


def read_ftl(data):
    text = text_of(data)
    if text is None:
        return
    for line in text.split("\n"):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        m = re.match(r"^-?[A-Za-z][\w-]*\s*=\s*(.*)$", s) or re.match(r"^\.[A-Za-z][\w-]*\s*=\s*(.*)$", s)
        if m:
            yield m.group(1)
        elif line[:1] in " \t":
            m = re.match(r"^\*?\[[^\]]*\]\s*(.*)$", s)
            if m:
                yield m.group(1)
            elif s not in ("}",) and not s.endswith("->"):
                yield s


def read_dtd(data):
    text = text_of(data)
    if text is None:
        return
    for m in re.finditer(r'<!ENTITY\s+\S+\s+(?:"([^"]*)"|\'([^\']*)\')\s*>', text):
        yield m.group(1) if m.group(1) is not None else m.group(2)


def json_strings(obj, messages_only):
    if isinstance(obj, dict):
        for k in sorted(obj):
            v = obj[k]
            if messages_only and isinstance(v, dict):
                if isinstance(v.get("message"), str):
                    yield v["message"]
            elif isinstance(v, str):
                if not k.startswith("@"):
                    yield v
            else:
                yield from json_strings(v, messages_only)
    elif isinstance(obj, list):
        for v in obj:
            yield from json_strings(v, messages_only)
    elif isinstance(obj, str):
        yield obj


def read_json(data, rel=""):
    text = text_of(data)
    if text is None:
        return
    try:
        obj = json.loads(text)
    except ValueError:
        return
    yield from json_strings(obj, rel.endswith("messages.json"))


def read_php(data):
    text = text_of(data)
    if text is None:
        return
    for m in re.finditer(r"=>?\s*(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\")", text):
        yield c_unescape(m.group(1) if m.group(1) is not None else m.group(2))


def read_lines(data):
    text = text_of(data)
    if text is None:
        return
    for line in text.split("\n"):
        if line.lstrip().startswith("#"):
            continue
        for field in line.split("\t"):
            # dokuwiki markup: headings, bold, links
            field = re.sub(r"={2,}|\*\*|//|\[\[[^|\]]*\|?|\]\]|^\s*[*-]\s", " ", field)
            yield field


def read_dic(data):
    """speech-dispatcher symbol dictionaries: symbol TAB spoken-name TAB level."""
    text = text_of(data)
    if text is None:
        return
    for line in text.split("\n"):
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 2:
            yield parts[1]
        else:
            yield line


def read_desktop(data, tags):
    text = text_of(data)
    if text is None:
        return
    alt = "|".join(re.escape(t) for t in tags)
    for m in re.finditer(r"^[A-Za-z-]+\[(?:%s)\]\s*=\s*(.*)$" % alt, text, re.M):
        key = m.group(0).split("[")[0]
        if key == "Keywords":
            yield from (k for k in m.group(1).split(";"))
        else:
            yield m.group(1)


def read_xml_lang(data, tags):
    text = text_of(data)
    if text is None:
        return
    alt = "|".join(re.escape(t) for t in tags)
    pat = re.compile(r'<([A-Za-z_][\w:.-]*)\b[^<>]*\bxml:lang="(?:%s)"[^<>]*>(.*?)</\1\s*>' % alt, re.S)
    for m in pat.finditer(text):
        yield m.group(2)


def read_xml_text(data):
    """All text nodes and attribute-free content of a per-language XML file (CLDR)."""
    text = text_of(data)
    if text is None:
        return
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    for m in re.finditer(r">([^<>]+)<", text):
        # CLDR annotations list keywords as "a | b | c"
        yield from html.unescape(m.group(1)).split("|")


LOCALE_STR = re.compile(r'"((?:[^"\\]|\\.)*)"')


def read_glibc_locale(data):
    text = text_of(data) or data.decode("latin-1")
    text = re.sub(r"/\n", "", text)  # line continuations
    for line in text.split("\n"):
        if line.lstrip().startswith("%") or line.lstrip().startswith("comment_char"):
            continue
        for m in LOCALE_STR.finditer(line):
            s = re.sub(r"<U([0-9A-Fa-f]{4,6})>", lambda x: chr(int(x.group(1), 16)), m.group(1))
            yield from s.split(";")


def read_aspell(path, prezip):
    raw = open(path, "rb").read()
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    if not prezip:
        raise RuntimeError("prezip-bin is needed for %s" % path)
    out = subprocess.run([prezip, "-d"], input=raw, stdout=subprocess.PIPE, check=True).stdout
    for line in out.split(b"\n"):
        for w in decode(line.split(b"/")[0].strip()):
            if w and not w.isdigit():
                yield w


def traineddata_entries(data):
    n = struct.unpack_from("<i", data, 0)[0]
    offs = struct.unpack_from("<%dq" % n, data, 4)
    valid = sorted(o for o in offs if o >= 0)
    out = {}
    for i, o in enumerate(offs):
        if o < 0:
            continue
        later = [x for x in valid if x > o]
        out[i] = data[o:later[0] if later else len(data)]
    return out


def read_dawg(blob, unichars):
    """Words of a tesseract SquishedDawg (what dawg2wordlist prints)."""
    magic, usize, nedges = struct.unpack_from("<hii", blob, 0)
    if magic != 42 or nedges <= 0:
        return []
    edges = struct.unpack_from("<%dQ" % nedges, blob, 10)
    fsb = math.ceil(math.log(usize) / math.log(2))
    letter_mask = (1 << fsb) - 1
    words, stack = [], [(0, "")]
    while stack:
        node, prefix = stack.pop()
        e = node
        while e < nedges:
            r = edges[e]
            flags = (r >> fsb) & 7
            if not flags & 2:  # forward edge
                uid = r & letter_mask
                w = prefix + (unichars[uid] if uid < len(unichars) else "")
                if flags & 4:
                    words.append(w)
                nxt = r >> (fsb + 3)
                if nxt:
                    stack.append((nxt, w))
            if flags & 1:  # last edge of this node
                break
            e += 1
    return words


def read_traineddata(path):
    ent = traineddata_entries(open(path, "rb").read())
    # LSTM word dawg (19) with LSTM unicharset (21); legacy word dawg (7) with unicharset (1)
    for dawg, uset in ((19, 21), (7, 1)):
        if dawg in ent and uset in ent:
            lines = ent[uset].decode("utf-8").split("\n")
            n = int(lines[0])
            uni = []
            for ln in lines[1:n + 1]:
                tok = ln.split(" ")[0]
                uni.append(" " if tok == "NULL" else tok)
            return sorted(set(read_dawg(ent[dawg], uni)))
    return []


# ---------------------------------------------------------------- file selection

def lang_file(rel, tags):
    parts = rel.split("/")
    base = parts[-1]
    stem = base.split(".")[0] if not base.startswith(".") else base
    stem_full = base.rsplit(".", 1)[0]
    in_dir = any(p in tags for p in parts[:-1])
    named = (stem in tags or stem_full in tags
             or any(stem_full.endswith(sep + t) for t in tags for sep in "_.-"))
    return in_dir, named


# CLDR data that is rules or code, not text
CLDR_RULES = re.compile(r"/(collation|transforms|casing|rbnf|testData|segments|properties)/")


def classify(rel, lang):
    """The kind of reader for a file, or None."""
    cfg = LANGS[lang]
    tags = cfg["tags"]
    base = rel.rsplit("/", 1)[-1]
    ext = base.rsplit(".", 1)[-1].lower() if "." in base else ""
    in_dir, named = lang_file(rel, tags)
    if "/cldr/" in rel and CLDR_RULES.search(rel):
        return None
    if re.search(r"(^|/)usr/share/i18n/locales/[^/]+$", rel):
        return "glibc-locale" if base in tags else None
    if base == cfg["tess"] + ".traineddata":
        return "tesseract"
    if re.search(r"(^|/)aspell/%s\.cwl(\.gz)?$" % lang, rel):
        return "aspell"
    if ext == "xpi" and any(base.startswith("langpack-%s@" % t) for t in tags):
        return "xpi"
    if ext in ("desktop", "directory"):
        return "desktop"
    if base.endswith((".policy", ".metainfo.xml", ".appdata.xml")):
        return "xml-lang"
    if not (in_dir or named):
        return None
    return {
        "mo": "gettext", "po": "po", "qm": "qt", "properties": "properties", "ftl": "fluent",
        "dtd": "dtd", "json": "json", "php": "php", "txt": "text", "dic": "dic", "xml": "xml",
        "xpi": "xpi", "jar": "xpi",
    }.get(ext)


def read_kind(kind, data, rel, lang, prezip, path):
    tags = LANGS[lang]["tags"]
    if kind == "gettext":
        return read_mo(data)
    if kind == "po":
        return read_po(data)
    if kind == "qt":
        return read_qm(data)
    if kind == "properties":
        return read_properties(data)
    if kind == "fluent":
        return read_ftl(data)
    if kind == "dtd":
        return read_dtd(data)
    if kind == "json":
        return read_json(data, rel)
    if kind == "php":
        return read_php(data)
    if kind == "text":
        return read_lines(data)
    if kind == "dic":
        return read_dic(data)
    if kind == "desktop":
        return read_desktop(data, tags)
    if kind == "xml-lang":
        return read_xml_lang(data, tags)
    if kind == "xml":
        return read_xml_text(data)
    if kind == "glibc-locale":
        return read_glibc_locale(data)
    if kind == "aspell":
        return read_aspell(path, prezip)
    if kind == "tesseract":
        return read_traineddata(path)
    if kind == "xpi":
        return read_xpi(data, lang)
    return ()


def read_xpi(data, lang):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return
    for name in sorted(z.namelist()):
        if excluded_path(name):
            continue
        ext = name.rsplit(".", 1)[-1].lower()
        reader = {"ftl": read_ftl, "properties": read_properties, "dtd": read_dtd}.get(ext)
        if reader:
            yield from reader(z.read(name))
        elif ext == "json" and not name.endswith("manifest.json"):
            yield from read_json(z.read(name), name)


# ---------------------------------------------------------------- main

def licence_of(root, pkg):
    docdir = os.path.join(root, "usr/share/doc", pkg)
    path = os.path.join(docdir, "copyright")
    if not os.path.isfile(path):
        if os.path.islink(docdir):  # the doc folder is shared with another package
            return "see package %s" % os.path.basename(os.readlink(docdir).rstrip("/"))
        return "(no copyright file)"
    text = open(path, "rb").read().decode("utf-8", "replace")
    found = []
    for m in re.finditer(r"^License:[ \t]*(\S[^\n]*)$", text, re.M):
        lic = m.group(1).strip()
        if lic and lic not in found:
            found.append(lic)
    if not found:
        for name in ("GPL-3", "GPL-2", "LGPL-2.1", "LGPL-3", "GPL", "LGPL", "MPL-2.0", "MPL", "Apache-2.0",
                     "BSD", "MIT", "public domain", "Artistic", "Creative Commons", "CC-BY-SA", "OFL"):
            if re.search(re.escape(name).replace("\\-", "[- ]?(?:v|version )?"), text, re.I):
                found.append(name)
    if not found:
        return "see usr/share/doc/%s/copyright" % pkg
    s = ", ".join(found[:6]) + (", ..." if len(found) > 6 else "")
    return s.replace("|", "/")


def split_of(line):
    h = hashlib.sha256(line.encode("utf-8")).digest()
    return "test" if int.from_bytes(h[:8], "big") % TEST_SHARE == 0 else "train"


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("lang")
    ap.add_argument("manifest")
    ap.add_argument("outdir")
    ap.add_argument("--prezip", default=None)
    ap.add_argument("--failed", default=None, help="file listing packages that could not be fetched")
    a = ap.parse_args(argv)
    if a.lang not in LANGS:
        sys.exit("error: unknown language %r (supported: %s)" % (a.lang, ", ".join(sorted(LANGS))))
    script = Script(a.lang)
    pkgs = []
    for line in open(a.manifest, encoding="utf-8"):
        if line.strip():
            name, version, root = line.rstrip("\n").split("\t")
            pkgs.append((name, version, root))
    pkgs.sort()

    seen = {}      # line -> first package
    files_read = []  # (package, path, kind, lines added)
    stats = []     # per package
    kind_lines = {}
    for name, version, root in pkgs:
        if EXCLUDED_PACKAGE.match(name):
            print("  skip %-40s reserved/excluded package" % name, file=sys.stderr)
            continue
        files = []
        for d, dirs, fs in os.walk(root):
            dirs.sort()
            for f in sorted(fs):
                p = os.path.join(d, f)
                rel = os.path.relpath(p, root)
                if os.path.islink(p) or not os.path.isfile(p) or excluded_path(rel):
                    continue
                kind = classify(rel, a.lang)
                if kind:
                    files.append((rel, kind, p))
        kept = set()
        kinds = {}
        for rel, kind, p in files:
            try:
                data = open(p, "rb").read() if kind not in ("aspell", "tesseract") else b""
                n0 = len(kept)
                for raw in read_kind(kind, data, rel, a.lang, a.prezip, p):
                    for line in clean(raw):
                        if script.keep(line):
                            kept.add(line)
                if len(kept) > n0:
                    kinds[kind] = kinds.get(kind, 0) + len(kept) - n0
                    files_read.append((name, rel, kind, len(kept) - n0))
            except Exception as e:  # a broken file must not stop the build
                print("  warn: %s: %s: %s" % (name, rel, e), file=sys.stderr)
        new = 0
        for line in sorted(kept):
            if line not in seen:
                seen[line] = name
                new += 1
        for k, v in kinds.items():
            kind_lines[k] = kind_lines.get(k, 0) + v
        stats.append(dict(name=name, version=version, kinds=kinds, kept=len(kept), new=new,
                          licence=licence_of(root, name) if kept else ""))
        if kept:
            print("  %-40s %7d lines (%d new) %s" % (name, len(kept), new,
                  " ".join("%s:%d" % kv for kv in sorted(kinds.items()))), file=sys.stderr)

    if not seen:
        sys.exit("error: no source yielded any %s text" % LANGS[a.lang]["name"])

    train = sorted(l for l in seen if split_of(l) == "train")
    test = sorted(l for l in seen if split_of(l) == "test")
    os.makedirs(a.outdir, exist_ok=True)
    sha = {}
    for fname, lines in (("train.txt", train), ("test.txt", test)):
        body = ("\n".join(lines) + "\n").encode("utf-8")
        with open(os.path.join(a.outdir, fname), "wb") as f:
            f.write(body)
        sha[fname] = hashlib.sha256(body).hexdigest()
    counts = {}
    tokens = {"train": 0, "test": 0}
    for part, lines in (("train", train), ("test", test)):
        for l in lines:
            ws = script.words(l)
            tokens[part] += len(ws)
            if part == "train":
                for w in ws:
                    counts[w] = counts.get(w, 0) + 1
    with open(os.path.join(a.outdir, "words.counts"), "w", encoding="utf-8", newline="\n") as f:
        for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            f.write("%d %s\n" % (c, w))

    with open(os.path.join(a.outdir, "files.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("package\tpath\tkind\tlines\n")
        for row in files_read:
            f.write("%s\t%s\t%s\t%d\n" % row)

    failed = []
    if a.failed and os.path.exists(a.failed):
        failed = sorted(x.strip() for x in open(a.failed, encoding="utf-8") if x.strip())
    write_readme(a, stats, kind_lines, train, test, tokens, counts, sha, failed)
    print("%s: %d lines (train %d, test %d), %d train word tokens, %d word types" % (
        a.lang, len(seen), len(train), len(test), tokens["train"], len(counts)), file=sys.stderr)


KIND_NAMES = {
    "gettext": "gettext .mo catalogues", "po": "gettext .po files", "qt": "Qt .qm catalogues",
    "properties": "Java/Mozilla .properties", "fluent": "Fluent .ftl (Firefox)", "dtd": ".dtd entities",
    "json": "JSON message files", "php": "PHP language files", "text": "plain text files",
    "dic": "speech-dispatcher symbol names", "desktop": ".desktop entries", "xml-lang": "xml:lang elements",
    "xml": "per-language XML (CLDR etc.)", "glibc-locale": "glibc locale source", "aspell": "aspell word list",
    "tesseract": "tesseract word list (LSTM dawg)", "xpi": "Firefox language pack (.xpi)",
}


def write_readme(a, stats, kind_lines, train, test, tokens, counts, sha, failed):
    name = LANGS[a.lang]["name"]
    used = [s for s in stats if s["kept"]]
    o = []
    o.append("# %s text corpus (%s) built from Debian packages\n" % (name, a.lang))
    o.append("Made by `corpora-scripts/build-text-corpus.sh %s`. One string or word per line, UTF-8, NFC; "
             "markup and placeholders stripped; a line is kept when most of its letters are %s; exact "
             "duplicates removed; split by SHA-256 of the line (first 8 bytes mod %d == 0 -> test).\n"
             % (a.lang, name, TEST_SHARE))
    o.append("User help (gnome-user-docs, mate-user-guide, /usr/share/help, help/ folders, DocBook, man pages) "
             "and Inkscape's translations are excluded: they are reserved for held-out evaluation.\n")
    o.append("## Totals\n")
    o.append("| | lines | word tokens |\n|---|---:|---:|")
    o.append("| train.txt | %d | %d |" % (len(train), tokens["train"]))
    o.append("| test.txt | %d | %d |" % (len(test), tokens["test"]))
    o.append("| all | %d | %d |\n" % (len(train) + len(test), tokens["train"] + tokens["test"]))
    o.append("Word types in train.txt (words.counts): %d\n" % len(counts))
    o.append("SHA-256:\n")
    o.append("- train.txt `%s`" % sha["train.txt"])
    o.append("- test.txt `%s`\n" % sha["test.txt"])
    o.append("## Lines by kind of source\n")
    o.append("Lines kept per kind, counted within each package before removing duplicates across packages.\n")
    o.append("| kind | lines |\n|---|---:|")
    for k, v in sorted(kind_lines.items(), key=lambda kv: (-kv[1], kv[0])):
        o.append("| %s | %d |" % (KIND_NAMES.get(k, k), v))
    o.append("")
    o.append("## Source packages\n")
    o.append("%d packages contributed text (%d were read). *lines*: lines kept from the package; *new*: lines "
             "not already given by a package earlier in alphabetical order (they add up to the total).\n"
             % (len(used), len(stats)))
    o.append("| package | version | licence | lines | new | kinds |\n|---|---|---|---:|---:|---|")
    for s in used:
        o.append("| %s | %s | %s | %d | %d | %s |" % (
            s["name"], s["version"], s["licence"], s["kept"], s["new"],
            ", ".join("%s %d" % kv for kv in sorted(s["kinds"].items()))))
    o.append("")
    if failed:
        o.append("## Packages that could not be fetched\n")
        o.append(", ".join(failed) + "\n")
    with open(os.path.join(a.outdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(o).rstrip("\n") + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
