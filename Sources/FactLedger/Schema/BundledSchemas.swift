// Generated from Schemas/ by `FACTLEDGER_RECORD_SCHEMAS=1 swift test --filter BundledSchemas`.
// Do not edit: change the schema in Schemas/ and re-record; a test keeps the two identical.

/// The schemas of `Schemas/`, compiled into the binary so it works from any directory.
enum BundledSchemas {
  /// The text of each schema file, by file name.
  static let files: [String: String] = [
    "article.schema.json": ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "factledger article metadata",
      "description": "An article under review. File: Ledger/articles/<id>/article.json.",
      "type": "object",
      "required": [
        "id",
        "title",
        "published",
        "language",
        "textFile",
        "sha256"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "common.schema.json#/$defs/slug"
        },
        "title": {
          "type": "string"
        },
        "author": {
          "type": "string"
        },
        "publisher": {
          "type": "string"
        },
        "published": {
          "$ref": "common.schema.json#/$defs/date",
          "description": "The date the page shows; relative dates in the text resolve against it."
        },
        "url": {
          "type": "string",
          "format": "uri"
        },
        "language": {
          "type": "string",
          "description": "BCP 47 tag, such as 'en'."
        },
        "textFile": {
          "type": "string",
          "pattern": "^[^/.][^/]*$",
          "description": "The text's file name in the article's folder."
        },
        "sha256": {
          "$ref": "common.schema.json#/$defs/sha256",
          "description": "SHA-256 of the text file's bytes."
        }
      }
    }

    """##,
    "check-output.schema.json": ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "factledger check --format json",
      "description": "The output of 'factledger check --format json': each checked claim's attribution, content and overall status, with reasons and per-assertion results.",
      "type": "object",
      "required": [
        "evidenceFiles",
        "results",
        "summary"
      ],
      "additionalProperties": false,
      "properties": {
        "evidenceFiles": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "results": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/result"
          }
        },
        "summary": {
          "type": "object",
          "required": [
            "checked",
            "notChecked",
            "counts"
          ],
          "additionalProperties": false,
          "properties": {
            "checked": {
              "type": "integer",
              "minimum": 0
            },
            "notChecked": {
              "type": "integer",
              "minimum": 0
            },
            "counts": {
              "type": "object",
              "required": [
                "disputed",
                "unverified",
                "unsourced",
                "verified"
              ],
              "additionalProperties": false,
              "properties": {
                "disputed": {
                  "type": "integer",
                  "minimum": 0
                },
                "unverified": {
                  "type": "integer",
                  "minimum": 0
                },
                "unsourced": {
                  "type": "integer",
                  "minimum": 0
                },
                "verified": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          }
        }
      },
      "$defs": {
        "result": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "kind",
            "text",
            "file",
            "line",
            "attribution",
            "content",
            "overall",
            "reasons",
            "assertions",
            "evidence",
            "notes"
          ],
          "properties": {
            "id": {
              "$ref": "common.schema.json#/$defs/slug"
            },
            "kind": {
              "$ref": "common.schema.json#/$defs/claimKind"
            },
            "text": {
              "type": "string"
            },
            "file": {
              "type": "string"
            },
            "line": {
              "type": "integer",
              "minimum": 1
            },
            "attribution": {
              "enum": [
                "confirmed",
                "misattributed",
                "unconfirmed",
                "unsourced"
              ]
            },
            "content": {
              "enum": [
                "verified",
                "disputed",
                "unverified"
              ]
            },
            "overall": {
              "enum": [
                "disputed",
                "unverified",
                "unsourced",
                "verified"
              ]
            },
            "reasons": {
              "type": "array",
              "items": {
                "enum": [
                  "misquote",
                  "date-mismatch",
                  "participants-mismatch",
                  "duration-mismatch",
                  "count-mismatch",
                  "role-mismatch",
                  "venue-mismatch",
                  "speaker-mismatch",
                  "refuted",
                  "conflicting-evidence",
                  "circular-sourcing",
                  "incomplete-evidence",
                  "no-evidence",
                  "paraphrase",
                  "unsourced",
                  "vague-source",
                  "attribution-unconfirmed",
                  "review-disagrees"
                ]
              },
              "uniqueItems": true
            },
            "assertions": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/assertion"
              }
            },
            "evidence": {
              "type": "array",
              "items": {
                "$ref": "common.schema.json#/$defs/slug"
              }
            },
            "notes": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        },
        "assertion": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "field",
            "value",
            "state",
            "supportedBy",
            "contradictedBy",
            "details"
          ],
          "properties": {
            "field": {
              "enum": [
                "participants",
                "location",
                "period",
                "duration",
                "count",
                "amount",
                "quote",
                "speaker",
                "role",
                "venue",
                "event",
                "organization",
                "outlet",
                "proposition"
              ]
            },
            "value": {
              "type": "string"
            },
            "state": {
              "enum": [
                "supported",
                "contradicted",
                "conflicting",
                "circular",
                "paraphrased",
                "uncovered"
              ]
            },
            "supportedBy": {
              "type": "array",
              "items": {
                "$ref": "common.schema.json#/$defs/slug"
              }
            },
            "contradictedBy": {
              "type": "array",
              "items": {
                "$ref": "common.schema.json#/$defs/slug"
              }
            },
            "details": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        }
      }
    }

    """##,
    "claim.schema.json": ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "factledger claim record",
      "description": "One record of an article: a claim with its anchor, attribution, assertions and reviews, or a piece of text that is not a claim. File: Ledger/articles/<article-id>/claims/<id>.json.",
      "type": "object",
      "required": [
        "id",
        "article",
        "kind",
        "text",
        "anchor",
        "attribution",
        "assertions",
        "reviews"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "common.schema.json#/$defs/slug"
        },
        "article": {
          "$ref": "common.schema.json#/$defs/slug"
        },
        "kind": {
          "$ref": "common.schema.json#/$defs/kind"
        },
        "text": {
          "type": "string",
          "description": "The claim as a fact-checker would state it."
        },
        "anchor": {
          "$ref": "#/$defs/anchor"
        },
        "attribution": {
          "$ref": "#/$defs/attribution"
        },
        "assertions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/assertion"
          }
        },
        "note": {
          "type": "string",
          "description": "A fact-checker's remark on how the record was made."
        },
        "waivers": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/waiver"
          },
          "minItems": 1,
          "description": "Lint findings this record is let off, each with a reason and who waived it; every lint run lists them."
        },
        "reviews": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/review"
          },
          "description": "The append-only audit trail, oldest first."
        }
      },
      "$defs": {
        "anchor": {
          "description": "W3C Web Annotation TextQuoteSelector plus TextPositionSelector; offsets count Unicode scalars, start inclusive, end exclusive.",
          "type": "object",
          "required": [
            "exact",
            "prefix",
            "suffix",
            "start",
            "end"
          ],
          "additionalProperties": false,
          "properties": {
            "exact": {
              "type": "string",
              "minLength": 1
            },
            "prefix": {
              "type": "string"
            },
            "suffix": {
              "type": "string"
            },
            "start": {
              "type": "integer",
              "minimum": 0
            },
            "end": {
              "type": "integer",
              "minimum": 0
            }
          }
        },
        "span": {
          "type": "object",
          "required": [
            "exact",
            "start",
            "end"
          ],
          "additionalProperties": false,
          "properties": {
            "exact": {
              "type": "string"
            },
            "start": {
              "type": "integer",
              "minimum": 0
            },
            "end": {
              "type": "integer",
              "minimum": 0
            }
          }
        },
        "attribution": {
          "type": "object",
          "required": [
            "type"
          ],
          "additionalProperties": false,
          "properties": {
            "type": {
              "enum": [
                "explicit",
                "contextual",
                "none"
              ],
              "description": "explicit: a cue in the sentence; contextual: a neighbouring sentence carries it; none: no source."
            },
            "speaker": {
              "$ref": "common.schema.json#/$defs/speaker"
            },
            "vague": {
              "type": "boolean",
              "description": "The source is left vague ('other analysts')."
            },
            "outlet": {
              "$ref": "common.schema.json#/$defs/slug",
              "description": "The sources.json id of the outlet that first reported the words."
            },
            "via": {
              "type": "array",
              "items": {
                "$ref": "common.schema.json#/$defs/slug"
              },
              "description": "Outlets between the outlet and the article, nearest to the article first."
            },
            "cue": {
              "$ref": "#/$defs/span",
              "description": "The words that attribute the claim."
            },
            "carriedBy": {
              "$ref": "common.schema.json#/$defs/slug",
              "description": "The record whose sentence names the source."
            }
          },
          "allOf": [
            {
              "if": {
                "properties": {
                  "type": {
                    "const": "contextual"
                  }
                }
              },
              "then": {
                "required": [
                  "carriedBy"
                ]
              }
            },
            {
              "if": {
                "properties": {
                  "type": {
                    "const": "none"
                  }
                }
              },
              "then": {
                "not": {
                  "anyOf": [
                    {
                      "required": [
                        "speaker"
                      ]
                    },
                    {
                      "required": [
                        "outlet"
                      ]
                    },
                    {
                      "required": [
                        "cue"
                      ]
                    }
                  ]
                }
              }
            }
          ]
        },
        "assertion": {
          "type": "object",
          "required": [
            "field",
            "value"
          ],
          "additionalProperties": false,
          "properties": {
            "field": {
              "enum": [
                "participants",
                "location",
                "period",
                "duration",
                "count",
                "amount",
                "quote",
                "speaker",
                "role",
                "venue",
                "event",
                "organization",
                "outlet",
                "proposition"
              ]
            },
            "text": {
              "type": "string",
              "description": "The article's own words for the value."
            },
            "value": true
          },
          "allOf": [
            {
              "if": {
                "properties": {
                  "field": {
                    "enum": [
                      "participants",
                      "location"
                    ]
                  }
                }
              },
              "then": {
                "properties": {
                  "value": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "minItems": 1
                  }
                }
              }
            },
            {
              "if": {
                "properties": {
                  "field": {
                    "enum": [
                      "period"
                    ]
                  }
                }
              },
              "then": {
                "properties": {
                  "value": {
                    "type": "object",
                    "required": [
                      "start",
                      "end"
                    ],
                    "additionalProperties": false,
                    "properties": {
                      "start": {
                        "$ref": "common.schema.json#/$defs/date"
                      },
                      "end": {
                        "$ref": "common.schema.json#/$defs/date"
                      },
                      "approximate": {
                        "type": "boolean",
                        "description": "The article's words are fuzzy ('late 2018') and the span is a reading of them."
                      }
                    }
                  }
                }
              }
            },
            {
              "if": {
                "properties": {
                  "field": {
                    "enum": [
                      "duration",
                      "count",
                      "amount"
                    ]
                  }
                }
              },
              "then": {
                "properties": {
                  "value": {
                    "type": "object",
                    "required": [
                      "amount",
                      "unit"
                    ],
                    "additionalProperties": false,
                    "properties": {
                      "amount": {
                        "type": "number"
                      },
                      "unit": {
                        "type": "string",
                        "minLength": 1
                      },
                      "tolerance": {
                        "type": "number",
                        "minimum": 0,
                        "description": "How far the evidence may differ and still support it, in the same unit: 'about 3,000 troops' with a tolerance of 200."
                      }
                    }
                  }
                }
              }
            },
            {
              "if": {
                "properties": {
                  "field": {
                    "enum": [
                      "quote",
                      "speaker",
                      "role",
                      "venue",
                      "event",
                      "organization",
                      "outlet",
                      "proposition"
                    ]
                  }
                }
              },
              "then": {
                "properties": {
                  "value": {
                    "type": "string"
                  }
                }
              }
            }
          ]
        },
        "review": {
          "type": "object",
          "required": [
            "status",
            "time",
            "reviewer",
            "evidence",
            "previous",
            "hash"
          ],
          "additionalProperties": false,
          "properties": {
            "status": {
              "$ref": "common.schema.json#/$defs/reviewStatus"
            },
            "time": {
              "type": "string",
              "format": "date-time"
            },
            "reviewer": {
              "type": "string",
              "minLength": 1
            },
            "evidence": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "note": {
              "type": "string"
            },
            "reason": {
              "type": "string"
            },
            "previous": {
              "anyOf": [
                {
                  "$ref": "common.schema.json#/$defs/sha256"
                },
                {
                  "type": "null"
                }
              ]
            },
            "hash": {
              "$ref": "common.schema.json#/$defs/sha256"
            }
          }
        },
        "waiver": {
          "type": "object",
          "required": [
            "rule",
            "reason",
            "by"
          ],
          "additionalProperties": false,
          "properties": {
            "rule": {
              "enum": [
                "unsourced-claim",
                "vague-attribution",
                "schema-violation",
                "anchor-drift",
                "uncovered-sentence",
                "unknown-source",
                "duplicate-id",
                "article-changed",
                "broken-review-chain",
                "broken-reference",
                "empty-assertions"
              ]
            },
            "reason": {
              "type": "string",
              "minLength": 1
            },
            "by": {
              "type": "string",
              "minLength": 1
            }
          }
        }
      }
    }

    """##,
    "common.schema.json": ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "factledger shared definitions",
      "description": "Definitions that the other factledger schemas refer to.",
      "$defs": {
        "slug": {
          "description": "A ledger id: a lowercase slug, also used as a file or folder name.",
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9-]*$",
          "maxLength": 128
        },
        "date": {
          "description": "A calendar day, YYYY-MM-DD (ISO 8601).",
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
          "format": "date"
        },
        "sha256": {
          "description": "A SHA-256 digest, 64 lowercase hex digits.",
          "type": "string",
          "pattern": "^[0-9a-f]{64}$"
        },
        "kind": {
          "description": "What a record holds: a kind of claim, or a kind of text that is not a claim.",
          "enum": [
            "event",
            "statistic",
            "quote",
            "statement",
            "credential",
            "analysis",
            "opinion",
            "prediction",
            "headline",
            "dateline",
            "byline",
            "furniture",
            "question"
          ]
        },
        "claimKind": {
          "description": "A kind of record that states something true or false.",
          "enum": [
            "event",
            "statistic",
            "quote",
            "statement",
            "credential",
            "analysis",
            "opinion",
            "prediction"
          ]
        },
        "reviewStatus": {
          "enum": [
            "verified",
            "disputed",
            "unverified"
          ]
        },
        "speaker": {
          "description": "The person, post or body an attribution names, as the article gives it.",
          "type": "object",
          "properties": {
            "name": {
              "type": "string",
              "description": "The person's name."
            },
            "role": {
              "type": "string",
              "description": "The post or rank."
            },
            "organization": {
              "type": "string",
              "description": "The body the person speaks for."
            },
            "description": {
              "type": "string",
              "description": "The article's words for an unnamed source, such as 'Russian experts'."
            }
          },
          "additionalProperties": false,
          "minProperties": 1
        }
      }
    }

    """##,
    "evidence-item.schema.json": ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "factledger evidence item",
      "description": "One piece of evidence bearing on one or more claims: a source, an excerpt, and structured facts that the checker compares with the claims' assertions. One line of a JSON Lines evidence file; an element of 'items' in a JSON evidence file.",
      "type": "object",
      "required": [
        "id",
        "claims",
        "source"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "common.schema.json#/$defs/slug"
        },
        "claims": {
          "type": "array",
          "items": {
            "$ref": "common.schema.json#/$defs/slug"
          },
          "minItems": 1,
          "uniqueItems": true,
          "description": "The ids of the claims it bears on."
        },
        "stance": {
          "enum": [
            "supports",
            "refutes"
          ],
          "description": "The evidence's overall stance, when the user states one; the facts decide per assertion."
        },
        "source": {
          "$ref": "#/$defs/source"
        },
        "excerpt": {
          "type": "string",
          "description": "Verbatim words of the source."
        },
        "facts": {
          "$ref": "#/$defs/facts"
        },
        "note": {
          "type": "string"
        }
      },
      "$defs": {
        "source": {
          "type": "object",
          "required": [
            "publisher"
          ],
          "additionalProperties": false,
          "properties": {
            "publisher": {
              "type": "string",
              "minLength": 1
            },
            "url": {
              "type": "string",
              "format": "uri"
            },
            "published": {
              "anyOf": [
                {
                  "$ref": "common.schema.json#/$defs/date"
                },
                {
                  "type": "string",
                  "pattern": "^[0-9]{4}(-[0-9]{2})?$"
                },
                {
                  "type": "null"
                }
              ],
              "description": "The publication date as far as the page shows it: YYYY-MM-DD, YYYY-MM or YYYY."
            },
            "title": {
              "type": "string"
            }
          }
        },
        "facts": {
          "type": "object",
          "additionalProperties": false,
          "minProperties": 1,
          "description": "Structured facts; each compares with the claim assertion of the same field.",
          "properties": {
            "start": {
              "$ref": "common.schema.json#/$defs/date",
              "description": "The first day of what the evidence reports."
            },
            "end": {
              "$ref": "common.schema.json#/$defs/date",
              "description": "The last day."
            },
            "date": {
              "$ref": "common.schema.json#/$defs/date",
              "description": "The single day, for a one-day event or a statement."
            },
            "durationDays": {
              "type": "integer",
              "minimum": 0
            },
            "participants": {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              },
              "minItems": 1
            },
            "location": {
              "anyOf": [
                {
                  "type": "string",
                  "minLength": 1
                },
                {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "minLength": 1
                  },
                  "minItems": 1
                }
              ]
            },
            "within": {
              "type": "object",
              "additionalProperties": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "description": "Places inside others: {\"Tsugol training ground\": [\"Zabaykalsky Krai\", \"Siberia\"]}."
            },
            "count": {
              "$ref": "#/$defs/quantity"
            },
            "amount": {
              "$ref": "#/$defs/quantity"
            },
            "quote": {
              "type": "string"
            },
            "speaker": {
              "type": "string"
            },
            "role": {
              "type": "string"
            },
            "venue": {
              "type": "string"
            },
            "event": {
              "type": "string"
            },
            "organization": {
              "type": "string"
            },
            "outlet": {
              "type": "string"
            }
          }
        },
        "quantity": {
          "type": "object",
          "required": [
            "amount",
            "unit"
          ],
          "additionalProperties": false,
          "properties": {
            "amount": {
              "type": "number"
            },
            "unit": {
              "type": "string",
              "minLength": 1
            }
          }
        }
      }
    }

    """##,
    "evidence.schema.json": ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "factledger evidence file",
      "description": "A JSON evidence file: an object whose 'items' are evidence items. Evidence also comes as JSON Lines (one item a line) or CSV (see README).",
      "type": "object",
      "required": [
        "items"
      ],
      "additionalProperties": false,
      "properties": {
        "$schema": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "items": {
          "type": "array",
          "items": {
            "$ref": "evidence-item.schema.json"
          }
        }
      }
    }

    """##,
    "gazetteer.schema.json": ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "factledger gazetteer",
      "description": "Names that mean the same thing, and places inside others, for comparing claims with evidence. File: Ledger/gazetteer.json (optional).",
      "type": "object",
      "required": [
        "entries"
      ],
      "additionalProperties": false,
      "properties": {
        "entries": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "name"
            ],
            "additionalProperties": false,
            "properties": {
              "name": {
                "type": "string",
                "minLength": 1,
                "description": "The canonical name."
              },
              "aliases": {
                "type": "array",
                "items": {
                  "type": "string",
                  "minLength": 1
                },
                "description": "Other spellings, demonyms, abbreviations."
              },
              "within": {
                "type": "array",
                "items": {
                  "type": "string",
                  "minLength": 1
                },
                "description": "Places this one lies inside (by their names)."
              },
              "note": {
                "type": "string",
                "description": "Where the alias or containment comes from."
              }
            }
          }
        }
      }
    }

    """##,
    "lint-output.schema.json": ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "factledger lint --format json",
      "description": "The output of 'factledger lint --format json'.",
      "type": "object",
      "required": [
        "findings",
        "summary",
        "head"
      ],
      "additionalProperties": false,
      "properties": {
        "findings": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "rule",
              "severity",
              "file",
              "line",
              "column",
              "message",
              "claim",
              "waiver"
            ],
            "properties": {
              "rule": {
                "enum": [
                  "unsourced-claim",
                  "vague-attribution",
                  "schema-violation",
                  "anchor-drift",
                  "uncovered-sentence",
                  "unknown-source",
                  "duplicate-id",
                  "article-changed",
                  "broken-review-chain",
                  "broken-reference",
                  "empty-assertions"
                ]
              },
              "severity": {
                "enum": [
                  "error",
                  "warning"
                ]
              },
              "file": {
                "type": "string"
              },
              "line": {
                "type": "integer",
                "minimum": 1
              },
              "column": {
                "type": "integer",
                "minimum": 1
              },
              "message": {
                "type": "string"
              },
              "claim": {
                "anyOf": [
                  {
                    "$ref": "common.schema.json#/$defs/slug"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "waiver": {
                "anyOf": [
                  {
                    "$ref": "claim.schema.json#/$defs/waiver"
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          }
        },
        "summary": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "errors",
            "warnings",
            "waived",
            "records"
          ],
          "properties": {
            "errors": {
              "type": "integer",
              "minimum": 0
            },
            "warnings": {
              "type": "integer",
              "minimum": 0
            },
            "waived": {
              "type": "integer",
              "minimum": 0
            },
            "records": {
              "type": "integer",
              "minimum": 0
            }
          }
        },
        "head": {
          "anyOf": [
            {
              "$ref": "common.schema.json#/$defs/sha256"
            },
            {
              "type": "null"
            }
          ],
          "description": "One SHA-256 over every review of the ledger (verify --head)."
        }
      }
    }

    """##,
    "list-output.schema.json": ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "factledger list --format json",
      "description": "The output of 'factledger list --format json'.",
      "type": "object",
      "required": [
        "count",
        "totalRecords",
        "claims"
      ],
      "additionalProperties": false,
      "properties": {
        "count": {
          "type": "integer",
          "minimum": 0
        },
        "totalRecords": {
          "type": "integer",
          "minimum": 0
        },
        "claims": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "article",
              "kind",
              "status",
              "attribution",
              "vague",
              "speaker",
              "outlet",
              "via",
              "cue",
              "text",
              "file",
              "line"
            ],
            "properties": {
              "id": {
                "$ref": "common.schema.json#/$defs/slug"
              },
              "article": {
                "$ref": "common.schema.json#/$defs/slug"
              },
              "kind": {
                "$ref": "common.schema.json#/$defs/kind"
              },
              "status": {
                "enum": [
                  "unreviewed",
                  "verified",
                  "disputed",
                  "unverified"
                ]
              },
              "attribution": {
                "enum": [
                  "explicit",
                  "contextual",
                  "none"
                ]
              },
              "vague": {
                "type": "boolean"
              },
              "speaker": {
                "anyOf": [
                  {
                    "$ref": "common.schema.json#/$defs/speaker"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "outlet": {
                "anyOf": [
                  {
                    "$ref": "common.schema.json#/$defs/slug"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "via": {
                "type": "array",
                "items": {
                  "$ref": "common.schema.json#/$defs/slug"
                }
              },
              "cue": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "text": {
                "type": "string"
              },
              "file": {
                "type": "string",
                "description": "The record's file, as a path from where the ledger was named."
              },
              "line": {
                "type": "integer",
                "minimum": 1
              }
            }
          }
        }
      }
    }

    """##,
    "policy.schema.json": ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "factledger policy",
      "description": "Which claim kinds need a source, and each rule's severity. File: Ledger/factledger.json.",
      "type": "object",
      "required": [
        "version",
        "sourcedKinds"
      ],
      "additionalProperties": false,
      "properties": {
        "version": {
          "const": 1
        },
        "sourcedKinds": {
          "type": "array",
          "items": {
            "$ref": "common.schema.json#/$defs/claimKind"
          },
          "uniqueItems": true
        },
        "rules": {
          "type": "object",
          "propertyNames": {
            "enum": [
              "unsourced-claim",
              "vague-attribution",
              "schema-violation",
              "anchor-drift",
              "uncovered-sentence",
              "unknown-source",
              "duplicate-id",
              "article-changed",
              "broken-review-chain",
              "broken-reference",
              "empty-assertions"
            ]
          },
          "additionalProperties": {
            "enum": [
              "error",
              "warning",
              "off"
            ]
          }
        },
        "evidence": {
          "type": "array",
          "items": {
            "type": "string",
            "pattern": "^evidence/[^/]+\\.(json|jsonl|csv)$"
          },
          "description": "The evidence files 'factledger check' uses when given no --evidence, relative to the ledger."
        },
        "limits": {
          "type": "object",
          "description": "How much input factledger accepts before it refuses a file with an error naming the limit. Each is checked before the thing it bounds is read or built.",
          "additionalProperties": false,
          "properties": {
            "maxFileBytes": {
              "$ref": "#/$defs/limit",
              "description": "The largest ledger file (claim, article, policy, sources, gazetteer, article text), in bytes. Default 16777216 (16 MiB)."
            },
            "maxEvidenceBytes": {
              "$ref": "#/$defs/limit",
              "description": "The largest evidence file or check report read, in bytes. Default 536870912 (512 MiB)."
            },
            "maxStringBytes": {
              "$ref": "#/$defs/limit",
              "description": "The longest string in a JSON file, in UTF-8 bytes. Default 1048576 (1 MiB)."
            },
            "maxArrayItems": {
              "$ref": "#/$defs/limit",
              "description": "The most elements one JSON array may hold. Default 1000000."
            },
            "maxDepth": {
              "$ref": "#/$defs/limit",
              "description": "The deepest nesting of JSON arrays and objects. Default 64."
            },
            "maxNumberLength": {
              "$ref": "#/$defs/limit",
              "description": "The longest JSON number literal, in characters. Default 100."
            }
          }
        }
      },
      "$defs": {
        "limit": {
          "type": "integer",
          "minimum": 1
        }
      }
    }

    """##,
    "sources.schema.json": ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "factledger sources registry",
      "description": "The outlets, agencies and institutions that claims may name. File: Ledger/sources.json.",
      "type": "object",
      "required": [
        "sources"
      ],
      "additionalProperties": false,
      "properties": {
        "sources": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "id",
              "name",
              "type"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "$ref": "common.schema.json#/$defs/slug"
              },
              "name": {
                "type": "string",
                "minLength": 1
              },
              "type": {
                "enum": [
                  "outlet",
                  "news-agency",
                  "institution",
                  "government",
                  "company"
                ]
              },
              "url": {
                "type": "string",
                "format": "uri"
              },
              "aliases": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    }

    """##,
  ]
}
