//! Word and punctuation tokens of a normalised text, each with the byte range
//! of the pasted text it came from.
//!
//! Tokens are what the word diff and the similarity compare: words (runs of
//! letters, digits and combining marks) and single punctuation marks. White
//! space is never a token. A plain scanner rather than UAX #29 word
//! boundaries: statute text needs nothing subtler, and the Unicode word-break
//! tables would cost the page more than the budget allows.
//!
//! ```
//! use andamal_core::{text::normalize::Normalized, text::token::tokenize};
//! let pasted = "Förbundets  ändamål är att…";
//! let tokens = tokenize(&Normalized::new(pasted, &[]));
//! let words: Vec<&str> = tokens.iter().map(|t| t.span.slice(pasted)).collect();
//! assert_eq!(words, ["Förbundets", "ändamål", "är", "att", "…"]);
//! ```

use crate::text::latin::is_combining_mark;

use crate::Span;
use crate::text::normalize::Normalized;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Punct,
}

/// One token: where it stands in the normalised copy and in the pasted text.
///
/// The normalised text is a range of [`Normalized::text`], not a copy: a
/// document has thousands of tokens, and one allocation each was most of what
/// tokenising cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// Its bytes in the normalised copy (not yet folded).
    pub norm: Span,
    /// Its bytes in the pasted text.
    pub span: Span,
}

/// Splits a normalised text into word and punctuation tokens.
#[must_use]
pub fn tokenize(norm: &Normalized) -> Vec<Token> {
    let text = norm.text();
    // About one token per five bytes of statute text: one allocation, rarely a copy.
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut cursor = 0;
    for (at, piece) in pieces(text) {
        let Some(kind) = kind_of(piece) else { continue };
        if kind == TokenKind::Word {
            tokens.push(Token {
                kind: TokenKind::Word,
                norm: Span::new(at, at + piece.len()),
                span: norm.original_span_from(at, at + piece.len(), &mut cursor),
            });
        } else {
            // Punctuation runs ("--") become one token per character, except
            // where one pasted character expanded to several ("…" to "...").
            for (i, c) in piece.char_indices() {
                let (s, e) = (at + i, at + i + c.len_utf8());
                let span = norm.original_span_from(s, e, &mut cursor);
                match tokens.last_mut() {
                    Some(last) if last.kind == TokenKind::Punct && last.span == span => last.norm.end = e,
                    _ => tokens.push(Token { kind: TokenKind::Punct, norm: Span::new(s, e), span }),
                }
            }
        }
    }
    tokens
}

/// What a piece of [`pieces`] is: a word exactly when it starts with a letter
/// or digit, nothing when it is white space. ASCII is decided from its byte.
fn kind_of(piece: &str) -> Option<TokenKind> {
    let (space, word) = match *piece.as_bytes().first()? {
        b if b.is_ascii() => (matches!(b, b' ' | b'\t'..=b'\r'), b.is_ascii_alphanumeric()),
        _ => {
            let first = piece.chars().next()?;
            (first.is_whitespace(), first.is_alphanumeric())
        }
    };
    match (space, word) {
        (true, _) => None,
        (false, true) => Some(TokenKind::Word),
        (false, false) => Some(TokenKind::Punct),
    }
}

/// Splits text into words (letters, digits, combining marks), white-space
/// runs and single other characters, with their byte offsets.
pub fn pieces(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, c) = rest.next()?;
        let same = |n: char| {
            if c.is_alphanumeric() {
                n.is_alphanumeric() || is_combining_mark(n)
            } else if c.is_whitespace() {
                n.is_whitespace()
            } else {
                false
            }
        };
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = rest.peek() {
            if !same(n) {
                break;
            }
            end = i + n.len_utf8();
            rest.next();
        }
        Some((start, &text[start..end]))
    })
}

/// Counts the word tokens (not punctuation) of a text; cheap, for statistics.
#[must_use]
pub fn word_count(tokens: &[Token]) -> usize {
    tokens.iter().filter(|t| t.kind == TokenKind::Word).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn law_references_and_lists() {
        let text = "lagen (2003:1210) om finansiell samordning, 3 kap. 1 §";
        let toks = tokenize(&Normalized::new(text, &[]));
        let words: Vec<&str> = toks.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(
            words,
            ["lagen", "(", "2003", ":", "1210", ")", "om", "finansiell", "samordning", ",", "3", "kap", ".", "1", "§"]
        );
    }

    #[test]
    fn hyphenated_word_spans_both_lines() {
        let text = "samord-\nning av";
        let norm = Normalized::new(text, &[]);
        let toks = tokenize(&norm);
        assert_eq!(toks[0].norm.slice(norm.text()), "samordning");
        assert_eq!(toks[0].span.slice(text), "samord-\nning");
    }
}
