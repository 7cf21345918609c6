//! Compiles the tables of `data/` in without their comment and blank lines: the comments are
//! for the people who edit the tables, and would otherwise be some 7 KB of every download of
//! the WebAssembly module. `src/tables/lexicon.rs` and `src/lang/mod.rs` include the copies written here.
//!
//! The copies say the same in fewer bytes, each way documented where it is done and read back
//! by the lexicon: without the columns the extractor does not read, the names only another
//! language's texts write and the empty cells that end a row; lists braced ("chin{o,a,os,as}");
//! a class by its number, or by its place after the class before; a cell that a group of rows
//! shares given once; and a language's
//! countries without the codes that follow the order of `countries.tsv`.
//!
//! It also generates the word-class enum, `Cat`, from the class list `data/classes.tsv`, and
//! checks every language's `words.tsv` against it: a class no list declares is a build error,
//! not a row silently skipped at run time.

use std::path::{Path, PathBuf};
use std::{env, fs};

/// Every table the extractor compiles in, relative to `data/`, with how many of its columns the
/// extractor reads (the columns after them, an organisation's kind or an outlet's country, are
/// for the people who edit the tables, and are left out of the copy compiled in) and the column
/// whose lists are compiled in [`braced`], if any.
const TABLES: [(&str, usize, Option<usize>); 11] = [
    ("languages.tsv", 4, None),
    ("countries.tsv", 2, None),
    ("organizations.tsv", 2, None),
    ("outlets.tsv", 3, None),
    ("cities.tsv", 3, None),
    ("en/countries.tsv", 5, Some(ADJECTIVES)),
    ("en/words.tsv", 3, Some(PHRASES)),
    ("en/roles.tsv", 3, Some(TITLES)),
    ("es/countries.tsv", 5, Some(ADJECTIVES)),
    ("es/words.tsv", 3, Some(PHRASES)),
    ("es/roles.tsv", 3, Some(TITLES)),
];

/// The column of a language's `countries.tsv` that lists the adjectives and demonyms, in all
/// their forms ("ruso|rusa|rusos|rusas", "Afghan|Afghans").
const ADJECTIVES: usize = 2;
/// The column of a `words.tsv` that lists the phrases of a class, verbs in several forms.
const PHRASES: usize = 2;
/// The column of a `roles.tsv` that lists the titles of a class, in Spanish both genders
/// ("presidente|presidenta"), in English many a "minister of …" of its own.
const TITLES: usize = 1;

fn main() {
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let classes = word_classes(&out_dir);
    for (table, ..) in TABLES.iter().filter(|(t, ..)| t.ends_with("/words.tsv")) {
        check_classes(table, &classes);
    }
    let country_codes = country_codes();
    for (table, columns, braced_column) in TABLES {
        let source = Path::new("data").join(table);
        println!("cargo::rerun-if-changed={}", source.display());
        let text = fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
        let mut compiled = String::new();
        let mut previous = String::new();
        let ditto = DITTO
            .iter()
            .find(|(t, _)| *t == table)
            .map(|&(_, column)| column);
        let mut last_country = None;
        let mut previous_class = None;
        for (line, source_row) in rows(&text) {
            let words = table.ends_with("/words.tsv");
            let mut row = compiled_row(
                source_row,
                columns,
                braced_column,
                words && in_any_order(source_row),
            );
            if words {
                row = numbered_class(&row, &classes, &mut previous_class);
                row = without_dash_value(&row);
            }
            if table.ends_with("/countries.tsv") {
                row = code_in_order(&row, &country_codes, &mut last_country, line);
            }
            if let Some(column) = ditto {
                row = said_once(&row, column, &mut previous, (table, line));
            }
            if table == "organizations.tsv" {
                row = with_local_names(row, source_row);
            }
            compiled.push_str(&row);
            compiled.push('\n');
        }
        let target = out_dir.join("data").join(table);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).expect("cannot create the tables' directory in OUT_DIR");
        }
        fs::write(&target, compiled)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
    }
}

