// swift-tools-version: 6.0
// Tillit: a self-assessment of trust-based governance and management (SOU 2019:43).
//
// The package has no package dependencies by design: agencies' IT reviews favour software
// without third-party code, and embedders get a core that builds anywhere Foundation does.
import PackageDescription

let package = Package(
    name: "Tillit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TillitCore", targets: ["TillitCore"]),
        .executable(name: "tillit-assess", targets: ["tillit-assess"]),
    ],
    targets: [
        // The framework's content (principles, problem areas, development areas, measures), the built-in
        // questionnaires and the 2019 survey's figures are data that a domain expert reviews; they are
        // compiled into the library as byte arrays (`PackageResources`), so nothing is looked up at run
        // time and the build reads nothing outside the repository.
        .target(
            name: "TillitCore",
            resources: [
                .embedInCode("Resources/Framework"), .embedInCode("Resources/Questionnaires"),
                .embedInCode("Resources/NationalSurvey"),
            ]),
        .executableTarget(name: "tillit-assess", dependencies: ["TillitCore"]),
        // Feeds mutated inputs to every reader; `swift run -c release tillit-fuzz --count 10000`.
        .executableTarget(name: "tillit-fuzz", dependencies: ["TillitCore"]),
        // Times the stages of a large import for scripts/benchmark-import.sh; not part of the product.
        .executableTarget(name: "tillit-benchmark", dependencies: ["TillitCore"]),
        .testTarget(name: "TillitCoreTests", dependencies: ["TillitCore"]),
        // The snapshots are read from the source tree by path, not bundled.
        .testTarget(name: "TillitAssessTests", dependencies: ["tillit-assess"], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
