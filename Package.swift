// swift-tools-version: 6.0
import PackageDescription

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
    .target(name: "FactLedger"),
    .executableTarget(name: "factledger", dependencies: ["FactLedger"]),
    .executableTarget(name: "factledger-bench", dependencies: ["FactLedger"]),
    // Writes Sources/FactLedger/Schema/*+Generated.swift from Schemas/.
    .executableTarget(name: "generate-factledger", dependencies: ["FactLedger"]),
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
