//! Quotations and who said them.
//!
//! A quotation is the text between an opening and a closing mark within a paragraph, three
//! words or more (shorter ones are scare quotes: “positive”), or a line of dialogue set off
//! by dashes ("—Es un día histórico —dijo Putin."). Its speaker is the person next
//! to a speech verb right after it ("…,” Trump said", "…,” he added") or the subject of the
//! last speech verb before it in its sentence ("Putin explained that … “…”"); a relative
//! pronoun ("…, said Abe, who added: “…”") stands for the person named before it. A pronoun
//! speaker, or a verb with no subject ("…», añadió."), is the person last named before it; a
//! quotation standing alone right after another, or a few words after it, continues it.

use crate::report::Quote;
use crate::stages::analysis::Analysis;
use crate::stages::coref::EntityId;
use crate::stages::lists;
use crate::stages::sources;
use crate::tables::lexicon::Cat;

#[derive(Debug, Clone, Copy)]
enum Speaker {
    Entity(EntityId),
    Source(usize),
}

/// The quotations of the article.
pub fn find(a: &Analysis) -> Vec<Quote> {
    let doc = a.doc;
    let mut quotes = Vec::new();
    let mut last: Option<(usize, Option<Speaker>)> = None;
    let mut spans = doc.quoted.clone();
    dialogue(doc, &mut spans);
    // By opening, then closing mark: their indices sorted, as other stages sort theirs (a
    // sort of the pairs themselves would be a copy of the sort of its own).
    let mut order: Vec<usize> = (0..spans.len()).collect();
    crate::text::sorting::sort_by_key(&mut order, |&i| {
        let (open, close) = spans[i];
        ((open as u128) << 64) | close as u128
    });
    for &(open, close) in order.iter().map(|&i| &spans[i]) {
        let words = (open + 1..close)
            .filter(|&k| doc.token(k).kind == crate::text::tokens::Kind::Word)
            .count();
        if words < 3 {
            continue;
        }
        let mut speaker = speaker_after(a, close).or_else(|| speaker_before(a, open));
        // "“…,” spokeswoman X said. “…,” she said.": a pronoun attributing the next
        // quotation, a sentence on, goes on with the speaker just quoted.
        if let Some((close_prev, Some(prev))) = last
            && pronoun_attribution(doc, close)
            && doc.sentence_index(open) <= doc.sentence_index(close_prev) + 1
        {
            speaker = Some(prev);
        }
        if speaker.is_none()
            && !attributed(doc, close)
            && let Some((close_prev, Some(prev))) = last
        {
            // A quotation opening its own sentence right after a quoted one goes on with it, as
            // does one a few words after it in its paragraph with no speaker of its own: the
            // part after a speaker's aside ("—…—dijo Putin—. Y …"), "“…” and “…”".
            let starts_sentence = doc.opens_sentence(open);
            let near = doc.sentence_index(open) <= doc.sentence_index(close_prev) + 1;
            let after_aside = open > close_prev
                && open - close_prev <= 8
                && !(close_prev + 1..open + 1).any(|k| doc.token(k).line_before);
            if starts_sentence && near || after_aside {
                speaker = Some(prev);
            }
        }
        let (name, speaker_id) = match speaker {
            Some(Speaker::Entity(e)) => (
                a.entity(e)
                    .name
                    .clone()
                    .or_else(|| a.entity(e).role.map(|(r, t)| a.title(r, t).clone())),
                a.participant_of(e),
            ),
            Some(Speaker::Source(k)) => (sources::source_at(doc, k).map(|(n, _)| n), None),
            None => (None, None),
        };
        quotes.push(Quote {
            text: doc.phrase(open + 1, close),
            speaker: name,
            speaker_id,
            evidence: doc.span(open + 1, close),
        });
        last = Some((close, speaker));
    }
    quotes
}

/// Dialogue set off by dashes: a dash opening a paragraph or a sentence, against its first
/// word or apart from it, up to the next dash written apart that a speech verb follows ("—Es
/// un día histórico —dijo Putin.", "— Es un día histórico — dijo Putin."); and when a dash
/// against the speaker's words closes that aside ("—dijo Putin—. Y …"), the rest of the
/// paragraph, which goes on with the quotation. Adds the marks around each part to `found`,
/// as the quote marks of `doc.quoted` are.
fn dialogue(doc: &crate::doc::Doc, found: &mut Vec<(usize, usize)>) {
    // The first dash of `from..end` written apart from the word before it (`apart`) or
    // against it.
    let dash = |from: usize, end: usize, apart: bool| {
        (from..end).find(|&k| doc.token(k).is('—') && doc.token(k).space_before == apart)
    };
    let line_end = |from: usize| {
        (from..doc.tokens.len())
            .find(|&k| doc.token(k).line_before)
            .unwrap_or(doc.tokens.len())
    };
    for open in 0..doc.tokens.len() {
        let opens = open == 0
            || doc.token(open).line_before
            || doc.token(open - 1).is_any(&['.', '?', '!']);
        if !(doc.token(open).is('—') && opens && doc.tokens.get(open + 1).is_some()) {
            continue;
        }
        let end = line_end(open + 1);
        let Some(close) = dash(open + 1, end, true).filter(|&c| speech_verb_len(doc, c + 1) > 0)
        else {
            continue;
        };
        found.push((open, close));
        // "—dijo Putin—. Y …": the aside closed by a dash against its last word.
        if let Some(aside_end) = dash(close + 1, end, false) {
            let resumes = aside_end + usize::from(doc.token(aside_end + 1).is_any(&['.', ',']));
            found.push((resumes, end));
        }
    }
}

