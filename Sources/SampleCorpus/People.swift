import VerbatimCore

/// Fictional people: customers (some with accented names), their titles, phones and e-mails,
/// and support agents.
enum People {
    /// First names: display form and ASCII form for e-mail addresses.
    static let firstNames: [(String, String)] = [
        ("José", "jose"), ("Zoë", "zoe"), ("François", "francois"), ("Søren", "soren"), ("Anna", "anna"),
        ("Michael", "michael"), ("Sarah", "sarah"), ("David", "david"), ("Emily", "emily"), ("James", "james"),
        ("Olivia", "olivia"), ("Daniel", "daniel"), ("Laura", "laura"), ("Kevin", "kevin"), ("Aisha", "aisha"),
        ("Wei", "wei"), ("Hannah", "hannah"), ("Lukas", "lukas"), ("María", "maria"), ("Chloé", "chloe"),
        ("Raj", "raj"), ("Noah", "noah"), ("Grace", "grace"), ("Mateo", "mateo"), ("Ingrid", "ingrid"),
    ]
    /// Last names: display form and ASCII form.
    static let lastNames: [(String, String)] = [
        ("Álvarez", "alvarez"), ("Müller", "muller"), ("Nguyen", "nguyen"), ("Smith", "smith"), ("Johnson", "johnson"),
        ("Brown", "brown"), ("García", "garcia"), ("Kowalski", "kowalski"), ("Chen", "chen"), ("Patel", "patel"),
        ("O'Brien", "obrien"), ("Lefèvre", "lefevre"), ("Larsen", "larsen"), ("Rossi", "rossi"), ("Kim", "kim"),
        ("Andersson", "andersson"), ("Dubois", "dubois"), ("Tanaka", "tanaka"), ("Walker", "walker"), ("Novák", "novak"),
    ]
    /// Job titles for signatures.
    static let titles = [
        "Head of Operations", "IT Administrator", "Project Manager", "VP Engineering", "Finance Manager",
        "Customer Success Lead", "Office Manager", "Data Analyst", "Marketing Director", "CTO",
    ]
    /// Support agents' names, as chat parts show them.
    static let agents = ["Priya Raman", "Marcus Hill", "Elena Petrova", "Tom Becker", "Aiko Sato",
                         "Jonas Berg", "Fatima Khan", "Luca Romano"]

    /// A contact of `account`: each account has four recurring contacts, picked by `slot`.
    static func contact(account: Int, slot: Int) -> (first: Int, last: Int, title: Int, phone: Int) {
        var state = UInt64(account) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(slot)
        let h = SeededGenerator.splitMix64(&state)
        return (Int(h % UInt64(firstNames.count)), Int(h / 97 % UInt64(lastNames.count)),
                Int(h / 9973 % UInt64(titles.count)), Int(h / 1_000_003 % 100))
    }
}
