//! Every Swedish sentence the interface shows, in one place, so that wording
//! can be reviewed together.

pub const APP_TITLE: &str = "Ändamålsjämföraren";
pub const TAGLINE: &str = "Jämför ändamålsparagrafen i två förbundsordningar";
pub const SIDE_LABELS: [&str; 2] = ["Förbundsordning A", "Förbundsordning B"];
pub const SIDE_HINT: &str = "Klistra in hela förbundsordningen eller bara ändamålsparagrafen.";
pub const LOAD_EXAMPLE: &str = "Ladda exempel";
pub const CLEAR: &str = "Töm";
pub const OPEN_TEXT_FILE: &str = "Öppna fil";
pub const OPEN_TEXT_FILE_HINT: &str = "Läs in en PDF-, Word- eller textfil. Du kan också dra filen till rutan.";
/// (The PDF reader's messages are in static/pdf/pdf-text.js, which the command line shares, and in src/files.rs.)
pub const READING_PDF: &str = "Läser PDF:en …";
pub const COMPARISON: &str = "Jämförelse";
pub const EMPTY_HINT: &str =
    "Klistra in text i båda fälten, eller tryck på ”Ladda exempel”, så visas skillnaderna här.";
pub const COMPARING: &str = "Jämför …";
pub const INSERTED: &str = "tillagt";
pub const DELETED: &str = "borttaget";
pub const IDENTICAL: &str = "Texterna är identiska.";
pub const DEADLINE: &str = "Några meningar är för olika för att jämföras ord för ord inom rimlig tid. De visas därför som hela meningar, utan markeringar inom meningen.";
pub const LEGEND: &str = "Understruket = tillagt i B. Genomstruket = borttaget från A.";

pub const SURE: &str = "Säker träff";
pub const UNSURE: &str = "Osäker – kontrollera";
/// Why a clear clause is still unsure: a one-line transcript shows no borders.
pub const BORDERS_GUESSED: &str =
    "Texten saknar radbrytningar runt stycket, så var det börjar och slutar är gissat. Kontrollera början och slutet.";
pub const PICKED: &str = "Valt av dig";
pub const MANUAL: &str = "Du har markerat ändamålet själv.";
pub const NOT_FOUND: &str = "Ingen ändamålsparagraf hittades med säkerhet. Välj ett av förslagen nedan, eller markera ändamålet i texten och tryck ”Använd markerad text som ändamål”.";
pub const BEST_GUESSES: &str = "Troligaste avsnitten – tryck för att välja:";
/// Said where the comparison would be while a side has no section chosen.
#[must_use]
pub fn nothing_compared(sides: &str) -> String {
    format!(
        "Inget jämförs ännu: ingen ändamålsparagraf hittades i {sides}. Välj ett av förslagen under texten eller markera ändamålet själv."
    )
}
pub const WRONG_SECTION: &str = "Fel avsnitt? Välj ett annat:";
pub const USE_FINDER: &str = "Använd det hittade avsnittet";
pub const MARK: &str = "Använd markerad text som ändamål";
pub const MARK_HINT: &str = "Markera ändamålsparagrafen i rutan ovan och tryck här.";

/// "Hittade: 4 § Förbundets ändamål".
#[must_use]
pub fn found(heading: Option<&str>, text: &str) -> String {
    format!("Hittade: {}", heading.map_or_else(|| opening(text), str::to_owned))
}

/// "Valt: 4 § Förbundets ändamål".
#[must_use]
pub fn picked(heading: Option<&str>, text: &str) -> String {
    format!("Valt: {}", heading.map_or_else(|| opening(text), str::to_owned))
}

/// A candidate in the picker: its heading and first words.
#[must_use]
pub fn candidate_label(heading: Option<&str>, text: &str) -> String {
    match heading {
        Some(h) => format!("{h} – {}", opening(text)),
        None => opening(text),
    }
}

/// The first words of a text, for labels.
#[must_use]
pub fn opening(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(7).collect();
    let more = text.split_whitespace().nth(7).is_some();
    format!("”{}{}”", words.join(" "), if more { " …" } else { "" })
}

