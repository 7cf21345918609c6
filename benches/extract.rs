//! Native speed of `summit_cards::extract`. Run it with scripts/bench.sh, which builds it in its
//! own target directory with panic = "unwind": the release profile's panic = "abort" makes a
//! plain `cargo bench` build the library twice under one name (cargo issue 6313) and fail to link.
//!
//! - `corpus`: every evaluation article (../shared/corpus/**/*.json next to the repository,
//!   else www/samples), one after another, with its publication date; `corpus_en` and
//!   `corpus_es` the English and the Spanish ones (../shared/corpus/en, ../shared/corpus/es);
//! - `scaling`: inputs of 1 KB, 10 KB, 100 KB and 1 MB of four kinds: article text (the
//!   articles concatenated and repeated), and three pathological texts, one megabyte-scale word
//!   without a space, capitalised names only (100 000 words at 1 MB), and periods only.
//!
//! After divan's tables the run prints the scaling table itself: milliseconds per kilobyte at
//! each size, which stay flat when the time grows linearly with the input. The table has one
//! more row, distinct names ("Mr Qaaaa said. Mr Qaaab said. ..."), left out of divan's runs
//! because the extractor is quadratic in the number of distinct names (about a minute at
//! 1 MB; docs/performance.md). Set SCALING_TABLE=0 to skip the table.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use divan::Bencher;
use divan::counter::BytesCount;
use summit_cards::{Options, extract};

const KB: usize = 1024;
const SIZES: [usize; 4] = [KB, 10 * KB, 100 * KB, 1024 * KB];
const KINDS: [Kind; 5] = [
    Kind::Article,
    Kind::NoSpace,
    Kind::Capitalised,
    Kind::Periods,
    Kind::DistinctNames,
];

fn main() {
    divan::main();
    if std::env::var("SCALING_TABLE").as_deref() != Ok("0") {
        scaling_table();
    }
}

/// An evaluation article: its text, publication date and the folder it is in (its language's,
/// in the corpus).
type Article = (String, Option<String>, PathBuf);

/// The evaluation articles.
fn articles() -> &'static [Article] {
    static ARTICLES: std::sync::OnceLock<Vec<Article>> = std::sync::OnceLock::new();
    ARTICLES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut found = Vec::new();
        for dir in [root.join("../shared/corpus"), root.join("www/samples")] {
            let mut files = Vec::new();
            walk(&dir, &mut files);
            files.sort();
            for file in files {
                let Ok(raw) = std::fs::read_to_string(&file) else {
                    continue;
                };
                match file.extension().and_then(|e| e.to_str()) {
                    Some("json") => {
                        let Ok(value) = serde_json::from_str::<serde_json::Value>(&raw) else {
                            continue;
                        };
                        if let Some(text) = value["text"].as_str() {
                            let published = value["published"].as_str().map(str::to_string);
                            found.push((text.to_string(), published, folder(&file)));
                        }
                    }
                    Some("txt") => found.push((raw, None, folder(&file))),
                    _ => {}
                }
            }
            if !found.is_empty() {
                break;
            }
        }
        assert!(
            !found.is_empty(),
            "no articles: neither ../shared/corpus nor www/samples has any"
        );
        found
    })
}

