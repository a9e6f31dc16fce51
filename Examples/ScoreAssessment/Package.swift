// swift-tools-version: 6.0
// Embedding TillitCore: build an assessment, record answers and score it.
//
//     swift run --package-path Examples/ScoreAssessment
import PackageDescription

let package = Package(
    name: "ScoreAssessment",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Tillit", path: "../..")],
    targets: [
        .executableTarget(
            name: "ScoreAssessment", dependencies: [.product(name: "TillitCore", package: "Tillit")])
    ],
    swiftLanguageModes: [.v6]
)
