// swift-tools-version: 6.0
// Writes Examples/sample.tillit.json through TillitCore, so the sample is valid by construction.
//
//     swift run --package-path Examples/MakeSample make-sample Examples/sample.tillit.json
import PackageDescription

let package = Package(
    name: "MakeSample",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Tillit", path: "../..")],
    targets: [
        .executableTarget(
            name: "make-sample", dependencies: [.product(name: "TillitCore", package: "Tillit")],
            path: "Sources/MakeSample")
    ],
    swiftLanguageModes: [.v6]
)
