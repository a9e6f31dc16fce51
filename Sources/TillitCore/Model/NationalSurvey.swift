/// The figures of a national survey of agencies' leaderships, as a typed value: totals and segments per
/// question.
///
/// The one instance is ``survey2019``, Tillitsdelegationen's survey of 2019 (SOU 2019:43 Bilaga 5),
/// read from the package's data file `survey-2019.json` (see ``load(_:file:)``). The figures are kept as
/// the source prints them, misprints included; a row whose figures do not add up carries a note.
public struct NationalSurvey: Sendable, Codable, Hashable {
    /// Answers to one question in one segment (or in total).
    public struct Count: Sendable, Codable, Hashable {
        /// The number of agencies that answered the question (the source's *Antal svar*).
        public var n: Int
        /// The number answering *yes*.
        public var yes: Int
        /// The number answering *no*.
        public var no: Int
        /// The share of *yes* in percent as the source prints it.
        public var yesPercent: Int
        /// What is wrong with the row, when the source's figures do not add up.
        public var note: String?

        /// Creates a count.
        public init(n: Int, yes: Int, no: Int, yesPercent: Int, note: String? = nil) {
            self.n = n
            self.yes = yes
            self.no = no
            self.yesPercent = yesPercent
            self.note = note
        }
    }

    /// A segment of the agencies, e.g. those with 101–500 employees, or the courts.
    public struct Segment: Sendable, Codable, Hashable {
        /// A stable id, e.g. `101-500`, `domstol`, `justitiedepartementet`.
        public var id: String
        /// The label in Swedish (as in the source) and English.
        public var label: LocalizedText
        /// The answers in this segment.
        public var count: Count

        /// Creates a segment.
        public init(id: String, label: LocalizedText, count: Count) {
            self.id = id
            self.label = label
            self.count = count
        }
    }

    /// The ways the survey breaks answers down.
    public enum Breakdown: String, Sendable, Codable, Hashable, CaseIterable {
        /// Size bands by number of employees; the only exhaustive breakdown.
        case employees
        /// Five selected types of agency.
        case agencyType
        /// The government department the agency sorts under.
        case department
    }

    /// One yes/no question.
    public struct Question: Sendable, Codable, Hashable {
        /// The id of the matching item in the `national-2019` questionnaire, e.g. `q2`.
        public var id: String
        /// The question's number in the survey, 2–8.
        public var number: Int
        /// The question as asked.
        public var text: LocalizedText
        /// Where in the report the figures are.
        public var source: String
        /// All agencies that answered.
        public var total: Count
        /// Per size band, smallest first.
        public var employees: [Segment]
        /// Per agency type.
        public var agencyTypes: [Segment]
        /// Per government department.
        public var departments: [Segment]
        /// A note on the question's figures as a whole.
        public var note: String?

        /// Creates a question.
        public init(
            id: String, number: Int, text: LocalizedText, source: String, total: Count, employees: [Segment],
            agencyTypes: [Segment], departments: [Segment], note: String? = nil
        ) {
            self.id = id
            self.number = number
            self.text = text
            self.source = source
            self.total = total
            self.employees = employees
            self.agencyTypes = agencyTypes
            self.departments = departments
            self.note = note
        }

        /// The segments of one breakdown.
        public func segments(_ breakdown: Breakdown) -> [Segment] {
            switch breakdown {
            case .employees: employees
            case .agencyType: agencyTypes
            case .department: departments
            }
        }
    }

    /// The source, e.g. `SOU 2019:43 Bilaga 5`.
    public var source: String
    /// The year the survey was made.
    public var year: Int
    /// When it was in the field.
    public var fielded: String
    /// The agencies asked.
    public var population: Int
    /// The agencies whose answers count.
    public var respondents: Int
    /// The questions, in the survey's order.
    public var questions: [Question]

    /// Creates a survey.
    public init(
        source: String, year: Int, fielded: String, population: Int, respondents: Int, questions: [Question]
    ) {
        self.source = source
        self.year = year
        self.fielded = fielded
        self.population = population
        self.respondents = respondents
        self.questions = questions
    }

    /// The segments fewer agencies than this answered in are marked as an uncertain comparison.
    public static let smallSegment = 10

    /// The id of the size band an agency with `employees` employees falls in.
    ///
    /// The source's bands are *fewer than 20*, 21–50, 51–100, 101–500, 501–1000 and *over 1000*; an
    /// agency of exactly 20 falls between them and is counted in the first.
    public static func sizeBand(employees: Int) -> String {
        switch employees {
        case ...20: "1-20"
        case 21...50: "21-50"
        case 51...100: "51-100"
        case 101...500: "101-500"
        case 501...1000: "501-1000"
        default: "1001-"
        }
    }

    /// The segment of a breakdown that matches `text` by id or by its Swedish or English label, ignoring
    /// case; or an error that lists the valid values.
    public func segment(_ breakdown: Breakdown, matching text: String) throws(NationalSurveyError) -> Segment
    {
        let segments = questions.first?.segments(breakdown) ?? []
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let found = segments.first(where: {
            $0.id == wanted || $0.label.sv.lowercased() == wanted || $0.label.en.lowercased() == wanted
        }) {
            return found
        }
        throw .unknownSegment(breakdown: breakdown, given: text, valid: segments.map(\.id))
    }
}
