import Foundation
import Signals
import VerbatimCore

/// The `[signals]` section of `verbatim.toml`, every value checked once here.
public struct SignalSettings: Sendable, Equatable {
    /// Minimum support, window and health weights.
    public var options = SignalOptions()
    /// The period's last day (days since 1970-01-01); nil for the latest item's day.
    public var periodEndDay: Int?

    /// The defaults.
    public init() {}

    /// The settings of a workspace's `[signals]` section.
    /// - Throws: `PipelineError.config` naming the setting, its value and a fix.
    public init(config: Config.Signals?, file: String) throws {
        guard let s = config else { return }
        if let n = s.minSupport {
            guard n >= 1 else { throw PipelineError.config(file: file, reason: "[signals] min_support = \(n): use 1 or more accounts (5 is the default)") }
            options.minimumSupport = n
        }
        if let n = s.windowDays {
            guard (1 ... 3650).contains(n) else {
                throw PipelineError.config(file: file, reason: "[signals] window_days = \(n): use 1 to 3650 days (90 is the default)")
            }
            options.windowDays = n
        }
        if let text = s.periodEnd {
            guard let date = DateParser().parse(text) else {
                throw PipelineError.config(file: file, reason: "[signals] period_end = \"\(text)\": use a date such as \"2026-09-30\"")
            }
            periodEndDay = ThemeJoin.day(of: date)
        }
        if let columns = s.usageColumns {
            guard !columns.isEmpty, !columns.contains(where: \.isEmpty) else {
                throw PipelineError.config(file: file, reason: "[signals] usage_columns = \(columns): give at least one account usage column, or leave the setting out")
            }
            options.usageColumns = columns
        }
        var w = options.healthWeights
        for (name, value, keyPath) in [("health_usage", s.healthUsage, \HealthWeights.usage),
                                       ("health_support", s.healthSupport, \HealthWeights.support),
                                       ("health_outcome", s.healthOutcome, \HealthWeights.outcome)] {
            guard let value else { continue }
            guard value >= 0, value <= 1 else {
                throw PipelineError.config(file: file, reason: "[signals] \(name) = \(value): use a weight from 0 to 1 (defaults 0.4, 0.3, 0.3)")
            }
            w[keyPath: keyPath] = value
        }
        guard w.usage + w.support + w.outcome > 0 else {
            throw PipelineError.config(file: file, reason: "[signals] health weights are all 0: give at least one part a weight above 0")
        }
        options.healthWeights = w
    }
}