/// Where the attribution after the closing mark at `close` starts: past the comma, period or
/// dash that closes the quotation, on its line.
fn attribution_start(doc: &crate::doc::Doc, close: usize) -> usize {
    let mut k = close + 1;
    while doc
        .tokens
        .get(k)
        .is_some_and(|t| (t.is_any(&[',', '.']) || t.is_dash()) && !t.line_before)
    {
        k += 1;
    }
    k
}

/// Whether the attribution after the closing mark at `close` is a pronoun and its speech verb,
/// in either order ("…,” she said", "…,” he added", "…», dijo ella").
fn pronoun_attribution(doc: &crate::doc::Doc, close: usize) -> bool {
    let Some(k) = attribution_at(doc, close) else {
        return false;
    };
    let pronoun = |j: usize| doc.is_any_of(j, &[Cat::PronounHe, Cat::PronounShe]);
    let verb = speech_verb_len(doc, k);
    (pronoun(k) && (k + 1..k + 3).any(|v| speech_verb_len(doc, v) > 0))
        || (verb > 0 && pronoun(k + verb))
}

/// Whether the quotation closing at `close` has an attribution of its own after it in its
/// sentence, whoever it names ("…,” a U.S. diplomat said", "…», señaló un alto funcionario"):
/// such a quotation is someone's, not the speaker quoted before.
fn attributed(doc: &crate::doc::Doc, close: usize) -> bool {
    attribution_at(doc, close).is_some_and(|k| {
        (k..(k + ATTRIBUTION_REACH).min(doc.sentence_at(k).end))
            .any(|j| speech_verb_len(doc, j) > 0)
    })
}

/// Where an attribution of the quotation closing at `close` may start ([`attribution_start`]):
/// on its line, and in its sentence or a short sentence of its own right after it ("…rockets.”
/// Putin said.").
fn attribution_at(doc: &crate::doc::Doc, close: usize) -> Option<usize> {
    let k = attribution_start(doc, close);
    if k >= doc.tokens.len() || doc.token(k).line_before {
        return None;
    }
    let sentence = doc.sentence_at(k);
    // A quotation that ends its sentence inside its marks ("… cooperation." He said …) is
    // attributed by what follows only when that is short: a sentence of its own after it is
    // reported speech of its own.
    let ends_sentence = close >= 1
        && doc.token(close - 1).is_any(&['.', '?', '!'])
        && doc.token(k).is_capitalized();
    let own = (doc.sentence_index(k) == doc.sentence_index(close) && !ends_sentence)
        || sentence.end - sentence.first <= SHORT_ATTRIBUTION;
    own.then_some(k)
}

/// The most tokens of an attribution standing as a sentence of its own after the quotation
/// ("…rockets.” Putin said.").
const SHORT_ATTRIBUTION: usize = 7;

/// How far after a quotation its speech verb may stand, over a subject ("a senior U.S.
/// official said").
const ATTRIBUTION_REACH: usize = 8;

/// The length of the verb that reports words at token `k` ("said", "added", "reaffirmed"), 0
/// where none starts.
fn speech_verb_len(doc: &crate::doc::Doc, k: usize) -> usize {
    doc.phrase_len(k, Cat::SpeechVerb)
        .max(doc.phrase_len(k, Cat::StanceVerb))
}