/// "eftersom rubriken nämner ändamål och texten börjar som en ändamålsparagraf".
#[must_use]
pub fn because(reasons: &[&str]) -> String {
    match reasons {
        [] => String::new(),
        [one] => format!("Eftersom {one}."),
        [init @ .., last] => format!("Eftersom {} och {last}.", init.join(", ")),
    }
}

#[must_use]
pub fn outline_toggle(open: bool, count: usize) -> String {
    let noun = if count == 1 { "rubrik" } else { "rubriker" };
    if open { format!("Dölj dokumentets {noun}") } else { format!("Visa dokumentets {noun} ({count})") }
}

#[must_use]
pub fn more_headings(n: usize) -> String {
    format!("… och {n} till")
}

pub const VIEW_SIDE_BY_SIDE: &str = "Sida vid sida";
pub const VIEW_REDLINE: &str = "Ändringsmarkerad text";
pub const ONLY_CHANGES: &str = "Bara ändringar";
pub const PREV_CHANGE: &str = "Föregående ändring";
pub const NEXT_CHANGE: &str = "Nästa ändring";
pub const NAV_HINT: &str = "Tangenter: n = nästa, p = föregående ändring";
pub const MISSING_IN_A: &str = "Finns inte i A";
pub const MISSING_IN_B: &str = "Finns inte i B";
pub const MOVED: &str = "flyttat";
pub const UNRELATED: &str = "Texterna verkar inte handla om samma sak – ingen mening i A motsvarar någon i B.";
pub const SPLIT_NOTE: &str = "delad i två meningar";
pub const MERGED_NOTE: &str = "två meningar sammanslagna";
pub const SIDE_SHORT: [&str; 2] = ["A", "B"];
/// A folded text's line: "A: Umeå 2019 · 4 § Förbundets ändamål · Visa texten".
pub const SHOW_TEXT: &str = "Visa texten";
pub const MANUAL_SHORT: &str = "markerat avsnitt";
pub const WHOLE_SHORT: &str = "hela texten";
pub const SECTION_SHORT: &str = "ändamålet";
pub const MENU: &str = "Meny";
pub const SHOW_QR: &str = "Visa QR-kod";
pub const HIDE_QR: &str = "Dölj QR-kod";
pub const QR_SCAN: &str = "Skanna koden för att öppna jämförelsen på din telefon.";
pub const QUICK_SAVED: &str = "Sparad";
pub const DONE: &str = "Klar";

pub const FOLDS_LEGEND: &str = "Räkna som lika";
pub const FOLD_CASE: &str = "Stora och små bokstäver";
pub const FOLD_CASE_HINT: &str = "”Förbundet” och ”förbundet” räknas som samma ord.";
pub const FOLD_SKALL: &str = "”skall” och ”ska”";
pub const FOLD_SKALL_HINT: &str = "Äldre förbundsordningar skriver ”skall”; det räknas som ”ska”.";
pub const FOLD_OCR: &str = "Skanningsfel i å, ä och ö";
pub const FOLD_OCR_HINT: &str =
    "För inskannade (OCR-lästa) texter: ”forbundets dndamal” räknas som ”förbundets ändamål”.";

pub const ANNOTATE: &str = "Anteckna";
pub const ANNOTATE_HINT: &str =
    "Tagga meningen med teman eller skriv en anteckning. Du kan också markera ord med musen.";
