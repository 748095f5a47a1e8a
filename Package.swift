// swift-tools-version: 6.0
import PackageDescription

// A release build on Linux carries the Swift runtime and Foundation inside its binaries, as
// `swift build --static-swift-stdlib` would: a command starts in about 5 ms instead of 12 (no
// dynamic loading of twenty libraries), and the binary runs where no toolchain is installed.
let staticRuntime: [SwiftSetting] = [
  .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))
]
let staticRuntimeLink: [LinkerSetting] = [
  .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))
]

let package = Package(
  name: "factledger",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "FactLedger", targets: ["FactLedger"]),
    .executable(name: "factledger", targets: ["factledger"]),
    .executable(name: "factledger-bench", targets: ["factledger-bench"]),
  ],
  dependencies: [],
  targets: [
    .target(name: "FactLedger", swiftSettings: staticRuntime),
    .executableTarget(
      name: "factledger", dependencies: ["FactLedger"], swiftSettings: staticRuntime,
      linkerSettings: staticRuntimeLink),
    .executableTarget(
      name: "factledger-bench", dependencies: ["FactLedger"], swiftSettings: staticRuntime,
      linkerSettings: staticRuntimeLink),
    // Writes Sources/FactLedger/Schema/*+Generated.swift from Schemas/.
    .executableTarget(
      name: "generate-factledger", dependencies: ["FactLedger"], swiftSettings: staticRuntime,
      linkerSettings: staticRuntimeLink),
    // What both test targets share: the repository's paths, temporary folders, running the binary.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "FactLedgerTests", dependencies: ["FactLedger", "TestSupport"]),
    .testTarget(
      name: "factledgerCLITests", dependencies: ["factledger", "TestSupport"],
      // Golden files are read from the source tree (and re-recorded there), not bundled.
      exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
