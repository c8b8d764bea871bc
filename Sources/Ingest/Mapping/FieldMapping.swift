/// Which column feeds which item field, from a preset, the config and the command line.
public struct FieldMapping: Sendable, Equatable {
    /// Column name per field. Names match case-insensitively; `/` and `.` are the same separator,
    /// so `customer.email` finds the XML path `customer/email`.
    public var columns: [ItemField: String]

    /// A mapping of the given columns.
    public init(_ columns: [ItemField: String] = [:]) {
        self.columns = columns
    }

    /// Parses `FIELD=COLUMN` pairs (`--map text=Description`).
    /// - Throws: `IngestError.badOption` naming the pair and the known fields.
    public init(pairs: [String]) throws {
        var columns: [ItemField: String] = [:]
        for pair in pairs {
            guard let eq = pair.firstIndex(of: "=") else {
                throw IngestError.badOption(option: "--map", value: pair, reason: "expected FIELD=COLUMN, e.g. text=Description")
            }
            let name = String(pair[..<eq]).trimmedWhitespace.lowercased()
            let column = String(pair[pair.index(after: eq)...]).trimmedWhitespace
            guard let field = ItemField(rawValue: name) else {
                throw IngestError.badOption(option: "--map", value: pair, reason: "unknown field '\(name)'\(Suggestion.didYouMean(name, among: ItemField.allCases.map(\.rawValue))); fields are \(ItemField.names)")
            }
            guard !column.isEmpty else {
                throw IngestError.badOption(option: "--map", value: pair, reason: "the column name is empty")
            }
            columns[field] = column
        }
        self.columns = columns
    }

    /// This mapping with `other`'s columns taking precedence.
    public func overridden(by other: FieldMapping) -> FieldMapping {
        FieldMapping(columns.merging(other.columns) { _, new in new })
    }

    /// The normalised form of a column name used for matching.
    public static func key(_ name: String) -> String {
        String(name.trimmedWhitespace.lowercased().map { $0 == "/" ? "." : $0 })
    }
}

import Foundation
import VerbatimCore
