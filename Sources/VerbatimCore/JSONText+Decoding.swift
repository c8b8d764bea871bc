import Foundation

extension JSONText {
    /// The strings of a JSON array of strings (as `array(_:)` writes them); an empty list for
    /// anything else.
    public static func decodeStrings(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}
