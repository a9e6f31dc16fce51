extension NationalSurvey {
    /// Decodes a survey from its data file and checks what the comparison relies on: questions with
    /// unique ids, each breaking down by the same segments as the first, and counts that are not
    /// negative and add up (`yes + no == n`) unless a note says the source's figures do not.
    public static func load(_ bytes: [UInt8], file: String) throws(FrameworkContentError) -> NationalSurvey {
        let survey = try FrameworkLoader.decode(NationalSurvey.self, bytes, file: file)
        func fail(_ path: String, _ expected: String) -> FrameworkContentError {
            FrameworkContentError(file: file, path: path, expected: expected)
        }
        guard let first = survey.questions.first else { throw fail("questions", "at least one question") }
        var seen = Set<String>()
        for (index, question) in survey.questions.enumerated() {
            let at = "questions[\(index)]"
            guard seen.insert(question.id).inserted else {
                throw fail(at + ".id", "each question once; '\(question.id)' is repeated")
            }
            try check(question.total, at + ".total", fail)
            for breakdown in Breakdown.allCases {
                let key = breakdown.key
                let segments = question.segments(breakdown)
                guard segments.map(\.id) == first.segments(breakdown).map(\.id) else {
                    throw fail(
                        at + "." + key,
                        "the segments of the first question: "
                            + first.segments(breakdown).map(\.id).joined(separator: ", "))
                }
                for (number, segment) in segments.enumerated() {
                    try check(segment.count, at + ".\(key)[\(number)].count", fail)
                }
            }
        }
        return survey
    }

    private static func check(
        _ count: Count, _ path: String, _ fail: (String, String) -> FrameworkContentError
    ) throws(FrameworkContentError) {
        guard count.n >= 0, count.yes >= 0, count.no >= 0, (0...100).contains(count.yesPercent) else {
            throw fail(path, "counts of zero or more and a percentage from 0 to 100")
        }
        guard count.note != nil || count.yes + count.no == count.n else {
            throw fail(path, "yes + no = n, or a note that says why the source's figures do not add up")
        }
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
