#!/usr/bin/env python3
"""Writes labelled.tsv: support-text sentences with the personal data each holds, by hand-written
templates filled with hand-picked values and with generated IBANs and card numbers (valid
checksums, and near misses one digit off). Run once; the file is committed and the tests read it.

Columns: text, expected (type:value findings joined by |; empty for none). Types: email, phone,
card, iban, ip.
"""
import random

rng = random.Random(20261201)
rows = []

def add(text, *expected):
    assert "\t" not in text and "\n" not in text
    for e in expected:
        kind, value = e.split(":", 1)
        assert value in text, (value, text)
    rows.append((text, "|".join(expected)))

# ---------------------------------------------------------------- e-mail
emails = [
    "jane.doe@example.com", "first_last+billing@mail.example.co.uk", "o'brien@example.ie", "ops-team@help.example.org",
    "JOHN.SMITH@EXAMPLE.COM", "user123@sub.domain.io", "m.mueller@firma-beispiel.de", "li.wei@example.cn",
    "sato.hiroshi@example.jp", "ana.souza@exemplo.com.br", "k.nowak@przyklad.pl", "piet.de.vries@voorbeeld.nl",
    "support+ticket-4411@acme.example", "x@example.museum", "a.b.c.d@e-f.example.travel", "josé@ejemplo.es",
    "jean-luc.picard@exemple.fr", "info@kontakt.example.at", "noreply@notifications.example.com", "12345@numbers.example.net",
]
email_templates = [
    "please reply to {} instead of my old address", "my e-mail address: {}", "Contact: <{}>", "sent it from {}, still nothing",
    "can you update my login to {}?", "(my work address is {})", "invoice should go to {}.", "cc {} on this ticket please",
    "I never got the reset link at {}", "mailto:{}",
]
for i, e in enumerate(emails):
    add(email_templates[i % len(email_templates)].format(e), "email:" + e)
    add(email_templates[(i + 3) % len(email_templates)].format(e), "email:" + e)
add("forward to a@example.com and b.c@example.org", "email:a@example.com", "email:b.c@example.org")
add("@TeamYouTube my channel was suspended")
add("thanks @AcmeSupport for the quick help!")
add("the cron job mails root@localhost every night")
add("ssh admin@buildserver fails with a timeout")
add("meet @ 5pm tomorrow?")
add("the price is 3 @ $5 each")
add("email field says foo@bar is invalid")
add("typo in a@b.c made the form fail")
add("use the @here mention in Slack")
add("my handle is @jane_doe_99 on twitter")

# ---------------------------------------------------------------- phones
phones = [
    "+44 20 7946 0958", "+1-202-555-0143", "0044 20 7946 0958", "(202) 555-0143", "020 7946 0958", "06 12 34 56 78",
    "030/1234567", "+49 30 1234567", "+33 6 12 34 56 78", "+44 (0)20 7946 0958", "+1 (202) 555-0143", "202.555.0143",
    "1-800-555-0199", "+81-3-1234-5678", "+91 98765 43210", "+55 11 91234-5678", "0171 1234567", "07700 900123",
    "912 345 678", "+442079460958", "+34 912 345 678", "+39 06 1234 5678", "+31 20 123 4567", "+353 1 234 5678",
    "+46 8 123 456 78", "+61 2 9374 4000", "+86 138 0013 8000", "+7 495 123-45-67", "+27 21 123 4567", "+52 55 1234 5678",
    "089 12345678", "0221 9876543", "01 23 45 67 89", "0612345678", "020-7946-0958", "0049 89 12345678",
    "+41 44 668 18 00", "+43 1 234 5678", "+48 22 123 45 67", "+351 21 123 4567", "+90 212 123 45 67", "+82 2-312-3456",
    "555-123-4567", "(415) 555-2671", "+1 415 555 2671", "0800 123 4567", "0033 1 23 45 67 89", "+45 32 12 34 56",
]
phone_templates = [
    "call me back on {} please", "my number is {}", "Tel: {}", "you can reach me at {} after 6pm", "phone {} (mobile)",
    "the agent called from {} but hung up", "WhatsApp: {}", "ring {}, ask for Sam",
]
for i, p in enumerate(phones):
    add(phone_templates[i % len(phone_templates)].format(p), "phone:" + p)

# ---------------------------------------------------------------- cards
def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def card(prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)

