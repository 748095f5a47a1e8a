/// The text of an HTML page as a reader sees it, in the ledger's paragraph layout.
///
/// Tags are stripped and character references decoded; scripts, styles, `<noscript>`,
/// `<template>`, `<title>` and comments are dropped; a `<textarea>` keeps its markup as text; block elements (paragraphs, headings,
/// list items, sections, table rows, figures, line breaks) end a paragraph. Everything else
/// a page shows is kept, navigation and footers too: the ledger records page furniture as well.
public enum HTMLText {
  /// Whether `text` reads as HTML: it starts with `<!doctype html` or `<html`, or has `<body`.
  public static func looksLikeHTML(_ text: String) -> Bool {
    let head = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).prefix(64).lowercased()
    if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return true }
    return text.range(of: "<body", options: .caseInsensitive) != nil
  }

  /// The text of `html`: paragraphs separated by a blank line, each on one line, with one
  /// final line break (`ParagraphText`).
  public static func plainText(fromHTML html: String) -> String {
    PageText(html: html).text
  }

  /// A page's text, and the first character reference in it that stands for a character
  /// article text cannot hold (`TextScalars.isRefused`), if any.
  public struct PageText {
    /// The text in the ledger's layout.
    public var text: String
    /// The reference's offset in the page's Unicode scalars, and what it stands for.
    public var firstRefusedReference: (scalarOffset: Int, scalar: Unicode.Scalar)?

    /// Reads `html`.
    public init(html: String) {
      var refused: (scalarOffset: Int, scalar: Unicode.Scalar)?
      text = ParagraphText.join(HTMLText.paragraphs(in: html, firstRefusedReference: &refused))
      firstRefusedReference = refused
    }
  }

  /// Elements whose content is never shown as text.
  static let droppedElements: Set = ["script", "style", "noscript", "template", "title"]

  /// Elements whose content is shown as written: markup in it is text (references are decoded).
  static let textElements: Set = ["textarea"]

  /// Elements that start and end a paragraph.
  static let blockElements: Set = [
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
  ]

  /// Elements whose neighbours are separated by a space (table cells).
  static let spacedElements: Set = ["td", "th"]

  /// The paragraphs of `html`, each with its white space folded; the first reference that
  /// stands for a character text cannot hold is noted in `firstRefusedReference`.
  static func paragraphs(
    in html: String,
    firstRefusedReference: inout (scalarOffset: Int, scalar: Unicode.Scalar)?
  ) -> [String] {
    let scalars = Array(html.unicodeScalars)
    var paragraphs: [String] = []
    var current = String.UnicodeScalarView()
    func endParagraph() {
      paragraphs.append(String(current))
      current.removeAll()
    }
    var offset = 0
    var textUntil = 0
    while offset < scalars.count {
      let scalar = scalars[offset]
      if scalar == "&", let (decoded, next) = HTMLEntities.decode(scalars, at: offset) {
        if firstRefusedReference == nil, TextScalars.isRefused(decoded) {
          firstRefusedReference = (offset, decoded)
        }
        current.append(decoded)
        offset = next
      } else if scalar == "<", offset >= textUntil, let tag = Tag(scalars, at: offset) {
        offset = tag.end
        if !tag.isClosing, droppedElements.contains(tag.name) {
          offset = Tag.endOfElement(tag.name, in: scalars, from: offset)
        } else if !tag.isClosing, textElements.contains(tag.name) {
          textUntil = Tag.startOfEndTag(tag.name, in: scalars, from: offset)
        } else if blockElements.contains(tag.name) {
          endParagraph()
        } else if spacedElements.contains(tag.name) {
          current.append(" ")
        }
      } else {
        current.append(scalar)
        offset += 1
      }
    }
    endParagraph()
    return paragraphs.map(ParagraphText.fold).filter { !$0.isEmpty }
  }
}

/// A tag, comment, doctype or processing instruction of an HTML page, as the scanner meets it.
struct Tag {
  /// The element's name in lowercase; empty for a comment, doctype or instruction.
  var name: String
  /// Whether it is an end tag (`</p>`).
  var isClosing: Bool
  /// The offset just past it.
  var end: Int

  /// Reads the markup that starts at `scalars[start]` (a `<`), or `nil` when the `<` is text
  /// (`a < b`).
  init?(_ scalars: [Unicode.Scalar], at start: Int) {
    var offset = start + 1
    guard offset < scalars.count else { return nil }
    if Self.matches("!--", scalars, at: offset) {
      name = ""
      isClosing = false
      end = Self.find("-->", in: scalars, from: offset + 3).map { $0 + 3 } ?? scalars.count
      return
    }
    if scalars[offset] == "!" || scalars[offset] == "?" {
      name = ""
      isClosing = false
      end = Self.find(">", in: scalars, from: offset).map { $0 + 1 } ?? scalars.count
      return
    }
    isClosing = scalars[offset] == "/"
    if isClosing { offset += 1 }
    let nameStart = offset
    while offset < scalars.count,
      scalars[offset].properties.isAlphabetic && scalars[offset].isASCII
        || ("0"..."9").contains(scalars[offset]) && offset > nameStart
    {
      offset += 1
    }
    guard offset > nameStart else { return nil }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars[nameStart..<offset])
    name = String(text).lowercased()
    // Attributes may hold a `>` inside quotes.
    var quote: Unicode.Scalar? = nil
    while offset < scalars.count {
      let scalar = scalars[offset]
      offset += 1
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == ">" {
        break
      }
    }
    end = offset
  }

  /// The offset just past `</name ...>` from `start`, or the end of the page without one.
  static func endOfElement(_ name: String, in scalars: [Unicode.Scalar], from start: Int) -> Int {
    endTag(of: name, in: scalars, from: start)?.end ?? scalars.count
  }

  /// The offset of the end tag of `name` at or after `start`, or the end of the page.
  static func startOfEndTag(_ name: String, in scalars: [Unicode.Scalar], from start: Int) -> Int {
    endTag(of: name, in: scalars, from: start)?.start ?? scalars.count
  }

  private static func endTag(
    of name: String, in scalars: [Unicode.Scalar], from start: Int
  ) -> (start: Int, end: Int)? {
    var offset = start
    while let found = find("</", in: scalars, from: offset) {
      if let tag = Tag(scalars, at: found), tag.isClosing, tag.name == name {
        return (found, tag.end)
      }
      offset = found + 2
    }
    return nil
  }

  private static func matches(_ text: String, _ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
    let pattern = Array(text.unicodeScalars)
    guard offset + pattern.count <= scalars.count else { return false }
    return scalars[offset..<offset + pattern.count].elementsEqual(pattern)
  }

  private static func find(_ text: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var offset = start
    while offset < scalars.count {
      if matches(text, scalars, at: offset) { return offset }
      offset += 1
    }
    return nil
  }
}
