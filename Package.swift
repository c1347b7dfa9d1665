// swift-tools-version: 6.1
// Briefing: extracts numeric facts from policy documents and emits briefing workbooks.
// Dependencies point one way (see README "Layout"): Model ← Ingest/Extraction/Normalization/FactStore,
// Workbook ← CXlsxWriter, Reports ← Model + Workbook, Pipeline ← all, briefing ← Pipeline.

import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
]

let package = Package(
    name: "Briefing",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        // Only for the libFuzzer package in Fuzz/: a path dependency can use products, never bare targets.
        .library(name: "BriefingFuzzable", targets: ["BriefingModel", "Extraction", "Ingest", "Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // C libraries, wrapped once each.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // Stages.
        .target(name: "BriefingModel", swiftSettings: strict),
        .target(
            name: "Ingest",
            dependencies: ["BriefingModel", "CLibXML2", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(name: "Extraction", dependencies: ["BriefingModel"], swiftSettings: strict),
        .target(
            name: "Normalization",
            dependencies: ["BriefingModel", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(
            name: "FactStore",
            dependencies: ["BriefingModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .target(name: "Workbook", dependencies: ["CXlsxWriter"], swiftSettings: strict),
        .target(
            name: "Reports",
            dependencies: ["BriefingModel", "Workbook", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Templates")],
            swiftSettings: strict
        ),
        .target(
            name: "Pipeline",
            dependencies: [
                "BriefingModel", "Ingest", "Extraction", "Normalization", "FactStore", "Reports",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingModel", "Pipeline", "Extraction", "Ingest", "FactStore", "Normalization", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),

        // Measurements behind `make bench` (never part of `make test`).
        .executableTarget(
            name: "briefing-bench",
            dependencies: ["BriefingModel", "Extraction", "Workbook"],
            path: "Benchmarks/BriefingBench",
            swiftSettings: strict
        ),

        // Tests, one folder per module.
        .testTarget(name: "BriefingModelTests", dependencies: ["BriefingModel"], swiftSettings: strict),
        .testTarget(
            name: "IngestTests",
            dependencies: ["Ingest", "BriefingModel"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ExtractionTests",
            dependencies: ["Extraction", "BriefingModel", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NormalizationTests",
            dependencies: ["Normalization", "BriefingModel"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "FactStoreTests",
            dependencies: ["FactStore", "BriefingModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "WorkbookTests",
            dependencies: ["Workbook", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "BriefingModel", "Workbook", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Golden")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "BriefingModel", "FactStore", "Extraction",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "BriefingCLITests",
            dependencies: ["BriefingModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
    ]
)
