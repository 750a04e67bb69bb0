//! The visible text of an HTML file (a saved web page), read in the worker.
//!
//! Förbundsordningar are often published as web pages, and "Spara som" keeps
//! the markup. This turns the page back into the text a reader sees: no
//! scripts, styles or `<head>`, every block element (paragraphs, headings,
//! list items, table cells, `<br>`) a line break, white space collapsed as a
//! browser collapses it (kept in `<pre>`), character references decoded and
//! soft hyphens (`&shy;`) dropped. The bytes are decoded in the charset the
//! page declares (`<meta charset>`), else as [`crate::formats::textfile::decode`]
//! guesses.
//!
//! Layout from style sheets (hidden elements, columns) is not applied.
//!
//! ```
//! let page = "<html><head><title>x</title><style>p{}</style></head><body><h1>4 &sect; &Auml;ndam&aring;l</h1><p>F&ouml;rbundet ska<br>fr&auml;mja.</p></body></html>";
//! assert_eq!(andamal_core::formats::html::text(page.as_bytes()), "4 § Ändamål\nFörbundet ska\nfrämja.");
//! ```

use crate::formats::textfile::{decode, decode_8bit, mac_roman, windows_1252};
use crate::formats::xml::{Token, Tokens, attribute, unescape_with};

/// Whether the bytes start like an HTML document (after a byte-order mark
/// and white space): a doctype, `<html`, or a comment followed by either.
#[must_use]
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let head = &head[start..head.len().min(start + 15)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html")
}

/// The page's visible text, one line per block.
#[must_use]
pub fn text(bytes: &[u8]) -> String {
    visible_text(&decode_page(bytes))
}

/// The page's characters, in its declared charset when it declares one.
fn decode_page(bytes: &[u8]) -> String {
    if bytes.starts_with(b"\xef\xbb\xbf") || bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return decode(bytes);
    }
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let charset = lower.windows(8).position(|w| w == b"charset=").map(|at| {
        let value = &lower[at + 8..];
        let value = value.strip_prefix(b"\"").or_else(|| value.strip_prefix(b"'")).unwrap_or(value);
        let end = value.iter().position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_'));
        value[..end.unwrap_or(value.len())].to_vec()
    });
    match charset.as_deref() {
        Some(b"utf-8" | b"utf8") => String::from_utf8_lossy(bytes).into_owned(),
        Some(b"windows-1252" | b"iso-8859-1" | b"latin1" | b"iso-8859-15" | b"us-ascii") => {
            bytes.iter().map(|&b| windows_1252(b)).collect()
        }
        Some(b"macintosh" | b"x-mac-roman") => bytes.iter().map(|&b| mac_roman(b)).collect(),
        _ => decode_8bit(bytes),
    }
}

/// Elements whose content is not shown.
fn is_hidden(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "script"
            | "style"
            | "template"
            | "noscript"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "title"
            | "select"
    )
}

/// Elements that start and end a line.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "thead"
            | "tbody"
            | "tfoot"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "main"
            | "nav"
            | "aside"
            | "blockquote"
            | "pre"
            | "hr"
            | "address"
            | "figure"
            | "figcaption"
            | "form"
            | "fieldset"
            | "legend"
            | "body"
            | "html"
    )
}

