// swift-tools-version: 6.0
// Embedding TillitCore: read an assessment file, score it and render its report.
//
//     swift run --package-path Examples/RenderReport render-report Examples/sample.tillit.json
import PackageDescription

let package = Package(
    name: "RenderReport",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Tillit", path: "../..")],
    targets: [
        .executableTarget(
            name: "render-report", dependencies: [.product(name: "TillitCore", package: "Tillit")],
            path: "Sources/RenderReport")
    ],
    swiftLanguageModes: [.v6]
)
