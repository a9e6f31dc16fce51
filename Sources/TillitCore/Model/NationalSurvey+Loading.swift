extension NationalSurvey {
    /// Decodes a survey from its data file and checks what the comparison relies on: questions with
    /// unique ids, each breaking down by the same segments as the first, and counts that are not
    /// negative and add up (`yes + no == n`) unless a note says the source's figures do not.
    public static func load(_ bytes: [UInt8], file: String) throws(FrameworkContentError) -> NationalSurvey {
        let survey = try FrameworkLoader.decode(NationalSurvey.self, bytes, file: file)
        func fail(_ path: String, _ expected: LocalizedText) -> FrameworkContentError {
            FrameworkContentError(file: file, path: path, expected: expected)
        }
        guard let first = survey.questions.first else {
            throw fail("questions", LocalizedText(sv: "minst en fråga", en: "at least one question"))
        }
        var seen = Set<String>()
        for (index, question) in survey.questions.enumerated() {
            let at = "questions[\(index)]"
            guard seen.insert(question.id).inserted else {
                throw fail(
                    at + ".id",
                    LocalizedText(
                        sv: "varje fråga en gång; '\(question.id)' förekommer flera gånger",
                        en: "each question once; '\(question.id)' is repeated"))
            }
            if let problem = problem(with: question.total) { throw fail(at + ".total", problem) }
            for breakdown in Breakdown.allCases {
                let key = breakdown.key
                let ids = first.segments(breakdown).map(\.id)
                guard question.segments(breakdown).map(\.id) == ids else {
                    let list = ids.joined(separator: ", ")
                    throw fail(
                        at + "." + key,
                        LocalizedText(
                            sv: "samma segment som den första frågan: \(list)",
                            en: "the segments of the first question: \(list)"))
                }
                for (number, segment) in question.segments(breakdown).enumerated() {
                    if let problem = problem(with: segment.count) {
                        throw fail(at + ".\(key)[\(number)].count", problem)
                    }
                }
            }
        }
        return survey
    }

    /// What is wrong with a count, or `nil`.
    private static func problem(with count: Count) -> LocalizedText? {
        guard count.n >= 0, count.yes >= 0, count.no >= 0, (0...100).contains(count.yesPercent) else {
            return LocalizedText(
                sv: "antal från noll och uppåt och en andel från 0 till 100",
                en: "counts of zero or more and a percentage from 0 to 100")
        }
        guard count.note != nil || count.yes + count.no == count.n else {
            return LocalizedText(
                sv: "ja + nej = n, eller en anmärkning om varför källans siffror inte går ihop",
                en: "yes + no = n, or a note that says why the source's figures do not add up")
        }
        return nil
    }
}

extension NationalSurvey.Breakdown {
    /// The key of the breakdown's segments in the data file.
    fileprivate var key: String {
        switch self {
        case .employees: "employees"
        case .agencyType: "agencyTypes"
        case .department: "departments"
        }
    }
}
