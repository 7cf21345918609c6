//! Names from the tables found in the text: countries (by name, people, capital or seat of
//! government), organisations, news outlets and cities.
//!
//! Beyond the tables, two rules of the language: "Republic of X" and the like name X, and a
//! name followed by an acronym in brackets ("the Arab League (AL)") teaches the acronym for
//! the rest of the article. Hyphenated pairs ("Saudi-Turkish", "Japan-U.S.") name both.

use crate::tables::lexicon::{Cat, CountryForm, Lexicon, Meaning, PhraseMatches};
use crate::text::tokens::{Kind, Token};

/// A table name in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameMention {
    /// First token.
    pub first: usize,
    /// Just past the last token.
    pub end: usize,
    /// Byte range, narrower than the tokens for one half of a hyphenated pair.
    pub start_byte: usize,
    /// End of the byte range.
    pub end_byte: usize,
    /// What it names.
    pub meaning: Meaning,
}

impl NameMention {
    /// The country it names, if it names one.
    pub fn country(&self) -> Option<u16> {
        match self.meaning {
            Meaning::Country(c, _) => Some(c),
            _ => None,
        }
    }

    /// How it names its country.
    pub fn country_form(&self) -> Option<CountryForm> {
        match self.meaning {
            Meaning::Country(_, form) => Some(form),
            _ => None,
        }
    }
}

/// Finds the names, left to right, longest first.
pub fn find(tokens: &[Token], lex: &Lexicon, phrases: &PhraseMatches) -> Vec<NameMention> {
    let mut found = Vec::new();
    // Acronyms learned from brackets, the latest meaning of each: an article has a few, so a
    // list searched in order serves, without a hash map of this key and value type of its own.
    let mut learned: Vec<(&str, Meaning)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.kind != Kind::Word {
            i += 1;
            continue;
        }
        if let Some(m) = state_name(tokens, i, lex, phrases).or_else(|| phrases.name_at(i)) {
            let mention = whole(tokens, i, m.len, m.meaning);
            found.push(mention);
            i += m.len;
            // "Arab League (AL)": the bracketed acronym now names the same thing; one the
            // tables know keeps its own meaning ("MANILA (AP)", "SAN JOSÉ (EFE)": a dateline's
            // agency).
            if let (Some(open), Some(acronym), Some(close)) =
                (tokens.get(i), tokens.get(i + 1), tokens.get(i + 2))
                && open.is('(')
                && close.is(')')
                && acronym.is_all_caps()
                && !acronym.text.contains('.')
                && phrases.name_at(i + 1).is_none()
            {
                let acronym = acronym.text.as_str();
                match learned.iter_mut().find(|(a, _)| *a == acronym) {
                    Some(known) => known.1 = m.meaning,
                    None => learned.push((acronym, m.meaning)),
                }
                found.push(whole(tokens, i + 1, 1, m.meaning));
                i += 3;
            }
            continue;
        }
        if let Some(&(_, meaning)) = learned.iter().find(|(a, _)| *a == t.text) {
            found.push(whole(tokens, i, 1, meaning));
        } else if t.text.contains('-') {
            found.append(&mut hyphen_pair(t, i, lex));
        }
        i += 1;
    }
    shared_names_by_context(&mut found, lex, phrases);
    found
}

/// "Palacio Nacional" (Mexico, the Dominican Republic), "congoleño" (both Congos): a name
/// several countries share stands for the one the text names otherwise, if any. How often
/// each country is named is counted once, so that a long text stays linear.
fn shared_names_by_context(found: &mut [NameMention], lex: &Lexicon, phrases: &PhraseMatches) {
    let mut times = vec![0u32; lex.countries.len()];
    let slot = |c: u16| c as usize;
    for m in found.iter() {
        if let Meaning::Country(c, _) = m.meaning
            && let Some(t) = times.get_mut(slot(c))
        {
            *t += 1;
        }
    }
    for m in found.iter_mut() {
        let Meaning::Country(country, _) = m.meaning else {
            continue;
        };
        // Named elsewhere too: the text says which it is.
        if times.get(slot(country)).is_some_and(|&t| t > 1) {
            continue;
        }
        let len = m.end - m.first;
        let other = (phrases.at(m.first).iter()).find_map(|p| match p.meaning {
            Meaning::Country(o, _)
                if p.len == len && o != country && times.get(slot(o)).is_some_and(|&t| t > 0) =>
            {
                Some((o, p.meaning))
            }
            _ => None,
        });
        if let Some((o, meaning)) = other {
            m.meaning = meaning;
            if let Some(t) = times.get_mut(slot(country)) {
                *t -= 1;
            }
            if let Some(t) = times.get_mut(slot(o)) {
                *t += 1;
            }
        }
    }
}

