//! Upper and lower case for the scripts names in the news are written in: Latin with its
//! accented letters, Greek, Cyrillic and Armenian, mapped by arithmetic. The standard
//! library's full Unicode mapping would add its tables (24 KB) to the WebAssembly module;
//! letters of other scripts are left as they are, which only means they compare by case.

/// The lowercase of `c`.
pub fn lower(c: char) -> char {
    shifted(c, LOWERCASE)
}

/// The uppercase of `c`.
pub fn upper(c: char) -> char {
    shifted(c, UPPERCASE)
}

/// The capitals [`lower`] maps, as (first, last, step, offset): the code points `first`,
/// `first + step`, … up to `last` map to themselves plus `offset`. In order, apart.
const LOWERCASE: &[(u16, u16, u16, i16)] = &[
    (0x41, 0x5A, 1, 0x20),
    (0xC0, 0xD6, 1, 0x20),
    (0xD8, 0xDE, 1, 0x20),
    (0x100, 0x12E, 2, 1),
    // "İ" → "i".
    (0x130, 0x130, 1, 0x69 - 0x130),
    (0x132, 0x136, 2, 1),
    (0x139, 0x147, 2, 1),
    (0x14A, 0x176, 2, 1),
    // "Ÿ" → "ÿ".
    (0x178, 0x178, 1, 0xFF - 0x178),
    (0x179, 0x17D, 2, 1),
    (0x200, 0x21E, 2, 1),
    (0x222, 0x232, 2, 1),
    (0x386, 0x386, 1, 0x3AC - 0x386),
    (0x388, 0x38A, 1, 0x25),
    (0x38C, 0x38C, 1, 0x3CC - 0x38C),
    (0x38E, 0x38F, 1, 0x3F),
    (0x391, 0x3A1, 1, 0x20),
    (0x3A3, 0x3A9, 1, 0x20),
    (0x400, 0x40F, 1, 0x50),
    (0x410, 0x42F, 1, 0x20),
    (0x460, 0x480, 2, 1),
    (0x48A, 0x4BE, 2, 1),
    (0x4D0, 0x4FE, 2, 1),
    (0x531, 0x556, 1, 0x30),
];

/// The small letters [`upper`] maps, as [`LOWERCASE`] lists the capitals.
const UPPERCASE: &[(u16, u16, u16, i16)] = &[
    (0x61, 0x7A, 1, -0x20),
    (0xE0, 0xF6, 1, -0x20),
    (0xF8, 0xFE, 1, -0x20),
    // "ÿ" → "Ÿ".
    (0xFF, 0xFF, 1, 0x178 - 0xFF),
    (0x101, 0x12F, 2, -1),
    // Dotless "ı" → "I".
    (0x131, 0x131, 1, 0x49 - 0x131),
    (0x133, 0x137, 2, -1),
    (0x13A, 0x148, 2, -1),
    (0x14B, 0x177, 2, -1),
    (0x17A, 0x17E, 2, -1),
    (0x201, 0x21F, 2, -1),
    (0x223, 0x233, 2, -1),
    (0x3AC, 0x3AC, 1, 0x386 - 0x3AC),
    (0x3AD, 0x3AF, 1, -0x25),
    (0x3B1, 0x3C1, 1, -0x20),
    // Final "ς" → "Σ".
    (0x3C2, 0x3C2, 1, 0x3A3 - 0x3C2),
    (0x3C3, 0x3C9, 1, -0x20),
    (0x3CC, 0x3CC, 1, 0x38C - 0x3CC),
    (0x3CD, 0x3CE, 1, -0x3F),
    (0x430, 0x44F, 1, -0x20),
    (0x450, 0x45F, 1, -0x50),
    (0x461, 0x481, 2, -1),
    (0x48B, 0x4BF, 2, -1),
    (0x4D1, 0x4FF, 2, -1),
    (0x561, 0x586, 1, -0x30),
];

/// `c` mapped by one of the case tables; as it is when the table does not list it. A table
/// and one loop rather than `match` arms, each of which was code of its own.
fn shifted(c: char, table: &[(u16, u16, u16, i16)]) -> char {
    let u = c as u32;
    for &(first, last, step, offset) in table {
        let (first, last) = (u32::from(first), u32::from(last));
        if u < first {
            break;
        }
        if u <= last && (u - first) % u32::from(step) == 0 {
            return char::from_u32(u.wrapping_add_signed(i32::from(offset))).unwrap_or(c);
        }
    }
    c
}

/// `s` in lowercase.
pub fn lower_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_lower(&mut out, s);
    out
}