pub const PAIR_NOTE: &str = "Kommentera ändringen";
pub const NEW_NOTE: &str = "Ny anteckning";
pub const EDIT_NOTE: &str = "Ändra anteckning";
pub const NEW_PAIR_NOTE: &str = "Anteckning om ändringen";
pub const THEMES: &str = "Teman";
pub const NOTE: &str = "Anteckning (frivillig)";
pub const SAVE: &str = "Spara";
pub const CANCEL: &str = "Avbryt";
pub const DELETE: &str = "Ta bort";
pub const EDIT: &str = "Ändra";
pub const UNDO: &str = "Ångra";
pub const REDO: &str = "Gör om";
pub const UNDO_HINT: &str = "Ångra (Ctrl+Z)";
pub const REDO_HINT: &str = "Gör om (Ctrl+Shift+Z eller Ctrl+Y)";
pub const WIDEN_START: &str = "+ ord före";
pub const NARROW_START: &str = "− ord i början";
pub const NARROW_END: &str = "− ord i slutet";
pub const WIDEN_END: &str = "+ ord efter";
pub const WIDEN_START_LABEL: &str = "Ta med ett ord till före";
pub const NARROW_START_LABEL: &str = "Ta bort första ordet";
pub const NARROW_END_LABEL: &str = "Ta bort sista ordet";
pub const WIDEN_END_LABEL: &str = "Ta med ett ord till efter";
pub const NEED_THEME_OR_NOTE: &str = "Välj minst ett tema eller skriv en anteckning.";
pub const NEED_NOTE: &str = "Skriv en anteckning.";
pub const PANEL_NOTES: &str = "Anteckningar";
pub const PANEL_SUGGESTIONS: &str = "Förslag";
pub const PANEL_THEMES: &str = "Teman";
pub const PANEL_MATRIX: &str = "Vem säger vad";
pub const NO_NOTES: &str = "Inga anteckningar ännu. Markera ord i jämförelsen, eller tryck ”Anteckna” vid en mening.";
pub const LOOSE_NOTES: &str = "Lösa anteckningar";
pub const LOOSE_HINT: &str = "Texten de gällde finns inte längre kvar. De sparas tills du tar bort dem.";
pub const OUTSIDE_SECTION: &str = "utanför det jämförda avsnittet";
pub const SUGGESTED: &str = "Förslag";
pub const ACCEPT: &str = "Godkänn";
pub const REJECT: &str = "Avvisa";
pub const ACCEPT_ALL: &str = "Godkänn alla";
pub const REJECT_ALL: &str = "Avvisa alla";
pub const NO_SUGGESTIONS: &str =
    "Inga förslag kvar. Förslagen kommer från en ordlista per tema och läggs aldrig in utan att du godkänner dem.";
pub const SUGGESTIONS_HINT: &str = "Medan den här fliken är öppen har förslagen streckad ram i texten. Godkänn eller avvisa ett i taget eller alla på en gång.";
pub const BUILT_IN_THEMES: &str = "Inbyggda teman";
pub const OWN_THEMES: &str = "Egna teman";
pub const SHOW_THEME: &str = "Visa";
pub const THEME_NAME: &str = "Namn";
pub const THEME_COLOUR: &str = "Färg";
pub const ADD_THEME: &str = "Lägg till tema";
pub const NO_OWN_THEMES: &str = "Inga egna teman ännu.";
pub const MATRIX_THEME: &str = "Tema";
pub const MATRIX_DIFFERS: &str = "Skiljer sig formuleringen?";
pub const MATRIX_EMPTY: &str = "Inga teman är taggade ännu. Godkänn förslag eller tagga meningar, så fylls tabellen i.";
pub const MATRIX_NONE: &str = "–";
pub const MATRIX_UNADDRESSED: &str = "Tas inte upp i någon av texterna:";
pub const YES: &str = "Ja";
pub const NO: &str = "Nej";
pub const ONLY_A: &str = "Bara i A";
pub const ONLY_B: &str = "Bara i B";
/// A theme the other side's sentence carries through its pair, unannotated.
pub const CARRIED: &str = "genom paret";
pub const CONFIRM: &str = "Bekräfta";
pub const TURN_DOWN: &str = "Avvisa";
pub const PALETTE_NAMES: [&str; 12] =
    ["Blå", "Lila", "Grön", "Orange", "Brun", "Röd", "Blågrön", "Olivgrön", "Rosa", "Grå", "Indigo", "Mörkgul"];