def group(number, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(number[i:i + s]); i += s
    return sep.join(out)

networks = [("4", 16, [4, 4, 4, 4]), ("51", 16, [4, 4, 4, 4]), ("55", 16, [4, 4, 4, 4]), ("2221", 16, [4, 4, 4, 4]),
            ("34", 15, [4, 6, 5]), ("37", 15, [4, 6, 5]), ("6011", 16, [4, 4, 4, 4]), ("65", 16, [4, 4, 4, 4]),
            ("35", 16, [4, 4, 4, 4]), ("36", 14, [4, 6, 4]), ("4", 13, [4, 4, 5]), ("62", 19, [4, 4, 4, 4, 3])]
card_templates = ["my card {} was charged twice", "card number: {}", "paid with {} yesterday", "please refund to {}",
                  "the card ending in {} is declined", "Visa/Mastercard {} exp 09/27"]
for i in range(36):
    prefix, length, sizes = networks[i % len(networks)]
    number = card(prefix, length)
    form = i % 3
    text_number = number if form == 0 else group(number, sizes, " " if form == 1 else "-")
    add(card_templates[i % len(card_templates)].format(text_number), "card:" + text_number)
# Near misses: the last digit off by one (Luhn fails).
for i in range(16):
    prefix, length, sizes = networks[i % len(networks)]
    number = card(prefix, length)
    number = number[:-1] + str((int(number[-1]) + 1) % 10)
    text_number = number if i % 2 == 0 else group(number, sizes, " ")
    add(card_templates[i % len(card_templates)].format(text_number))

# ---------------------------------------------------------------- IBANs
def iban(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"

def rand(kind, n):
    alphabet = "0123456789" if kind == "n" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(rng.choice(alphabet) for _ in range(n))

bbans = {  # country: BBAN structure
    "DE": [("n", 18)], "GB": [("a", 4), ("n", 14)], "FR": [("n", 10), ("c", 11), ("n", 2)], "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 10), ("c", 12)], "NL": [("a", 4), ("n", 10)], "BE": [("n", 12)], "CH": [("n", 5), ("c", 12)],
    "AT": [("n", 16)], "PL": [("n", 24)], "SE": [("n", 20)], "NO": [("n", 11)], "DK": [("n", 14)], "FI": [("n", 14)],
    "IE": [("a", 4), ("n", 14)], "PT": [("n", 21)], "LU": [("n", 3), ("c", 13)], "CZ": [("n", 20)], "HU": [("n", 24)],
    "RO": [("a", 4), ("c", 16)], "GR": [("n", 7), ("c", 16)], "TR": [("n", 6), ("c", 16)], "SA": [("n", 2), ("c", 18)],
    "BR": [("n", 23), ("a", 1), ("c", 1)],
}
def spaced(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
iban_templates = ["please refund to IBAN {}", "my bank account: {}", "IBAN: {} (Sparkasse)", "wire it to {}, thanks",
                  "the direct debit from {} failed", "new account {} from next month"]
for i, (country, shape) in enumerate(sorted(bbans.items())):
    for k in range(2):
        value = iban(country, "".join(rand(kind, n) for kind, n in shape))
        text_value = spaced(value) if (i + k) % 2 == 0 else value
        add(iban_templates[(i + k) % len(iban_templates)].format(text_value), "iban:" + text_value)
# Near misses: a check digit off, or a character short.
for i, (country, shape) in enumerate(sorted(bbans.items())[:14]):
    value = iban(country, "".join(rand(kind, n) for kind, n in shape))
    if i % 2 == 0:
        wrong = value[:2] + f"{(int(value[2:4]) + 1) % 100:02d}" + value[4:]
    else:
        wrong = value[:-1]
    add(iban_templates[i % len(iban_templates)].format(spaced(wrong) if i % 4 < 2 else wrong))

# ---------------------------------------------------------------- IP addresses
ips = ["192.168.1.10", "10.0.0.1", "203.0.113.42", "8.8.8.8", "172.16.254.1", "198.51.100.7", "255.255.255.0",
       "2001:db8::1", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::1ff:fe23:4567:890a", "::1", "::ffff:192.0.2.128",
       "2001:db8:0:0:1:0:0:1", "2a00:1450:4001:82b::200e", "fd12:3456:789a:1::1", "100.64.0.1"]
ip_templates = ["my IP is {} if that helps", "blocked from {} since Monday", "the VPN gives me {}", "login attempts from {}!",
                "whitelist {} please", "server at {} returns 502"]
for i, ip in enumerate(ips):
    add(ip_templates[i % len(ip_templates)].format(ip), "ip:" + ip)
    add(ip_templates[(i + 2) % len(ip_templates)].format(ip), "ip:" + ip)
add("connect to 192.168.0.1:8080 and 10.1.2.3:22", "ip:192.168.0.1", "ip:10.1.2.3")
add("proxy [2001:db8::42]:443 refuses", "ip:2001:db8::42")

# ---------------------------------------------------------------- hard negatives from support text
negatives = [
    "my order 0123456789 never arrived", "order #1234567890 is late", "Order number: 4111 1111 1111 1111 per the confirmation",
    "ticket 4567890 was closed without an answer", "case no. 00012345678 still open", "invoice 2024-0001234 is wrong",
    "the invoice dated 2024-03-15 shows the wrong amount", "since 15.03.2024 the app crashes", "on 03/15/2024 at 10:30 it failed",
    "at 2024-03-15 10:30:00 UTC the sync stopped", "log: 2024-03-15T10:30:00Z error 500", "between 10:30 and 11:45 nothing loads",
    "it took 1h 30m to get an answer", "waited 45 minutes on hold", "I paid $1,299.00 for the annual plan",
    "charged € 49,99 twice", "the price went from 12.99 to 15.49", "total 1 299 000 VND", "refund of 1.234.567 IDR please",
    "after updating to version 10.2.3 it crashes", "app v4.12.0 (build 20240315) is broken", "Windows 10 build 19045.3570",
    "firmware 1.2.3.4 bricked the router", "release 2.0.0.1 broke sync", "Chrome 122.0.6261.112 shows a blank page",
    "error code 0x80070005 when installing", "error 404 on the billing page", "HTTP 502 from the API",
    "ISBN 978-3-16-148410-0 is missing from the catalogue", "ISBN 0-306-40615-2 shows the wrong cover",
    "tracking 1Z999AA10123456784 shows no movement", "tracking number 9400 1000 0000 0000 0000 00", "parcel 00340434161094042557",
    "SKU-4411-22 is out of stock", "item SKU 881234567 missing", "account ACC-000123 was locked", "customer id 0098765432 in CRM",
    "account number 12345678 at the bank", "my member id is 0171234567", "reference REF-2024-000123",
    "zip code 10115 Berlin", "postcode SW1A 1AA", "serial number 0123456789", "imei 490154203237518 shows as blocked",
    "model A2342 overheats", "part no. 0205 1234 567 is wrong", "the meeting is 2019-2023 planning", "we grew 12% year over year",
    "rated 4.5 out of 5", "3 of 10 uploads fail", "that's 100000 rows in the export", "batch 20240315103000 failed",
    "retry in 30 s, 60 s, 120 s", "scores 9 10 8 7 from the survey", "page 12 of 345", "the timer says 00:04:59",
    "coordinates 52.5200, 13.4050", "pi is 3.14159", "ratio 16:9 looks stretched", "port 8080 is closed", "use std::vector<int>",
    "C++ dead::beef namespace", "MAC 00:1A:2B:3C:4D:5E", "v1.2.3.4.5 is tagged", "1.2.3 is the last good build",
    "the subnet 192.168.1 is wrong", "256.1.1.1 is not even valid", "version 1.2.3.4 of the plugin", "01.02.03.04 was the sprint",
    "transaction 4024007103939509 failed", "booking ref 0612345678", "order number 020 7946 0958", "po 0221 9876543",
    "id 555-123-4567 in the old system", "GB29 is our internal team code", "DE89 team is on it", "plan NL-91 pricing",
    "I sent 3 e-mails and got no answer", "email support never replies", "my phone number changed last week",
    "the card reader is broken", "IBAN field rejects my input", "my IP address changes every day",
    "1,000,000 requests per day", "12:00 noon", "18:30:15", "2024/03/15", "15/03/24", "Q3 2024 roadmap",
    "dial 112 in an emergency", "press 1 then 2", "code 123456 for 2FA", "OTP 889900 expired",
    "the 2 GB limit", "4K video stutters", "MP3 files", "gate B22", "room 1204", "flight LH 1234",
]
for text in negatives:
    add(text)

with open("labelled.tsv", "w", encoding="utf-8") as f:
    f.write("text\texpected\n")
    for text, expected in rows:
        f.write(f"{text}\t{expected}\n")
print(len(rows), "rows")
