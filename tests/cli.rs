//! The `summit-cards` command as a user runs it: an article on stdin or in a file, the report
//! as JSON on stdout; `--jsonl` for many articles. (Bad input is covered in robustness.rs.)
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Output;

use serde_json::Value;

const ARTICLE: &str = "VOSTOCHNY, Russia — Russian President Vladimir Putin welcomed North Korean leader \
Kim Jong-un on Wednesday at the Vostochny cosmodrome in the Amur region. The two leaders talked \
one-on-one for almost an hour. Foreign Minister Sergei Lavrov joined the talks, the Kremlin said.";

fn run(args: &[&str], stdin: &str) -> Output {
    common::run_cli(args, stdin.as_bytes())
}

fn report(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("one JSON document on stdout")
}

#[test]
fn reads_stdin_and_prints_the_report() {
    let r = report(&run(&["--published", "2023-09-13"], ARTICLE));
    assert_eq!(r["schemaVersion"], "1.1");
    assert_eq!(r["event"]["kind"], "bilateral");
    assert_eq!(r["event"]["date"]["iso"], "2023-09-13");
    assert_eq!(r["event"]["location"]["venue"], "Vostochny cosmodrome");
    assert_eq!(r["participants"][0]["name"], "Vladimir Putin");
    assert_eq!(r["participants"][1]["country"], "North Korea");
    assert_eq!(r["participants"][2]["role"], "Foreign Minister");
    assert_eq!(r["sources"][0]["name"], "Kremlin");
    // Evidence spans are UTF-16 offsets into the input.
    let span = &r["participants"][0]["mentions"][0];
    let utf16: Vec<u16> = ARTICLE.encode_utf16().collect();
    let (start, end) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        String::from_utf16_lossy(&utf16[start..end]),
        "Vladimir Putin"
    );
}

#[test]
fn reads_a_file_and_dash_means_stdin() {
    let path = std::env::temp_dir().join(format!("summit-cards-cli-{}.txt", std::process::id()));
    std::fs::write(&path, ARTICLE).unwrap();
    let from_file = report(&run(&[path.to_str().unwrap()], ""));
    let from_dash = report(&run(&["-"], ARTICLE));
    std::fs::remove_file(&path).unwrap();
    assert_eq!(from_file, from_dash);
    // Without a publication date the relative date stays unresolved, and the report says so.
    assert_eq!(from_file["event"]["date"]["text"], "on Wednesday");
    assert!(from_file["event"]["date"]["iso"].is_null());
    assert_eq!(from_file["warnings"][0]["code"], "date-unresolved");
}

#[test]
fn pretty_prints_on_request() {
    let compact = run(&[], ARTICLE);
    let pretty = run(&["--pretty"], ARTICLE);
    assert_eq!(String::from_utf8_lossy(&compact.stdout).lines().count(), 1);
    assert!(String::from_utf8_lossy(&pretty.stdout).lines().count() > 20);
    assert_eq!(report(&compact), report(&pretty));
}

#[test]
fn version_and_help() {
    let version = run(&["--version"], "");
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("summit-cards "));
    let help = run(&["--help"], "");
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("--jsonl"));
}

#[test]
fn batch_mode_keeps_input_order_across_threads() {
    let mut input = String::new();
    for n in 0..300 {
        let text = if n % 3 == 0 {
            ARTICLE
        } else {
            "The storm passed over the coast overnight, forecasters said."
        };
        input.push_str(
            &serde_json::json!({ "id": n, "text": text, "published": "2023-09-13" }).to_string(),
        );
        input.push('\n');
    }
    let output = run(&["--jsonl", "--threads", "4"], &input);
    assert!(output.status.success());
    let lines: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 300);
    for (n, line) in lines.iter().enumerate() {
        assert_eq!(line["id"], n);
        let kind = &line["report"]["event"]["kind"];
        assert_eq!(
            kind,
            if n % 3 == 0 { "bilateral" } else { "other" },
            "line {n}"
        );
    }
}
