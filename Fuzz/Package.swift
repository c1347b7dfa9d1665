// swift-tools-version: 6.1
// libFuzzer targets for Briefing's input-facing code, built apart from the main package (as swift-protobuf's
// FuzzTesting is) because every module must be compiled with `-sanitize=fuzzer`. `make fuzz` builds and runs them:
//   swift build -c release -Xswiftc -sanitize=fuzzer,address
// Each main.swift hands its test to libFuzzer's driver (see FuzzSupport/LibFuzzer.swift), so no -parse-as-library.

import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]
let briefing = Target.Dependency.product(name: "BriefingFuzzable", package: "Briefing")

let package = Package(
    name: "BriefingFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Briefing", path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"], swiftSettings: strict),
        .executableTarget(name: "FuzzExtractor", dependencies: [briefing, "FuzzSupport"], swiftSettings: strict),
        .executableTarget(name: "FuzzPipelineFile", dependencies: [briefing, "FuzzSupport"], swiftSettings: strict),
        .executableTarget(name: "FuzzDocumentLoader", dependencies: [briefing, "FuzzSupport"], swiftSettings: strict),
    ]
)
