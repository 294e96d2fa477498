// swift-tools-version:6.0
// The harness behind `make bench-instructions` (bench/instructions.sh), outside the main package:
// it reaches the pipeline's internal stages with `@testable import`, which needs a build with
// `-enable-testing` that the product must not have.
import PackageDescription

let package = Package(
    name: "ogi-etl-instructions",
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(name: "ogi-etl-instructions", dependencies: [.product(name: "OGIETL", package: "ogi-etl")]),
    ]
)