/// Appends `s` in lowercase to `out`: for a caller that lowercases many words into one buffer.
pub fn push_lower(out: &mut String, s: &str) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        if let Some(added) = out.get_mut(start..) {
            added.make_ascii_lowercase();
        }
    } else {
        for c in s.chars() {
            out.push(lower(c));
        }
    }
}

/// `s` with its first letter in capitals, as titles are printed on a card.
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    let mut out = String::with_capacity(s.len());
    if let Some(first) = chars.next() {
        out.push(upper(first));
        out.push_str(chars.as_str());
    }
    out
}

/// Whether `c` is a letter. Exactly what `char::is_alphabetic` says from U+0000 to U+058F
/// (Latin with its accented letters and IPA, Greek, Cyrillic, Armenian) and in Latin Extended
/// Additional (U+1E00–U+1EFF, Vietnamese); the standard library's Unicode table would add
/// itself to the WebAssembly module. Elsewhere it goes by block: the punctuation and symbol
/// blocks U+2000–U+2BFF, U+3000–U+303F (CJK punctuation), U+FE00–U+FE6F, U+FEFF, U+FFF0–U+FFFF
/// and U+1F000–U+1FFFF (emoji) hold no letters, although Unicode counts a few there ("ⁿ",
/// "ℕ", Roman numerals, circled letters, "々"), nor do the punctuation marks that end or part
/// sentences and phrases in the scripts news quotes most (Hebrew, Arabic and Devanagari marks,
/// fullwidth brackets and stops), so that a name in brackets after a name in another script
/// stays a word of its own; every other character counts as a letter, as the letters of the
/// other scripts are, and so do those scripts' other signs, digits and marks.
pub fn is_letter(c: char) -> bool {
    let u = c as u32;
    if u <= 0x58F {
        in_ranges(u, LETTERS, 1)
    } else {
        !in_ranges(u, NOT_LETTERS, 1)
    }
}

/// The letters up to U+058F, the blocks [`is_letter`] reads code point by code point.
const LETTERS: &[(u32, u32)] = &[
    (0x41, 0x5A),
    (0x61, 0x7A),
    (0xAA, 0xAA),
    (0xB5, 0xB5),
    (0xBA, 0xBA),
    (0xC0, 0xD6),
    (0xD8, 0xF6),
    (0xF8, 0x2C1),
    (0x2C6, 0x2D1),
    (0x2E0, 0x2E4),
    (0x2EC, 0x2EC),
    (0x2EE, 0x2EE),
    (0x345, 0x345),
    (0x363, 0x374),
    (0x376, 0x377),
    (0x37A, 0x37D),
    (0x37F, 0x37F),
    (0x386, 0x386),
    (0x388, 0x38A),
    (0x38C, 0x38C),
    (0x38E, 0x3A1),
    (0x3A3, 0x3F5),
    (0x3F7, 0x481),
    (0x48A, 0x52F),
    (0x531, 0x556),
    (0x559, 0x559),
    (0x560, 0x588),
];

/// Past U+058F, the punctuation and symbols [`is_letter`] tells from letters.
const NOT_LETTERS: &[(u32, u32)] = &[
    (0x5BE, 0x5BE),
    (0x5C0, 0x5C0),
    (0x5C3, 0x5C3),
    (0x5C6, 0x5C6),
    (0x5F3, 0x5F4),
    (0x60C, 0x60C),
    (0x61B, 0x61B),
    (0x61F, 0x61F),
    (0x66A, 0x66D),
    (0x6D4, 0x6D4),
    (0x964, 0x965),
    (0x2000, 0x2BFF),
    (0x3000, 0x303F),
    (0xFE00, 0xFE6F),
    (0xFEFF, 0xFEFF),
    (0xFF01, 0xFF0F),
    (0xFF1A, 0xFF20),
    (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65),
    (0xFFF0, 0xFFFF),
    (0x1F000, 0x1FFFF),
];

/// Whether `c` is a letter or a digit: [`is_letter`], or what `char::is_numeric` says up to
/// U+058F (the digits, "¹²³" and "¼½¾"). The digits of other scripts count through
/// [`is_letter`]'s rule; the numbers of the symbol blocks ("①", "Ⅻ", "⁴") do not.
pub fn is_letter_or_digit(c: char) -> bool {
    is_letter(c) || c.is_ascii_digit() || matches!(c, '²' | '³' | '¹' | '¼'..='¾')
}