/// A row as it is compiled in: its first `columns` cells, each with the names this build reads
/// ([`for_this_build`]) and the cell of `braced_column` [`braced`] (`sorted` first), without the empty cells that
/// end it (the extractor reads a missing cell as an empty one).
fn compiled_row(row: &str, columns: usize, braced_column: Option<usize>, sorted: bool) -> String {
    let mut cells: Vec<String> = Vec::new();
    for (n, cell) in row.split('\t').take(columns).enumerate() {
        let cell = for_this_build(cell);
        cells.push(if braced_column == Some(n) {
            braced(&cell, sorted)
        } else {
            cell
        });
    }
    while cells.last().is_some_and(|cell| cell.is_empty()) {
        cells.pop();
    }
    cells.join("\t")
}

/// A list of names with the beginning that consecutive names share written once: "chino|china|
/// chinos|chinas" as "chin{o,a,os,as}", "meet|meeting|meets" as "meet{,ing,s}". The extractor
/// reads such a name as the names it stands for, in the same order (`lexicon::phrases`); the
/// inflected forms of the tables are compiled in some 2 KB smaller so.
fn braced(cell: &str, sorted: bool) -> String {
    // As the extractor reads a list: each name trimmed, the empty ones skipped.
    let mut names: Vec<&str> = cell
        .split('|')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    // In order, more of them share a beginning with the next ("meet|meeting|meets|met").
    if sorted {
        names.sort_unstable();
    }
    for name in &names {
        assert!(
            !name.contains(['{', '}']),
            "a name of a table holds a brace: {name:?}"
        );
    }
    let mut written: Vec<String> = Vec::new();
    let mut i = 0;
    while i < names.len() {
        // The run of names from i that is shortest written with the beginning they share.
        let mut best: Option<(usize, usize, String)> = None;
        let mut common = names[i].len();
        for j in i + 1..names.len() {
            common = common.min(common_beginning(names[i], names[j]));
            // A beginning of four characters at least: braces around shorter ones cost gzip
            // more than they save (docs/performance.md, "The budget and the builds").
            if common < 4 || names[i..=j].iter().any(|n| n.contains(',')) {
                break;
            }
            let endings: Vec<&str> = names[i..=j].iter().map(|n| &n[common..]).collect();
            let run = format!("{}{{{}}}", &names[i][..common], endings.join(","));
            let plain = names[i..=j].join("|").len();
            let shorter = match &best {
                Some((saved, ..)) => plain.saturating_sub(run.len()) >= *saved,
                None => true,
            };
            if run.len() < plain && shorter {
                best = Some((plain - run.len(), j + 1, run));
            }
        }
        match best {
            Some((_, end, run)) => {
                written.push(run);
                i = end;
            }
            None => {
                written.push(names[i].to_string());
                i += 1;
            }
        }
    }
    written.join("|")
}

/// The tables whose rows come in groups that share a cell, and the column of that cell: a
/// country's cities, the outlets of a kind (the rows of a class: [`numbered_class`]). The copy
/// compiled in gives the cell once for its group ([`said_once`]), and the lexicon reads an
/// empty one as the one of the row before.
const DITTO: [(&str, usize); 2] = [("cities.tsv", 1), ("outlets.tsv", 2)];

/// A row with its cell of `column` left empty when it is the one of the row before (kept in
/// `previous`); `at` is the table and line, for the error of a row without that cell.
fn said_once(row: &str, column: usize, previous: &mut String, at: (&str, usize)) -> String {
    let mut cells: Vec<&str> = row.split('\t').collect();
    let cell = cells.get(column).copied().unwrap_or_default();
    assert!(
        !cell.is_empty(),
        "data/{}:{}: an empty cell {column}",
        at.0,
        at.1
    );
    if cell == previous {
        cells[column] = "";
    } else {
        *previous = cell.to_string();
    }
    while cells.last().is_some_and(|cell| cell.is_empty()) {
        cells.pop();
    }
    cells.join("\t")
}

