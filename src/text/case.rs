//! Upper and lower case for the scripts names in the news are written in: Latin with its
//! accented letters, Greek, Cyrillic and Armenian, mapped by arithmetic. The standard
//! library's full Unicode mapping would add its tables (24 KB) to the WebAssembly module;
//! letters of other scripts are left as they are, which only means they compare by case.

/// The lowercase of `c`.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x41..=0x5A => u + 0x20,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x130 => 'i' as u32,
        0x178 => 0xFF,
        0x100..=0x137 | 0x14A..=0x177 | 0x200..=0x21F | 0x222..=0x233 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        0x391..=0x3A9 if u != 0x3A2 => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF if u % 2 == 0 => u + 1,
        0x531..=0x556 => u + 0x30,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// The uppercase of `c`.
pub fn upper(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x61..=0x7A => u - 0x20,
        0xE0..=0xFE if u != 0xF7 => u - 0x20,
        0xFF => 0x178,
        0x131 => 'I' as u32,
        0x101..=0x138 | 0x14B..=0x178 | 0x201..=0x220 | 0x223..=0x234 if u % 2 == 1 => u - 1,
        0x13A..=0x149 | 0x17A..=0x17F if u % 2 == 0 => u - 1,
        0x3AC => 0x386,
        0x3AD..=0x3AF => u - 0x25,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => u - 0x3F,
        0x3C2 => 0x3A3,
        0x3B1..=0x3C9 => u - 0x20,
        0x430..=0x44F => u - 0x20,
        0x450..=0x45F => u - 0x50,
        0x461..=0x482 | 0x48B..=0x4C0 | 0x4D1..=0x4FF if u % 2 == 1 => u - 1,
        0x561..=0x586 => u - 0x30,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
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
        out.push_str(s);
        let start = out.len() - s.len();
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(s.chars().map(lower));
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
/// "ℕ", Roman numerals, circled letters, "々"); every other character counts as a letter, as
/// the letters of the other scripts are, but so are those scripts' own punctuation, digits
/// and marks.
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0x41..=0x5A
        | 0x61..=0x7A
        | 0xAA
        | 0xB5
        | 0xBA
        | 0xC0..=0xD6
        | 0xD8..=0xF6
        | 0xF8..=0x2C1
        | 0x2C6..=0x2D1
        | 0x2E0..=0x2E4
        | 0x2EC
        | 0x2EE
        | 0x345
        | 0x363..=0x374
        | 0x376..=0x377
        | 0x37A..=0x37D
        | 0x37F
        | 0x386
        | 0x388..=0x38A
        | 0x38C
        | 0x38E..=0x3A1
        | 0x3A3..=0x3F5
        | 0x3F7..=0x481
        | 0x48A..=0x52F
        | 0x531..=0x556
        | 0x559
        | 0x560..=0x588 => true,
        0..=0x58F
        | 0x2000..=0x2BFF
        | 0x3000..=0x303F
        | 0xFE00..=0xFE6F
        | 0xFEFF
        | 0xFFF0..=0xFFFF
        | 0x1F000..=0x1FFFF => false,
        _ => true,
    }
}

/// Whether `c` is a letter or a digit: [`is_letter`], or what `char::is_numeric` says up to
/// U+058F (the digits, "¹²³" and "¼½¾"). The digits of other scripts count through
/// [`is_letter`]'s rule; the numbers of the symbol blocks ("①", "Ⅻ", "⁴") do not.
pub fn is_letter_or_digit(c: char) -> bool {
    is_letter(c) || c.is_ascii_digit() || matches!(c, '²' | '³' | '¹' | '¼'..='¾')
}

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
    }
}
