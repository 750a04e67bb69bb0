//! Clause extraction: the sentences of a compared range, each with its
//! address ("4 § st. 2 m. 1"). The finder's parse of the whole document is
//! reused when its sentences cover the range exactly; any other range (marked
//! by hand) is parsed on its own.

use crate::Span;
use crate::diff::align::Clause;
use crate::statute::address::Address;
use crate::statute::structure::Document;

/// The sentences of `span`, addressed within section `number`.
///
/// With the document the finder already parsed, its sentences are reused when
/// they cover the span exactly (the usual case: a found section); any other
/// range (marked by hand) is parsed on its own.
#[must_use]
pub fn clauses(text: &str, span: Span, number: Option<&str>, ocr: bool) -> Vec<Clause> {
    clauses_in(None, text, span, number, ocr)
}

/// [`clauses`], reusing `document` (parsed from the whole `text`) when it fits.
#[must_use]
pub fn clauses_in(document: Option<&Document>, text: &str, span: Span, number: Option<&str>, ocr: bool) -> Vec<Clause> {
    if let Some(doc) = document {
        let mut out = Vec::new();
        for section in &doc.sections {
            if section.body.end <= span.start || section.body.start >= span.end {
                continue;
            }
            for (k, st) in section.stycken.iter().filter(|st| span.contains(st.span)).enumerate() {
                for (m, s) in st.sentences.iter().enumerate() {
                    let address = Address { section: number.map(str::to_owned), stycke: k + 1, mening: m + 1 };
                    out.push(Clause { span: *s, address });
                }
            }
        }
        let trimmed = span.trim(text);
        if out.first().is_some_and(|c| c.span.start == trimmed.start)
            && out.last().is_some_and(|c| c.span.end == trimmed.end)
        {
            return out;
        }
    }
    let slice = span.slice(text);
    let doc = Document::parse(slice, ocr);
    let mut out = Vec::new();
    let mut stycke = 0;
    for section in &doc.sections {
        for st in &section.stycken {
            stycke += 1;
            for (m, s) in st.sentences.iter().enumerate() {
                out.push(Clause {
                    span: Span::new(s.start + span.start, s.end + span.start),
                    address: Address { section: number.map(str::to_owned), stycke, mening: m + 1 },
                });
            }
        }
    }
    out
}
