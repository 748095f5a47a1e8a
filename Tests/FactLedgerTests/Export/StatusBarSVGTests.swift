import Foundation
import Testing

@testable import FactLedger

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("The counts bar")
struct StatusBarSVGTests {
  @Test("one segment per status present, widths in proportion adding up to the whole bar")
  func segments() throws {
    let svg = StatusBarSVG.svg(for: [.verified: 1, .disputed: 2, .notAClaim: 0, .unsourced: 3])
    _ = try XMLDocument(data: Data(svg.utf8), options: [])
    let segments = svg.components(separatedBy: "<rect class=\"segment\" ").dropFirst()
    let value = { (segment: String, name: String) -> String? in
      (" " + segment).components(separatedBy: " \(name)=\"").dropFirst().first?
        .components(separatedBy: "\"").first
    }
    let statuses = segments.compactMap { value($0, "data-status") }
    let widths = segments.compactMap { value($0, "width").flatMap(Int.init) }
    #expect(statuses == ["verified", "disputed", "unsourced"])
    #expect(widths == [166, 334, 500])
    #expect(
      svg.contains("aria-label=\"Records by status: verified: 1, disputed: 2, unsourced: 3\""))
  }

  @Test("no records: an empty bar that says so")
  func empty() {
    #expect(StatusBarSVG.svg(for: [:]).contains("no records"))
  }
}
