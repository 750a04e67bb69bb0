//! A heading whose text stands under sub-headings of its own
//! ("\section{Ändamål}", then "\subsection{Syfte}", "\subsection{Namn}"):
//! its clause is all the sub-sections under it, up to the next heading as
//! high as its own.
//!
//! Why here and not in `structure`: sections are flat, one per heading, which
//! is what every other reading wants; only the finder asks what a heading
//! without text of its own covers. Markup shows depth, and so does a decimal
//! number under its chapter's ("3 Ändamål" over "3.1", "3.2", read as
//! sections of their own); "2 §" after "1 §" is no deeper.

use crate::Span;
use crate::statute::heading::markup_level;
use crate::statute::structure::Section;

/// A section with no text of its own whose markup puts the headings after it
/// deeper, with their text as its own; and where its clause starts (the
/// first sub-heading, which is part of the clause's text).
pub(super) fn with_subsections(text: &str, sections: &[Section], index: usize) -> Option<(Section, usize)> {
    let parent = &sections[index];
    let heading = parent.heading.as_ref()?;
    if parent.stycken.iter().any(|s| !s.sentences.is_empty()) {
        return None;
    }
    // Without markup, decimal numbers show depth too: "3 Ändamål" over "3.1", "3.2".
    let number = heading.number.as_deref();
    let within = |s: &Section| {
        let n = s.heading.as_ref().and_then(|h| h.number.as_deref());
        n.zip(number).and_then(|(n, p)| n.strip_prefix(p)).is_some_and(|r| r.starts_with('.'))
    };
    let level = level_of(text, parent);
    let under = sections[index + 1..]
        .iter()
        .take_while(|s| match level {
            Some(level) => level_of(text, s).is_some_and(|l| l > level),
            None => within(s),
        })
        .count();
    let children = &sections[index + 1..index + 1 + under];
    // One sub-section under it ("\section{Syfte}" then "\subsection{Syfte}")
    // is the clause by itself, a candidate of its own already; a numbered one
    // ("3 Ändamål" then "3.1 …" alone) is its chapter's text.
    if children.iter().filter(|s| !s.stycken.is_empty()).count() < 2 - usize::from(level.is_none()) {
        return None;
    }
    let last = children.iter().rev().find(|s| !s.stycken.is_empty())?;
    let section = Section {
        heading: Some(heading.clone()),
        body: Span::new(children.iter().find(|s| !s.stycken.is_empty())?.body.start, last.body.end),
        stycken: children.iter().flat_map(|s| s.stycken.iter().cloned()).collect(),
    };
    let start = match level {
        Some(_) => markup_start(text, &children[0])?.0,
        None => children[0].start(),
    };
    Some((section, start))
}

/// The markup level of a section's heading.
fn level_of(text: &str, section: &Section) -> Option<u8> {
    markup_start(text, section).map(|(_, level)| level)
}

/// Where a heading's markup starts, and the level it gives: at the heading
/// itself ("\\subsection{Syfte}" read inside a line), the marks before its
/// title ("… ## Syfte"), or the start of a line that is all heading
/// ("#heading(level: 2)[Syfte]").
fn markup_start(text: &str, section: &Section) -> Option<(usize, u8)> {
    let span = section.heading.as_ref()?.span;
    // Scans stay short: a one-line transcript is one long line, and a
    // heading inside it is no line of its own.
    let from = crate::statute::heading::char_floor(text, span.start.saturating_sub(120));
    let line = match text[from..span.start].rfind('\n') {
        Some(at) => from + at + 1,
        None if from == 0 => 0,
        None => span.start,
    };
    let tail = &text.as_bytes()[span.end..];
    let rest = &tail[..tail.iter().take(4).position(|&b| b == b'\n').unwrap_or(tail.len().min(4))];
    let whole_line = rest.len() < 4 && rest.iter().filter(|b| !b.is_ascii_whitespace()).count() <= 2;
    let before = text[line..span.start].trim_end();
    let word =
        before.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(line, |(at, c)| line + at + c.len_utf8());
    let marks = text[word..span.start].trim_end().bytes().all(|b| matches!(b, b'#' | b'='));
    let starts = [Some(span.start), Some(word).filter(|_| marks), Some(line).filter(|_| whole_line)];
    starts.into_iter().flatten().find_map(|at| Some((at, markup_level(&text[at..])?)))
}

