import Foundation
import TestSupport
import Testing

@testable import FactLedger

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("Escaping untrusted text for each kind of output")
struct EscapeTests {
  /// Every code point `Escape.terminal` must show: C0, DEL, C1, line and paragraph separators,
  /// bidirectional embeddings, overrides and isolates.
  static let unsafe: [Unicode.Scalar] =
    (Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x2028, 0x2029] + Array(0x202A...0x202E)
    + Array(0x2066...0x2069)).compactMap(Unicode.Scalar.init)

  /// The forged workflow command and the rest of a pull request's worst.
  static let hostile =
    "=cmd|' /C calc'!A0 \n::error file=x::forged\r\u{1B}[31mred <script>alert(1)</script> | \u{FFFE}\u{FFFF} \u{202E}txt %0A end"

  // MARK: - Terminal

  @Test("terminal: each control, separator and bidi character is shown, never passed raw")
  func terminalShowsEveryUnsafeCharacter() {
    for scalar in Self.unsafe {
      let escaped = Escape.terminal("a\(Character(scalar))b")
      #expect(!escaped.unicodeScalars.contains { Escape.isUnsafeForTerminal($0) })
      #expect(escaped.hasPrefix("a\\") && escaped.hasSuffix("b"), "U+\(scalar.value): \(escaped)")
    }
    #expect(Escape.terminal("a\nb\r\tc") == "a\\nb\\r\\tc")
    #expect(Escape.terminal("\u{1B}[31mred\u{7F}\u{9B}") == "\\u{1B}[31mred\\u{7F}\\u{9B}")
    #expect(Escape.terminal("abc\u{202E}def\u{2066}") == "abc\\u{202E}def\\u{2066}")
    #expect(Escape.terminal("\u{0}") == "\\u{0}")
    // Directional marks and the byte order mark print as nothing, yet reorder or hide text.
    #expect(
      Escape.terminal("a\u{200E}b\u{200F}c\u{61C}d\u{FEFF}e")
        == "a\\u{200E}b\\u{200F}c\\u{61C}d\\u{FEFF}e")
  }

  @Test(
    "terminal and HTML show no printable ASCII character (their search passes those bytes over)")
  func printableASCIIIsNeverShown() {
    for byte in UInt8(0x20)...UInt8(0x7E) {
      let scalar = Unicode.Scalar(byte)
      #expect(!Escape.isUnsafeForTerminal(scalar) && !Escape.isShownInHTML(scalar), "\(byte)")
      #expect(Escape.terminal("a\(Character(scalar))b") == "a\(Character(scalar))b")
    }
  }

  @Test("terminal: one line whatever the input, so no line of it can start a workflow command")
  func terminalIsOneLine() {
    let escaped = Escape.terminal(Self.hostile)
    #expect(
      escaped
        == "=cmd|' /C calc'!A0 \\n::error file=x::forged\\r\\u{1B}[31mred <script>alert(1)</script> | \u{FFFE}\u{FFFF} \\u{202E}txt %0A end"
    )
    #expect(!escaped.contains { $0.isNewline })
  }

  @Test("terminal: plain text, accents, emoji and CRLF pairs are handled by scalar")
  func terminalKeepsPlainText() {
    let plain = "Kochkin said “Joint work is underway” — 4 ships, café, 🇷🇺, back\\slash"
    #expect(Escape.terminal(plain) == plain)
    // CR LF is one Character but two scalars; a control joined to a combining mark is caught.
    #expect(Escape.terminal("a\r\nb") == "a\\r\\nb")
    #expect(Escape.terminal("a\u{1B}\u{301}b") == "a\\u{1B}\u{301}b")
  }

  @Test("terminal: escaping twice changes nothing more than escaping once")
  func terminalIsIdempotent() {
    let once = Escape.terminal(Self.hostile)
    #expect(Escape.terminal(once) == once)
  }

  // MARK: - Markdown

  @Test(
    "markdown: HTML, links, emphasis, code, math, pipes and strikethrough are escaped",
    arguments: [
      ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
      ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
      ("a &lt; b & c", "a &amp;lt; b &amp; c"),
      ("[click](https://evil.example) ![i](x)", "\\[click\\](https://evil.example) !\\[i\\](x)"),
      (
        "*bold* _it_ `code` ~~gone~~ $x$", "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ \\$x\\$"
      ),
      ("a | b \\ c", "a \\| b \\\\ c"),
      ("line\nbreak", "line\\\\nbreak"),
      ("\u{1B}[31m", "\\\\u{1B}\\[31m"),
    ])
  func markdownInline(input: String, expected: String) {
    #expect(Escape.markdown(input) == expected)
  }

  @Test(
    "markdown: a heading, list, quote or rule at the start is escaped; the same marks inside are left",
    arguments: [
      ("# Title", "\\# Title"), ("- item", "\\- item"), ("+ item", "\\+ item"),
      ("= rule", "\\= rule"), ("> quote", "&gt; quote"), ("12. item", "12\\. item"),
      ("3) item", "3\\) item"), ("2020-05-27 is a date.", "2020-05-27 is a date."),
      ("U.S. (1.5 million) #1 - ok", "U.S. (1.5 million) #1 - ok"),
    ])
  func markdownBlockStarts(input: String, expected: String) {
    #expect(Escape.markdown(input) == expected)
  }

  @Test("markdown: the hostile string has no raw '<', no line break and no control character")
  func markdownHostile() {
    let escaped = Escape.markdown(Self.hostile)
    #expect(!escaped.contains("<") && !escaped.contains { $0.isNewline })
    #expect(!escaped.unicodeScalars.contains { Escape.isUnsafeForTerminal($0) })
    #expect(escaped.hasPrefix("\\=cmd\\|' /C calc'!A0 \\\\n::error"))
  }

  // MARK: - CSV

  @Test(
    "csv: a cell starting with = + - @ tab or CR is prefixed with a quote (OWASP)",
    arguments: [
      ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1+1", "'+1+1"), ("-2+3", "'-2+3"),
      ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\\t=1"), ("\r=1", "'\\r=1"),
      ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
      ("a=b", "a=b"), ("1-2", "1-2"), ("", ""),
    ])
  func csvFormulas(input: String, expected: String) {
    #expect(Escape.csvField(input) == expected)
  }

  @Test("csv: RFC 4180 quoting for commas, quotes and edge spaces; line breaks shown, not kept")
  func csvQuoting() {
    #expect(Escape.csvField("a, b") == "\"a, b\"")
    #expect(Escape.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(Escape.csvField(" padded") == "\" padded\"")
    #expect(Escape.csvField("two\nlines") == "two\\nlines")
    #expect(Escape.csvRecord(["id", "a,b", "=1"]) == "id,\"a,b\",'=1\r\n")
    let record = Escape.csvRecord([Self.hostile])
    #expect(record.hasPrefix("'=cmd") && record.filter(\.isNewline).count == 1)
  }

  // MARK: - HTML

  @Test("html: markup and both quotes become entities; controls and bidi are shown")
  func html() {
    #expect(
      Escape.html("<script>alert(\"x\")</script> & 'y'")
        == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
    #expect(Escape.html("<a href='javascript:x'>") == "&lt;a href=&#39;javascript:x&#39;&gt;")
    #expect(Escape.html("a\u{202E}b\nc\u{1B}") == "a\\u{202E}b\\nc\\u{1B}")
    #expect(Escape.html("café — ok") == "café — ok")
    // A quotation mark or bracket followed by a combining mark is one Character in Swift, but
    // still ends an attribute or opens a tag in a browser: escaped by scalar.
    #expect(Escape.html("\"\u{301} onmouseover=x") == "&quot;\u{301} onmouseover=x")
    #expect(Escape.html("<\u{338}script>") == "&lt;\u{338}script&gt;")
    let escaped = Escape.html(Self.hostile)
    #expect(!escaped.contains("<") && !escaped.contains("\"") && !escaped.contains("'"))
  }

  // MARK: - XML

  @Test("xml: markup and quotes become entities; tab, LF, CR and bidi become references")
  func xmlEntities() {
    #expect(Escape.xml("a & <b> \"c\" 'd'") == "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;")
    #expect(Escape.xml("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
    #expect(Escape.xml("\u{202E}\u{85}\u{7F}") == "&#x202E;&#x85;&#x7F;")
  }

  @Test("xml: characters XML 1.0 forbids are replaced by their visible form")
  func xmlForbidden() {
    #expect(Escape.xml("a\u{FFFE}b\u{FFFF}c") == "a\\u{FFFE}b\\u{FFFF}c")
    #expect(
      Escape.xml("\u{0}\u{8}\u{B}\u{C}\u{1B}\u{1F}") == "\\u{0}\\u{8}\\u{B}\\u{C}\\u{1B}\\u{1F}")
    // Noncharacters outside the BMP are allowed by XML 1.0 and kept.
    #expect(Escape.xml("\u{1FFFE}") == "\u{1FFFE}")
  }

  @Test("xml: a document of every hostile character parses, and reads back as the text")
  func xmlParses() throws {
    let text =
      String(String.UnicodeScalarView((0x00...0x9F).compactMap(Unicode.Scalar.init)))
      + Self.hostile
    let document = "<a b=\"\(Escape.xml(text))\" c='\(Escape.xml(text))'>\(Escape.xml(text))</a>"
    let parser = XMLParser(data: Data(document.utf8))
    let reader = XMLReader()
    parser.delegate = reader
    #expect(parser.parse() && parser.parserError == nil)
    let expected = String(
      text.unicodeScalars.map { Escape.isForbiddenInXML($0) ? Escape.visible($0) : String($0) }
        .joined())
    #expect(reader.attributes["b"] == expected)
    #expect(reader.attributes["c"] == expected)
    #expect(reader.characters == expected)
  }

  // MARK: - GitHub workflow commands

  @Test("workflow commands: %, CR and LF as GitHub documents; other controls shown")
  func workflowCommandData() {
    #expect(Escape.workflowCommandData("50% a\r\nb") == "50%25 a%0D%0Ab")
    #expect(Escape.workflowCommandData("%0A") == "%250A")
    #expect(Escape.workflowCommandData("a: b, c") == "a: b, c")
    #expect(Escape.workflowCommandData("\u{1B}[31m\u{202E}") == "\\u{1B}[31m\\u{202E}")
    let escaped = Escape.workflowCommandData(Self.hostile)
    #expect(!escaped.contains { $0.isNewline })
    #expect(escaped.contains("A0 %0A::error file=x::forged%0D\\u{1B}[31m"))
  }

  @Test("workflow commands: properties also escape ':' and ','")
  func workflowCommandProperty() {
    #expect(Escape.workflowCommandProperty("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae")
    #expect(
      Escape.workflowCommandProperty("x.json,line=1::forged") == "x.json%2Cline=1%3A%3Aforged")
  }
}

/// Collects the attributes and text of a one-element XML document.
private final class XMLReader: NSObject, XMLParserDelegate {
  var attributes: [String: String] = [:]
  var characters = ""

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    self.attributes = attributes
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    characters += string
  }
}
