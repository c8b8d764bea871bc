#!/usr/bin/env python3
"""Writes the seed corpora in corpora/fuzz/<harness>/ (run from the repository root).

The seeds are small, hand-picked shapes: the ingest test fixtures, the head of the demo
corpus, and tricky cases (BOMs, UTF-16, CRLF, quotes, deep nesting, entities, odd dates).
Files already there are overwritten; regressions/ folders are left alone."""
import os, pathlib

ROOT = pathlib.Path("corpora/fuzz")
FIX = pathlib.Path("Tests/IngestTests/Fixtures")
DEMO = pathlib.Path("corpora/demo")

def put(harness, name, data):
    d = ROOT / harness
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / name).write_bytes(data)

def head_lines(path, n):
    with open(path, "rb") as f:
        return b"".join(f.readline() for _ in range(n))

def utf16(text, le=True):
    return (b"\xff\xfe" + text.encode("utf-16-le")) if le else (b"\xfe\xff" + text.encode("utf-16-be"))

# CSV (also the item mapper's input).
csv = {}
for f in sorted((FIX / "csv").iterdir()):
    csv[f.name.replace(".", "-") + ".csv"] = f.read_bytes()
csv["demo-tickets.csv"] = head_lines(DEMO / "tickets.csv", 40)[:6000]
csv["demo-accounts.csv"] = head_lines(DEMO / "accounts.csv", 12)
csv["crlf-quoted.csv"] = b'id,text,score\r\n1,"line one\r\nline two",9\r\n2,"say ""hi""",\r\n3,,10\r\n'
csv["tsv-tabs.csv"] = b"id\ttext\tcreated\n1\thello world\t2026-09-14\n2\t\"tab\tinside\"\t3/22/2021 2:05:09 PM\n"
csv["semicolon-bom.csv"] = b"\xef\xbb\xbfid;comment;nps\n1;Tr\xc3\xa8s bien;9\n2;\"a;b\";0\n"
csv["utf16le-crlf.csv"] = utf16("id,text\r\n1,caf\u00e9 \u5bc6\u7801\r\n2,\"q \"\"x\"\"\"\r\n")
csv["utf16be-odd.csv"] = utf16("a,b\n1,2\n", le=False) + b"\x00"
csv["only-header.csv"] = b"id,text,created_at\n"
csv["ragged.csv"] = b"a,b,c\n1,2\n1,2,3,4\n\n\n5,6,7\n"
csv["quote-mid-field.csv"] = b'a,b\nx"y,"z"w\n"unclosed,\n'
csv["no-delimiter.csv"] = b"just a line\nanother \"quoted\" line\r\n"
csv["pipes.csv"] = b"id|text|rating\n1|ok|5\n2|\"pipe|in\"|1\n"
csv["duplicate-header.csv"] = b"text,text,,text\n1,2,3,4\n"
csv["zendesk.csv"] = (b"Id,Subject,Description,Status,Priority,Created at,Solved at,Organization\n"
                      b"1,Login,\"Cannot log in, 2FA\",open,high,2026-09-14T10:22:05Z,2026-09-15 3:00,Acme\n"
                      b"2,Refund,double charged,solved,low,31-Jul-18,Tue Oct 31 22:10:47 +0000 2017,Beta\n")
csv["survey-scores.csv"] = (b"response_id,score,comment,submitted\n"
                            b"r1,10,great,1775110704\nr2,-3,bad,1775110704123\nr3,nan,?,\nr4,1e309,x,2026-02-30\n")
csv["cp1252-mixed.csv"] = b"id,text\n1,na\xefve caf\xe9\n2,\xe2\x82\xac ok\n3,\x80\x81\x8d\n"
csv["long-field.csv"] = b"id,text\n1," + b"x" * 3000 + b"\n"
csv["cr-only-quoted.csv"] = b'a,b\r1,"x\ry"\r2,z\r'
for name, data in csv.items():
    put("csvReader", name, data)
    put("itemMapper", name, data)

