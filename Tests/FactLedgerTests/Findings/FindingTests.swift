import TestSupport
import Testing

@testable import FactLedger

@Suite("Diagnostics")
struct DiagnosticTests {
  @Test("a message quoting a key with a line break and ESC stays one line, shown escaped")
  func oneLine() {
    let diagnostic = Finding(
      .error, path: "Ledger/a\nb.json", at: SourceLocation(line: 3, column: 7),
      "/: unexpected property 'k\n::error file=x::forged\u{1B}[31m\u{202E}'",
      rule: "schema-violation")
    #expect(
      diagnostic.description
        == "Ledger/a\\nb.json:3:7: error: /: unexpected property 'k\\n::error file=x::forged\\u{1B}[31m\\u{202E}' [schema-violation]"
    )
  }
}
