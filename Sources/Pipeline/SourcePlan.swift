import Foundation
import Ingest
import VerbatimCore
#if canImport(Glibc)
import Glibc
#endif

/// One file to ingest, with everything needed to read and map it.
public struct SourcePlan: Sendable {
    /// The file.
    public var url: URL
    /// Its format, or nil to detect it.
    public var format: FileFormat?
    /// The JSON path or XML element of its records.
    public var record: String?
    /// Source name, kind, preset and mapping.
    public var options: MappingOptions

    /// Creates a plan.
    public init(url: URL, format: FileFormat?, record: String?, options: MappingOptions) {
        self.url = url
        self.format = format
        self.record = record
        self.options = options
    }

    /// The files the configured sources name, globs expanded and sorted, with their options.
    /// - Throws: `PipelineError.config` for a bad kind, format, score type or mapping, or a
    ///   source whose path matches no file.
    public static func fromConfig(_ config: Config, workspace: Workspace) throws -> [SourcePlan] {
        let file = workspace.configURL.path
        var plans: [SourcePlan] = []
        for source in config.sources {
            let format = try source.format.map { name -> FileFormat in
                guard let f = FileFormat(rawValue: name.lowercased()) else {
                    throw PipelineError.config(file: file, reason: "source '\(source.name)': format '\(name)' is not one of \(FileFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return f
            }
            let scoreType = try source.scoreType.map { name -> ScoreType in
                guard let t = ScoreType(rawValue: name.lowercased()) else {
                    throw PipelineError.config(file: file, reason: "source '\(source.name)': score_type '\(name)' is not one of nps, csat, ces, rating")
                }
                return t
            }
            let mapping: FieldMapping
            do {
                mapping = try FieldMapping(pairs: (source.map ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
            } catch {
                throw PipelineError.config(file: file, reason: "source '\(source.name)': \(error)")
            }
            let options = MappingOptions(source: source.name, kind: source.kind.flatMap(ItemKind.init(rawValue:)),
                                         preset: source.preset, mapping: mapping, scoreType: scoreType,
                                         dateFormat: source.dateFormat)
            let urls = expand(source.path, in: workspace)
            guard !urls.isEmpty else {
                throw PipelineError.config(file: file, reason: "source '\(source.name)': no file matches '\(source.path)' in \(workspace.directory.path)")
            }
            plans += urls.map { SourcePlan(url: $0, format: format, record: source.record, options: options) }
        }
        return plans
    }

    /// A path or glob (`exports/*.csv`) relative to the workspace, as sorted file URLs.
    static func expand(_ pattern: String, in workspace: Workspace) -> [URL] {
        let full = workspace.resolve(pattern).path
        guard pattern.contains(where: { "*?[".contains($0) }) else {
            return FileManager.default.fileExists(atPath: full) ? [URL(fileURLWithPath: full)] : []
        }
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(full, 0, nil, &result) == 0 else { return [] }
        var urls: [URL] = []
        for i in 0..<Int(result.gl_pathc) {
            if let p = result.gl_pathv[i] { urls.append(URL(fileURLWithPath: String(cString: p))) }
        }
        return urls.sorted { $0.path < $1.path }
    }
}
