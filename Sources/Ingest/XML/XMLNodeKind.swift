/// The kinds of node the streaming XML reader reports that records are built from; every other
/// kind (comments, processing instructions, entity references, the doctype) is `.other`.
enum XMLNodeKind: Equatable {
    /// A start tag (or an empty element `<a/>`).
    case element
    /// An end tag.
    case endElement
    /// Character data, CDATA sections included.
    case text
    /// Whitespace between elements.
    case whitespace
    /// Anything else; records ignore it.
    case other
}
