import Testing

@testable import TillitCore

@Suite("The content of the SOU 2019:43 framework")
struct FrameworkContentTests {
    let framework = Framework.sou2019_43

    // MARK: Problem areas

    @Test("has the five problem areas of §1.6 in the report's order, titled as in the report")
    func problemAreaOrder() {
        #expect(framework.problemAreas.map(\.id) == ProblemAreaID.allCases)
        #expect(
            framework.problemAreas.map(\.id.rawValue) == [
                "bristande-medborgarfokus", "franvaro-av-helhetsperspektiv", "kortsiktig-styrning",
                "betungande-uppfoljning", "bristande-ledarskap",
            ])
        #expect(
            framework.problemAreas.map(\.title.sv) == [
                "Bristande medborgarfokus",
                "Frånvaro av helhetsperspektiv",
                "Kortsiktig och ryckig styrning",
                "Uppföljning och utvärdering som kan leda till onödig administration",
                "Bristande ledarskap och stöd till medarbetarna",
            ])
        #expect(
            framework.problemAreas.map(\.source.section) == [
                "§1.6.1", "§1.6.2", "§1.6.3", "§1.6.4", "§1.6.5",
            ])
    }

    @Test("gives every problem area at least one principle and at least three sourced symptoms")
    func problemAreaContent() {
        for area in framework.problemAreas {
            #expect(!area.principles.isEmpty, "\(area.id) has no principle")
            #expect(Set(area.principleIDs).count == area.principleIDs.count, "\(area.id) repeats a principle")
            #expect(area.symptoms.count >= 3, "\(area.id) has \(area.symptoms.count) symptoms")
            #expect(!area.summary.sv.isEmpty && !area.summary.en.isEmpty)
            for symptom in area.symptoms {
                #expect(!symptom.source.section.isEmpty, "a symptom of \(area.id) has no source")
                #expect(!symptom.text.sv.isEmpty && !symptom.text.en.isEmpty)
            }
        }
    }

    @Test("marks inferred links with no source and stated links with the passage that states them")
    func principleLinks() {
        let citizenFocus = framework.problemArea(.bristandeMedborgarfokus)
        let stated = citizenFocus.principles.first { $0.principle == .medborgarfokus }
        #expect(stated?.statedIn?.section == "§3.4.2")
        #expect(stated?.isInferred == false)
        let openness = citizenFocus.principles.first { $0.principle == .oppenhet }
        #expect(openness?.isInferred == true)
        let shortTerm = framework.problemArea(.kortsiktigStyrning)
        #expect(shortTerm.principles.first { $0.principle == .langsiktighet }?.isInferred == true)
    }

    // MARK: Development areas

    @Test("has the ten development areas of §3.4 with unique ids and the internal/external split")
    func developmentAreas() throws {
        let areas = framework.developmentAreas
        #expect(areas.count == 10)
        #expect(areas.map(\.id) == DevelopmentAreaID.allCases)
        #expect(areas.map(\.source.section) == (1...10).map { "§3.4.\($0)" })
        #expect(areas.prefix(7).allSatisfy { $0.isInternal })
        #expect(areas.suffix(3).allSatisfy { !$0.isInternal })
        for area in areas {
            #expect(
                area.id.rawValue.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
            #expect(!area.principles.isEmpty, "\(area.id) has no principle")
            #expect(!area.problemAreas.isEmpty, "\(area.id) addresses no problem area")
            #expect(!area.title.sv.isEmpty && !area.title.en.isEmpty)
            #expect(!area.summary.sv.isEmpty && !area.summary.en.isEmpty)
        }
        #expect(
            try framework.developmentArea(id: "medledarskap").title.sv
                == "Förutsättningar för ett ökat medledarskap")
    }

    // MARK: Measures

    @Test("catalogues at least 25 measures with unique kebab-case ids")
    func measureIDs() {
        let measures = framework.measures
        #expect(measures.count >= 25)
        #expect(Set(measures.map(\.id)).count == measures.count)
        for measure in measures {
            #expect(!measure.id.isEmpty)
            #expect(
                measure.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") },
                "\(measure.id) is not kebab-case ASCII")
        }
    }

    @Test("gives every measure a principle, a source and texts in both languages")
    func measureContent() {
        for measure in framework.measures {
            #expect(!measure.principles.isEmpty, "\(measure.id) serves no principle")
            #expect(!measure.source.section.isEmpty, "\(measure.id) has no source section")
            #expect(!measure.title.sv.isEmpty && !measure.title.en.isEmpty, "\(measure.id) title")
            #expect(
                !measure.description.sv.isEmpty && !measure.description.en.isEmpty,
                "\(measure.id) description")
            #expect(measure.title.sv != measure.title.en, "\(measure.id) title is not translated")
        }
    }

    @Test("links measures only to development areas that exist")
    func measureDevelopmentAreas() throws {
        for measure in framework.measures {
            if let id = measure.developmentArea {
                #expect(framework.developmentArea(id).id == id)
                #expect(try framework.developmentArea(id: id.rawValue).id == id)
            }
        }
        #expect(framework.measures.contains { $0.developmentArea != nil })
    }

    @Test("serves every principle and addresses every problem area with at least three measures")
    func coverage() {
        for principle in PrincipleID.allCases {
            let count = framework.measures(serving: principle).count
            #expect(count >= 3, "\(principle) is served by \(count) measures")
        }
        for problemArea in ProblemAreaID.allCases {
            let count = framework.measures(addressing: problemArea).count
            #expect(count >= 3, "\(problemArea) is addressed by \(count) measures")
        }
    }

    @Test("mixes quick wins and long-term work")
    func horizons() {
        let quick = framework.measures.filter { $0.horizon == .quickWin }.count
        let long = framework.measures.filter { $0.horizon == .longTerm }.count
        #expect(quick >= 10)
        #expect(long >= 10)
    }

    // MARK: Lookup

    @Test("finds a known measure by id")
    func knownMeasure() throws {
        let measure = try framework.measure(id: "tvarteam")
        #expect(measure.examples.map(\.organisation).contains("Mälardalens högskola"))
    }

    @Test("throws a typed error for unknown ids")
    func unknownIDs() {
        #expect(throws: FrameworkError.unknownDevelopmentArea("no-such-area")) {
            try framework.developmentArea(id: "no-such-area")
        }
        #expect(throws: FrameworkError.unknownMeasure("no-such-measure")) {
            try framework.measure(id: "no-such-measure")
        }
        #expect(throws: FrameworkError.unknownProblemArea("bristande")) {
            try framework.problemArea(id: "bristande")
        }
        #expect(throws: FrameworkError.unknownPrinciple("trust")) {
            try framework.principle(id: "trust")
        }
    }
}
