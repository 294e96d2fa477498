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
        .target(
            name: "OGIETL",
            dependencies: [
                "OGISchema",
                "SystemZlib",
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
        .testTarget(
            name: "OGIETLTests",
            dependencies: ["OGIETL", "OGISchema", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
