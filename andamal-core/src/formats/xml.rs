//! A small pull tokenizer for the XML inside office documents (`.docx`,
//! `.odt`) and for HTML's tags.
//!
//! Office XML is machine-written and the readers need only element names, a
//! few attribute values and the text between tags, so a tokenizer of a page
//! does what a full XML parser would, and keeps the worker small. It knows the
//! XML that matters for that: comments, CDATA, processing instructions and
//! declarations are skipped or passed as text, attribute values may hold `>`,
//! and character references are decoded by [`unescape_into`]. It never fails:
//! damaged markup yields what can be read.
//!
//! ```
//! use andamal_core::formats::xml::{Token, Tokens, attribute};
//! let mut tokens = Tokens::new(r#"<w:p a="1 > 0"><w:t>a &amp; b</w:t><w:br/></w:p>"#);
//! let Some(Token::Open { name: "w:p", attributes, empty: false }) = tokens.next() else { panic!() };
//! assert_eq!(attribute(attributes, "a").as_deref(), Some("1 > 0"));
//! assert_eq!(tokens.next(), Some(Token::Open { name: "w:t", attributes: "", empty: false }));
//! assert_eq!(tokens.next(), Some(Token::Text("a &amp; b")));
//! ```

use std::borrow::Cow;

/// One piece of markup or text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token<'a> {
    /// `<name attributes>` or, when `empty`, `<name attributes/>`.
    Open { name: &'a str, attributes: &'a str, empty: bool },
    /// `</name>`.
    Close(&'a str),
    /// Text between tags, still escaped (see [`unescape_into`]).
    Text(&'a str),
    /// The inside of `<![CDATA[…]]>`: text that needs no unescaping.
    CData(&'a str),
}

/// The tokens of a document, in order.
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Tokens<'a> {
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        Tokens { rest: text }
    }

    /// Skips raw text up to (not including) `</name`, compared ignoring ASCII
    /// case: the content of HTML's `<script>` and `<style>`, which may hold `<`.
    pub fn skip_raw_text(&mut self, name: &str) {
        let bytes = self.rest.as_bytes();
        let mut at = 0;
        while let Some(offset) = self.rest[at..].find("</") {
            let start = at + offset;
            let candidate = bytes.get(start + 2..start + 2 + name.len());
            if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
                self.rest = &self.rest[start..];
                return;
            }
            at = start + 2;
        }
        self.rest = "";
    }
}

/// Whether `c` may start a tag name.
fn starts_name(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == ':'
}

/// The end of a tag whose inside starts at `text`: the index of its `>`,
/// skipping quoted attribute values.
fn tag_end(text: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let rest = self.rest;
            if rest.is_empty() {
                return None;
            }
            let Some(after) = rest.strip_prefix('<') else {
                let end = rest.find('<').unwrap_or(rest.len());
                self.rest = &rest[end..];
                return Some(Token::Text(&rest[..end]));
            };
            let skip_to = |end: &str| after.find(end).map_or("", |i| &after[i + end.len()..]);
            if let Some(body) = after.strip_prefix("![CDATA[") {
                let end = body.find("]]>").unwrap_or(body.len());
                self.rest = body.get(end + 3..).unwrap_or("");
                return Some(Token::CData(&body[..end]));
            }
            if after.starts_with("!--") {
                self.rest = skip_to("-->");
                continue;
            }
            if after.starts_with('?') {
                self.rest = skip_to("?>");
                continue;
            }
            if after.starts_with('!') {
                self.rest = skip_to(">");
                continue;
            }
            let (closing, inside) = match after.strip_prefix('/') {
                Some(inside) => (true, inside),
                None => (false, after),
            };
            if !inside.starts_with(starts_name) {
                // A lone "<" (as HTML allows in text).
                self.rest = &rest[1..];
                return Some(Token::Text("<"));
            }
            let Some(end) = tag_end(inside) else {
                self.rest = "";
                return None;
            };
            let tag = &inside[..end];
            self.rest = &inside[end + 1..];
            let name_end = tag.find(|c: char| c.is_whitespace() || c == '/').unwrap_or(tag.len());
            let name = &tag[..name_end];
            if closing {
                return Some(Token::Close(name));
            }
            let empty = tag.ends_with('/');
            let attributes = tag[name_end..].trim_end_matches('/').trim();
            return Some(Token::Open { name, attributes, empty });
        }
    }
}

