import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// CSV is a full twin of JSON evidence: every field has a column, and each JSON evidence file
/// written as CSV gives the same report.
@Suite("CSV evidence, a full twin of JSON")
struct EvidenceCSVTwinTests {
  static let fixtures = [
    RepositoryPaths.ledger + "/evidence/crespo-2020-05-27.json",
    RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/evidence/every-field.json").path,
  ]

  @Test("every field of the evidence-item schema has a CSV column, and no column is extra")
  func everyFieldHasAColumn() throws {
    let text = try String(
      contentsOf: RepositoryPaths.schemas.appendingPathComponent("evidence-item.schema.json"),
      encoding: .utf8)
    let schema = try JSONParser().parse(Array(text.utf8))
    let keys = { (value: JSONValue?) in value?["properties"]?.objectMembers?.map(\.key) ?? [] }
    var fields: Set<String> = []
    for key in keys(schema) where key != "source" && key != "facts" { fields.insert(key) }
    for key in keys(schema["$defs"]?["source"]) { fields.insert("source." + key) }
    for key in keys(schema["$defs"]?["facts"]) { fields.insert("facts." + key) }
    #expect(fields.contains("facts.within") && fields.contains("stance"))
    #expect(Set(EvidenceCSV.columns) == fields)
  }

  @Test("each JSON evidence file, written as CSV, gives the identical report", arguments: fixtures)
  func sameReport(_ path: String) throws {
    let ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    let claimIDs = Set(ledger.claims.map(\.claim.id))
    let fromJSON = try EvidenceLoader().load(at: path, claimIDs: claimIDs)
    let folder = try TemporaryFolder()
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    try folder.write(
      try Self.csv(fromEvidence: JSONParser().parse(Array(bytes))), to: "twin.csv")
    let fromCSV = try EvidenceLoader().load(at: folder.path + "/twin.csv", claimIDs: claimIDs)
    #expect(fromCSV.map(\.facts) == fromJSON.map(\.facts))
    #expect(fromCSV.map(\.stance) == fromJSON.map(\.stance))
    let checker = ClaimChecker(ledger: ledger)
    #expect(checker.check(fromCSV) == checker.check(fromJSON))
    #expect(!fromJSON.isEmpty)
  }

  @Test("facts.within reads places and their containers; a place alone has none")
  func withinColumn() throws {
    let items = try EvidenceCSV.items(
      in:
        "id,claims,source.publisher,facts.within\nev,c,Reuters,Tsugol > Zabaykalsky Krai > Siberia; Chita\n"
    )
    let within = try #require(items.first?["facts"]?["within"]?.objectMembers)
    try #require(within.count == 2)
    #expect(within.map(\.key) == ["Tsugol", "Chita"])
    #expect(
      within[0].value.arrayValue?.compactMap(\.stringValue) == ["Zabaykalsky Krai", "Siberia"])
    #expect(within[1].value.arrayValue?.isEmpty == true)
  }

  // MARK: - JSON to CSV, as a spreadsheet user would write it

  static func csv(fromEvidence document: JSONValue) -> String {
    let rows = (document["items"]?.arrayValue ?? []).map { item in
      EvidenceCSV.columns.map { cell(of: item, column: $0) }
    }
    return ([EvidenceCSV.columns] + rows).map { $0.map(quoted).joined(separator: ",") }
      .joined(separator: "\r\n") + "\r\n"
  }

  private static func cell(of item: JSONValue, column: String) -> String {
    var value: JSONValue? = item
    for key in column.split(separator: ".") { value = value?[String(key)] }
    guard let value else { return "" }
    if let members = value.objectMembers {
      if let amount = value["amount"]?.numberValue, let unit = value["unit"]?.stringValue {
        return "\(amount.literal) \(unit)"
      }
      return members.map { member in
        ([member.key] + (member.value.arrayValue ?? []).compactMap(\.stringValue))
          .joined(separator: " > ")
      }.joined(separator: "; ")
    }
    if let list = value.arrayValue { return list.compactMap(\.stringValue).joined(separator: "; ") }
    if let number = value.numberValue { return number.literal }
    return value.stringValue ?? ""
  }

  private static func quoted(_ cell: String) -> String {
    guard cell.contains(where: { ",\"\r\n".contains($0) }) else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