/// The codes of `countries.tsv`, in its order; each two capital letters, as the lexicon reads
/// a code.
fn country_codes() -> Vec<String> {
    let text = fs::read_to_string("data/countries.tsv").expect("cannot read data/countries.tsv");
    let mut codes = Vec::new();
    for (line, row) in rows(&text) {
        let code = row.split('\t').next().unwrap_or_default();
        let valid = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
        assert!(
            valid,
            "data/countries.tsv:{line}: {code:?} is not a country code"
        );
        codes.push(code.to_string());
    }
    codes
}

/// A row of a language's `countries.tsv` with its code left out when it is the code of the
/// country after the one of the row before (`last`, an index into `codes`): the languages list
/// the countries in the order of `countries.tsv`, and the lexicon reads an empty code as the
/// code of that next country. A row of a code the table lacks keeps it and changes nothing.
fn code_in_order(row: &str, codes: &[String], last: &mut Option<usize>, line: usize) -> String {
    let (code, rest) = row.split_once('\t').unwrap_or((row, ""));
    assert!(!code.is_empty(), "line {line}: a country without its code");
    let next = last.map_or(0, |n| n + 1);
    // A row of a code alone stays whole: an empty line would be no row.
    if !rest.is_empty() && codes.get(next).is_some_and(|c| c == code) {
        *last = Some(next);
        return format!("\t{rest}");
    }
    if let Some(n) = codes.iter().rposition(|c| c == code) {
        *last = Some(n);
    }
    row.to_string()
}

/// Whether the phrases of a row may be compiled in any order: those of a class of `words.tsv`,
/// which the lexicon indexes each on its own, but for the abbreviations, which the tokenizer
/// reads the phrases after them with, and the former-title prefixes, which make titles in
/// their order.
fn in_any_order(row: &str) -> bool {
    let class = row.split('\t').next().unwrap_or_default();
    !matches!(class, "abbreviation" | "former_prefix")
}

/// The length in bytes of the beginning two names share, whole characters only.
fn common_beginning(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((at, _), _)| at)
}

/// A row of a `words.tsv` (its class compiled) with the value "-" of a class without values
/// left empty: the lexicon reads both as 0, as any value that is not a number.
fn without_dash_value(row: &str) -> String {
    match row.split_once('\t') {
        Some((class, rest)) if rest.starts_with("-\t") => format!("{class}\t{}", &rest[1..]),
        _ => row.to_string(),
    }
}

/// A row of a `words.tsv` with its class given by its number in `data/classes.tsv` (the order
/// of `Cat`) rather than by its name: the names, one a row, were some 1.4 KB of a download.
/// The class is left empty when it is the class of the row before (`previous`), and is "+"
/// when it is the class after that one: the rows follow the order of the classes. The lexicon
/// reads a name too (`Cat::from_name`).
fn numbered_class(row: &str, classes: &[String], previous: &mut Option<usize>) -> String {
    let (class, rest) = row.split_once('\t').unwrap_or((row, ""));
    let Some(n) = classes.iter().position(|c| c == class) else {
        return row.to_string();
    };
    let written = match *previous {
        // A row of a class alone keeps it: an empty line would be no row.
        _ if rest.is_empty() => n.to_string(),
        Some(p) if p == n => String::new(),
        Some(p) if p + 1 == n => "+".to_string(),
        _ => n.to_string(),
    };
    *previous = Some(n);
    format!("{written}\t{rest}")
}

/// An organisation's row with a last cell naming it in each language of this build: the first
/// of its aliases marked with the language ("es=OTAN" of "…|OTAN@es|Alianza Atlántica@es"), the
/// short name a summary in that language writes.
fn with_local_names(row: String, source_row: &str) -> String {
    let aliases = source_row.split('\t').nth(1).unwrap_or("");
    let mut local: Vec<String> = Vec::new();
    for (name, language) in aliases.split('|').filter_map(|a| a.rsplit_once('@')) {
        let feature = format!("CARGO_FEATURE_{}", language.to_ascii_uppercase());
        let prefix = format!("{language}=");
        if env::var_os(feature).is_some() && !local.iter().any(|l| l.starts_with(&prefix)) {
            local.push(format!("{prefix}{name}"));
        }
    }
    if local.is_empty() {
        return row;
    }
    let mut cells: Vec<&str> = row.split('\t').collect();
    cells.resize(2, "");
    format!("{}\t{}", cells.join("\t"), local.join("|"))
}