/// Elements that never have content or an end tag.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// The text of decoded HTML.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut tokens = Tokens::new(html);
    let mut hidden: Vec<String> = Vec::new();
    let mut pre = 0usize;
    let mut after_space = true;
    while let Some(token) = tokens.next() {
        match token {
            Token::Open { name, attributes, empty } => {
                let name = name.to_ascii_lowercase();
                if matches!(name.as_str(), "script" | "style" | "textarea" | "title") && !empty {
                    // Raw text: may hold "<" that is not a tag.
                    tokens.skip_raw_text(&name);
                    continue;
                }
                let void = empty || is_void(&name);
                if !hidden.is_empty() {
                    if !void {
                        hidden.push(name);
                    }
                    continue;
                }
                // An element marked `hidden` is not shown either.
                if (is_hidden(&name) || attribute(attributes, "hidden").is_some()) && !void {
                    hidden.push(name);
                    continue;
                }
                if name == "br" {
                    out.push('\n');
                    after_space = true;
                } else if is_block(&name) {
                    line_break(&mut out);
                    after_space = true;
                }
                if name == "pre" && !void {
                    pre += 1;
                }
                if name == "td" || name == "th" {
                    // Cells are read one by one, each on its own line.
                    after_space = true;
                }
            }
            Token::Close(name) => {
                let name = name.to_ascii_lowercase();
                if !hidden.is_empty() {
                    // Elements left open inside (HTML's optional end tags) end with it.
                    if let Some(at) = crate::formats::docx::open_at(&hidden, &name) {
                        hidden.truncate(at);
                    }
                    continue;
                }
                if is_block(&name) {
                    line_break(&mut out);
                    after_space = true;
                }
                if name == "pre" {
                    pre = pre.saturating_sub(1);
                }
            }
            Token::Text(text) | Token::CData(text) => {
                if !hidden.is_empty() {
                    continue;
                }
                let mut decoded = String::new();
                unescape_with(text, &mut decoded, named_entity);
                for c in decoded.chars() {
                    match c {
                        '\u{ad}' => {}
                        '\n' if pre > 0 => {
                            out.push('\n');
                            after_space = true;
                        }
                        c if pre > 0 => {
                            out.push(c);
                            after_space = false;
                        }
                        ' ' | '\t' | '\r' | '\n' | '\u{c}' => {
                            if !after_space {
                                out.push(' ');
                                after_space = true;
                            }
                        }
                        c => {
                            out.push(c);
                            after_space = false;
                        }
                    }
                }
            }
        }
    }
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    lines.join("\n").trim().to_owned()
}

/// Ends the current line unless it is empty: blocks inside blocks do not
/// make blank lines.
fn line_break(out: &mut String) {
    let trimmed = out.trim_end_matches(' ').len();
    out.truncate(trimmed);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// HTML's named character references that Swedish pages use: Latin-1 (the
/// names of U+00A0–U+00FF, in order) and the typographic ones.
fn named_entity(name: &str) -> Option<char> {
    const LATIN1: [&str; 96] = [
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not",
        "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1",
        "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml",
        "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH",
        "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc",
        "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
        "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute",
        "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
    ];
    if let Some(at) = LATIN1.iter().position(|&n| n == name) {
        return char::from_u32(0xa0 + u32::try_from(at).ok()?);
    }
    Some(match name {
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "hellip" => '…',
        "bull" => '•',
        "euro" => '€',
        "trade" => '™',
        "minus" => '−',
        "ensp" | "emsp" | "thinsp" => ' ',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        "lrm" => '\u{200e}',
        "rlm" => '\u{200f}',
        "dagger" => '†',
        "Dagger" => '‡',
        "permil" => '‰',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "OElig" => 'Œ',
        "oelig" => 'œ',
        "Scaron" => 'Š',
        "scaron" => 'š',
        "Yuml" => 'Ÿ',
        "rarr" => '→',
        "larr" => '←',
        "le" => '≤',
        "ge" => '≥',
        "ne" => '≠',
        "NewLine" => '\n',
        "Tab" => '\t',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_scripts_and_styles_are_not_text() {
        let page = r#"<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Förbundsordning</title>
<script>if (a < b && c) document.write("<p>nej</p>");</script><style>p > b { color: red }</style></head>
<body><nav><ul><li><a href="/">Start</a></li></ul></nav>
<main><h2>4 &sect; F&ouml;rbundets &auml;ndam&aring;l</h2>
<p>Förbundet   ska
   samordna <b>insatser</b>&nbsp;för EU&#8209;stöd och sam&shy;verkan &#150; <!-- kommentar --> &amp; mer.</p>
<div><div><p>Inne i block</p></div></div>
<table><tr><td>4 §</td><td>Ändamål</td></tr></table>
<pre>  rad 1
  rad 2</pre>
<noscript>Aktivera JavaScript</noscript><template><p>mall</p></template>
<div hidden><p>dold<div>inre</div><li>utan slut</div>
<p>a &lt; b &unknown; &copy;</p></main></body></html>"#;
        assert!(looks_like_html(page.as_bytes()));
        assert_eq!(
            text(page.as_bytes()),
            "Start\n4 § Förbundets ändamål\nFörbundet ska samordna insatser\u{a0}för EU\u{2011}stöd och samverkan – & mer.\n\
             Inne i block\n4 §\nÄndamål\n  rad 1\n  rad 2\na < b &unknown; ©"
        );
    }

    #[test]
    fn the_declared_charset_decides() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>\xc4ndam\xe5l</body></html>";
        assert_eq!(text(page), "Ändamål");
        let guessed = b"<html><body>F\xf6rbundet \xe4r</body></html>";
        assert_eq!(text(guessed), "Förbundet är");
    }
}