/// Said when a link has opened; `earlier` names the work it replaced, if there was any.
#[must_use]
pub fn link_opened(earlier: Option<&str>) -> String {
    opened("Jämförelsen från länken är öppnad.", earlier)
}
/// A pair opened from "Många förbund" (the landscape).
pub fn pair_opened(earlier: Option<&str>) -> String {
    opened("Paret från Många förbund är öppnat.", earlier)
}
fn opened(what: &str, earlier: Option<&str>) -> String {
    match earlier {
        Some(name) => format!("{what} Det du arbetade med innan, ”{name}”, är sparat under ”Mina jämförelser”."),
        None => what.to_owned(),
    }
}
pub const SHARE: &str = "Dela";
pub const NEW_COMPARISON: &str = "Ny jämförelse";
pub const HELP: &str = "Hjälp";
pub const HELP_TITLE: &str = "Så fungerar Ändamålsjämföraren";
pub const HELP_INTRO: &str = "Klistra in två förbundsordningar – hela dokumenten eller bara ändamålsparagraferna. Verktyget hittar ändamålsparagrafen i var och en och visar mening för mening vad som skiljer dem. Allt sker i din webbläsare; texterna skickas ingenstans.";
pub const FINISHED_EXAMPLE: &str = "Visa ett färdigt exempel";
pub const HELP_MARKS: &str = "Markeringar";
pub const HELP_INS_WORD: &str = "understruket";
pub const HELP_INS: &str = " – tillagt i B";
pub const HELP_DEL_WORD: &str = "genomstruket";
pub const HELP_DEL: &str = " – borttaget från A";
pub const HELP_MOVED: &str = " – meningen står på ett annat ställe i B";
pub const HELP_SUGGESTED_WORD: &str = "streckad ram";
pub const HELP_SUGGESTED: &str = " – förslag på tema (syns när fliken ”Förslag” är öppen); godkänn eller avvisa där";
pub const HELP_ANNOTATED_WORD: &str = "färgad understrykning";
pub const HELP_ANNOTATED: &str = " – taggat med ett tema; märket visar temats förkortning, tryck på det för att ändra";
pub const HELP_KEYS: &str = "Tangenter";
pub const HELP_KEY_LINES: [&str; 5] = [
    "n eller PageDown: nästa ändring · p eller PageUp: föregående",
    "Ctrl+Z: ångra · Ctrl+Shift+Z eller Ctrl+Y: gör om (⌘ på Mac)",
    "Esc: stäng anteckningsrutan eller avsluta presentationen",
    "I presentationsläget: M visar temamatrisen, B gör skärmen svart",
    "Markera ord med musen i jämförelsen för att anteckna dem",
];
pub const HELP_SHARING: &str = "Dela";
pub const HELP_SHARING_TEXT: &str = "”Dela” gör en länk som innehåller hela jämförelsen: texterna, anteckningarna och temana. Ingen server är inblandad – allt ligger i länken, så skicka den bara till dem som ska se innehållet. Långa jämförelser delas bättre som fil.";
pub const HELP_PDF: &str = "PDF-filer";
pub const HELP_PDF_LINES: [&str; 2] = [
    "Tryck på ”Öppna fil” vid rutan, eller dra filen dit. Texten läses ut i läsordning, utan sidhuvuden, sidnummer och avstavning.",
    "En skannad PDF är bara bilder: låt en skanner eller PDF-läsare tolka texten (OCR) först, eller klistra in ändamålsparagrafen.",
];
pub const PRESENT: &str = "Presentera";
pub const END_PRESENTATION: &str = "Avsluta presentationen (Esc)";
pub const PRESENT_KEYS: &str =
    "PageDown/PageUp eller n/p: nästa/föregående ändring · M: temamatrisen · B: svart skärm · Esc: avsluta";
pub const BLACKOUT: &str = "Skärmen är svart. Tryck B för att visa den igen.";
pub const NEW_STARTED: &str = "En ny, tom jämförelse är startad. Den förra finns kvar under ”Mina jämförelser”.";
pub const SWAP: &str = "Byt plats på A och B";
pub const SHARE_TITLE: &str = "Dela jämförelsen";
pub const CLOSE: &str = "Stäng";
pub const SHARE_NAME_A: &str = "Namn på A";
pub const SHARE_NAME_B: &str = "Namn på B";
pub const SHARE_TITLE_FIELD: &str = "Rubrik (frivillig), t.ex. ”Workshop 15 juni”";
pub const SHARE_WITH_NOTES: &str = "Ta med anteckningar och teman";
pub const SHARE_SECTIONS: &str = "Bara ändamålsparagraferna";
pub const SHARE_WHOLE: &str = "Hela dokumenten";
pub const SHARE_CONTAINS_NOTES: &str = "Länken innehåller texterna och alla anteckningar. Den som får länken kan läsa allt – skicka den bara till dem som ska se det.";
pub const SHARE_CONTAINS_TEXT: &str =
    "Länken innehåller texterna men inga anteckningar. Den som får länken kan läsa texterna.";
