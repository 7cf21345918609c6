//! Compiles the tables of `data/` in without their comment and blank lines: the comments are
//! for the people who edit the tables, and would otherwise be some 7 KB of every download of
//! the WebAssembly module. `src/tables/lexicon.rs` and `src/lang/mod.rs` include the copies written here.

use std::path::{Path, PathBuf};
use std::{env, fs};

/// Every table the extractor compiles in, relative to `data/`.
const TABLES: [&str; 8] = [
    "languages.tsv",
    "countries.tsv",
    "organizations.tsv",
    "outlets.tsv",
    "cities.tsv",
    "en/countries.tsv",
    "en/words.tsv",
    "en/roles.tsv",
];

fn main() {
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for table in TABLES {
        let source = Path::new("data").join(table);
        println!("cargo::rerun-if-changed={}", source.display());
        let text = fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
        let rows: String = text
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .flat_map(|line| [line, "\n"])
            .collect();
        let target = out_dir.join("data").join(table);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).expect("cannot create the tables' directory in OUT_DIR");
        }
        fs::write(&target, rows)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
    }
}