/// Whether `u` is in one of `ranges` (first and last code point, in order, apart): with `step`
/// 1 any code point of a range, with 2 every other one from its first (the capitals and small
/// letters of Latin Extended and Cyrillic alternate). Tables and one loop rather than `match`
/// arms: each arm was a comparison of its own in the module's code.
fn in_ranges(u: u32, ranges: &[(u32, u32)], step: u32) -> bool {
    for &(first, last) in ranges {
        if u < first {
            break;
        }
        if u <= last {
            return (u - first) % step == 0;
        }
    }
    false
}

/// Whether `c` is a capital letter. Exactly what `char::is_uppercase` says from U+0000 to
/// U+058F and in Latin Extended Additional (U+1E00–U+1EFF): the capitals [`lower`] maps and
/// the few it leaves (Latin Extended-B, archaic Greek, Abkhaz and Komi Cyrillic), listed here
/// so that the standard library's Unicode table stays out of the WebAssembly module. Letters
/// of other scripts (Greek Extended, Georgian, fullwidth Latin, …) count as neither capital
/// nor small.
pub fn is_upper(c: char) -> bool {
    let u = c as u32;
    lower(c) != c || in_ranges(u, UPPER_ALTERNATE, 2) || in_ranges(u, UPPER_UNMAPPED, 1)
}

/// The stretches where capitals and small letters alternate, capital first, that [`lower`]
/// leaves unmapped.
const UPPER_ALTERNATE: &[(u32, u32)] = &[
    (0x1CD, 0x1DB),
    (0x1DE, 0x1EE),
    (0x1F8, 0x1FE),
    (0x246, 0x24E),
    (0x3D8, 0x3EE),
    (0x4C1, 0x4CD),
    (0x500, 0x52E),
    (0x1E00, 0x1E94),
    (0x1EA0, 0x1EFE),
];

/// The other capitals [`lower`] leaves unmapped.
const UPPER_UNMAPPED: &[(u32, u32)] = &[
    (0x181, 0x182),
    (0x184, 0x184),
    (0x186, 0x187),
    (0x189, 0x18B),
    (0x18E, 0x191),
    (0x193, 0x194),
    (0x196, 0x198),
    (0x19C, 0x19D),
    (0x19F, 0x1A0),
    (0x1A2, 0x1A2),
    (0x1A4, 0x1A4),
    (0x1A6, 0x1A7),
    (0x1A9, 0x1A9),
    (0x1AC, 0x1AC),
    (0x1AE, 0x1AF),
    (0x1B1, 0x1B3),
    (0x1B5, 0x1B5),
    (0x1B7, 0x1B8),
    (0x1BC, 0x1BC),
    (0x1C4, 0x1C4),
    (0x1C7, 0x1C7),
    (0x1CA, 0x1CA),
    (0x1F1, 0x1F1),
    (0x1F4, 0x1F4),
    (0x1F6, 0x1F7),
    (0x220, 0x220),
    (0x23A, 0x23B),
    (0x23D, 0x23E),
    (0x241, 0x241),
    (0x243, 0x245),
    (0x370, 0x370),
    (0x372, 0x372),
    (0x376, 0x376),
    (0x37F, 0x37F),
    (0x3AA, 0x3AB),
    (0x3CF, 0x3CF),
    (0x3D2, 0x3D4),
    (0x3F4, 0x3F4),
    (0x3F7, 0x3F7),
    (0x3F9, 0x3FA),
    (0x3FD, 0x3FF),
    (0x4C0, 0x4C0),
    (0x1E9E, 0x1E9E),
];

/// Whether `c` is a small letter, on the same terms as [`is_upper`]: the small letters
/// [`upper`] maps and the ones it leaves (ordinal "ª", "ß", "ĸ", IPA, Latin Extended-B, …).
pub fn is_lower(c: char) -> bool {
    let u = c as u32;
    upper(c) != c || in_ranges(u, LOWER_ALTERNATE, 2) || in_ranges(u, LOWER_UNMAPPED, 1)
}

/// The small letters of the stretches of [`UPPER_ALTERNATE`], each after its capital.
const LOWER_ALTERNATE: &[(u32, u32)] = &[
    (0x1CE, 0x1DC),
    (0x1DF, 0x1EF),
    (0x1F9, 0x1FF),
    (0x247, 0x24D),
    (0x3D9, 0x3EF),
    (0x4C2, 0x4CE),
    (0x501, 0x52F),
    (0x1E01, 0x1E95),
    (0x1EA1, 0x1EFF),
];