pub const SHARE_NO_SERVER: &str = "Inget skickas till någon server: allt ligger i själva länken.";
pub const SHARE_WIDENED: &str =
    "En anteckning ligger utanför ändamålsparagraferna, så hela dokumenten följer med i länken.";
pub const COPY_LINK: &str = "Kopiera länken";
pub const COPIED: &str = "Länken är kopierad.";
pub const COPY_FAILED: &str =
    "Kunde inte kopiera automatiskt. Markera länken i rutan och kopiera med Ctrl+C (⌘C på Mac).";
pub const SYSTEM_SHARE: &str = "Dela via …";
pub const LINK_FIELD: &str = "Länken";
pub const QR_LABEL: &str = "QR-kod med länken";
pub const QR_DRAWING: &str = "QR-koden ritas …";
pub const QR_DENSE: &str = "Koden är tät: håll telefonen stadigt och nära skärmen.";
pub const QR_TOO_LONG: &str = "Länken är för lång för en QR-kod. Dela den som länk eller som fil.";
pub const LONG_LINK: &str = "Länken är lång. En del e-postprogram och chattar klipper av långa länkar. Alternativ: dela utan anteckningar, bara ändamålsparagraferna, eller som fil (”Spara som fil”).";
pub const OPEN_LINK: &str = "Öppna länk";
pub const OPEN_LINK_FIELD: &str = "Klistra in en länk till en jämförelse";
pub const OPEN: &str = "Öppna";

pub const TOO_LARGE_START: &str = "Texten är för stor";

/// "Texten är för stor (7,2 MB). …"
#[must_use]
pub fn too_large(bytes: usize) -> String {
    format!(
        "{TOO_LARGE_START} ({}). Högst 5 MB per sida kan jämföras. Klistra in bara ändamålsparagrafen eller en mindre del av dokumentet. Det som redan fanns i rutan är kvar.",
        megabytes(bytes)
    )
}

/// "Texterna är för stora för en länk (3,1 MB). …": more than a link carries.
#[must_use]
pub fn too_large_for_link(bytes: usize) -> String {
    format!(
        "Texterna är för stora för en länk ({}); en länk bär högst 2 MB. Välj ”{SHARE_SECTIONS}” ovan, eller spara jämförelsen som fil (”{SAVE_AND_EXPORT}” → ”{SAVE_FILE}”) och skicka filen.",
        megabytes(bytes)
    )
}

/// "7,2 MB", with a decimal comma, rounded down to a tenth.
fn megabytes(bytes: usize) -> String {
    let tenths = bytes * 10 / (1024 * 1024);
    format!("{},{} MB", tenths / 10, tenths % 10)
}

pub const INITIALS: &str = "Dina initialer (skrivs vid dina anteckningar, t.ex. när en moderator samlar in)";
pub const COLLECT: &str = "Samla in anteckningarna hit";
pub const COLLECT_HINT: &str = "Moderator: klistra in deltagarnas länkar en i taget. Anteckningar på samma texter läggs ihop med deltagarens initialer; dubbletter visas en gång.";

/// "Insamlat: 3 anteckningar och 1 kommentar om ett par (2 fanns redan)."
#[must_use]
pub fn collected(m: andamal_core::formats::session::Merged) -> String {
    let notes = count_notes(m.annotations);
    let pairs = if m.pair_notes == 1 {
        "1 kommentar om ett par".to_owned()
    } else {
        format!("{} kommentarer om par", m.pair_notes)
    };
    let dup = match m.duplicates {
        0 => String::new(),
        1 => " (1 fanns redan)".to_owned(),
        n => format!(" ({n} fanns redan)"),
    };
    format!("Insamlat: {notes} och {pairs}{dup}.")
}