/// The names of a cell this build reads. A name marked with a language ("Nueva York@es",
/// "Basle@en") is one only texts in that language write: a build without the language (its
/// cargo feature) leaves it out, and one with it keeps it, unmarked.
fn for_this_build(cell: &str) -> String {
    if !cell.contains('@') {
        return cell.to_string();
    }
    let mut kept = Vec::new();
    for name in cell.split('|') {
        match name.rsplit_once('@') {
            Some((name, language)) => {
                let feature = format!("CARGO_FEATURE_{}", language.to_ascii_uppercase());
                if env::var_os(feature).is_some() {
                    kept.push(name);
                }
            }
            None => kept.push(name),
        }
    }
    kept.join("|")
}

/// The rows of a table: its lines but for comments and blank lines, with their line numbers.
fn rows(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty())
        .map(|(n, line)| (n + 1, line))
}

/// Writes `classes.rs`, the `Cat` enum of the classes of `data/classes.tsv` (each documented
/// with its description) followed by the two classes `roles.tsv` fills, and returns the names.
fn word_classes(out_dir: &Path) -> Vec<String> {
    let source = Path::new("data/classes.tsv");
    println!("cargo::rerun-if-changed={}", source.display());
    let text = fs::read_to_string(source).expect("cannot read data/classes.tsv");
    let mut names = Vec::new();
    let mut variants = String::new();
    for (line, row) in rows(&text) {
        let (name, description) = row.split_once('\t').unwrap_or((row, ""));
        let valid = !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        assert!(
            valid,
            "data/classes.tsv:{line}: {name:?} is not a snake_case class name"
        );
        assert!(
            !names.iter().any(|n| n == name),
            "data/classes.tsv:{line}: {name} twice"
        );
        assert!(
            !description.trim().is_empty(),
            "data/classes.tsv:{line}: {name} has no description"
        );
        let variant: String = name
            .split('_')
            .map(|part| part[..1].to_ascii_uppercase() + &part[1..])
            .collect();
        variants.push_str(&format!("    /// {}\n    {variant},\n", description.trim()));
        names.push(name.to_string());
    }
    let named: Vec<String> = names
        .iter()
        .map(|n| {
            let variant: String = n
                .split('_')
                .map(|p| p[..1].to_ascii_uppercase() + &p[1..])
                .collect();
            format!("Cat::{variant}")
        })
        .collect();
    let code = format!(
        "/// The word classes of `data/classes.tsv`, which each language's `words.tsv` fills, and the\n\
         /// role classes of `roles.tsv`. Generated by `build.rs`.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n\
         pub enum Cat {{\n{variants}    \
         /// A role head; the value is a [`RoleClass`].\n    Role,\n    \
         /// The plural of a role head (\"ministers\", \"deputy prime ministers\").\n    RolePlural,\n}}\n\n\
         impl Cat {{\n    \
         /// The classes `words.tsv` names, in the order of the enum.\n    \
         const NAMED: &[Cat] = &[{}];\n    \
         /// Their names, in the same order, each followed by a space.\n    \
         const NAMES: &str = \"{} \";\n}}\n",
        named.join(", "),
        names.join(" "),
    );
    fs::write(out_dir.join("classes.rs"), code).expect("cannot write classes.rs");
    names
}

/// Fails the build when a row of a `words.tsv` names a class `data/classes.tsv` does not list.
fn check_classes(table: &str, classes: &[String]) {
    let path = Path::new("data").join(table);
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    for (line, row) in rows(&text) {
        let class = row.split('\t').next().unwrap_or_default();
        assert!(
            classes.iter().any(|c| c == class),
            "{}:{line}: the class {class:?} is not in data/classes.tsv",
            path.display()
        );
    }
}