fn whole(tokens: &[Token], first: usize, len: usize, meaning: Meaning) -> NameMention {
    NameMention {
        first,
        end: first + len,
        start_byte: tokens[first].start,
        end_byte: tokens[first + len - 1].end,
        meaning,
    }
}

/// "Republic of Colombia", "Kingdom of Morocco": a state head, "of", a country name.
fn state_name(
    tokens: &[Token],
    i: usize,
    lex: &Lexicon,
    phrases: &PhraseMatches,
) -> Option<crate::tables::lexicon::Match> {
    let head = tokens.get(i)?;
    if !head.is_capitalized()
        || !lex.is(Cat::StateHead, &head.lower)
        || !lex.is(Cat::NameLink, &tokens.get(i + 1)?.lower)
    {
        return None;
    }
    // "heads of State of Chile", "los jefes de Estado de Chile", "Secretary of State of …": the
    // head ends a title or a group of leaders, and the country is theirs.
    let in_title = (i.saturating_sub(3)..i).any(|j| {
        phrases.at(j).iter().any(|m| {
            j + m.len > i
                && matches!(
                    m.meaning,
                    Meaning::Word(Cat::ParticipantGroup | Cat::Role | Cat::RolePlural, _)
                )
        })
    });
    if in_title {
        return None;
    }
    let skip_the = usize::from(
        tokens
            .get(i + 2)
            .is_some_and(|t| lex.is(Cat::DefiniteArticle, &t.lower)),
    );
    let m = phrases.name_at(i + 2 + skip_the)?;
    matches!(m.meaning, Meaning::Country(_, CountryForm::Name)).then_some(
        crate::tables::lexicon::Match {
            len: m.len + 2 + skip_the,
            meaning: m.meaning,
        },
    )
}

/// "Saudi-Turkish", "Indonesia-Australia": each half of a hyphenated word that is a country.
fn hyphen_pair(t: &Token, i: usize, lex: &Lexicon) -> Vec<NameMention> {
    let mut halves = Vec::new();
    let mut offset = 0;
    for part in t.text.split('-') {
        let start = t.start + offset;
        offset += part.len() + 1;
        let abbreviation = |_: &str| false;
        let part_tokens = crate::text::tokens::tokenize_plain(part, &abbreviation);
        if part_tokens.len() != 1 {
            return Vec::new();
        }
        match lex.name_at(&part_tokens, 0) {
            Some(
                m @ crate::tables::lexicon::Match {
                    meaning: Meaning::Country(_, CountryForm::Name | CountryForm::Adjective),
                    ..
                },
            ) => halves.push(NameMention {
                first: i,
                end: i + 1,
                start_byte: start,
                end_byte: start + part.len(),
                meaning: m.meaning,
            }),
            _ => return Vec::new(),
        }
    }
    if halves.len() >= 2 {
        halves
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::lexicon::Cat;

    fn names(text: &str) -> Vec<String> {
        let lex = crate::lang::en::lexicon();
        let abbreviation = |w: &str| lex.is(Cat::Abbreviation, w);
        let tokens = crate::text::tokens::tokenize(text, &abbreviation, lex);
        find(&tokens, lex, &PhraseMatches::find(lex, &tokens))
            .into_iter()
            .map(|m| {
                let what = match m.meaning {
                    Meaning::Country(c, form) => {
                        format!("{}/{form:?}", lex.countries[c as usize].name)
                    }
                    Meaning::Organization(o) => lex.organizations[o as usize].name.clone(),
                    Meaning::Outlet(o) => lex.outlets[o as usize].name.clone(),
                    Meaning::City(c) => {
                        format!(
                            "a city of {}",
                            lex.countries[lex.cities[c as usize].country as usize].name
                        )
                    }
                    Meaning::Word(..) => unreachable!(),
                };
                format!("{}={what}", &text[m.start_byte..m.end_byte])
            })
            .collect()
    }

    #[test]
    fn table_of_names() {
        let table: &[(&str, &[&str])] = &[
            (
                "the Russian Vostochny cosmodrome",
                &["Russian=Russia/Adjective"],
            ),
            ("the Kremlin reported", &["Kremlin=Russia/Seat"]),
            ("Pyongyang supports", &["Pyongyang=North Korea/Capital"]),
            (
                "the President of the Republic of Colombia, Gustavo Petro",
                &["Republic of Colombia=Colombia/Name"],
            ),
            (
                "The 14th Arab League (AL) Summit. AL chief Amr Moussa",
                &[
                    "Arab League=Arab League",
                    "AL=Arab League",
                    "AL=Arab League",
                ],
            ),
            (
                "the Saudi-Turkish relations",
                &["Saudi=Saudi Arabia/Adjective", "Turkish=Turkey/Adjective"],
            ),
            (
                "Putin: per The New York TimesPutin wants",
                &["The New York Times=The New York Times"],
            ),
            ("a first-class well-known face-to-face", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }
}