/// A column heading: "A: Umeåregionen 2019", or "Förbundsordning A" without a name.
#[must_use]
pub fn side_heading(side: usize, name: &str) -> String {
    if name.trim().is_empty() { SIDE_LABELS[side].to_owned() } else { format!("{}: {}", SIDE_SHORT[side], name.trim()) }
}

/// While the link for the current work is being made (in the worker).
pub const LINK_MAKING: &str = "Länken skapas …";

/// "Länken är 1 358 tecken lång."
#[must_use]
pub fn link_length(chars: usize) -> String {
    format!("Länken är {} tecken lång.", thousands(chars))
}

/// "2 lösa anteckningar följer inte med (texten de gällde finns inte längre)."
#[must_use]
pub fn left_out(n: usize) -> String {
    if n == 1 {
        "1 lös anteckning följer inte med (texten den gällde finns inte längre).".to_owned()
    } else {
        format!("{n} lösa anteckningar följer inte med (texten de gällde finns inte längre).")
    }
}

/// 12 345 with a Swedish narrow no-break space between thousands.
#[must_use]
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

/// "Ta bort ”Unga”? Temat används i 3 anteckningar."
#[must_use]
pub fn confirm_delete_theme(name: &str, uses: usize) -> String {
    match uses {
        0 => format!("Ta bort ”{name}”? Inga anteckningar använder temat."),
        1 => format!("Ta bort ”{name}”? Temat används i 1 anteckning, som behåller sina andra teman."),
        n => format!("Ta bort ”{name}”? Temat används i {n} anteckningar, som behåller sina andra teman."),
    }
}

/// "3 anteckningar".
#[must_use]
pub fn count_notes(n: usize) -> String {
    if n == 1 { "1 anteckning".to_owned() } else { format!("{n} anteckningar") }
}

/// The badge's spoken label: "Teman: Arena, Samverkan. Med anteckning. Ändra."
#[must_use]
pub fn badge_label(labels: &[String], has_note: bool) -> String {
    let themes = if labels.is_empty() { "Anteckning".to_owned() } else { format!("Teman: {}", labels.join(", ")) };
    format!("{themes}{}. Ändra.", if has_note { ". Med anteckning" } else { "" })
}

/// "Förslag: Arena".
#[must_use]
pub fn suggestion_title(label: &str) -> String {
    format!("Förslag: {label}")
}

/// "flyttad från st. 3" (B's side) or "flyttad till st. 1" (A's side).
#[must_use]
pub fn moved_from(stycke: &str) -> String {
    format!("flyttad från {stycke}")
}

#[must_use]
pub fn moved_to(stycke: &str) -> String {
    format!("flyttad till {stycke}")
}

/// "4 ändrade meningar, 1 flyttad, 1 tillagd".
#[must_use]
pub fn pair_summary(changed: usize, moved: usize, added: usize, removed: usize) -> String {
    let mut parts = Vec::new();
    if changed > 0 {
        parts.push(if changed == 1 { "1 ändrad mening".to_owned() } else { format!("{changed} ändrade meningar") });
    }
    if moved > 0 {
        parts.push(if moved == 1 { "1 flyttad".to_owned() } else { format!("{moved} flyttade") });
    }
    if added > 0 {
        parts.push(if added == 1 { "1 tillagd".to_owned() } else { format!("{added} tillagda") });
    }
    if removed > 0 {
        parts.push(if removed == 1 { "1 borttagen".to_owned() } else { format!("{removed} borttagna") });
    }
    parts.join(", ")
}

/// "Visa fler (1 200 rader kvar)".
#[must_use]
pub fn more_rows(hidden: usize) -> String {
    if hidden == 1 { "Visa en rad till".to_owned() } else { format!("Visa fler ({hidden} rader kvar)") }
}

/// "Likhet 79 %".
#[must_use]
pub fn likeness(similarity: f64) -> String {
    format!("Likhet {}", percent(similarity))
}

/// "Ändring 2 av 6".
#[must_use]
pub fn change_position(at: usize, of: usize) -> String {
    format!("Ändring {at} av {of}")
}

