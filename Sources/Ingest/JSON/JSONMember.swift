/// One member of a JSON object: its key and its value.
struct JSONMember {
    /// The key, unescaped.
    var key: String
    /// The value.
    var value: JSONValue
}