fn folder(file: &Path) -> PathBuf {
    file.parent().map(Path::to_path_buf).unwrap_or_default()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn options(published: Option<&str>) -> Options {
    match published {
        // A malformed date in a sample must not stop the benchmark: read it without one.
        Some(date) => Options::new().published(date).unwrap_or_default(),
        None => Options::new(),
    }
}

#[divan::bench(max_time = 5)]
fn corpus(bencher: Bencher) {
    bench_articles(bencher, |_| true);
}

#[divan::bench(max_time = 5)]
fn corpus_en(bencher: Bencher) {
    bench_articles(bencher, |folder| folder.ends_with("corpus/en"));
}

#[divan::bench(max_time = 5)]
fn corpus_es(bencher: Bencher) {
    bench_articles(bencher, |folder| folder.ends_with("corpus/es"));
}

/// Extracts the evaluation articles whose folder `keep` accepts, one after another.
fn bench_articles(bencher: Bencher, keep: impl Fn(&Path) -> bool) {
    let articles: Vec<(&str, Options)> = articles()
        .iter()
        .filter(|(_, _, folder)| keep(folder))
        .map(|(text, published, _)| (text.as_str(), options(published.as_deref())))
        .collect();
    let bytes: usize = articles.iter().map(|(t, _)| t.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for (text, options) in &articles {
            black_box(extract(black_box(text), options).unwrap());
        }
    });
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    /// The articles, concatenated and repeated.
    Article,
    /// One word without a space: "PutinPutinPutin...".
    NoSpace,
    /// Capitalised titles, names and places separated by spaces, no punctuation.
    Capitalised,
    /// Periods only.
    Periods,
    /// A different name in every sentence: "Mr Qaaaa said. Mr Qaaab said. ...".
    DistinctNames,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::NoSpace => "no-space",
            Kind::Capitalised => "capitalised",
            Kind::Periods => "periods",
            Kind::DistinctNames => "distinct names",
        }
    }

    /// A text of this kind of at most `bytes` bytes (and at least `bytes - 16`).
    fn text(self, bytes: usize) -> String {
        let unit = match self {
            Kind::Article => articles()
                .iter()
                .map(|(t, _, _)| t.as_str())
                .collect::<Vec<_>>()
                .join("\n\n"),
            Kind::NoSpace => "Putin".to_string(),
            Kind::Capitalised => "President Putin Kim Moscow Korea Xi Jinping ".to_string(),
            Kind::Periods => ".".to_string(),
            // 15 bytes a sentence; 26^4 names are more than 1 MB needs.
            Kind::DistinctNames => (0..bytes / 15 + 1)
                .map(|n| {
                    let letter = |k: u32| char::from(b'a' + (n / 26usize.pow(k) % 26) as u8);
                    format!(
                        "Mr Q{}{}{}{} said. ",
                        letter(3),
                        letter(2),
                        letter(1),
                        letter(0)
                    )
                })
                .collect(),
        };
        let mut text = unit.repeat(bytes / unit.len() + 1);
        let mut cut = bytes;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text
    }
}

#[divan::bench_group(max_time = 3)]
mod scaling {
    use super::*;

    fn run(bencher: Bencher, kind: Kind, size: usize) {
        let text = kind.text(size);
        let options = Options::new().published("2023-09-13").unwrap();
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| black_box(extract(black_box(&text), &options).unwrap()));
    }

    #[divan::bench(args = SIZES)]
    fn article(bencher: Bencher, size: usize) {
        run(bencher, Kind::Article, size);
    }

    #[divan::bench(args = SIZES)]
    fn no_space(bencher: Bencher, size: usize) {
        run(bencher, Kind::NoSpace, size);
    }

    #[divan::bench(args = SIZES)]
    fn capitalised(bencher: Bencher, size: usize) {
        run(bencher, Kind::Capitalised, size);
    }

    #[divan::bench(args = SIZES)]
    fn periods(bencher: Bencher, size: usize) {
        run(bencher, Kind::Periods, size);
    }
}

/// The median time of `extract` on `text`, over runs filling about `budget` (one run when a
/// single run takes longer).
fn median_time(text: &str, options: &Options, budget: Duration) -> Duration {
    let mut times = Vec::new();
    let start = Instant::now();
    while times.is_empty() || (start.elapsed() < budget && times.len() < 1000) {
        let t = Instant::now();
        black_box(extract(black_box(text), options).unwrap());
        times.push(t.elapsed());
    }
    times.sort_unstable();
    times[times.len() / 2]
}

/// Milliseconds per kilobyte at each size, and the ratio of the largest to the smallest: about
/// 1 when the time is linear in the input.
fn scaling_table() {
    let options = Options::new().published("2023-09-13").unwrap();
    println!("\nscaling: median time per KB of input (linear growth keeps a row flat)");
    print!("{:<16}", "input");
    for size in SIZES {
        print!("{:>14}", format!("{} KB", size / KB));
    }
    println!("{:>14}", "1 MB / 1 KB");
    for kind in KINDS {
        print!("{:<16}", kind.name());
        let mut per_kb = Vec::new();
        for size in SIZES {
            let text = kind.text(size);
            let time = median_time(&text, &options, Duration::from_millis(500));
            let ms_per_kb = time.as_secs_f64() * 1e3 / (text.len() as f64 / KB as f64);
            per_kb.push(ms_per_kb);
            print!("{:>14}", format!("{ms_per_kb:.4} ms"));
        }
        println!("{:>14.2}", per_kb[per_kb.len() - 1] / per_kb[0]);
    }
}
