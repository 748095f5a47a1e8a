import Testing

@testable import FactLedger

@Suite("The policy's publisher and reviewURLTemplate")
struct PolicyExportFieldsTests {
  private func decode(_ text: String) throws -> (Policy?, [String], [String]) {
    let json = try JSONParser().parse(text)
    var problems: [DecodingProblem] = []
    let policy = Policy(json: json, problems: &problems)
    let violations = LedgerSchemas.shared.validate(json, as: .policy).map(\.description)
    return (policy, problems.map(\.message), violations)
  }

  @Test("both are read, written back, and fill in a claim's address")
  func roundTrip() throws {
    let text = """
      {"version": 1, "sourcedKinds": ["event"], "publisher": {"name": "Standards desk", "url": "https://factcheck.example.org/"},
       "reviewURLTemplate": "https://factcheck.example.org/{article}/#{id}"}
      """
    let (policy, problems, violations) = try decode(text)
    #expect(problems == [] && violations == [])
    let decoded = try #require(policy)
    #expect(
      decoded.publisher
        == Policy.Publisher(name: "Standards desk", url: "https://factcheck.example.org/"))
    #expect(
      decoded.reviewURL(forClaim: "c1", article: "a1") == "https://factcheck.example.org/a1/#c1")
    #expect(decoded.json["publisher"]?["name"]?.stringValue == "Standards desk")
    #expect(
      decoded.json["reviewURLTemplate"]?.stringValue
        == "https://factcheck.example.org/{article}/#{id}")
  }

  @Test(
    "a template or publisher URL that is not an http(s) address is refused by decoder and schema",
    arguments: [
      #""reviewURLTemplate": "javascript:alert('{id}')""#,
      #""reviewURLTemplate": "factcheck/{id}""#,
      #""publisher": {"name": "Desk", "url": "ftp://example.org"}"#,
      #""publisher": {"name": " "}"#,
    ])
  func refused(member: String) throws {
    let (_, problems, violations) = try decode(
      #"{"version": 1, "sourcedKinds": ["event"], \#(member)}"#)
    #expect(!problems.isEmpty)
    #expect(!violations.isEmpty)
  }
}
