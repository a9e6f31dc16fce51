extension Framework {
    /// The catalogue of measures the reports describe or recommend.
    static let measuresSOU2019: [Measure] = []
}