/// "…,” Trump said", "…,” he added", "…,” said Harper", "…,” it said".
fn speaker_after(a: &Analysis, close: usize) -> Option<Speaker> {
    let doc = a.doc;
    let k = attribution_at(doc, close)?;
    // Speech verb first: "said Harper", "argued Biden", "ha asegurado Vidal"; with no subject
    // at all ("…», añadió."), the person last named, as for a pronoun.
    let k = k + usize::from(doc.is(k, Cat::Auxiliary) && speech_verb_len(doc, k + 1) > 0);
    let len = speech_verb_len(doc, k);
    if len > 0 {
        let ends = doc
            .tokens
            .get(k + len)
            .is_some_and(|t| t.is_any(&['.', ';']));
        // Over an adverbial and an article: "indicó por su parte Tusk", "said the Secretary
        // General".
        let mut subject = k + len;
        subject += doc.phrase_len(subject, Cat::Adverbial);
        subject += usize::from(doc.is(subject, Cat::Determiner));
        // "…», dijo él.": a pronoun after the verb, as one before it.
        let pronoun_after = doc.is_any_of(subject, &[Cat::PronounHe, Cat::PronounShe]);
        return a
            .entity_at(subject)
            .or_else(|| {
                (ends || pronoun_after)
                    .then(|| a.pronoun_referent(k))
                    .flatten()
            })
            .map(Speaker::Entity);
    }
    // Subject first: "Trump said", "he added", "the Chinese leader added", "it said".
    let subject_end = (k..(k + ATTRIBUTION_REACH).min(doc.tokens.len()))
        .find(|&j| speech_verb_len(doc, j) > 0)?;
    if subject_end == k {
        return None;
    }
    subject(a, k, subject_end)
}

/// The subject that ends right before the verb at `verb`, starting no earlier than `from`;
/// a parenthetical between them is skipped ("Kim, for her part, said …").
fn subject(a: &Analysis, from: usize, verb: usize) -> Option<Speaker> {
    let doc = a.doc;
    // "Kim, for her part, has said": the auxiliaries go with the verb before the aside.
    let mut verb = before_auxiliaries(doc, from, verb);
    if verb > from + 1 && doc.punct(verb - 1, ',') {
        if let Some(open) = lists::last_where(verb.saturating_sub(16).max(from), verb - 1, |k| {
            doc.punct(k, ',')
        }) {
            verb = open;
        }
    }
    // "Putin also said", "Kim has said", "Xi later said"
    let mut end = before_auxiliaries(doc, from, verb);
    // "Quispe agreed and stressed that", "Quispe coincidió y subrayó que": a verb before the
    // speech verb, joined by "and", shares its subject.
    if end >= from + 3
        && doc.is(end - 1, Cat::CopulativeConjunction)
        && doc.token(end - 2).is_lowercase()
        && !doc.is(end - 2, Cat::Stop)
        && a.entity_at(end - 3).is_some()
    {
        end -= 2;
    }
    let last = end.checked_sub(1)?;
    if last < from {
        return None;
    }
    if let Some(e) = a.entity_at(last) {
        return Some(Speaker::Entity(e));
    }
    // "…, said Vidal, who added: «…»": a relative after a comma stands for the person before.
    if doc.is(last, Cat::Relative)
        && last >= from + 2
        && doc.punct(last - 1, ',')
        && let Some(e) = a.entity_at(last - 2)
    {
        return Some(Speaker::Entity(e));
    }
    if doc.is_any_of(last, &[Cat::PronounHe, Cat::PronounShe]) {
        return a.pronoun_referent(last).map(Speaker::Entity);
    }
    if let Some(m) = doc.name(last)
        && sources::names_source(doc, m.first)
    {
        return Some(Speaker::Source(m.first));
    }
    // "…,” it said": the institution quoted last before, within a few sentences.
    if doc.is(last, Cat::PronounIt) {
        let window = doc.sentence_index(last).saturating_sub(3);
        for m in doc.names.iter().rev() {
            if m.end <= last
                && doc.sentence_index(m.first) >= window
                && sources::names_source(doc, m.first)
            {
                return Some(Speaker::Source(m.first));
            }
        }
    }
    None
}