/// "6 ändringar", before one is chosen.
#[must_use]
pub fn change_count(n: usize) -> String {
    match n {
        0 => "Inga ändringar".to_owned(),
        1 => "1 ändring".to_owned(),
        n => format!("{n} ändringar"),
    }
}

/// "78 %" with a Swedish non-breaking space.
#[must_use]
pub fn percent(ratio: f64) -> String {
    // Whole percent, formatted as an integer: float formatting would add
    // kilobytes to the page for one number.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let whole = (ratio.clamp(0.0, 1.0) * 100.0).round() as u32;
    format!("{whole}\u{a0}%")
}

pub const SAVED_TITLE: &str = "Mina jämförelser";
pub const SAVED_HINT: &str =
    "Jämförelser sparas automatiskt i den här webbläsaren, på den här datorn. De skickas aldrig någonstans.";
pub const SAVED_EMPTY: &str = "Inga sparade jämförelser ännu.";
pub const SAVED_CURRENT: &str = "öppen nu";
pub const RENAME: &str = "Byt namn";
pub const TITLE_LABEL: &str = "Namn på jämförelsen";
pub const DAMAGED_ENTRY: &str =
    "En sparad jämförelse är skadad och kan inte öppnas. De andra går att öppna som vanligt.";
pub const STORAGE_UNAVAILABLE_LIST: &str =
    "Webbläsaren tillåter inte att sidan sparar något, så det finns inga sparade jämförelser här.";
pub const SAVE_FULL: &str = "Det gick inte att spara: webbläsarens lagringsutrymme är fullt. Ladda ner en säkerhetskopia så att inget går förlorat, och ta bort gamla jämförelser under ”Mina jämförelser”.";
pub const SAVE_BLOCKED: &str = "Det gick inte att spara: webbläsaren tillåter inte att sidan sparar (till exempel i privat läge). Ladda ner en säkerhetskopia så att inget går förlorat.";
pub const DOWNLOAD_BACKUP: &str = "Ladda ner säkerhetskopia";
pub const OTHER_TAB: &str = "Den här jämförelsen har ändrats i en annan flik. Det du gör här sparas som en ny jämförelse, så att inget skrivs över.";
pub const DISMISS: &str = "OK";
pub const UNDO_DELETE: &str = "Ångra";

pub const SAVE_AND_EXPORT: &str = "Spara och exportera";
pub const SAVE_FILE: &str = "Spara som fil";
pub const SAVE_FILE_HINT: &str = "Hela jämförelsen med anteckningar, som en fil du kan öppna igen eller skicka vidare.";
pub const OPEN_FILE: &str = "Öppna fil …";
pub const EXPORT_MARKDOWN: &str = "Handout (Markdown)";
pub const EXPORT_CSV: &str = "Tabell för Excel (CSV)";
pub const EXPORT_JSON: &str = "Anteckningar (Web Annotation JSON)";
pub const PRINT: &str = "Skriv ut";
pub const NOTHING_TO_EXPORT: &str = "Klistra in två texter först.";
pub const FILE_UNREADABLE: &str = "Filen kunde inte läsas.";
/// The worker answered with something unexpected (a bug, or an old tab paired with a new worker).
pub const WORKER_FAILED: &str = "Något gick fel i webbläsaren. Ladda om sidan och försök igen.";
pub const DEFAULT_FILE_NAME: &str = "jämförelse";
pub const PRINT_DEFAULT_TITLE: &str = "Jämförelse av ändamål";
pub const MONTHS: [&str; 12] =
    ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."];

/// What a saved comparison is called: its title, else its sides' names.
#[must_use]
pub fn saved_label(title: &str, names: &[String; 2]) -> String {
    if !title.trim().is_empty() {
        return title.trim().to_owned();
    }
    let [a, b] = names.each_ref().map(|n| n.trim());
    match (a.is_empty(), b.is_empty()) {
        (true, true) => "Namnlös jämförelse".to_owned(),
        _ => format!("{} – {}", if a.is_empty() { "A" } else { a }, if b.is_empty() { "B" } else { b }),
    }
}

