/// A diagnostic libxml2 reported while parsing: its severity, line, column and text.
struct XMLParseMessage: Equatable {
    /// Whether the parser stopped (a fatal well-formedness error) or only complained.
    enum Severity: Equatable {
        /// A warning; parsing goes on.
        case warning
        /// A recoverable error; parsing goes on.
        case error
        /// A fatal error; the document is not well formed from here on.
        case fatal
    }
    /// How bad it is.
    var severity: Severity
    /// 1-based line libxml2 reports, or 0 when it gives none.
    var line: Int
    /// 1-based column libxml2 reports (in characters), or 0 when it gives none.
    var column: Int
    /// The message, without its trailing newline.
    var text: String
    /// The entity or document the parser was reading, as libxml2 names it, if any.
    var file: String?
}