# JSON.
put("jsonReader", "intercom.json", (FIX / "json" / "intercom.json").read_bytes())
put("jsonReader", "demo-chats.json", (DEMO / "chats.json").read_bytes()[:5000])
json_seeds = {
    "array.json": '[{"id": 1, "text": "hello", "score": 9}, {"id": 2, "text": "caf\\u00e9 \\ud83d\\ude00", "tags": ["a", "b"]}]',
    "document.json": '{"meta": {"count": 2}, "data": {"tickets": [{"id": "t1", "author": {"email": "a@b.c"}, "body": "x"}]}}',
    "lines.jsonl": '{"id": 1, "text": "one"}\n{"id": 2, "text": "two"}\n\nnot json\n[1, 2]\n{"id": 3}\r\n',
    "single.json": '{"id": 7, "text": "alone", "nested": {"deep": {"er": true}}}',
    "deep.json": "[" + '{"a":' * 60 + "1" + "}" * 60 + "]",
    "deep-array.json": '[{"x": ' + "[" * 200 + "]" * 200 + "}]",
    "truncated.json": '[{"id": 1, "text": "ok"}, {"id": 2, "text": "cut',
    "scalars.json": '[1, "two", null, true, {"id": 5}]',
    "escapes.json": '[{"t": "\\"\\\\\\/\\b\\f\\n\\r\\t\\u0000\\uD800 lone"}]',
    "numbers.json": '[{"n": -0.0, "m": 1e400, "k": 12345678901234567890, "f": 1.5E-7}]',
    "conversation.json": '[{"id": "c1", "messages": [{"role": "user", "text": "help", "ts": "2026-01-01"}, {"role": "agent", "text": "sure"}]}]',
    "empty.json": "",
    "whitespace.json": " \n\t ",
    "top-string.json": '"just a string"',
    "record-path-miss.json": '{"data": {"items": []}, "other": [{"id": 1}]}',
    "trailing-garbage.json": '[{"id": 1}] trailing',
    "dup-keys.json": '[{"id": 1, "id": 2, "": "empty key"}]',
}
for name, text in json_seeds.items():
    put("jsonReader", name, text)
put("jsonReader", "bom.json", b"\xef\xbb\xbf" + b'[{"id": 1}]')
put("jsonReader", "utf16.json", utf16('[{"id": 1, "text": "x"}]'))
put("jsonReader", "latin1.json", b'[{"text": "caf\xe9"}]')

# XML.
for f in sorted((FIX / "xml").iterdir()):
    if f.suffix == ".xml":
        put("xmlReader", f.name, f.read_bytes())
put("xmlReader", "demo-surveys.xml", (DEMO / "surveys.xml").read_bytes()[:4000])
xml_seeds = {
    "attributes.xml": '<?xml version="1.0"?><export><ticket id="1" status="open"><subject>A &amp; B</subject><body><![CDATA[<b>x</b>]]></body></ticket></export>',
    "deep.xml": "<r><x>" + "<a>" * 300 + "t" + "</a>" * 300 + "</x></r>",
    "entities.xml": '<!DOCTYPE r [<!ENTITY e "expanded">]><r><i>&e; &#233; &#x1F600; &lt;&gt;</i><i>&undefined;</i></r>',
    "mismatched.xml": "<r><i>1</i><i>2</j></r>",
    "namespaces.xml": '<ns:r xmlns:ns="urn:x"><ns:i ns:a="1">t</ns:i></ns:r>',
    "utf16.xml": "",
    "pi-comments.xml": "<?xml version='1.0'?><!-- c --><r><?pi x?><i>a<!-- in -->b</i></r>",
    "conversation.xml": '<chats><chat id="c1"><message author="customer" time="2026-01-01T00:00:00Z">hi</message><message author="agent">hello</message></chat></chats>',
    "root-only.xml": "<r/>",
    "text-root.xml": "<r>just text</r>",
}
for name, text in xml_seeds.items():
    if name == "utf16.xml":
        put("xmlReader", name, utf16('<?xml version="1.0" encoding="UTF-16"?><r><i>caf\u00e9</i></r>'))
    else:
        put("xmlReader", name, text)

# Lines.
for f in ["lines.txt", "pipe.txt", "bare-cr.csv", "cp1252.csv", "bom.csv"]:
    put("linesReader", f.replace(".", "-") + ".txt", (FIX / "csv" / f).read_bytes())
put("linesReader", "mixed-ends.txt", b"one\ntwo\r\nthree\rfour\n\n  \n\tfive")
put("linesReader", "utf8.txt", "caf\u00e9\n\u5bc6\u7801\u91cd\u7f6e\n\U0001F600\n".encode())
put("linesReader", "invalid.txt", b"ok\n\xff\xfe bad\n\xc3\n")

# Dates.
dates = ["2026-09-14T10:22:05Z", "2026-09-14 10:22:05", "2020-04-01T17:31:32.000Z", "2026-09-14T12:22:05+02:00",
         "2026-09-14", "2023-07-28 3:00", "3/22/2021", "3/22/2021 14:05", "3/22/2021 2:05:09 PM", "31-Jul-18",
         "31-Jul-2018", "Tue Oct 31 22:10:47 +0000 2017", "1775110704", "1775110704123", "2024-02-29", "2023-02-29",
         "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-00:00", "12/31/99 12:00 AM", "2026-09-14T10:22:05,5 UTC",
         "2026-09-14T10:22 GMT", "2026-09-14T24:00:00Z", "14.09.2026 10:22", "Mon, 14 Sep 2026", "  2026-09-14  ",
         "2026-9-4T1:2:3Z", "999999999999999999999-01-01", "2026-09-14T10:22:05.123456789012345678901Z",
         "2026-09-14T10:22:05+1400", "2026-09-14T10:22:05-05", "2026-09-14T10:22:05+99:99", "1/1/1 1:1 p.m.",
         "Thu Jan 01 00:00:00 -1400 0001", "123456789"]
