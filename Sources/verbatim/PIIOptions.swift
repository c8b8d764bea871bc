import ArgumentParser
import Ingest
import Pipeline

/// `--keep-pii`, shared by the commands that store records.
struct PIIOptions: ParsableArguments {
    @Flag(name: .customLong("keep-pii"),
          help: "Store personal data as written: no redaction of e-mail addresses, phone numbers, card numbers, IBANs, IP addresses or [redaction] patterns (a warning says so).")
    var keepPII = false

    /// The workspace config's redactor, or nil under --keep-pii or `[redaction] enabled = false`,
    /// with a warning on stderr then.
    /// - Throws: `PipelineError.config` for a bad `[redaction]` section.
    func redactor(_ config: Config, workspace: Workspace, console: Console) throws -> PIIRedactor? {
        warn(config, console: console)
        return try config.redactor(file: workspace.configURL.path, keepPII: keepPII)
    }

    /// The warning that personal data will be stored, when it will.
    func warn(_ config: Config, console: Console) {
        if keepPII {
            console.warning("--keep-pii: personal data (e-mail addresses, phone numbers, card numbers, IBANs, IP addresses) is stored as written and will appear in exports and reports")
        } else if config.keepsPersonalData {
            console.warning("[redaction] enabled = false: personal data is stored as written and will appear in exports and reports")
        }
    }
}