/// "23 nov. 2026 14:05" (month 0–11, local time).
#[must_use]
pub fn saved_at(year: u32, month: usize, day: u32, hour: u32, minute: u32) -> String {
    let month = MONTHS.get(month).copied().unwrap_or("?");
    format!("{day} {month} {year} {hour:02}:{minute:02}")
}

/// "”Workshop” togs bort."
#[must_use]
pub fn deleted(label: &str) -> String {
    format!("”{label}” togs bort.")
}

/// "Sparad 23 nov. 2026 14:05".
#[must_use]
pub fn saved_when(at: &str) -> String {
    format!("Sparad {at}")
}

// The page's other views (issue #17): each in a module of its own, read as
// `texts::…` like the rest.
mod landscape;
mod statute;
pub use landscape::*;
pub use statute::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pair_summaries() {
        assert_eq!(pair_summary(4, 1, 1, 0), "4 ändrade meningar, 1 flyttad, 1 tillagd");
        assert_eq!(pair_summary(1, 2, 2, 1), "1 ändrad mening, 2 flyttade, 2 tillagda, 1 borttagen");
        assert_eq!(pair_summary(0, 0, 0, 3), "3 borttagna");
        assert_eq!(likeness(0.794), "Likhet 79\u{a0}%");
    }

    #[test]
    fn finder_sentences() {
        assert_eq!(found(Some("4 § Ändamål"), ""), "Hittade: 4 § Ändamål");
        assert_eq!(found(None, "Förbundets ändamål är att"), "Hittade: ”Förbundets ändamål är att”");
        assert_eq!(because(&["a", "b", "c"]), "Eftersom a, b och c.");
        assert_eq!(outline_toggle(false, 1), "Visa dokumentets rubrik (1)");
    }

    #[test]
    fn annotation_sentences() {
        assert_eq!(count_notes(1), "1 anteckning");
        assert_eq!(count_notes(3), "3 anteckningar");
        assert!(confirm_delete_theme("Unga", 2).contains("används i 2 anteckningar"));
        assert_eq!(
            badge_label(&["Arena".into(), "Samverkan".into()], true),
            "Teman: Arena, Samverkan. Med anteckning. Ändra."
        );
    }

    #[test]
    fn swedish_number_forms() {
        assert_eq!(percent(0.784), "78\u{a0}%");
        assert_eq!(change_count(1), "1 ändring");
        assert_eq!(change_count(6), "6 ändringar");
        assert_eq!(link_length(1358), "Länken är 1\u{202f}358 tecken lång.");
        assert_eq!(thousands(999), "999");
        assert_eq!(side_heading(1, " Umeå 2019 "), "B: Umeå 2019");
        assert_eq!(side_heading(0, ""), "Förbundsordning A");
        let m = andamal_core::formats::session::Merged { annotations: 3, pair_notes: 1, duplicates: 2 };
        assert_eq!(collected(m), "Insamlat: 3 anteckningar och 1 kommentar om ett par (2 fanns redan).");
        assert!(too_large(7 * 1024 * 1024 + 300_000).starts_with("Texten är för stor (7,2 MB)."));
        assert!(left_out(1).starts_with("1 lös anteckning"));
    }

    #[test]
    fn saved_comparison_sentences() {
        assert_eq!(saved_at(2026, 10, 23, 14, 5), "23 nov. 2026 14:05");
        assert_eq!(saved_at(2027, 2, 1, 9, 30), "1 mars 2027 09:30");
        let names = ["Umeå".to_owned(), String::new()];
        assert_eq!(saved_label("", &names), "Umeå – B");
        assert_eq!(saved_label(" Möte ", &names), "Möte");
        assert_eq!(saved_label("", &[String::new(), String::new()]), "Namnlös jämförelse");
        assert_eq!(link_opened(None), "Jämförelsen från länken är öppnad.");
        assert!(link_opened(Some("Umeå – B")).contains("innan, ”Umeå – B”, är sparat under ”Mina jämförelser”"));
        assert_eq!(pair_opened(None), "Paret från Många förbund är öppnat.");
        assert!(pair_opened(Some("Umeå – B")).ends_with("innan, ”Umeå – B”, är sparat under ”Mina jämförelser”."));
    }
}
