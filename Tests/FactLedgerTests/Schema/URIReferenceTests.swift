import Testing

@testable import FactLedger

/// ASCII URI references are split on their bytes: the parts must be those a split by
/// characters finds, and resolving must give the same URIs.
@Suite("URI references split on bytes")
struct URIReferenceTests {
  private static let references = [
    "", "#", "#/$defs/slug", "common.schema.json#/$defs/slug",
    "factledger:/schemas/claim.schema.json",
    "https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2020-12/schema#",
    "http://localhost:1234/draft2020-12/tree#node", "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed",
    "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed#/$defs/bar", "//example.com/a/b?q=1#f",
    "../b/./c/../d", "./", "..", "a:b/c", "/a:b", "a/b:c", ":a", "?x#y", "#?x", "a?b?c#d#e",
    "%25%2F", "foo%22bar#a%25b", "mailto:Geng.Shuang@example.com", "tag:a,b:c\r\nd",
  ]

  private static func parts(_ reference: URIReference) -> [String?] {
    [reference.scheme, reference.authority, reference.path, reference.query, reference.fragment]
  }

  @Test("each ASCII reference splits into the parts a split by characters finds")
  func sameParts() {
    for text in Self.references {
      let bytes = URIReference(text)
      let characters = URIReference(characters: text)
      #expect(Self.parts(bytes) == Self.parts(characters), "\(text)")
      #expect(bytes.description == text)
    }
  }

  @Test("resolving each against each gives the URIs a split by characters gives")
  func sameResolution() {
    for base in Self.references {
      for reference in Self.references {
        let resolved = URIReference(base).resolving(URIReference(reference))
        let expected = URIReference(characters: base).resolving(
          URIReference(characters: reference))
        #expect(resolved.description == expected.description, "\(base) + \(reference)")
      }
    }
  }

  @Test("a reference with other characters is split by characters")
  func otherCharacters() {
    for text in ["#\u{301}x", "a\u{301}:b#c", "caf\u{e9}.json#/\u{65e5}", "x#y\u{301}"] {
      #expect(Self.parts(URIReference(text)) == Self.parts(URIReference(characters: text)))
    }
  }

  @Test("percent escapes decode as before, whatever follows a '%'")
  func percentDecoding() {
    #expect("%24defs%2Fslug".percentDecoded == "$defs/slug")
    #expect("a%2".percentDecoded == "a%2")
    #expect("%\u{301}41".percentDecoded == "%\u{301}41")
    #expect("no escape".percentDecoded == "no escape")
    #expect(URIReference.removingDotSegments("/a/b/../c/./d") == "/a/c/d")
    #expect(URIReference.removingDotSegments("/a/.\u{301}/b") == "/a/.\u{301}/b")
  }
}
