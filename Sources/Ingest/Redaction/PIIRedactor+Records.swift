import VerbatimCore

extension PIIRedactor {
    /// Redacts every free-text field of an item: text, subject, agent text, channel, status,
    /// priority, tags and every extra field's value (the field names are kept).
    ///
    /// Identifiers are join keys and stay as they are, unless an identifier itself holds an
    /// e-mail address, an IBAN, an IP address or an international (`+…`) phone number: then the
    /// whole identifier becomes a stable pseudonym (see ``pseudonym(for:into:)``), so that a
    /// `Customer Email` column used as the account id still groups an account's items (and
    /// matches the accounts file, which is redacted the same way) without storing the address.
    public func redact(_ item: inout FeedbackItem, into counts: inout RedactionCounts) {
        item.text = redact(item.text, into: &counts)
        item.subject = item.subject.map { redact($0, into: &counts) }
        item.agentText = item.agentText.map { redact($0, into: &counts) }
        item.channel = item.channel.map { redact($0, into: &counts) }
        item.status = item.status.map { redact($0, into: &counts) }
        item.priority = item.priority.map { redact($0, into: &counts) }
        if !item.tags.isEmpty { item.tags = item.tags.map { redact($0, into: &counts) } }
        for (name, value) in item.extra {
            let redacted = redact(value, into: &counts)
            if redacted != value { item.extra[name] = redacted }
        }
        item.externalID = pseudonym(for: item.externalID, into: &counts)
        item.accountID = item.accountID.map { pseudonym(for: $0, into: &counts) }
    }

    /// Redacts a rejected record's reason and raw excerpt, which the `rejects` table keeps.
    public func redact(_ reject: inout RecordReject, into counts: inout RedactionCounts) {
        reject.reason = redact(reject.reason, into: &counts)
        reject.excerpt = redact(reject.excerpt, into: &counts)
    }

    /// Redacts an account's name, segment and extra fields, and pseudonymises its id as
    /// `redact(_:into:)` does an item's account id.
    public func redact(_ account: inout Account, into counts: inout RedactionCounts) {
        account.id = pseudonym(for: account.id, into: &counts)
        account.name = account.name.map { redact($0, into: &counts) }
        account.segment = account.segment.map { redact($0, into: &counts) }
        for (name, value) in account.extra {
            let redacted = redact(value, into: &counts)
            if redacted != value { account.extra[name] = redacted }
        }
    }

    /// The identifier as stored: itself, or, when it holds an e-mail address, an IBAN, an IP
    /// address or a `+` phone number, `<type>-` and 16 hex digits of a hash of the whole
    /// identifier (`email-3f0c…`). The same identifier always gives the same pseudonym, so joins
    /// hold; it is a pseudonym, not anonymisation: whoever has a list of candidate addresses can
    /// hash them and compare.
    public func pseudonym(for id: String, into counts: inout RedactionCounts) -> String {
        guard options.detectors.contains(where: { $0 != .card }) else { return id }
        var copy = id
        let found: PIIDetector? = copy.withUTF8 { buffer in
            guard PIIScanner.mayContain(buffer) else { return nil }
            let ids = options.detectors.subtracting([.card])
            return PIIScanner(bytes: buffer, detectors: ids).findings()
                .first { $0.detector != .phone || buffer[$0.start] == 0x2B }?.detector
        }
        guard let found else { return id }
        counts[found] += 1
        return "\(found.rawValue)-" + ContentHash.hex(of: ["verbatim-pseudonym", id]).prefix(16)
    }
}