/// The other small letters [`upper`] leaves unmapped.
const LOWER_UNMAPPED: &[(u32, u32)] = &[
    (0xAA, 0xAA),
    (0xB5, 0xB5),
    (0xBA, 0xBA),
    (0xDF, 0xDF),
    (0x138, 0x138),
    (0x149, 0x149),
    (0x17F, 0x180),
    (0x183, 0x183),
    (0x185, 0x185),
    (0x188, 0x188),
    (0x18C, 0x18D),
    (0x192, 0x192),
    (0x195, 0x195),
    (0x199, 0x19B),
    (0x19E, 0x19E),
    (0x1A1, 0x1A1),
    (0x1A3, 0x1A3),
    (0x1A5, 0x1A5),
    (0x1A8, 0x1A8),
    (0x1AA, 0x1AB),
    (0x1AD, 0x1AD),
    (0x1B0, 0x1B0),
    (0x1B4, 0x1B4),
    (0x1B6, 0x1B6),
    (0x1B9, 0x1BA),
    (0x1BD, 0x1BF),
    (0x1C6, 0x1C6),
    (0x1C9, 0x1C9),
    (0x1CC, 0x1CC),
    (0x1DD, 0x1DD),
    (0x1F0, 0x1F0),
    (0x1F3, 0x1F3),
    (0x1F5, 0x1F5),
    (0x221, 0x221),
    (0x234, 0x239),
    (0x23C, 0x23C),
    (0x23F, 0x240),
    (0x242, 0x242),
    (0x24F, 0x293),
    (0x296, 0x2B8),
    (0x2C0, 0x2C1),
    (0x2E0, 0x2E4),
    (0x345, 0x345),
    (0x371, 0x371),
    (0x373, 0x373),
    (0x377, 0x377),
    (0x37A, 0x37D),
    (0x390, 0x390),
    (0x3B0, 0x3B0),
    (0x3CA, 0x3CB),
    (0x3D0, 0x3D1),
    (0x3D5, 0x3D7),
    (0x3F0, 0x3F3),
    (0x3F5, 0x3F5),
    (0x3F8, 0x3F8),
    (0x3FB, 0x3FC),
    (0x4CF, 0x4CF),
    (0x560, 0x560),
    (0x587, 0x588),
    (0x1E96, 0x1E9D),
    (0x1E9F, 0x1E9F),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_unicode_on_the_scripts_it_maps() {
        let ranges = [0x20..0x250u32, 0x370..0x400, 0x400..0x500, 0x530..0x590];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let std_lower: Vec<char> = c.to_lowercase().collect();
            let std_upper: Vec<char> = c.to_uppercase().collect();
            // One-to-one mappings only: "ß" → "SS" and the like stay as they are.
            if std_lower.len() == 1 && lower(c) != c {
                assert_eq!(lower(c), std_lower[0], "lower of {c:?} U+{:04X}", c as u32);
            }
            if std_upper.len() == 1 && upper(c) != c {
                assert_eq!(upper(c), std_upper[0], "upper of {c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn maps_the_letters_of_names() {
        assert_eq!(
            lower_str("VLADIMIR Путин Ελλάδα Çavuşoğlu ŞTEFAN İSTANBUL"),
            "vladimir путин ελλάδα çavuşoğlu ştefan istanbul"
        );
        assert_eq!(capitalize("élysée"), "Élysée");
        assert_eq!(capitalize("foreign minister"), "Foreign minister");
    }

    #[test]
    fn tells_letters_and_digits_as_unicode_does_on_the_scripts_it_serves() {
        let ranges = [0..0x590u32, 0x1E00..0x1F00];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(
                is_letter(c),
                c.is_alphabetic(),
                "letter {c:?} U+{:04X}",
                c as u32
            );
            let alphanumeric = c.is_alphanumeric();
            assert_eq!(is_letter_or_digit(c), alphanumeric, "U+{:04X}", c as u32);
        }
        assert!(is_letter('北') && is_letter('ب') && !is_letter('…') && !is_letter('😀'));
        // The punctuation of other scripts parts words as ours does.
        for mark in ['،', '؟', '।', '״', '（', '）', '，', '：', '｡'] {
            assert!(!is_letter(mark), "{mark}");
        }
    }

    #[test]
    fn tells_case_as_unicode_does_on_the_scripts_it_serves() {
        let ranges = [0..0x590u32, 0x1E00..0x1F00];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(
                is_upper(c),
                c.is_uppercase(),
                "upper {c:?} U+{:04X}",
                c as u32
            );
            assert_eq!(
                is_lower(c),
                c.is_lowercase(),
                "lower {c:?} U+{:04X}",
                c as u32
            );
        }
    }
}