for i, d in enumerate(dates):
    put("dateParser", f"date-{i:02d}.txt", d)

# Config.
put("configLoader", "demo.toml", (DEMO / "verbatim.toml").read_bytes())
configs = {
    "full.toml": '''[[source]]
name = "tickets"
path = "exports/*.csv"
kind = "ticket"
preset = "zendesk"
format = "csv"
record = "data.tickets"
date_format = "dd.MM.yyyy HH:mm"
score_type = "nps"
[source.map]
account = "Organization"

[accounts]
paths = ["accounts.csv", "subscriptions.csv", "churn_events.csv"]

[themes]
k = 12
seed = 42

[patterns]
recurring_count = 3
recurring_days = 30

[issue_types]
defaults = false
threshold = 0.35
[[issue_types.type]]
name = "billing"
keywords = ["invoice", "refund", "charge"]
phrases = ["credit card", "double charged"]

[signals]
min_support = 5
window_days = 90
''',
    "bad-kind.toml": '[[source]]\nname = "x"\npath = "a.csv"\nkind = "email"\n',
    "dup-source.toml": '[[source]]\nname = "x"\npath = "a"\n[[source]]\nname = "x"\npath = "b"\n',
    "bad-types.toml": '[themes]\nk = -3\nseed = "x"\n[patterns]\nrecurring_count = 0\nrecurring_days = -1\n[signals]\nmin_support = 1e400\n',
    "k-auto-range.toml": '[themes]\nk = "auto"\n',
    "syntax.toml": '[[source]\nname = "unclosed',
    "unicode.toml": '[[source]]\nname = "caf\u00e9 \u5bc6"\npath = "\U0001F600.csv"\n[source.map]\ntext = "Beschreibung \\u00e9"\n',
    "inline-tables.toml": 'source = [{name = "a", path = "b"}]\naccounts = {path = "acc.csv", map = {id = "ID"}}\n',
    "empty.toml": "",
    "nested-arrays.toml": "x = " + "[" * 50 + "1" + "]" * 50 + "\n",
    "dates.toml": "t = 1979-05-27T07:32:00-08:00\nd = 1979-05-27\nlt = 07:32:00\n",
    "strings.toml": "a = '''multi\nline'''\nb = \"\"\"x\\\n  y\"\"\"\nc = 'lit'\n",
    "issue-types-empty.toml": '[issue_types]\ndefaults = false\n',
    "huge-numbers.toml": '[themes]\nk = 9223372036854775807\nseed = -9223372036854775808\n[signals]\nwindow_days = 99999999999\n',
}
for name, text in configs.items():
    put("configLoader", name, text)

# Tokenizer.
texts = {
    "ascii.txt": "login fails, 2fa too! ok. log-in e_mail (beta)",
    "accents.txt": "Caf\u00e9 M\u00fcller na\u00efve a\u00e7\u00e3o se\u00f1or \u00c9COLE",
    "apostrophes.txt": "customer's don't can't i'm users' rock'n'roll l'application qu'il d'accord n'arrive ' '' x'",
    "cjk.txt": "\u5bc6\u7801\u91cd\u7f6e\u5931\u8d25 \u30ed\u30b0\u30a4\u30f3 abc \u5b57 \uff21\uff22\uff23 \ufb01x",
    "emoji.txt": "love it \U0001F60D\U0001F525 works \u2605 \u27e8url\u27e9 \u27e8nope",
    "html.txt": "<p>Hi,<br>see https://x.io/a?b=c &amp; mail bob@x.com or @handle +1-555-0129 &#233;&#x27e8;</p><script>x</script>",
    "reply.txt": "Thanks!\n\nOn Mon, Bob wrote:\n> quoted\n> more\n--\nBob Smith\nACME",
    "crlf.txt": "line one\r\nline two\rline three\n\n",
    "turkish.txt": "\u0130stanbul I\u0131 \u0130i SS \u00df \u1e9e \u2126 \u212a",
    "combining.txt": "e\u0301 n\u0303 \u0301start a\u0308\u0308\u0308",
    "rtl.txt": "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd \u0928\u092e\u0938\u094d\u0924\u0947",
    "controls.txt": "a\u0000b\u0007c\u200bd\u00ade\ufeff f\u2028g\u2029h",
    "digits.txt": "\u0663\u0664 \u00b2\u00b3 \u2460 1,000.50 12:30 v1.2.3",
    "greek.txt": "\u039f\u0394\u039f\u03a3 \u03c3\u03c2 \u0391\u0398\u0397\u039d\u0391",
    "placeholder-like.txt": "\u27e8\u27e9 \u27e8URL\u27e9 \u27e8url \u27e8email\u27e9\u27e8phone\u27e9",
}
for name, text in texts.items():
    put("tokenizer", name, text)
put("tokenizer", "invalid-utf8.txt", b"ok \xff\xfe \xc3 \xe2\x82 \xed\xa0\x80 end")
put("tokenizer", "long-word.txt", "a" * 2000 + " " + "\u00e9" * 500)