/// The value of attribute `name` (exactly as written, prefix included),
/// unescaped. Unquoted values (HTML) end at whitespace; an attribute without
/// a value has the empty string.
#[must_use]
pub fn attribute<'a>(attributes: &'a str, name: &str) -> Option<Cow<'a, str>> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let key_end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
        let key = &rest[..key_end];
        let after = rest[key_end..].trim_start();
        let Some(value) = after.strip_prefix('=') else {
            // An attribute without a value (HTML's `hidden`): the empty string.
            if key == name {
                return Some(Cow::Borrowed(""));
            }
            rest = after;
            if key.is_empty() {
                return None;
            }
            continue;
        };
        let value = value.trim_start();
        let (raw, next) = match value.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let end = value[1..].find(q).map_or(value.len(), |i| i + 1);
                (&value[1..end], value.get(end + 1..).unwrap_or(""))
            }
            _ => {
                let end = value.find(char::is_whitespace).unwrap_or(value.len());
                (&value[..end], &value[end..])
            }
        };
        if key == name {
            if !raw.contains('&') {
                return Some(Cow::Borrowed(raw));
            }
            let mut out = String::new();
            unescape_into(raw, &mut out);
            return Some(Cow::Owned(out));
        }
        rest = next;
    }
}

/// Appends `text` with XML's five named entities and numeric character
/// references decoded; anything else is kept as written.
pub fn unescape_into(text: &str, out: &mut String) {
    unescape_with(text, out, |_| None);
}

/// As [`unescape_into`], with `named` deciding other named entities (HTML's).
pub fn unescape_with(text: &str, out: &mut String, named: impl Fn(&str) -> Option<char>) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let Some(semi) = rest[amp..].find(';').filter(|&s| s <= 32) else {
            out.push('&');
            rest = &rest[amp + 1..];
            continue;
        };
        let entity = &rest[amp + 1..amp + semi];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => match entity.strip_prefix('#') {
                Some(number) => number
                    .strip_prefix(['x', 'X'])
                    .map_or_else(|| number.parse().ok(), |hex| u32::from_str_radix(hex, 16).ok())
                    .map(numeric_reference),
                None => named(entity),
            },
        };
        match c {
            Some(c) => out.push(c),
            None => out.push_str(&rest[amp..=amp + semi]),
        }
        rest = &rest[amp + semi + 1..];
    }
    out.push_str(rest);
}

/// A numeric character reference's character. 0x80–0x9F are read as
/// Windows-1252, as browsers do (web pages written on Windows use
/// `&#150;` for "–"); what is no character becomes U+FFFD.
fn numeric_reference(code: u32) -> char {
    match u8::try_from(code) {
        Ok(byte @ 0x80..=0x9f) => crate::formats::textfile::windows_1252(byte),
        _ => char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{fffd}'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<Token<'_>> {
        Tokens::new(text).collect()
    }

    #[test]
    fn comments_declarations_and_cdata() {
        assert_eq!(
            all("<?xml version=\"1.0\"?><!DOCTYPE x><!-- <a> --><a>x<![CDATA[<b>&]]></a>"),
            [
                Token::Open { name: "a", attributes: "", empty: false },
                Token::Text("x"),
                Token::CData("<b>&"),
                Token::Close("a")
            ]
        );
        assert_eq!(all("a < b <c/"), [Token::Text("a "), Token::Text("<"), Token::Text(" b ")]);
    }

    #[test]
    fn attributes_quoted_unquoted_and_escaped() {
        let attributes = r#"w:val="a&amp;b" x='1' hidden class=big data-x = "y""#;
        assert_eq!(attribute(attributes, "w:val").as_deref(), Some("a&b"));
        assert_eq!(attribute(attributes, "x").as_deref(), Some("1"));
        assert_eq!(attribute(attributes, "class").as_deref(), Some("big"));
        assert_eq!(attribute(attributes, "data-x").as_deref(), Some("y"));
        assert_eq!(attribute(attributes, "val"), None);
        assert_eq!(attribute(attributes, "hidden").as_deref(), Some(""));
    }

    #[test]
    fn raw_text_is_skipped_to_its_end_tag() {
        let mut tokens = Tokens::new("if (a</b) x(\"</sc\");</SCRIPT>t");
        tokens.skip_raw_text("script");
        assert_eq!(tokens.collect::<Vec<_>>(), [Token::Close("SCRIPT"), Token::Text("t")]);
    }

    #[test]
    fn entities() {
        let mut out = String::new();
        unescape_into("a &amp; b &#228; &#xE5; &#150; &#0; &unknown; & c", &mut out);
        assert_eq!(out, "a & b ä å – \u{fffd} &unknown; & c");
    }
}
