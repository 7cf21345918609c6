//! The `summit-cards` command: an article on stdin or in a file, its report as JSON on stdout.

use std::io::{Read, Write};
use std::process::ExitCode;

use summit_cards::{Options, extract};

const USAGE: &str =
    "usage: summit-cards [--published YYYY-MM-DD] [--lang en|es|auto] [--pretty] [FILE | -]
       summit-cards --jsonl [--threads N] < articles.jsonl > reports.jsonl

Reads a news article (UTF-8 text) from FILE, or from standard input when FILE is - or absent,
and prints its summit report as JSON. With --jsonl, reads one JSON object per line
({\"id\": ..., \"text\": ..., \"published\": ...}) and writes one report per line, in input
order, using every core.";

struct Args {
    published: Option<String>,
    lang: Option<String>,
    pretty: bool,
    jsonl: bool,
    threads: Option<usize>,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        published: None,
        lang: None,
        pretty: false,
        jsonl: false,
        threads: None,
        file: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--published" => args.published = Some(it.next().ok_or("--published needs a date")?),
            "--lang" => args.lang = Some(it.next().ok_or("--lang needs a language code")?),
            "--pretty" => args.pretty = true,
            "--jsonl" => args.jsonl = true,
            "--threads" => {
                let n = it.next().ok_or("--threads needs a number")?;
                args.threads = Some(
                    n.parse()
                        .map_err(|_| format!("--threads needs a number, not {n:?}"))?,
                );
            }
            "-h" | "--help" => return Err(String::new()),
            "-V" | "--version" => {
                println!("summit-cards {}", summit_cards::version());
                std::process::exit(0);
            }
            "-" => args.file = None,
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            path => {
                if args.file.is_some() {
                    return Err("give one file at most".into());
                }
                args.file = Some(path.to_string());
            }
        }
    }
    Ok(args)
}

fn options(published: Option<&str>, lang: Option<&str>) -> Result<Options, summit_cards::Error> {
    let mut options = Options::new();
    if let Some(date) = published {
        options = options.published(date)?;
    }
    if let Some(code) = lang {
        options = options.lang(code)?;
    }
    Ok(options)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("summit-cards: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = if args.jsonl {
        batch::run(&args)
    } else {
        single(&args)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("summit-cards: {message}");
            ExitCode::FAILURE
        }
    }
}

fn single(args: &Args) -> Result<(), String> {
    let mut bytes = Vec::new();
    match &args.file {
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
        }
        None => {
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
        }
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "the input is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let options =
        options(args.published.as_deref(), args.lang.as_deref()).map_err(|e| e.to_string())?;
    let report = extract(&text, &options).map_err(|e| e.to_string())?;
    let json = if args.pretty {
        serde_json::to_string_pretty(&report)
    } else {
        serde_json::to_string(&report)
    }
    .map_err(|e| e.to_string())?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{json}").map_err(|e| format!("cannot write: {e}"))
}

mod batch {
    //! `--jsonl`: many articles, one per line, on every core, reports in input order.

    use std::io::{BufRead, BufWriter, Write};
    use std::sync::mpsc;

    use serde::{Deserialize, Serialize};

    use super::{Args, options};

    #[derive(Deserialize)]
    struct Article {
        #[serde(default)]
        id: serde_json::Value,
        text: String,
        #[serde(default)]
        published: Option<String>,
        #[serde(default)]
        lang: Option<String>,
    }

    /// One output line: the report, or the error, with the article's id.
    fn line(input: &str, args: &Args) -> String {
        let article: Article = match serde_json::from_str(input) {
            Ok(a) => a,
            Err(e) => {
                return serde_json::json!({ "id": null, "error": format!("bad input line: {e}") })
                    .to_string();
            }
        };
        let result = options(
            article.published.as_deref().or(args.published.as_deref()),
            article.lang.as_deref().or(args.lang.as_deref()),
        )
        .and_then(|o| summit_cards::extract(&article.text, &o));
        // Written straight from the report: a `json!` value would copy it into a tree first.
        let written = match &result {
            Ok(report) => serde_json::to_string(&Reported {
                id: &article.id,
                report,
            }),
            Err(e) => serde_json::to_string(&Failed {
                id: &article.id,
                error: e.to_string(),
            }),
        };
        written.unwrap_or_else(|e| {
            serde_json::json!({ "id": article.id, "error": format!("cannot write the report: {e}") })
                .to_string()
        })
    }

    #[derive(Serialize)]
    struct Reported<'a> {
        id: &'a serde_json::Value,
        report: &'a summit_cards::Report,
    }

    #[derive(Serialize)]
    struct Failed<'a> {
        id: &'a serde_json::Value,
        error: String,
    }

    pub fn run(args: &Args) -> Result<(), String> {
        let threads = args
            .threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .max(1);
        let stdin = std::io::stdin();
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        // Chunks of lines go to workers round-robin; results come back with their chunk's
        // number and are written in order.
        const CHUNK: usize = 64;
        std::thread::scope(|scope| -> Result<(), String> {
            let (result_tx, result_rx) = mpsc::channel::<(usize, Vec<String>)>();
            let mut senders = Vec::new();
            for _ in 0..threads {
                let (tx, rx) = mpsc::channel::<(usize, Vec<String>)>();
                senders.push(tx);
                let result_tx = result_tx.clone();
                scope.spawn(move || {
                    for (n, chunk) in rx {
                        let lines = chunk.iter().map(|l| line(l, args)).collect();
                        if result_tx.send((n, lines)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(result_tx);
            let mut pending = std::collections::BTreeMap::new();
            let mut next_out = 0;
            let mut sent = 0;
            let mut chunk = Vec::with_capacity(CHUNK);
            let flush = |pending: &mut std::collections::BTreeMap<usize, Vec<String>>,
                         next_out: &mut usize,
                         out: &mut BufWriter<_>|
             -> Result<(), String> {
                while let Some(lines) = pending.remove(next_out) {
                    for l in lines {
                        writeln!(out, "{l}").map_err(|e| format!("cannot write: {e}"))?;
                    }
                    *next_out += 1;
                }
                Ok(())
            };
            for input in stdin.lock().lines() {
                let input = input.map_err(|e| format!("cannot read standard input: {e}"))?;
                if input.trim().is_empty() {
                    continue;
                }
                chunk.push(input);
                if chunk.len() == CHUNK {
                    senders[sent % threads]
                        .send((sent, std::mem::take(&mut chunk)))
                        .map_err(|e| e.to_string())?;
                    sent += 1;
                    // Keep memory bounded: collect what is done before reading far ahead.
                    while sent - next_out > threads * 4 {
                        let (n, lines) = result_rx.recv().map_err(|e| e.to_string())?;
                        pending.insert(n, lines);
                        flush(&mut pending, &mut next_out, &mut out)?;
                    }
                }
            }
            if !chunk.is_empty() {
                senders[sent % threads]
                    .send((sent, chunk))
                    .map_err(|e| e.to_string())?;
                sent += 1;
            }
            drop(senders);
            while next_out < sent {
                let (n, lines) = result_rx.recv().map_err(|e| e.to_string())?;
                pending.insert(n, lines);
                flush(&mut pending, &mut next_out, &mut out)?;
            }
            out.flush().map_err(|e| format!("cannot write: {e}"))
        })
    }
}
