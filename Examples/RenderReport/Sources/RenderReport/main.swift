// Reads an assessment file, scores it and prints its report as Markdown, in a few lines.
//
//     render-report FILE [sv|en]
import Foundation
import TillitCore

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: render-report FILE [sv|en]\n".utf8))
    exit(64)
}
do {
    let assessment = try AssessmentFile.read(from: URL(fileURLWithPath: path))
    let scorecard = Scorer().score(assessment)
    let language = arguments.dropFirst().first.flatMap(Language.init(rawValue:)) ?? assessment.language
    print(ReportRenderer(assessment: assessment, scorecard: scorecard, language: language).render(.markdown))
} catch let error as any TillitError {
    FileHandle.standardError.write(Data("\(path): \(error.message.en)\n".utf8))
    exit(65)
}
