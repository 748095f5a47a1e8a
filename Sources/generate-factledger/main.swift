import FactLedger
import Foundation

// Writes the `+Generated.swift` files of `Sources/FactLedger/Schema/` from `Schemas/`, as
// swift-format's `generate-swift-format` writes its own. Run it from anywhere with
// `swift run generate-factledger` after changing a schema; a test fails until it has run.

/// The package root, found from this file (`Sources/generate-factledger/main.swift`).
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

do {
  for file in try SchemaBundleRenderer(packageRoot: packageRoot).generatedFiles() {
    let url = packageRoot.appendingPathComponent(file.path)
    let bytes = Data(file.text.utf8)
    // An unchanged file is left alone, so its modification time does not trigger a rebuild.
    if FileManager.default.contents(atPath: url.path) == bytes {
      print("unchanged \(file.path)")
    } else {
      try bytes.write(to: url, options: .atomic)
      print("wrote \(file.path)")
    }
  }
} catch {
  let message = "generate-factledger: error: \(error.localizedDescription)\n"
  FileHandle.standardError.write(Data(message.utf8))
  exit(2)
}