/// "Putin explained to the press that … “…”": the subject of the last speech verb before
/// the quotation in its sentence.
fn speaker_before(a: &Analysis, open: usize) -> Option<Speaker> {
    let doc = a.doc;
    let first = doc.sentence_at(open).first;
    let verb = lists::last_where(first, open, |k| speech_verb_len(doc, k) > 0);
    // "X praised the deal, saying it was “…”": a gerund of saying after a comma reports the
    // sentence's subject, the first person it names; right after a person, that person's
    // ("with X saying …").
    let gerund = lists::last_where(first, open, |k| doc.has_phrase(k, Cat::SpeechGerund));
    if let Some(gerund) = gerund.filter(|&g| verb.is_none_or(|v| v < g)) {
        if gerund > first && doc.punct(gerund - 1, ',') {
            return a.sole_subject(first, gerund).map(Speaker::Entity);
        }
        return subject(a, first, gerund);
    }
    if let Some(verb) = verb {
        return subject(a, first, verb).or_else(|| joined_clause_subject(a, first, verb));
    }
    // "According to Kral, “…”", "Según Sosa, «…»": whom a phrase of attribution names, up to
    // its comma.
    if let Some((by, len)) = lists::find_phrase(doc, first, open, Cat::Attribution) {
        let comma = lists::find_punct(doc, by + 1, open, ',')?;
        return subject(a, by + len, comma);
    }
    // "X abogó por una «agenda de resultados»", "X opened the talks by urging the rebels to
    // “silence the guns”": the words a verb of wanting or asking takes are those of the
    // sentence's subject, the first person it names before the verb.
    let wish = lists::last_where(first, open, |k| {
        doc.has_phrase(k, Cat::InterestVerb) || doc.has_phrase(k, Cat::RequestVerb)
    });
    if let Some(wish) = wish {
        return a.sole_subject(first, wish).map(Speaker::Entity);
    }
    // "Vidal was blunt: “…”", "Vidal se mostró optimista: «…»": a quotation after a colon is
    // what the sentence's subject, the first person it names, said.
    if open > first && doc.punct(open - 1, ':') {
        return (first..open - 1)
            .find_map(|k| a.entity_at(k))
            .map(Speaker::Entity);
    }
    None
}

/// Where the verb group of the verb at `verb` starts, past the auxiliaries, adverbials and
/// clitic pronouns before it, not before `from` ("Kim has said", "Xi later said", "le
/// respondió").
fn before_auxiliaries(doc: &crate::doc::Doc, from: usize, verb: usize) -> usize {
    let mut start = verb;
    while start > from
        && doc.is_any_of(
            start - 1,
            &[Cat::Auxiliary, Cat::Adverbial, Cat::VerbClitic],
        )
    {
        start -= 1;
    }
    start
}

/// "Sosa agradeció la ayuda y aseguró que «…»", "Kaya praised the talks and told reporters
/// “…”": a speech verb at `verb` joined by "and" to a clause before it shares that clause's
/// subject, the first person its sentence names from `first` ([`Analysis::sole_subject`]).
fn joined_clause_subject(a: &Analysis, first: usize, verb: usize) -> Option<Speaker> {
    let doc = a.doc;
    let end = before_auxiliaries(doc, first, verb);
    let conjunction = end.checked_sub(1).filter(|&c| c > first)?;
    if !doc.is(conjunction, Cat::CopulativeConjunction) {
        return None;
    }
    a.sole_subject(first, conjunction).map(Speaker::Entity)
}

#[cfg(test)]
mod tests {

    const MEETING: &str =
        "President Amara Kone of Ghana met President Luc Mbeki of Togo in Lome on Monday.";

    /// The quotations of a short article after `MEETING`, as a reader sees them: the words
    /// quoted and who said them.
    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let report = crate::pipeline::run_english(&format!("{MEETING} {text}"));
        (report.quotes.into_iter())
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    fn quote(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (text.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn the_speaker_follows_the_quotation() {
        assert_eq!(
            quotes(
                "\"Our two countries share a long border,\" Kone said. \"We will open it to trade,\" he added."
            ),
            [
                quote("Our two countries share a long border,", Some("Amara Kone")),
                // "he" is the person named last.
                quote("We will open it to trade,", Some("Amara Kone")),
            ]
        );
        // The verb first: "said Kone".
        assert_eq!(
            quotes("“We agreed on the road,” said Kone."),
            [quote("We agreed on the road,", Some("Amara Kone"))]
        );
    }

    #[test]
    fn the_speaker_introduces_the_quotation() {
        assert_eq!(
            quotes(
                "Mbeki told reporters that “the talks were frank and useful.” Kone, for his part, said: “Our people want peace.”"
            ),
            [
                quote("the talks were frank and useful.", Some("Luc Mbeki")),
                quote("Our people want peace.", Some("Amara Kone")),
            ]
        );
    }

    #[test]
    fn a_quotation_standing_alone_continues_the_one_before() {
        assert_eq!(
            quotes("\"We are friends,\" Kone said. \"We will stay friends.\" Later, Mbeki left."),
            [
                quote("We are friends,", Some("Amara Kone")),
                quote("We will stay friends.", Some("Amara Kone")),
            ]
        );
    }

    #[test]
    fn scare_quotes_are_no_quotation() {
        assert_eq!(
            quotes("Kone called the talks “very positive” and left for Accra."),
            []
        );
    }

    #[test]
    fn a_government_quoted_by_its_seat_is_the_speaker() {
        let report = crate::pipeline::run_english(&format!(
            "{MEETING} “The talks went well and we shall meet again,” the Kremlin said."
        ));
        let q = &report.quotes[0];
        assert_eq!(q.speaker.as_deref(), Some("Kremlin"));
        // A source, not a participant.
        assert_eq!(q.speaker_id, None);
    }
}
