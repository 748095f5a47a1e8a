/// The list beside the article's text: one entry per record with its status, the check's
/// reasons, the latest review, the attribution chain (speaker, role, organisation, outlet, via)
/// and the evidence with links and excerpts. Each entry, `<li id="claim-ID">`, links to its
/// highlight in the text (`#hl-ID`).
struct ClaimListHTML: Sendable {
  /// The list's `<section>`, with the filter form the script shows (hidden without it).
  func render(_ page: ArticlePage) -> String {
    var html = "<section class=\"claims\" aria-labelledby=\"claims-heading\">\n"
    html += "<h2 id=\"claims-heading\">Records (\(page.records.count))</h2>\n"
    html += filters(page)
    html += "<ol class=\"claim-list\">\n"
    // Entries are independent: written on all cores, joined in the page's order.
    html += page.records.parallelMap(entry).joined()
    return html + "</ol>\n</section>\n"
  }

  /// Check boxes by status and by kind; hidden until the script runs and shows them.
  private func filters(_ page: ArticlePage) -> String {
    let statuses = PageStatus.allCases.filter { page.counts[$0] != nil }
    let kinds = ClaimKind.allCases.filter { kind in page.records.contains { $0.claim.kind == kind }
    }
    let box = { (name: String, value: String, label: String) in
      "<label><input type=\"checkbox\" name=\"\(name)\" value=\"\(value)\" checked=\"checked\"/> "
        + "\(label)</label> "
    }
    return "<form class=\"filters\" hidden=\"hidden\"><fieldset><legend>Status</legend>"
      + statuses.map { box("status", $0.rawValue, $0.label) }.joined()
      + "</fieldset><fieldset><legend>Kind</legend>"
      + kinds.map { box("kind", $0.rawValue, $0.rawValue) }.joined()
      + "</fieldset></form>\n"
  }

  private func entry(_ record: ArticlePage.Record) -> String {
    let claim = record.claim
    let id = Escape.html(claim.id)
    let status = record.status
    var html =
      "<li id=\"claim-\(id)\" class=\"claim\" data-claim=\"\(id)\" data-status=\"\(status.rawValue)\" "
      + "data-kind=\"\(claim.kind.rawValue)\">\n"
    html +=
      "<h3><span class=\"badge st-\(status.rawValue)\">\(status.icon) \(status.label)</span> "
      + "<code>\(id)</code> <span class=\"kind\">\(claim.kind.rawValue)</span></h3>\n"
    html += "<p class=\"claim-text\">\(Escape.html(claim.text))</p>\n"
    if claim.anchor.start < claim.anchor.end {
      html += "<p><a class=\"show-in-text\" href=\"#hl-\(id)\">Show in the text</a></p>\n"
    }
    html += "<dl>" + details(record).map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>\n"
    html += assertions(record)
    html += evidence(record)
    return html + "</li>\n"
  }

  /// The rows of the entry's description list, values already HTML.
  private func details(_ record: ArticlePage.Record) -> [(String, String)] {
    let claim = record.claim
    var rows: [(String, String)] = []
    if claim.isDraft { rows.append(("Draft", "drafted by a tool; no person has finished it")) }
    rows.append(("Check", record.checked.map { Escape.html($0.rawValue) } ?? "not checked"))
    if !record.reasons.isEmpty {
      rows.append(
        ("Reasons", record.reasons.map { "<code>\($0.rawValue)</code>" }.joined(separator: " ")))
    }
    if let review = claim.reviews.last {
      var text = "\(review.status.rawValue) by \(review.reviewer), \(review.time)"
      if let reason = review.reason { text += " (\(reason))" }
      if let note = review.note { text += ": \(note)" }
      rows.append(("Review", Escape.html(text)))
    } else if claim.kind.isClaim {
      rows.append(("Review", "none"))
    }
    rows += attribution(record)
    for note in record.notes { rows.append(("Note", Escape.html(note))) }
    if let note = claim.note { rows.append(("Record note", Escape.html(note))) }
    return rows
  }

  /// The attribution chain: how, who, for whom, first reported where, and through whom.
  private func attribution(_ record: ArticlePage.Record) -> [(String, String)] {
    let attribution = record.claim.attribution
    guard record.claim.kind.isClaim || attribution.isSourced else { return [] }
    var how = attribution.kind.rawValue
    if attribution.isVague { how += ", vague" }
    var rows: [(String, String)] = [("Attribution", Escape.html(how))]
    if let carrier = attribution.carriedBy {
      let id = Escape.html(carrier)
      rows.append(("Carried by", "<a href=\"#claim-\(id)\"><code>\(id)</code></a>"))
    }
    if let speaker = attribution.speaker {
      if let name = speaker.name { rows.append(("Speaker", Escape.html(name))) }
      if let description = speaker.description {
        rows.append(("Source", Escape.html(description)))
      }
      if let role = speaker.role { rows.append(("Role", Escape.html(role))) }
      if let organization = speaker.organization {
        rows.append(("Organisation", Escape.html(organization)))
      }
    }
    if let outlet = record.outletName { rows.append(("Outlet", Escape.html(outlet))) }
    if !record.viaNames.isEmpty {
      rows.append(("Via", record.viaNames.map(Escape.html).joined(separator: " ← ")))
    }
    if let cue = attribution.cue { rows.append(("Cue", "“" + Escape.html(cue.exact) + "”")) }
    return rows
  }

  private func assertions(_ record: ArticlePage.Record) -> String {
    guard !record.assertions.isEmpty else { return "" }
    let items = record.assertions.map { result in
      "<li><code>\(result.field.rawValue)</code> \(Escape.html(result.value)): "
        + "<em>\(result.state.rawValue)</em></li>"
    }
    return "<ul class=\"assertions\">" + items.joined() + "</ul>\n"
  }

  private func evidence(_ record: ArticlePage.Record) -> String {
    guard !record.evidence.isEmpty else { return "" }
    let items = record.evidence.map { item in
      var html = "<li><code>\(Escape.html(item.id))</code> "
      if let stance = item.stance { html += "<em>\(stance.rawValue)</em> " }
      let name = item.source.title ?? item.source.publisher
      html += WebLink.html(item.source.url, text: name)
      var about = [item.source.publisher]
      if let published = item.source.published { about.append(published) }
      if item.source.title != nil || item.source.published != nil {
        html += " (" + Escape.html(about.joined(separator: ", ")) + ")"
      }
      if let url = item.source.url, !WebLink.isAllowed(url) {
        html += " <span class=\"not-linked\">[not linked: \(Escape.html(url))]</span>"
      }
      if let excerpt = item.excerpt {
        html += "<blockquote>\(Escape.html(excerpt))</blockquote>"
      }
      return html + "</li>"
    }
    return "<h4>Evidence</h4><ul class=\"evidence\">" + items.joined() + "</ul>\n"
  }
}
