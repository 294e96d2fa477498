// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ogi-etl",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ogi-etl", targets: ["ogi-etl"]),
        .library(name: "OGIETL", targets: ["OGIETL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The canonical schema: names and orders only, so any consumer can depend on it.
        .target(name: "OGISchema"),
        // The system zlib (Debian zlib1g-dev / libz-dev); named apart from ZIPFoundation's CZLib.
        .systemLibrary(
            name: "SystemZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The SHA-256 block function on the x86 SHA extensions; a C target because Swift has no
        // intrinsics for them. Other CPUs fall back to the Swift implementation.
        .target(name: "SHA256Extensions"),
        // UTF-8 validation with AVX2 table lookups, which Swift's SIMD types cannot express.
        .target(name: "UTF8Vector"),
        .target(
            name: "OGIETL",
            dependencies: [
                "OGISchema",
                "SystemZlib",
                "SHA256Extensions",
                "UTF8Vector",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "ogi-etl",
            dependencies: [
                "OGIETL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Reports rendered from known values in every layout, for the tests and the benchmark.
        .target(name: "OGIFixtures", dependencies: ["OGISchema"]),
        // `make bench`: writes a synthetic corpus with its expected cells, and checks a run's output.
        .executableTarget(
            name: "ogi-etl-bench",
            dependencies: [
                "OGIFixtures",
                "OGISchema",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target; built by `make fuzz` with --sanitize=fuzzer --sanitize=address.
        .executableTarget(
            name: "ogi-etl-fuzz",
            dependencies: ["OGIETL"]
        ),
        .testTarget(
            name: "OGIETLTests",
            // The kill test runs the real binary, so it must be built before the tests.
            dependencies: ["OGIETL", "OGISchema", "OGIFixtures", "ogi-etl", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