#[cfg(test)]
mod tests {
    use crate::Folds;
    use crate::statute::finder::find;

    #[test]
    fn a_heading_over_sub_headings_covers_them() {
        let text = "\\section{Namn}\nFöreningens namn är D.\n\n\\section{Ändamål}\n\\subsection{Syfte}\nSektionen har till uppgift att bevaka medlemmarnas intressen.\n\n\\subsection{Säte}\nSektionen har sitt säte i Linköping.\n\n\\section{Medlemskap}\nAlla får vara medlemmar.";
        let found = find(text, Folds::default());
        let best = found.candidates.first().unwrap();
        assert_eq!(best.heading.as_deref(), Some("Ändamål"));
        let clause = &text[best.start..best.end];
        assert!(clause.starts_with("\\subsection{Syfte}"), "{clause}");
        assert!(clause.ends_with("säte i Linköping."), "{clause}");
        // One sub-section is the clause by itself, its heading's text.
        let one = "\\section{Syfte}\n\\subsection{Syfte}\nSektionen har till uppgift att bevaka intressen.\n\n\\section{Medlemskap}\nAlla.";
        let best = find(one, Folds::default()).candidates[0].clone();
        assert_eq!(&one[best.start..best.end], "Sektionen har till uppgift att bevaka intressen.");
        // Headings of one depth cover nothing: each is a section of its own.
        let flat = text.replace("\\subsection", "\\section");
        let found = find(&flat, Folds::default());
        let best = found.candidates.first().unwrap();
        assert_eq!(&flat[best.start..best.end], "Sektionen har till uppgift att bevaka medlemmarnas intressen.");
        // Run into one line, the markup still shows depth.
        let line = text.replace("\n\n", " ").replace('\n', " ");
        let best = find(&line, Folds::default()).candidates[0].clone();
        assert!(line[best.start..best.end].starts_with("\\subsection{Syfte}"), "{}", &line[best.start..]);
        assert!(line[best.start..best.end].ends_with("säte i Linköping."));
    }

    #[test]
    fn decimal_paragraphs_in_order_are_sections_and_their_chapter_covers_them() {
        // A paragraph of a general chapter is the clause by itself.
        let nation = "Stadgar för X nation. Allmänt 1.1 X nation är en sammanslutning av studenter. 1.2 Nationen har som huvudsakligt syfte att stödja studenterna. 1.3 Nationens år är ett kalenderår. 2. Medlemmar 2.1 Medlemmar är de som betalar.";
        let best = find(nation, Folds::default()).candidates[0].clone();
        assert_eq!(best.heading.as_deref(), Some("1.2"));
        assert_eq!(&nation[best.start..best.end], "Nationen har som huvudsakligt syfte att stödja studenterna.");
        // One number with a decimal is no run: a paragraph of its own only in order.
        let alone = nation.replace("1.1 ", "").replace("1.3 ", "").replace("2.1 ", "");
        let found = find(&alone, Folds::default());
        assert!(found.candidates.iter().all(|c| c.heading.as_deref() != Some("1.2")), "{:?}", found.candidates);
        // Two decimal numbers in a section "3" number its stycken, which it keeps.
        let stycken = "3 Ändamål\nFöreningen har till ändamål att främja idrott. 3.1 Föreningen ska bedriva barnverksamhet. 3.2 Föreningen ska verka för god kamratanda.\n4 Medlemmar\nAlla får bli medlemmar.";
        let best = find(stycken, Folds::default()).candidates[0].clone();
        assert!(stycken[best.start..best.end].ends_with("god kamratanda."), "{}", &stycken[best.start..best.end]);
        // A chapter about purpose, with no text of its own, covers its paragraphs.
        let chapter = "Förbundsordning för X. 2 Medlemmar 2.1 Medlemmar är kommunerna. 3 Ändamål 3.1 Förbundet ska fullgöra medlemmarnas uppgifter enligt arkivlagen. 3.2 Förbundet får även sälja tjänster. 4 Organisation 4.1 Förbundet har en styrelse.";
        let best = find(chapter, Folds::default()).candidates[0].clone();
        assert_eq!(best.heading.as_deref(), Some("3 Ändamål"));
        assert_eq!(
            &chapter[best.start..best.end],
            "3.1 Förbundet ska fullgöra medlemmarnas uppgifter enligt arkivlagen. 3.2 Förbundet får även sälja tjänster."
        );
    }
}
